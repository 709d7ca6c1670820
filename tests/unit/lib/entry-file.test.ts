import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  fieldOrder,
  orderFields,
  parseEntryFile,
  pruneEmpty,
  writeEntryFile,
  type FieldOrder,
} from '../../../src/lib/entry-file.ts';
import { describeSchema } from '../../../src/schemas/describe.ts';

const order: FieldOrder = {
  keys: ['title', 'audiences', 'evidence', 'related', 'translations'],
  fields: {
    evidence: { keys: ['design', 'sample'], fields: { sample: { keys: ['students', 'schools'], fields: {} } } },
    related: { keys: ['collection', 'id'], fields: {} },
    translations: { keys: [], fields: {}, anyKey: { keys: ['label', 'description'], fields: {} } },
  },
};

describe('fieldOrder', () => {
  it('follows the schema: nested groups, list items and groups keyed by language', () => {
    const block = z.strictObject({ design: z.string(), sample: z.strictObject({ students: z.number(), schools: z.number() }) }).meta({ title: 'A block' });
    const schema = z.strictObject({
      title: z.string(),
      audiences: z.array(z.string()),
      evidence: block,
      related: z.array(z.strictObject({ collection: z.string(), id: z.string() })),
      translations: z.record(z.string(), z.strictObject({ label: z.string(), description: z.string() })),
    });
    const doc = describeSchema(schema);
    const found = fieldOrder(doc.fields, doc.blocks);
    expect(found.keys).toEqual(order.keys);
    expect(found.fields['evidence']!.keys).toEqual(['design', 'sample']);
    expect(found.fields['evidence']!.fields['sample']!.keys).toEqual(['students', 'schools']);
    expect(found.fields['related']!.keys).toEqual(['collection', 'id']);
    expect(found.fields['translations']!.anyKey!.keys).toEqual(['label', 'description']);
  });
});

describe('orderFields and pruneEmpty', () => {
  it('puts fields in schema order at every depth, unknown fields last as found', () => {
    const value = { zzz: 1, translations: { es: { description: 'd', label: 'l' } }, related: [{ id: 'x', collection: 'briefs' }], evidence: { sample: { schools: 2, students: 9 }, design: 'rct' }, title: 't' };
    expect(JSON.stringify(orderFields(value, order))).toBe(
      JSON.stringify({ title: 't', evidence: { design: 'rct', sample: { students: 9, schools: 2 } }, related: [{ collection: 'briefs', id: 'x' }], translations: { es: { label: 'l', description: 'd' } }, zzz: 1 }),
    );
  });

  it('leaves out what a form leaves empty, and keeps false and zero', () => {
    expect(pruneEmpty({ a: '', b: null, c: [], d: {}, e: { f: '' }, g: ['', 'x'], h: false, i: 0, j: [{ k: '' }] })).toEqual({ g: ['x'], h: false, i: 0 });
  });
});

describe('parseEntryFile and writeEntryFile', () => {
  const file = ['---', 'title: A title', 'audiences: [district-staff]', '---', '', '## Heading', '', '| a | b |', '|---|---|', '| \\<10 | {x} |', ''].join('\n');

  it('reads the fields and the body apart, the body exactly as written', () => {
    expect(parseEntryFile(file, '.mdx')).toEqual({
      data: { title: 'A title', audiences: ['district-staff'] },
      body: '## Heading\n\n| a | b |\n|---|---|\n| \\<10 | {x} |',
    });
  });

  it('writes a file in the layout back byte for byte', () => {
    expect(writeEntryFile(parseEntryFile(file, '.mdx'), '.mdx', order)).toBe(file);
  });

  it('keeps dates as the text written, as the check reads them', () => {
    expect(parseEntryFile('---\npublished: 2026-03-14\nstart: 2027-02-11T18:00:00-06:00\n---\n', '.mdx').data).toEqual({
      published: '2026-03-14',
      start: '2027-02-11T18:00:00-06:00',
    });
  });

  it('separates the body from the fields by one blank line and ends the file with one line break', () => {
    const written = writeEntryFile({ data: { title: 'T' }, body: '\n\n\nText.\n\n\n' }, '.mdx', order);
    expect(written).toBe('---\ntitle: T\n---\n\nText.\n');
    expect(writeEntryFile({ data: { title: 'T' }, body: '' }, '.mdx', order)).toBe('---\ntitle: T\n---\n');
  });

  it('writes a YAML file as its fields alone', () => {
    expect(writeEntryFile({ data: { title: 'T', audiences: [] }, body: '' }, '.yaml', order)).toBe('title: T\n');
  });

  it('refuses an MDX file without front matter and YAML that is not fields', () => {
    expect(() => parseEntryFile('# Just Markdown\n', '.mdx')).toThrow(/no front matter/);
    expect(() => parseEntryFile('- a\n- b\n', '.yaml')).toThrow(/expected fields/);
  });
});
