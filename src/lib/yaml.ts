/**
 * YAML as authors write it, for the files and examples the project writes: `npm run new`'s
 * drafts, the bench's generated corpus, and the examples in the guide and the content reference.
 * Ids, keywords and dates stay bare (`alliance: riverbend-alliance`, `published: 2026-03-14`);
 * any other text is JSON-quoted, which is valid YAML and always parses back to the same string.
 */
import { ISO_DATE, ISO_DATE_TIME_WITH_OFFSET } from './dates.ts';

/** Words YAML would read as something other than text. */
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);
const BARE_WORD = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Whether a string can be written without quotes and still read back as written. */
function isBare(text: string): boolean {
  return (BARE_WORD.test(text) && !YAML_WORDS.has(text)) || ISO_DATE.test(text) || ISO_DATE_TIME_WITH_OFFSET.test(text);
}

/** One value on one line: `riverbend-alliance`, `"Plain words."`, `[a, b]`, `{ size: 0.19 }`. */
export function yamlInline(value: unknown): string {
  if (typeof value === 'string') return isBare(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(yamlInline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const pairs = Object.entries(value).filter(([, inner]) => inner !== undefined);
    return `{ ${pairs.map(([key, inner]) => `${key}: ${yamlInline(inner)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * Front matter or a YAML file, one line per field: lists of bare words in flow style, other lists
 * and objects as indented blocks of one-line values. Undefined fields are left out.
 */
export function yamlFields(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}:${blockValue(value)}\n`)
    .join('');
}

function blockValue(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string' && isBare(item))) return ` ${yamlInline(value)}`;
    return value.map((item) => `\n  - ${yamlInline(item)}`).join('');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .map(([key, inner]) => `\n  ${key}: ${yamlInline(inner)}`)
      .join('');
  }
  return ` ${yamlInline(value)}`;
}
