/**
 * The browser editor's configuration (Decap CMS), generated from the schemas: one collection per
 * content folder, one form field per schema field, read through src/schemas/describe.ts (types,
 * required or not, allowed values, descriptions), never written by hand. So the form cannot
 * drift from the content model: a unit test fails when a schema field has no form field or the
 * reverse.
 *
 * Generated when the editor's page is rendered (`npm run edit`, or a build with
 * PORTAL_EDITOR_BACKEND), not committed: there is no second copy to keep in step, and the
 * backend part depends on where it runs.
 */
import en from '../../i18n/languages/en.ts';
import { COLLECTION_EXTENSION, DEFAULT_LANG, ENTRY_TYPE, isCollectionName, type CollectionName } from '../collections.ts';
import { fieldOrder, type FieldOrder } from '../entry-file.ts';
import { STATUSES } from '../publishing.ts';
import { ruleOf, type BlockDoc, type CollectionDoc, type ContentModelDoc, type FieldDoc } from '../../schemas/describe.ts';
import { SAME_COLLECTION } from '../../schemas/fields.ts';
import { backendConfig, type EditorBackend } from './backend.ts';
import { BODY_FIELD, fileFormat } from './names.ts';

/** One field of a Decap collection (the widget options used here). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  multiple?: boolean;
  options?: readonly (string | number | { label: string; value: string | number })[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  value_type?: 'int' | 'float';
  fields?: EditorField[];
  field?: EditorField;
  types?: EditorField[];
  typeKey?: string;
  summary?: string;
  collapsed?: boolean;
  label_singular?: string;
  modes?: string[];
  sanitize_preview?: boolean;
}

export interface EditorCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  extension: string;
  format: string;
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  fields: EditorField[];
}

export interface EditorConfig {
  load_config_file: false;
  backend: Record<string, unknown>;
  publish_mode?: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: EditorCollection[];
  locale?: string;
}

/** What the editor's page hands the browser: Decap's configuration and each collection's file layout. */
export interface EditorSetup {
  config: EditorConfig;
  /** Decap's words changed for saving to files on this machine, where its "Publish" only writes the file. */
  locale?: { name: string; phrases: Record<string, unknown> };
  /** Per collection: its files' extension and field order (for the file format), and the field that names an entry. */
  files: Record<string, { extension: string; order: FieldOrder; identifier: string }>;
}

export interface EditorOptions {
  backend: EditorBackend;
  /** The content folder as the backend names it: `content` in the repository. */
  contentFolder: string;
  /** The interface languages, the default first: translations get one group per other language. */
  languages: readonly string[];
}

/** New entries start as drafts, as `npm run new` starts them; the schema's default (published) applies to files without a status. */
export const NEW_ENTRY_STATUS = 'draft';

export function editorSetup(model: ContentModelDoc, options: EditorOptions): EditorSetup {
  const collections = model.collections.map((doc) => editorCollection(doc, model, options));
  const files = Object.fromEntries(
    model.collections.map((doc) => [
      doc.name,
      { extension: doc.extension, order: fieldOrder(doc.allFields, model.blocks), identifier: identifierField(doc.allFields) },
    ]),
  );
  const local = options.backend.kind === 'local';
  return {
    ...(local ? { locale: { name: LOCAL_FILES_LOCALE, phrases: LOCAL_FILES_PHRASES } } : {}),
    config: {
      load_config_file: false,
      ...(local ? { locale: LOCAL_FILES_LOCALE } : {}),
      ...backendConfig(options.backend),
      // Decap requires a media folder; PDFs of briefs live under public/pdf/ (content/README.md).
      media_folder: 'public/pdf',
      public_folder: '/pdf',
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      collections,
    },
    files,
  };
}

/**
 * With the local backend, Decap's "Publish" writes the file and nothing more, while on this site
 * "published" is a status (content/README.md, section 4): its buttons say "Save" instead.
 */
const LOCAL_FILES_LOCALE = 'en-files';
const LOCAL_FILES_PHRASES = {
  editor: {
    editor: { onPublishing: 'Save this entry to its file?' },
    editorToolbar: {
      publishing: 'Saving...',
      publish: 'Save',
      published: 'Saved',
      publishNow: 'Save now',
      publishAndCreateNew: 'Save and create new',
      publishAndDuplicate: 'Save and duplicate',
      deletePublishedEntry: 'Delete this file',
    },
  },
  ui: { toast: { entryPublished: 'Saved to its file' } },
};

function editorCollection(doc: CollectionDoc, model: ContentModelDoc, options: EditorOptions): EditorCollection {
  const context: Context = { collection: doc.name, model, languages: options.languages };
  const fields = fieldTree(doc.allFields).map((node) => editorField(node, context, true));
  const identifier = identifierField(doc.allFields);
  const extension = COLLECTION_EXTENSION[doc.name];
  if (extension === '.mdx') {
    fields.push({
      name: BODY_FIELD,
      label: 'Body',
      widget: 'markdown',
      // Raw Markdown only: the rich-text mode has no tables and rewrites valid Markdown (`\<10`).
      modes: ['raw'],
      sanitize_preview: true,
      required: false,
      hint: 'Markdown: ## headings, lists, tables, [links](https://...). No HTML beyond <abbr>, <sub>, <sup> and <br>, and no {braces}: write \\{ and \\<. See /guide/#body.',
    });
  }
  return {
    name: doc.name,
    label: collectionLabel(doc.name),
    label_singular: singularLabel(doc.name),
    ...(doc.description ? { description: doc.description } : {}),
    folder: `${options.contentFolder}/${doc.name}`,
    extension: extension.slice(1),
    format: fileFormat(doc.name),
    create: true,
    slug: '{{slug}}',
    identifier_field: identifier,
    summary: `{{${identifier}}} ({{slug}})`,
    fields,
  };
}

/** A widget and its options: a field without its name and label. */
type Widget = Pick<EditorField, 'widget'> & Partial<Omit<EditorField, 'name' | 'label' | 'widget'>>;

interface Context {
  collection: CollectionName;
  model: ContentModelDoc;
  languages: readonly string[];
}

/** A field with the fields nested in it (a group's, a list item's, a language's). */
interface FieldNode {
  doc: FieldDoc;
  name: string;
  children: FieldNode[];
}

/** FieldDocs are flat (`venue.name` follows `venue`): back into a tree, by path. */
function fieldTree(fields: readonly FieldDoc[]): FieldNode[] {
  const roots: FieldNode[] = [];
  const byPath = new Map<string, FieldNode>();
  for (const doc of fields) {
    const node: FieldNode = { doc, name: lastSegment(doc.path), children: [] };
    byPath.set(doc.path, node);
    const parent = byPath.get(parentPath(doc.path));
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** `venue.name` → `venue`, `related[].id` → `related`, `translations.<lang>.label` → `translations`. */
function parentPath(path: string): string {
  return path.includes('.') ? path.replace(/(\[\]|\.<lang>)?\.[^.]+$/, '') : '';
}

function lastSegment(path: string): string {
  return path.split('.').at(-1)!;
}

function editorField(node: FieldNode, context: Context, required: boolean): EditorField {
  const { doc } = node;
  const base = {
    name: node.name,
    label: labelFor(node.name),
    required: required && doc.required && doc.default === undefined,
    hint: hintFor(doc),
  };
  const block = doc.block ? context.model.blocks.find((candidate) => candidate.title === doc.block) : undefined;
  if (block) return { ...base, widget: 'object', collapsed: !base.required, fields: blockFields(block, context, base.required) };
  if (node.name === 'status' && doc.values && sameValues(doc.values, STATUSES)) {
    return { ...base, widget: 'select', options: [...STATUSES], default: NEW_ENTRY_STATUS };
  }
  if (doc.format === 'id' && doc.collection) return { ...base, ...relation(doc, context) };
  if (doc.values) return { ...base, widget: 'select', options: [...doc.values] as (string | number)[], ...(doc.list ? { multiple: true } : {}) };
  if (doc.list) return { ...base, ...listWidget(node, context) };
  if (node.children.length && doc.type.startsWith('by language tag')) return { ...base, ...languageGroups(node, context) };
  if (node.children.length) {
    return { ...base, widget: 'object', collapsed: !base.required, fields: node.children.map((child) => editorField(child, context, base.required)) };
  }
  return { ...base, ...scalarWidget(doc) };
}

function blockFields(block: BlockDoc, context: Context, required: boolean): EditorField[] {
  return fieldTree(block.fields).map((node) => editorField(node, context, required));
}

function scalarWidget(doc: FieldDoc): Widget {
  switch (doc.format) {
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
    case 'date-time':
      // Written with the offset of the author's browser, which the schema requires (content/README.md, section 2).
      return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' };
  }
  if (doc.type === 'whole number') return { widget: 'number', value_type: 'int' };
  if (doc.type === 'number') return { widget: 'number', value_type: 'float' };
  if (doc.type === 'true or false') return { widget: 'boolean' };
  // Long text gets a box of several lines; a title or a name, one line.
  return { widget: doc.maxLength !== undefined && doc.maxLength > 200 ? 'text' : 'string' };
}

/** A picker of existing entries: it lists the files of the collection, so only real ids are offered. */
function relation(doc: FieldDoc, context: Context): Widget {
  const target = doc.collection === SAME_COLLECTION ? context.collection : doc.collection!;
  return relationTo(target, context, doc.list === true);
}

function relationTo(target: string, context: Context, multiple: boolean): Widget {
  if (!isCollectionName(target)) throw new Error(`a field names the collection "${target}", which the content model does not have`);
  const identifier = identifierField(collectionDoc(target, context).allFields);
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: ['{{slug}}', identifier],
    display_fields: ['{{slug}}'],
    options_length: 1000,
    ...(multiple ? { multiple: true } : {}),
  };
}

function listWidget(node: FieldNode, context: Context): Widget {
  const singular = singularOf(node.name);
  const label_singular = labelFor(singular).toLowerCase();
  if (!node.children.length) return { widget: 'list', label_singular, field: { name: singular, label: labelFor(singular), widget: 'string' } };
  const references = entryReferenceTypes(node, context);
  if (references) return { widget: 'list', label_singular, typeKey: 'collection', types: references };
  const fields = node.children.map((child) => editorField(child, context, true));
  return { widget: 'list', label_singular, summary: `{{fields.${fields[0]!.name}}}`, fields, collapsed: false };
}

/**
 * `{collection, id}`: a link to an entry of another collection. Decap cannot make one field's
 * choices depend on another's, so each collection is a kind of item, and its `id` a picker of
 * that collection's entries.
 */
function entryReferenceTypes(node: FieldNode, context: Context): EditorField[] | undefined {
  const names = node.children.map((child) => child.name);
  const collectionField = node.children.find((child) => child.name === 'collection');
  if (names.length !== 2 || !names.includes('id') || !collectionField?.doc.values) return undefined;
  const targets = collectionField.doc.values.map(String);
  if (!targets.every(isCollectionName)) return undefined;
  const idField = node.children.find((child) => child.name === 'id')!;
  return targets.map((target) => ({
    name: target,
    label: collectionLabel(target),
    widget: 'object',
    summary: '{{fields.id}}',
    fields: [{ name: 'id', label: labelFor('id'), required: true, hint: hintFor(idField.doc), ...relationTo(target, context, false) } as EditorField],
  }));
}

/** `translations: { es: {...} }`: one group for each interface language other than the default. */
function languageGroups(node: FieldNode, context: Context): Widget {
  return {
    widget: 'object',
    collapsed: true,
    fields: context.languages
      .filter((lang) => lang !== DEFAULT_LANG)
      .map((lang) => ({
        name: lang,
        label: `In ${languageName(lang)} (${lang})`,
        widget: 'object',
        required: false,
        collapsed: true,
        fields: node.children.map((child) => editorField(child, context, false)),
      })),
  };
}

function collectionDoc(name: CollectionName, context: Context): CollectionDoc {
  return context.model.collections.find((doc) => doc.name === name)!;
}

/** The field that names an entry in lists: its first required one-line text (title, name, label, term). */
export function identifierField(fields: readonly FieldDoc[]): string {
  const found = fields.find((doc) => doc.depth === 0 && doc.required && doc.type === 'text' && !doc.list);
  return found ? found.path : 'title';
}

/** The field's description, its rule and an example, in plain text (Decap shows hints as they are). */
function hintFor(doc: FieldDoc): string {
  const example = exampleText(doc.example);
  const text = `${doc.description ? `${doc.description} ` : ''}${ruleOf(doc)}${example ? ` Example: ${example}` : ''}`;
  return text.replaceAll('`', '').trim();
}

/** An example as an author types it into the form; none for groups, whose fields show their own. */
function exampleText(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(', ');
  return undefined;
}

/** Words written otherwise in a label: acronyms, and `lang`. */
const ACRONYMS: Record<string, string> = { doi: 'DOI', pdf: 'PDF', url: 'URL', orcid: 'ORCID iD', ci: 'CI', id: 'ID', lang: 'language' };

/** `keyFindings` → `Key findings`, `onlineUrl` → `Online URL`, `ciLow` → `CI low`. */
export function labelFor(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map((word) => ACRONYMS[word.toLowerCase()] ?? word.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `keyFindings` → `keyFinding`, `strategies` → `strategy`, `people` → `person`. */
function singularOf(name: string): string {
  if (name === 'people') return 'person';
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (/(s|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (name.endsWith('s')) return name.slice(0, -1);
  return name;
}

function collectionLabel(name: string): string {
  const plural = (en.typesPlural as Record<string, string>)[name];
  return plural ?? labelFor(name);
}

function singularLabel(name: CollectionName): string {
  const type = (ENTRY_TYPE as Record<string, string>)[name];
  const word = type ? (en.types as Record<string, string>)[type] : undefined;
  if (word) return word;
  if (name === 'glossary') return 'Glossary term';
  return labelFor(singularOf(name));
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function sameValues(values: readonly unknown[], expected: readonly unknown[]): boolean {
  return values.length === expected.length && values.every((value, index) => value === expected[index]);
}
