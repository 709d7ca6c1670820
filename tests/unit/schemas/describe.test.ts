import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ALL_COLLECTIONS, ENTRY_COLLECTIONS, TITLE_MAX } from '../../../src/lib/collections.ts';
import { emptyContext } from '../../../src/schemas/context.ts';
import { describeContentModel, describeSchema, ruleOf, type FieldDoc } from '../../../src/schemas/describe.ts';
import { idOf, idsOf, isoDate, requiredText, textList, translationsOf } from '../../../src/schemas/fields.ts';

const context = emptyContext();

const block = z
  .strictObject({ kind: z.enum(['a', 'b']).meta({ description: 'The kind.' }) })
  .meta({ title: 'The sample block', description: 'A block documented once.' });

const sample = z
  .strictObject({
    title: requiredText(TITLE_MAX, 'a title').meta({ description: 'The headline.', example: 'A title' }),
    when: isoDate(),
    people: idsOf('people', context),
    alliance: idOf('alliances', context).optional(),
    tags: textList({ min: 1, max: 3, what: 'tag' }),
    status: z.enum(['draft', 'published']).default('published'),
    year: z.number().int().min(1900).max(2100),
    count: z.number().int().min(0).optional(),
    tier: z.union([z.literal(1), z.literal(2)]).optional(),
    venue: z.strictObject({ name: requiredText(10, 'a name') }).optional(),
    links: z.array(z.strictObject({ href: z.string() })).default([]),
    translations: translationsOf({ label: requiredText(60, 'a label') }),
    facts: block.optional(),
  })
  .meta({ description: 'A sample collection.' });

function field(path: string): FieldDoc {
  const found = describeSchema(sample).fields.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

describe('describeSchema', () => {
  it('lists every field in order, nested fields after their parent', () => {
    expect(describeSchema(sample).fields.map((doc) => doc.path)).toEqual([
      'title', 'when', 'people', 'alliance', 'tags', 'status', 'year', 'count', 'tier',
      'venue', 'venue.name', 'links', 'links[].href', 'translations', 'translations.<lang>.label', 'facts',
    ]);
    expect(describeSchema(sample).description).toBe('A sample collection.');
  });

  it.each([
    ['title', 'text', 'Required. At most 140 characters.'],
    ['when', 'date', 'Required.'],
    ['people', 'list of ids from people', 'Required. At least one.'],
    ['alliance', 'id from alliances', 'Optional.'],
    ['tags', 'list of texts', 'Required. 1 to 3 items. Each at most 1000 characters.'],
    ['status', 'value', 'Default `published`. One of `draft`, `published`.'],
    ['year', 'whole number', 'Required. 1900 to 2100.'],
    ['count', 'whole number', 'Optional. At least 0.'],
    ['tier', 'value', 'Optional. One of `1`, `2`.'],
    ['venue', '{name}', 'Optional.'],
    ['venue.name', 'text', 'Required. At most 10 characters.'],
    ['links', 'list of {href}', 'Default `[]`.'],
    ['translations', 'by language tag: {label}', 'Optional.'],
    ['translations.<lang>.label', 'text', 'Required. At most 60 characters.'],
  ])('%s is %s: %s', (path, type, rule) => {
    expect(field(path).type).toBe(type);
    expect(ruleOf(field(path))).toBe(rule);
  });

  it("carries each field's description, example and referenced collection", () => {
    expect(field('title')).toMatchObject({ description: 'The headline.', example: 'A title', depth: 0 });
    expect(field('people').collection).toBe('people');
    expect(field('venue.name').depth).toBe(1);
  });

  it("lists the fields of a choice between groups as one group: required where every option requires it", () => {
    const links = z.array(z.union([z.strictObject({ label: z.string(), href: z.string() }), z.strictObject({ label: z.string(), id: z.string() })]));
    const fields = describeSchema(z.strictObject({ links })).fields;
    expect(fields.map((doc) => [doc.path, doc.required])).toEqual([
      ['links', true],
      ['links[].label', true],
      ['links[].href', false],
      ['links[].id', false],
    ]);
  });

  it('documents a titled block once, on its own, and does not repeat its fields', () => {
    const doc = describeSchema(sample);
    expect(field('facts').block).toBe('The sample block');
    expect(doc.fields.some((candidate) => candidate.path.startsWith('facts.'))).toBe(false);
    expect(doc.blocks).toEqual([
      {
        title: 'The sample block',
        description: 'A block documented once.',
        fields: [expect.objectContaining({ path: 'kind', values: ['a', 'b'], description: 'The kind.' })],
      },
    ]);
  });
});

describe('describeContentModel', () => {
  const model = describeContentModel();

  it('describes every collection, in the order of src/lib/collections.ts', () => {
    expect(model.collections.map((collection) => collection.name)).toEqual([...ALL_COLLECTIONS]);
  });

  it('lists the shared entry fields once and leaves them out of each collection that takes them', () => {
    expect(model.shared.map((doc) => doc.path)).toContain('title');
    for (const name of ENTRY_COLLECTIONS) {
      const collection = model.collections.find((candidate) => candidate.name === name)!;
      expect(collection.sharesEntryFields).toBe(true);
      expect(collection.fields.map((doc) => doc.path)).not.toContain('title');
    }
    expect(model.collections.find((candidate) => candidate.name === 'people')!.sharesEntryFields).toBe(false);
  });

  it("gives each collection's fields whole too, the shared ones first, as a file holds them", () => {
    const briefs = model.collections.find((candidate) => candidate.name === 'briefs')!;
    expect(briefs.allFields.map((doc) => doc.path).slice(0, 2)).toEqual(['title', 'summary']);
    expect(briefs.allFields.map((doc) => doc.path)).toEqual(expect.arrayContaining(briefs.fields.map((doc) => doc.path)));
  });

  it('reads the limits from the schemas, so the reference shows what the check enforces', () => {
    expect(ruleOf(model.shared.find((doc) => doc.path === 'title')!)).toBe(`Required. At most ${TITLE_MAX} characters.`);
  });

  it('documents the evidence block once, though briefs and findings both take it', () => {
    expect(model.blocks.map((doc) => doc.title)).toEqual(['The evidence block']);
    expect(model.blocks[0]!.fields.map((doc) => doc.path)).toContain('effect.ciLow');
  });
});
