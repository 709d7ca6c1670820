/**
 * A content file as data and back, in the one layout every writer uses (content/README.md,
 * section 1): `npm run new`, `npm run format` and the browser editor (`npm run edit`) all write
 * files with `writeEntryFile`, so a file read with `parseEntryFile` and written again is the same
 * bytes, and an edit to one field changes only that field's lines.
 *
 * The layout: fields in the schema's order (`fieldOrder`, from src/schemas/describe.ts), empty
 * values left out, YAML as `yamlFields` writes it; in an MDX file the front matter, one blank
 * line, the body, one line break at the end. No comments: an editor cannot keep them.
 *
 * Browser-safe: the editor's page runs this module too.
 */
import yaml from 'js-yaml';
import type { BlockDoc, FieldDoc } from '../schemas/describe.ts';
import { yamlFields } from './yaml.ts';

/** The front matter pattern Astro uses, so every reader finds the same block. */
export const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface EntryFileContent {
  data: Record<string, unknown>;
  /** The Markdown after the front matter; empty for a YAML file. */
  body: string;
}

/** The order of a group's fields, and of the fields inside each (list items share their list's). */
export interface FieldOrder {
  keys: string[];
  fields: Record<string, FieldOrder>;
  /** For a group keyed by language tag (`translations`): the order inside each language. */
  anyKey?: FieldOrder;
}

/** The schema's field order, from its documented fields and blocks (src/schemas/describe.ts). */
export function fieldOrder(fields: readonly FieldDoc[], blocks: readonly BlockDoc[] = []): FieldOrder {
  const root = emptyOrder();
  for (const field of fields) {
    const segments = field.path.replaceAll('[]', '').split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) node = segment === '<lang>' ? (node.anyKey ??= emptyOrder()) : child(node, segment);
    const name = segments.at(-1)!;
    if (name === '<lang>') continue;
    const own = child(node, name);
    const block = field.block ? blocks.find((candidate) => candidate.title === field.block) : undefined;
    if (block) node.fields[name] = { ...fieldOrder(block.fields, blocks), ...(own.anyKey ? { anyKey: own.anyKey } : {}) };
  }
  return root;
}

function emptyOrder(): FieldOrder {
  return { keys: [], fields: {} };
}

function child(node: FieldOrder, name: string): FieldOrder {
  if (!node.keys.includes(name)) node.keys.push(name);
  return (node.fields[name] ??= emptyOrder());
}

/**
 * Reads a file as the check does (YAML without its timestamp type, so dates stay the text
 * written). Throws on YAML that does not parse and on an MDX file without front matter.
 */
export function parseEntryFile(text: string, extension: string): EntryFileContent {
  if (extension !== '.mdx') return { data: asFields(yaml.load(text, { schema: yaml.CORE_SCHEMA })), body: '' };
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('no front matter: an MDX entry starts with its fields between --- lines');
  const data = asFields(yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }));
  const rest = text.slice(match.index + match[0].length).replace(/^[^\n]*\n?/, '');
  return { data, body: bodyText(rest) };
}

function asFields(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('expected fields ("name: value" lines), not a single value or a list');
  return value as Record<string, unknown>;
}

/** The body without the blank lines that separate it from the front matter, and without trailing space. */
function bodyText(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/** The file's text in the one layout: fields in schema order, empty ones left out. */
export function writeEntryFile(content: EntryFileContent, extension: string, order: FieldOrder): string {
  const data = (orderFields(pruneEmpty(content.data), order) ?? {}) as Record<string, unknown>;
  const fields = yamlFields(data);
  if (extension !== '.mdx') return fields;
  const body = bodyText(content.body);
  return `---\n${fields}---\n${body ? `\n${body}\n` : ''}`;
}

/**
 * Leaves out what holds nothing: undefined, null, empty text, empty lists and groups (a form's
 * untouched or cleared fields). A schema default applies to a field left out, so nothing is lost.
 */
export function pruneEmpty(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(pruneEmpty).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (isGroup(value)) {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, pruneEmpty(inner)] as const)
      .filter(([, inner]) => inner !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The same value with every group's fields in schema order; fields the schema lacks go last, as found. */
export function orderFields(value: unknown, order: FieldOrder | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => orderFields(item, order));
  if (!isGroup(value) || !order) return value;
  const known = order.keys.filter((key) => Object.hasOwn(value, key));
  const unknown = Object.keys(value).filter((key) => !order.keys.includes(key));
  return Object.fromEntries([...known, ...unknown].map((key) => [key, orderFields(value[key], order.fields[key] ?? order.anyKey)]));
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
