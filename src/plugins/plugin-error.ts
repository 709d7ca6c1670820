/** A problem a build-time Markdown guard found, at its 1-based position in the file. */
export interface PositionedProblem {
  line: number;
  column: number;
  found: string;
  expected: string;
}

/**
 * The error a guard throws to stop the build on a file: one line per problem, and the first
 * problem's `line` and `column` on the error so Astro's report points at it.
 */
export function guardError(heading: (file: string) => string, fileURL: URL | undefined, problems: readonly PositionedProblem[]): Error {
  const file = fileURL ? displayPath(fileURL) : 'an MDX file';
  const lines = problems.map((problem) => `  line ${problem.line}, column ${problem.column}: found ${problem.found}; expected ${problem.expected}`);
  const error = new Error(`${heading(file)}:\n${lines.join('\n')}`);
  return Object.assign(error, { line: problems[0]!.line, column: problems[0]!.column });
}

/**
 * Relative to the project when inside it (`content/briefs/x.mdx`), absolute otherwise. Node's
 * modules are taken here, when an error is built, not imported: the browser editor's preview
 * bundles the safe-content rule (src/lib/editor/preview.ts), and a browser has no such modules.
 */
function displayPath(fileURL: URL): string {
  const path = process.getBuiltinModule('node:path');
  const file = process.getBuiltinModule('node:url').fileURLToPath(fileURL);
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
