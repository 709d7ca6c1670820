/**
 * The schemas as documentation: every field's name, type, whether it is required, its allowed
 * values, limits and default (read from the zod schema through zod's own JSON Schema conversion),
 * and the description and example each field carries in `.meta()`. The content reference
 * (content/README.md, written by `npm run reference`) and the guide's field tables both render
 * these rows, so neither can drift from the rules the check enforces.
 */
import { z } from 'astro/zod';
import { ALL_COLLECTIONS, COLLECTION_EXTENSION, type CollectionName } from '../lib/collections.ts';
import { emptyContext, type SchemaContext } from './context.ts';
import { entryBaseFields } from './entry-base.ts';
import { createSchemas } from './index.ts';

/** One field, flattened: nested fields follow their parent with a longer path. */
export interface FieldDoc {
  /** `title`, `evidence.sample.students`, `related[].id`, `translations.<lang>.label`. */
  path: string;
  /** How many levels below the top: 0 for `title`, 1 for `venue.name`. */
  depth: number;
  required: boolean;
  /** In words: `text`, `date`, `list of ids from people`, `whole number`, `{name, address}`, `value` (see `values`). */
  type: string;
  /** The allowed values of an enumeration, in the schema's order. */
  values?: readonly (string | number | boolean)[];
  default?: unknown;
  /** "at most 140 characters", "1 to 7 items", "from 1900 to 2100". */
  limits: string[];
  /** For ids: the collection they name. */
  collection?: string;
  /** Whether the value is a list (of `type`'s items). */
  list?: true;
  /** The format of the value, or of a list's items: `date`, `date-time`, `id`, `uri`, `language-tag`, `time-zone`. */
  format?: string;
  /** The longest text allowed, in characters. */
  maxLength?: number;
  description?: string;
  /** One value as an author writes it. */
  example?: unknown;
  /** A block documented once on its own (the evidence block): its title. Its fields are not repeated here. */
  block?: string;
}

/** A group of fields documented once and referred to by name (see FieldDoc.block). */
export interface BlockDoc {
  title: string;
  description?: string;
  fields: FieldDoc[];
}

export interface SchemaDoc {
  description?: string;
  fields: FieldDoc[];
  blocks: BlockDoc[];
}

export interface CollectionDoc extends SchemaDoc {
  name: CollectionName;
  extension: string;
  /** Whether the collection takes the fields every entry shares (listed once, in `shared`). */
  sharesEntryFields: boolean;
  /** Every field a file of the collection holds, the shared ones included, in the schema's order. */
  allFields: FieldDoc[];
}

export interface ContentModelDoc {
  /** The fields shared by briefs, findings, challenges, events and every collection spreading them in. */
  shared: FieldDoc[];
  collections: CollectionDoc[];
  /** Every block met in any collection, once each. */
  blocks: BlockDoc[];
}

/** JSON Schema as zod writes it, with our meta keys (`format`, `collection`, `example`). */
interface Json {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  additionalProperties?: boolean | Json;
  propertyNames?: Json;
  items?: Json;
  anyOf?: Json[];
  allOf?: Json[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  title?: string;
  description?: string;
  collection?: string;
  example?: unknown;
}

/** Words for the formats our field builders name (src/schemas/fields.ts) and zod's own. */
const FORMAT_WORDS: Record<string, string> = {
  date: 'date',
  'date-time': 'date-time with offset',
  'language-tag': 'language tag',
  'time-zone': 'time zone',
  uri: 'web address',
};

/** zod writes `z.number().int()` with the largest safe integers as bounds: no limit an author needs. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

export function toJson(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
}

/** Every field of an object schema, in its order, nested fields after their parent. */
export function describeSchema(schema: z.ZodType): SchemaDoc {
  const json = toJson(schema);
  const blocks = new Map<string, BlockDoc>();
  const fields = describeObject(json, '', 0, blocks);
  return { ...(json.description ? { description: json.description } : {}), fields, blocks: [...blocks.values()] };
}

/** The whole content model: each collection's fields, the shared ones once, the blocks once. */
export function describeContentModel(context: SchemaContext = emptyContext()): ContentModelDoc {
  const schemas = createSchemas(context) as Record<CollectionName, z.ZodType>;
  const base = describeSchema(z.strictObject(entryBaseFields('briefs', context)));
  const sharedNames = base.fields.filter((field) => field.depth === 0).map((field) => field.path);
  const blocks = new Map<string, BlockDoc>();
  const collections = ALL_COLLECTIONS.map((name): CollectionDoc => {
    const doc = describeSchema(schemas[name]);
    for (const block of doc.blocks) if (!blocks.has(block.title)) blocks.set(block.title, block);
    const topLevel = new Set(doc.fields.filter((field) => field.depth === 0).map((field) => field.path));
    const sharesEntryFields = sharedNames.every((field) => topLevel.has(field));
    const fields = sharesEntryFields ? doc.fields.filter((field) => !sharedNames.includes(topField(field.path))) : doc.fields;
    return { name, extension: COLLECTION_EXTENSION[name], sharesEntryFields, ...doc, fields, allFields: doc.fields };
  });
  return { shared: base.fields, collections, blocks: [...blocks.values()] };
}

function topField(path: string): string {
  return path.split(/[.[]/)[0]!;
}

function describeObject(json: Json, prefix: string, depth: number, blocks: Map<string, BlockDoc>): FieldDoc[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).flatMap(([name, property]) =>
    describeField(property, `${prefix}${name}`, depth, required.has(name), blocks),
  );
}

function describeField(json: Json, path: string, depth: number, required: boolean, blocks: Map<string, BlockDoc>): FieldDoc[] {
  const field: FieldDoc = {
    path,
    depth,
    required,
    type: typeOf(json),
    limits: limitsOf(json),
  };
  const values = valuesOf(json) ?? (json.items ? valuesOf(json.items) : undefined);
  if (values) field.values = values;
  if (json.default !== undefined) field.default = json.default;
  const collection = json.collection ?? json.items?.collection;
  if (collection) field.collection = collection;
  if (isList(json)) field.list = true;
  const format = json.format ?? json.items?.format;
  if (format) field.format = format;
  if (json.maxLength !== undefined) field.maxLength = json.maxLength;
  if (json.description) field.description = json.description;
  if (json.example !== undefined) field.example = json.example;
  if (json.title) {
    field.block = json.title;
    if (!blocks.has(json.title)) {
      const own = json.description;
      blocks.set(json.title, { title: json.title, ...(own ? { description: own } : {}), fields: describeObject(json, '', 0, blocks) });
    }
    return [field];
  }
  return [field, ...childrenOf(json, path, depth, blocks)];
}

/** Fields inside an object, a list of objects, or a record keyed by language. */
function childrenOf(json: Json, path: string, depth: number, blocks: Map<string, BlockDoc>): FieldDoc[] {
  if (json.properties) return describeObject(json, `${path}.`, depth + 1, blocks);
  const items = json.items && (json.items.properties ? json.items : mergedOptions(json.items));
  if (items) return describeObject(items, `${path}[].`, depth + 1, blocks);
  const record = recordValue(json);
  if (record?.properties) return describeObject(record, `${path}.<lang>.`, depth + 1, blocks);
  return [];
}

/**
 * A choice between objects (`{label, href}` or `{label, collection, id}`) as one object holding
 * every option's fields, in the order first met: a field is required when every option requires it.
 */
function mergedOptions(json: Json): Json | undefined {
  const options = json.anyOf;
  if (!options || options.length < 2 || !options.every((option) => option.properties)) return undefined;
  const properties: Record<string, Json> = {};
  for (const option of options) for (const [name, property] of Object.entries(option.properties!)) properties[name] ??= property;
  const required = Object.keys(properties).filter((name) => options.every((option) => option.required?.includes(name)));
  return { type: 'object', properties, required };
}

function isList(json: Json): boolean {
  return (Array.isArray(json.type) ? json.type[0] : json.type) === 'array';
}

function recordValue(json: Json): Json | undefined {
  return json.propertyNames && typeof json.additionalProperties === 'object' ? json.additionalProperties : undefined;
}

function valuesOf(json: Json): (string | number | boolean)[] | undefined {
  if (json.enum) return json.enum as (string | number | boolean)[];
  if (json.anyOf?.every((option) => option.const !== undefined)) return json.anyOf.map((option) => option.const as string | number);
  return undefined;
}

function typeOf(json: Json): string {
  if (json.format === 'id') return json.collection ? `id from ${json.collection}` : 'id';
  if (json.format && FORMAT_WORDS[json.format]) return FORMAT_WORDS[json.format]!;
  if (valuesOf(json)) return 'value';
  if (json.anyOf) return json.anyOf.map((option) => shapeOf(option)).join(' or ');
  const record = recordValue(json);
  if (record) return `by language tag: ${shapeOf(record)}`;
  const type = Array.isArray(json.type) ? json.type[0] : json.type;
  if (type === 'array') return json.items ? `list of ${plural(typeOf(json.items))}` : 'list';
  if (type === 'object') return shapeOf(json);
  if (type === 'string') return 'text';
  if (type === 'integer') return 'whole number';
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'true or false';
  return 'value';
}

/** `{label, href}`: an object by its field names. */
function shapeOf(json: Json): string {
  const names = [...Object.keys(json.properties ?? {}), ...(json.allOf ?? []).flatMap((part) => Object.keys(part.properties ?? {}))];
  return names.length ? `{${[...new Set(names)].join(', ')}}` : typeOf(json);
}

function plural(type: string): string {
  if (type.startsWith('id from')) return type.replace(/^id/, 'ids');
  if (type === 'text') return 'texts';
  if (type.startsWith('{')) return type;
  return `${type}s`;
}

function limitsOf(json: Json): string[] {
  const limits: string[] = [];
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    const upper = max === undefined || max >= NO_LIMIT ? undefined : max;
    const lower = min === undefined || min <= -NO_LIMIT ? undefined : min;
    if (lower !== undefined && upper !== undefined) limits.push(lower === upper ? `exactly ${lower}${unit}` : `${lower} to ${upper}${unit}`);
    else if (upper !== undefined) limits.push(`at most ${upper}${unit}`);
    else if (lower !== undefined) limits.push(`at least ${lower}${unit}`);
  };
  // A required text of at least one character is "not empty": the requirement says it already.
  range(json.minLength === 1 ? undefined : json.minLength, json.maxLength, ' characters');
  if (json.minItems === 1 && json.maxItems === undefined) limits.push('at least one');
  else range(json.minItems || undefined, json.maxItems, ' items');
  if (json.type === 'integer' || json.type === 'number') range(json.minimum, json.maximum, '');
  if (json.items && !json.items.properties) limits.push(...limitsOf(json.items).map((limit) => `each ${limit}`));
  return limits;
}

/**
 * The field's rule in one line of plain words: "Required. At most 140 characters.", "Default
 * `published`.", "Optional. At least 1." Shared by the reference and the guide.
 */
export function ruleOf(field: FieldDoc): string {
  const parts: string[] = [];
  if (field.default !== undefined) parts.push(`Default ${formatValue(field.default)}`);
  else parts.push(field.required ? 'Required' : 'Optional');
  if (field.values) parts.push(`One of ${field.values.map(formatValue).join(', ')}`);
  for (const limit of field.limits) parts.push(capitalize(limit));
  return parts.map((part) => `${part}.`).join(' ');
}

function formatValue(value: unknown): string {
  if (Array.isArray(value) && value.length === 0) return '`[]`';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
