/**
 * YAML as authors write it, for the files and examples the project writes: `npm run new`'s
 * drafts, the browser editor's saves, `npm run format`, the bench's generated corpus, and the
 * examples in the guide and the content reference. Ids, keywords and dates stay bare
 * (`alliance: riverbend-alliance`, `published: 2026-03-14`).
 *
 * `yamlFields` writes whole files in one layout (content/README.md, section 1), so a file
 * written by any of them and read back is written again byte for byte: editing one field
 * changes one line of a git diff. Every scalar it leaves unquoted is read back as the same text,
 * by the check's parser and by Astro's, before it is written that way.
 */
import yaml from 'js-yaml';
import { ISO_DATE, ISO_DATE_TIME_WITH_OFFSET } from './dates.ts';

/** Words YAML would read as something other than text. */
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);
const BARE_WORD = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** The widest line the writer aims for; longer text is folded onto more lines. */
export const YAML_WIDTH = 100;
/** Characters that start something other than plain text in YAML. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
/** Anything outside YAML's printable set, and tabs, which plain text must not hold. */
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/u;

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
 * A whole YAML file or front matter block, one field per line, in the order given:
 * - a number, a boolean, an id, a date: as it is (`order: 3`, `published: 2026-03-14`);
 * - text: plain while it fits on the line, folded with `>-` onto lines of at most
 *   YAML_WIDTH characters when it does not, in double quotes when plain YAML would misread it;
 * - a list of ids, dates or numbers: `[a, b]` while it fits, else one `- item` a line;
 * - a list of text: one `- item` a line (items are never folded);
 * - a group of fields: indented lines below its name; below the top level, one line in braces
 *   when all its values are numbers, booleans, ids or dates and it fits (`sample: { students: 412 }`).
 * Undefined values are left out.
 */
export function yamlFields(fields: Record<string, unknown>): string {
  return mapLines(fields, 0, true).map((line) => `${line}\n`).join('');
}

function mapLines(map: Record<string, unknown>, indent: number, topLevel: boolean): string[] {
  return Object.entries(map)
    .filter(([, value]) => value !== undefined)
    .flatMap(([key, value]) => fieldLines(key, value, indent, topLevel));
}

function fieldLines(key: string, value: unknown, indent: number, topLevel: boolean): string[] {
  const pad = ' '.repeat(indent);
  const head = `${pad}${key}:`;
  if (Array.isArray(value)) {
    const flow = flowList(value);
    if (flow !== undefined && fits(`${head} ${flow}`)) return [`${head} ${flow}`];
    if (value.length === 0) return [`${head} []`];
    return [head, ...value.flatMap((item) => itemLines(item, indent + 2))];
  }
  if (isMap(value)) {
    const flow = topLevel ? undefined : flowMap(value);
    if (flow !== undefined && fits(`${head} ${flow}`)) return [`${head} ${flow}`];
    if (Object.values(value).every((inner) => inner === undefined)) return [`${head} {}`];
    return [head, ...mapLines(value, indent + 2, false)];
  }
  if (typeof value === 'string') return textLines(head, value, indent);
  return [`${head} ${scalar(value)}`];
}

/** A list item: a scalar, a one-line group, or a group whose first field shares the `- ` line. */
function itemLines(item: unknown, indent: number): string[] {
  const dash = `${' '.repeat(indent)}- `;
  if (isMap(item)) {
    const flow = flowMap(item);
    if (flow !== undefined && fits(`${dash}${flow}`)) return [`${dash}${flow}`];
    const lines = mapLines(item, indent + 2, false);
    if (lines.length === 0) return [`${dash}{}`];
    return [`${dash}${lines[0]!.trimStart()}`, ...lines.slice(1)];
  }
  if (Array.isArray(item)) return [`${dash}${yamlInline(item)}`];
  if (typeof item === 'string') return [`${dash}${isBare(item) || isPlain(item) ? item : quoted(item)}`];
  return [`${dash}${scalar(item)}`];
}

function textLines(head: string, text: string, indent: number): string[] {
  if (isBare(text)) return [`${head} ${text}`];
  const oneLine = `${head} ${isPlain(text) ? text : quoted(text)}`;
  if (fits(oneLine)) return [oneLine];
  const folded = foldedLines(text, indent + 2);
  return folded ? [`${head} >-`, ...folded] : [oneLine];
}

/**
 * Text as a folded block: words joined by single spaces, broken at spaces into lines of at most
 * YAML_WIDTH characters, which YAML joins back with single spaces. Only for text it reads back
 * exactly (no line breaks, no runs of spaces, nothing unprintable).
 */
function foldedLines(text: string, indent: number): string[] | undefined {
  if (text !== text.trim() || /\s{2}|[\t\n\r]/.test(text) || NOT_PLAIN.test(text) || !text.includes(' ')) return undefined;
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && pad.length + line.length + 1 + word.length > YAML_WIDTH) {
      lines.push(pad + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(pad + line);
  const readBack = readsBackAs(`k: >-\n${lines.join('\n')}\n`, text);
  return readBack ? lines : undefined;
}

/** `[a, b]` for a list of numbers, booleans, ids and dates; else undefined. */
function flowList(list: readonly unknown[]): string | undefined {
  if (!list.every(isFlowScalar)) return undefined;
  return `[${list.map((item) => scalar(item)).join(', ')}]`;
}

/** `{ a: 1, b: x }` for a group of such values (lists of them included); else undefined. */
function flowMap(map: Record<string, unknown>): string | undefined {
  const pairs = Object.entries(map).filter(([, value]) => value !== undefined);
  if (pairs.length === 0) return undefined;
  const parts: string[] = [];
  for (const [key, value] of pairs) {
    const written = Array.isArray(value) ? flowList(value) : isFlowScalar(value) ? scalar(value) : undefined;
    if (written === undefined) return undefined;
    parts.push(`${key}: ${written}`);
  }
  return `{ ${parts.join(', ')} }`;
}

function isFlowScalar(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  return typeof value === 'string' && isBare(value);
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return isBare(value) || isPlain(value) ? value : quoted(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return yamlInline(value);
}

/**
 * Text safe to write without quotes: no YAML punctuation at its start, no `: ` or ` #` inside,
 * nothing unprintable, and read back as the same text (not a number, a date, `null` or `yes`).
 */
function isPlain(text: string): boolean {
  if (text === '' || text !== text.trim() || NOT_PLAIN.test(text) || /[\t\n\r]/.test(text)) return false;
  if (INDICATORS.has(text[0]!) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (YAML_WORDS.has(text.toLowerCase())) return false;
  // Text that starts with a letter and is no YAML word is text to every YAML reader: numbers,
  // dates, `.inf` and `~` start otherwise. Anything else is read back to be sure.
  return /^\p{L}/u.test(text) || readsBackAs(`k: ${text}\n`, text);
}

/** Whether both YAML readers in use read `k` of the document as exactly `text`. */
function readsBackAs(document: string, text: string): boolean {
  try {
    for (const schema of [yaml.CORE_SCHEMA, yaml.DEFAULT_SCHEMA]) {
      const read = yaml.load(document, { schema }) as { k?: unknown } | undefined;
      if (read?.k !== text) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Double-quoted YAML: JSON's escapes, plus the characters YAML may not hold unescaped. */
function quoted(text: string): string {
  return JSON.stringify(text).replace(UNESCAPED_BY_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Unprintable in YAML, but left as they are by JSON.stringify (which escapes the rest). */
const UNESCAPED_BY_JSON = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

function fits(line: string): boolean {
  return line.length <= YAML_WIDTH;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
