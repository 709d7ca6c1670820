import type { Problem } from './problem.ts';

/**
 * Problems grouped by file, one line each:
 *
 *   content/briefs/summer-bridge.mdx
 *     error  audiences[0] (line 5): found "distrct-staff"; expected an id from audiences (did you mean district-staff?)
 */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    blocks.push([file, ...list.map((problem) => `  ${formatLine(problem)}`)].join('\n'));
  }
  return blocks.join('\n\n');
}

function formatLine(problem: Problem): string {
  const where = [
    problem.field,
    problem.line !== undefined ? `(line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ''})` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const found = problem.found !== undefined ? `found ${problem.found}; ` : '';
  const label = problem.severity === 'error' ? 'error  ' : 'warning';
  return `${label} ${where ? `${where}: ` : ''}${found}expected ${problem.expected}`;
}

/** "3 problems in 2 files", or a clean bill of health; warnings are counted apart. */
export function formatSummary(problems: readonly Problem[], filesChecked: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const warningText = warnings ? `, ${plural(warnings, 'warning')}` : '';
  if (errors.length === 0) return `No problems in ${plural(filesChecked, 'file')}${warningText}.`;
  const files = new Set(errors.map((problem) => problem.file)).size;
  return `${plural(errors.length, 'problem')} in ${plural(files, 'file')}${warningText}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
