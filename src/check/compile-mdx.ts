import { mdxToJs } from 'satteri';
import type { PositionedProblem } from '../plugins/plugin-error.ts';
import { satteriSafeContentCollector } from '../plugins/safe-content.ts';
import { satteriSmallCountCollector } from '../plugins/small-counts.ts';
import { error, type Problem } from './problem.ts';

const POSITION = /^(\d+):(\d+): ([\s\S]*)$/;

/**
 * Compiles an MDX body with Sätteri, the engine the build renders with, so a syntax error that
 * `astro sync` lets through is caught here, with its line and column in the file; in the same
 * pass, everything that could run code (src/plugins/safe-content.ts) and every small count in its
 * tables. `body` has its front matter blanked to empty lines, so
 * positions in the tree are positions in the file.
 */
export async function compileMdxBody(file: string, body: string): Promise<Problem[]> {
  const unsafe: PositionedProblem[] = [];
  const smallCounts: PositionedProblem[] = [];
  try {
    // The JavaScript this writes is thrown away, never run.
    await mdxToJs(body, { mdastPlugins: [satteriSafeContentCollector(unsafe), satteriSmallCountCollector(smallCounts)] });
    return [
      ...unsafe.map(({ line, column, found, expected }) => error({ file, field: 'body', line, column, found, expected })),
      ...smallCounts.map(({ line, column, found, expected }) => error({ file, field: 'table', line, column, found, expected })),
    ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
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
