import { describe, expect, it } from 'vitest';
import { SITE_LANGS } from '../../../../src/i18n/index.ts';
import { ALL_COLLECTIONS, COLLECTION_EXTENSION, DEFAULT_LANG, PAGE_COLLECTIONS } from '../../../../src/lib/collections.ts';
import { editorSetup, identifierField, labelFor, type EditorField } from '../../../../src/lib/editor/config.ts';
import { BODY_FIELD, fileFormat } from '../../../../src/lib/editor/names.ts';
import { STATUSES } from '../../../../src/lib/publishing.ts';
import { describeContentModel, type FieldDoc } from '../../../../src/schemas/describe.ts';

const model = describeContentModel();
const local = editorSetup(model, { backend: { kind: 'local', port: 8081 }, contentFolder: 'content', languages: SITE_LANGS });
const otherLanguages = SITE_LANGS.filter((lang) => lang !== DEFAULT_LANG);

function collectionConfig(name: string) {
  const found = local.config.collections.find((collection) => collection.name === name);
  if (!found) throw new Error(`no editor collection ${name}`);
  return found;
}

/** Every field path of a collection's schema, the evidence block's fields and each interface language spelled out. */
function schemaPaths(name: string): string[] {
  const doc = model.collections.find((collection) => collection.name === name)!;
  const expand = (fields: readonly FieldDoc[], prefix: string): string[] =>
    fields.flatMap((field) => {
      const path = `${prefix}${field.path}`;
      const block = field.block ? model.blocks.find((candidate) => candidate.title === field.block) : undefined;
      const own = path.includes('<lang>') ? otherLanguages.map((lang) => path.replace('<lang>', lang)) : [path];
      // A group keyed by language tag holds one group per language.
      const languages = field.type.startsWith('by language tag') ? otherLanguages.map((lang) => `${path}.${lang}`) : [];
      return block ? [...own, ...expand(block.fields, `${path}.`)] : [...own, ...languages];
    });
  return [...new Set(expand(doc.allFields, ''))].sort();
}

/** Every field path of the editor's form: groups by `.`, list items by `[].`, a kind of item's key as a field. */
function editorPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    if (field.types) {
      // Every kind of item has the same fields: each counts once.
      const inner = new Set(field.types.flatMap((type) => editorPaths(type.fields ?? [], `${path}[].`)));
      return [path, `${path}[].${field.typeKey}`, ...inner];
    }
    if (field.widget === 'list' && field.fields) return [path, ...editorPaths(field.fields, `${path}[].`)];
    if (field.fields) return [path, ...editorPaths(field.fields, `${path}.`)];
    return [path];
  });
}

function fieldAt(name: string, path: string): EditorField {
  const segments = path.split('.');
  let fields = collectionConfig(name).fields;
  let found: EditorField | undefined;
  for (const segment of segments) {
    found = fields.find((field) => field.name === segment);
    if (!found) throw new Error(`no field ${path} in ${name}`);
    fields = found.fields ?? [];
  }
  return found!;
}

describe('the editor configuration, generated from the schemas', () => {
  it('offers every collection of the content model, from its folder, in its file format', () => {
    expect(local.config.collections.map((collection) => collection.name)).toEqual([...ALL_COLLECTIONS]);
    for (const name of ALL_COLLECTIONS) {
      const collection = collectionConfig(name);
      expect(collection.folder).toBe(`content/${name}`);
      expect(`.${collection.extension}`).toBe(COLLECTION_EXTENSION[name]);
      expect(collection.format).toBe(fileFormat(name));
      expect(local.files[name]!.extension).toBe(COLLECTION_EXTENSION[name]);
    }
  });

  it.each(ALL_COLLECTIONS)('%s: every schema field has a form field, and every form field a schema field', (name) => {
    const extra = COLLECTION_EXTENSION[name] === '.mdx' ? [BODY_FIELD] : [];
    expect(editorPaths(collectionConfig(name).fields).sort()).toEqual([...schemaPaths(name), ...extra].sort());
  });

  it('points every picker of ids at a collection the editor has', () => {
    const names = new Set(local.config.collections.map((collection) => collection.name));
    const relations = (fields: readonly EditorField[]): EditorField[] =>
      fields.flatMap((field) => [
        ...(field.widget === 'relation' ? [field] : []),
        ...relations(field.fields ?? []),
        ...relations(field.types ?? []),
      ]);
    const all = local.config.collections.flatMap((collection) => relations(collection.fields));
    expect(all.length).toBeGreaterThan(20);
    for (const field of all) {
      expect(names.has(field.collection as (typeof ALL_COLLECTIONS)[number])).toBe(true);
      expect(field.value_field).toBe('{{slug}}');
    }
  });

  it.each([
    ['briefs', 'audiences', 'audiences', true],
    ['briefs', 'problems', 'problems', true],
    ['briefs', 'alliance', 'alliances', false],
    ['briefs', 'authors', 'people', true],
    ['briefs', 'translationOf', 'briefs', false],
    ['findings', 'sources', 'briefs', true],
    ['events', 'presenters', 'people', true],
    ['aims', 'target.measure', 'measures', false],
    ['aims', 'drivers.secondary.changeIdeas', 'change-ideas', true],
    ['change-ideas', 'findings', 'findings', true],
    ['cycles', 'changeIdea', 'change-ideas', false],
    ['cycles', 'follows', 'cycles', false],
    ['clusters', 'aim', 'aims', false],
    ['clusters', 'members', 'alliances', true],
  ])('%s.%s picks ids from %s', (collection, path, target, multiple) => {
    const field = fieldAt(collection, path);
    expect(field).toMatchObject({ widget: 'relation', collection: target });
    expect(field.multiple === true).toBe(multiple);
  });

  it('links to other entries by kind: each collection a kind of item, its id picked from that collection', () => {
    const related = fieldAt('briefs', 'related');
    expect(related).toMatchObject({ widget: 'list', typeKey: 'collection' });
    expect(related.types!.map((type) => type.name)).toEqual([...PAGE_COLLECTIONS]);
    expect(related.types![1]!.fields![0]).toMatchObject({ name: 'id', widget: 'relation', collection: 'findings' });
  });

  it('offers the statuses as a choice, new entries starting as drafts', () => {
    expect(fieldAt('briefs', 'status')).toMatchObject({ widget: 'select', options: [...STATUSES], default: 'draft', required: false });
    expect(fieldAt('briefs', 'embargoUntil')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', required: false });
  });

  it('gives each kind of value its widget', () => {
    expect(fieldAt('briefs', 'title')).toMatchObject({ widget: 'string', required: true, label: 'Title' });
    expect(fieldAt('briefs', 'summary')).toMatchObject({ widget: 'text', required: true });
    expect(fieldAt('briefs', 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true });
    expect(fieldAt('briefs', 'keyFindings')).toMatchObject({ widget: 'list', field: { widget: 'string' }, required: true, label: 'Key findings' });
    expect(fieldAt('challenges', 'stakeholders')).toMatchObject({ widget: 'select', multiple: true });
    expect(fieldAt('alliances', 'founded')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(fieldAt('briefs', 'evidence.effect.size')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(fieldAt('briefs', 'evidence.effect.significant')).toMatchObject({ widget: 'boolean' });
    expect(fieldAt('briefs', 'evidence.design')).toMatchObject({ widget: 'select', options: expect.arrayContaining(['rct', 'descriptive']) });
    expect(fieldAt('briefs', 'evidence.claimedTier')).toMatchObject({ widget: 'select', options: [1, 2, 3, 4] });
    expect(fieldAt('events', 'venue')).toMatchObject({ widget: 'object', required: false });
    expect(fieldAt('events', 'materials')).toMatchObject({ widget: 'list' });
  });

  it('makes the evidence block a group, required in a finding and optional in a brief', () => {
    expect(fieldAt('findings', 'evidence')).toMatchObject({ widget: 'object', required: true });
    expect(fieldAt('findings', 'evidence.design').required).toBe(true);
    expect(fieldAt('briefs', 'evidence')).toMatchObject({ widget: 'object', required: false });
    // Inside a group left out, nothing is required: a brief without evidence saves.
    expect(fieldAt('briefs', 'evidence.design').required).toBe(false);
  });

  it('writes translations as one group per interface language other than English', () => {
    const translations = fieldAt('problems', 'translations');
    expect(translations.fields!.map((field) => field.name)).toEqual(otherLanguages);
    expect(translations.fields![0]!.fields!.map((field) => field.name)).toEqual(['title', 'question', 'description']);
  });

  it('edits an MDX body as raw Markdown only, and previews it sanitized', () => {
    expect(fieldAt('briefs', BODY_FIELD)).toMatchObject({ widget: 'markdown', modes: ['raw'], sanitize_preview: true });
    expect(collectionConfig('people').fields.map((field) => field.name)).not.toContain(BODY_FIELD);
  });

  it("labels fields from their names and hints with the schema's description and rule", () => {
    expect(labelFor('keyFindings')).toBe('Key findings');
    expect(labelFor('onlineUrl')).toBe('Online URL');
    expect(labelFor('doi')).toBe('DOI');
    expect(fieldAt('briefs', 'title').hint).toBe(
      'The headline, in plain words. Required. At most 140 characters. Example: Summer bridge raised ninth-grade attendance',
    );
  });

  it('names entries in lists by their first required line of text', () => {
    expect(collectionConfig('briefs').identifier_field).toBe('title');
    expect(collectionConfig('people').identifier_field).toBe('name');
    expect(collectionConfig('audiences').identifier_field).toBe('label');
    expect(collectionConfig('glossary').identifier_field).toBe('term');
    expect(identifierField([])).toBe('title');
  });

  it('carries each collection’s field order for the file format', () => {
    expect(local.files['briefs']!.order.keys.slice(0, 3)).toEqual(['title', 'summary', 'audiences']);
    expect(local.files['briefs']!.identifier).toBe('title');
  });

  it('carries no content: no entry, no field value beyond the schema’s own examples and defaults', () => {
    const text = JSON.stringify(local);
    expect(text).not.toContain('tutoring');
    expect(text).not.toMatch(/"body":/);
  });
});

describe('the editor backend in the configuration', () => {
  it('saves through decap-server on this machine, with Save for Publish', () => {
    expect(local.config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(local.config.publish_mode).toBeUndefined();
    expect(local.config.locale).toBe(local.locale!.name);
    expect(JSON.stringify(local.locale!.phrases)).toContain('"publish":"Save"');
  });

  it('reviews each entry as a pull request on a git host', () => {
    const github = editorSetup(model, { backend: { kind: 'github', repo: 'riverbend/portal', branch: 'main' }, contentFolder: 'content', languages: SITE_LANGS });
    expect(github.config.backend).toEqual({ name: 'github', repo: 'riverbend/portal', branch: 'main' });
    expect(github.config.publish_mode).toBe('editorial_workflow');
    expect(github.locale).toBeUndefined();
  });
});
