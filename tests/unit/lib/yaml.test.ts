import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { yamlFields, yamlInline } from '../../../src/lib/yaml.ts';

describe('yamlInline', () => {
  it.each([
    ['riverbend-alliance', 'riverbend-alliance'],
    ['2026-03-14', '2026-03-14'],
    ['2027-02-11T18:00:00-06:00', '2027-02-11T18:00:00-06:00'],
    ['Plain words.', '"Plain words."'],
    ['true', '"true"'],
    ['no', '"no"'],
    ['2014', '"2014"'],
    ['1e5', '"1e5"'],
    [['es', 'ar'], '[es, ar]'],
    [{ size: 0.19, significant: true }, '{ size: 0.19, significant: true }'],
    [[{ collection: 'findings', id: 'x' }], '[{ collection: findings, id: x }]'],
  ])('writes %j as %s', (value, written) => {
    expect(yamlInline(value)).toBe(written);
  });

  it('writes text that reads back as the same text', () => {
    for (const text of ['Plain words.', 'a: b', '# not a comment', "it's", 'yes', '12', 'null', 'x-1', 'École']) {
      expect(yaml.load(`value: ${yamlInline(text)}`, { schema: yaml.CORE_SCHEMA })).toEqual({ value: text });
    }
  });
});

describe('yamlFields', () => {
  it('writes one line per field, blocks for lists of text and objects, and leaves out undefined', () => {
    const text = yamlFields({
      title: 'A title',
      audiences: ['district-staff', 'community'],
      keyFindings: ['One.', 'Two.'],
      venue: { name: 'Library', address: '1 Main St' },
      doi: undefined,
    });
    expect(text).toBe(
      [
        'title: "A title"',
        'audiences: [district-staff, community]',
        'keyFindings:\n  - "One."\n  - "Two."',
        'venue:\n  name: "Library"\n  address: "1 Main St"',
        '',
      ].join('\n'),
    );
    expect(yaml.load(text)).toEqual({
      title: 'A title',
      audiences: ['district-staff', 'community'],
      keyFindings: ['One.', 'Two.'],
      venue: { name: 'Library', address: '1 Main St' },
    });
  });
});
