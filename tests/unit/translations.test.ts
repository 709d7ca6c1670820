import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../src/lib/translations.ts';

const original = { label: 'Families and community', description: 'Parents and caregivers.' };
const translations = { es: { label: 'Familias y comunidad', description: 'Madres, padres y cuidadores.' } };

describe('inLanguage', () => {
  it('gives the translation for a language that has one, saying so', () => {
    expect(inLanguage(original, translations, 'es')).toEqual({ ...translations.es, lang: 'es' });
  });

  it('gives the original, in English, for English and for a language without a translation', () => {
    expect(inLanguage(original, translations, 'en')).toEqual({ ...original, lang: 'en' });
    expect(inLanguage(original, translations, 'vi')).toEqual({ ...original, lang: 'en' });
    expect(inLanguage(original, undefined, 'es')).toEqual({ ...original, lang: 'en' });
  });
});
