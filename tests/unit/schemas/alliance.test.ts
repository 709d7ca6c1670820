import { describe, expect, it } from 'vitest';
import { problemsOf, schemas } from './helpers.ts';

describe('alliances (YAML)', () => {
  it.each([
    { name: 'Riverbend Alliance', districts: ['Riverbend USD'], partners: ['Lakeshore U'], founded: 2014, url: 'https://example.org', description: 'Text.' },
    { name: 'Riverbend Alliance', districts: ['Riverbend USD'], founded: 2014, description: 'Text.', translations: { es: { description: 'Texto.' } } },
    { name: 'Cedar Hollow', districts: ['Cedar Hollow PS'], founded: 2018, description: 'Text.', network: 'execution' },
    { name: 'Riverbend Alliance', districts: ['Riverbend USD'], founded: 2014, description: 'Text.', network: 'sharing' },
  ])('accepts a valid entry: %j', (value) => {
    expect(problemsOf(schemas.alliances, value)).toEqual([]);
  });

  it.each([
    [{ name: 'A', districts: [], founded: 2014, description: 'Text.' }, 'districts: at least 1 district name(s)'],
    [{ name: 'A', districts: ['B'], founded: 'long ago', description: 'Text.' }, 'founded: a year such as 2014'],
    [{ name: 'A', districts: ['B'], founded: 2014, description: 'Text.', translations: { es: { name: 'Alianza A', description: 'Texto.' } } }, 'translations.es: Unrecognized key: "name"'],
    [{ name: 'A', districts: ['B'], founded: 2014, description: 'Text.', network: 'executive' }, 'network: one of sharing, execution'],
  ] as const)('rejects %j', (value, expected) => {
    expect(problemsOf(schemas.alliances, value)).toContain(expected);
  });
});
