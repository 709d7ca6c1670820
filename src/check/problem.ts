/**
 * One thing wrong with the content, said the way an author can act on it: which file, which
 * field, what was found there, and what was expected instead.
 */
export interface Problem {
  /** Relative to the project root: `content/briefs/summer-bridge.mdx`. */
  file: string;
  /** Dotted path into the entry: `evidence.sample.students`, `audiences[0]`. */
  field?: string | undefined;
  found?: string | undefined;
  expected: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Warnings are printed but do not fail the check. */
  severity: 'error' | 'warning';
}

export function error(problem: Omit<Problem, 'severity'>): Problem {
  return { ...problem, severity: 'error' };
}

export function warning(problem: Omit<Problem, 'severity'>): Problem {
  return { ...problem, severity: 'warning' };
}

/** `evidence.sample.students`, `audiences[0]`, `related[1].id` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** What was found, short and unambiguous: quoted text, ISO dates, "nothing" for a missing field. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : truncate(JSON.stringify(value));
  if (typeof value === 'object') return truncate(JSON.stringify(value));
  return String(value);
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
