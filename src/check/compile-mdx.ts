import { mdxToJs } from 'satteri';
import { satteriSmallCountCollector, type SmallCountProblem } from '../plugins/small-counts.ts';
import { error, type Problem } from './problem.ts';

const POSITION = /^(\d+):(\d+): ([\s\S]*)$/;

/**
 * Compiles an MDX body with Sätteri, the engine the build renders with, so a syntax error that
 * `astro sync` lets through is caught here, with its line and column in the file; in the same
 * pass, every small count in its tables. `body` has its front matter blanked to empty lines, so
 * positions in the tree are positions in the file.
 */
export async function compileMdxBody(file: string, body: string): Promise<Problem[]> {
  const smallCounts: SmallCountProblem[] = [];
  try {
    await mdxToJs(body, { mdastPlugins: [satteriSmallCountCollector(smallCounts)] });
    return smallCounts.map(({ line, column, found, expected }) => error({ file, field: 'table', line, column, found, expected }));
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = POSITION.exec(message);
    return [
      error({
        file,
        line: position ? Number(position[1]) : undefined,
        column: position ? Number(position[2]) : undefined,
        found: `MDX that does not compile: ${position ? position[3] : message}`,
        expected: 'valid MDX (write \\< for a literal less-than sign and \\{ for a brace)',
      }),
    ];
  }
}
