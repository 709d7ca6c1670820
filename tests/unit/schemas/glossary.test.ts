import { describe, expect, it } from 'vitest';
import { problemsOf, schemas } from './helpers.ts';

describe('glossary (YAML)', () => {
  it.each([
    { term: 'Effect size', aliases: [], definition: 'How big a difference was.' },
    { term: 'Tamaño del efecto', definition: 'Cuánta diferencia hubo.', lang: 'es' },
  ])('accepts a valid entry: %j', (value) => {
    expect(problemsOf(schemas.glossary, value)).toEqual([]);
  });

  it('gives a glossary term the default language, English, when it names none', () => {
    expect(schemas.glossary.parse({ term: 'Effect size', definition: 'How big a difference was.' }).lang).toBe('en');
  });

  it.each([
    [{ term: 'Effect size', definition: 'x'.repeat(301) }, 'definition: a plain-language definition of at most 300 characters'],
    [{ term: 'Tamaño del efecto', definition: 'Cuánta diferencia hubo.', lang: 'Spanish' }, 'lang: a BCP 47 language tag such as en or es'],
  ] as const)('rejects %j', (value, expected) => {
    expect(problemsOf(schemas.glossary, value)).toContain(expected);
  });
});
