import { describe, expect, it } from 'vitest';
import { problemsOf, schemas } from './helpers.ts';

describe('audiences (YAML)', () => {
  it.each([
    { label: 'District staff', description: 'People who run schools.', order: 1 },
    { label: 'District staff', description: 'People who run schools.', order: 1, translations: { es: { label: 'Personal del distrito', description: 'Quienes dirigen las escuelas.' } } },
  ])('accepts a valid entry: %j', (value) => {
    expect(problemsOf(schemas.audiences, value)).toEqual([]);
  });

  it.each([
    [{ label: 'L', description: 'D', order: 1, colour: 'blue' }, ': Unrecognized key: "colour"'],
    [{ label: 'L', description: 'D', order: 1, translations: { es: { label: 'L' } } }, 'translations.es.description: a description (required)'],
    [{ label: 'L', description: 'D', order: 1, translations: { Spanish: { label: 'L', description: 'D' } } }, 'translations.Spanish: a BCP 47 language tag such as es, as the key'],
  ] as const)('rejects %j', (value, expected) => {
    expect(problemsOf(schemas.audiences, value)).toContain(expected);
  });
});
