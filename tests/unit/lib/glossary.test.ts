import { describe, expect, it } from 'vitest';
import { firstLetter, groupByFirstLetter } from '../../../src/lib/glossary.ts';
import { taxonomyUrl, glossaryUrl } from '../../../src/lib/collections.ts';

const lettersOf = (names: string[], lang: string) =>
  groupByFirstLetter(names, (name) => name, lang).map(({ letter, items }) => `${letter}: ${items.join(', ')}`);

describe('groupByFirstLetter', () => {
  it('sorts in the language and groups runs under their first letter', () => {
    expect(lettersOf(['Effect size', 'baseline', 'Evidence tier', 'Control group'], 'en')).toEqual([
      'B: baseline',
      'C: Control group',
      'E: Effect size, Evidence tier',
    ]);
  });

  it('files an accented Spanish initial under its plain letter, in order', () => {
    expect(lettersOf(['Intervalo de confianza', 'Índice', 'Ensayo controlado aleatorio', 'Estudio correlacional'], 'es')).toEqual([
      'E: Ensayo controlado aleatorio, Estudio correlacional',
      'I: Índice, Intervalo de confianza',
    ]);
  });

  it('keeps Ñ a letter of its own in Spanish, after N, but not in English', () => {
    expect(lettersOf(['Ñandú', 'Nivel', 'Oso'], 'es')).toEqual(['N: Nivel', 'Ñ: Ñandú', 'O: Oso']);
    expect(lettersOf(['Ñandú', 'Nivel'], 'en')).toEqual(['N: Ñandú, Nivel']);
  });

  it('returns no groups for no terms', () => {
    expect(groupByFirstLetter([], String, 'es')).toEqual([]);
  });
});

describe('firstLetter', () => {
  it.each([
    ['effect size', 'en', 'E'],
    ['  ética', 'es', 'E'],
    ['Ñandú', 'es', 'Ñ'],
    ['Ñandú', 'en', 'N'],
    ['', 'en', ''],
  ])('%j in %s is filed under %j', (name, lang, letter) => {
    expect(firstLetter(name, lang)).toBe(letter);
  });
});

describe('glossaryUrl', () => {
  it('points at the term on its own language\'s glossary page', () => {
    expect(glossaryUrl('effect-size')).toBe('/glossary/#effect-size');
    expect(glossaryUrl('effect-size', 'en')).toBe('/glossary/#effect-size');
    expect(glossaryUrl('tamano-del-efecto', 'es')).toBe('/es/glossary/#tamano-del-efecto');
    expect(taxonomyUrl('glossary', 'effect-size')).toBe('/glossary/#effect-size');
    expect(taxonomyUrl('glossary', 'tamano-del-efecto', 'es')).toBe('/es/glossary/#tamano-del-efecto');
  });
});
