import { mdxToJs } from 'satteri';
import { error, type Problem } from './problem.ts';

const POSITION = /^(\d+):(\d+): ([\s\S]*)$/;

/**
 * Compiles an MDX body with Sätteri, the engine the build renders with, so a syntax error that
 * `astro sync` lets through is caught here, with its line and column in the file.
 */
export async function compileMdxBody(file: string, body: string): Promise<Problem[]> {
  try {
    await mdxToJs(body, {});
    return [];
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
