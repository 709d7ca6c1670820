import { describe, expect, it } from 'vitest';
import { allianceText, audienceText, inLanguage, langIfOther, personRole, problemText, versionsForReader } from '../../../src/lib/translations.ts';

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

describe('audienceText, problemText, allianceText and personRole', () => {
  const problem = {
    title: 'Chronic absenteeism',
    question: 'Why do students miss school?',
    description: 'Text.',
    order: 1,
    translations: { es: { title: 'Ausentismo crónico', question: '¿Por qué faltan?', description: 'Texto.' } },
  };

  it("take only the text fields, in the reader's language where translated", () => {
    expect(problemText(problem, 'es')).toEqual({ title: 'Ausentismo crónico', question: '¿Por qué faltan?', description: 'Texto.', lang: 'es' });
    expect(problemText(problem, 'en')).toEqual({ title: 'Chronic absenteeism', question: 'Why do students miss school?', description: 'Text.', lang: 'en' });
    expect(audienceText({ ...original, translations }, 'es')).toEqual({ ...translations.es, lang: 'es' });
  });

  it("keep an alliance's name out of it: only its description is translated", () => {
    const alliance = { name: 'Riverbend Alliance', description: 'A partnership.', translations: { es: { description: 'Una alianza.' } } };
    expect(allianceText(alliance, 'es')).toEqual({ description: 'Una alianza.', lang: 'es' });
  });

  it("give a person's role in the reader's language, and nothing for a person without one", () => {
    const person = { name: 'Maya Okafor', role: 'Research director', translations: { es: { role: 'Directora de investigación' } } };
    expect(personRole(person, 'es')).toEqual({ role: 'Directora de investigación', lang: 'es' });
    expect(personRole(person, 'vi')).toEqual({ role: 'Research director', lang: 'en' });
    const withoutRole: { name: string; role?: string } = { name: 'Ana Ruiz' };
    expect(personRole(withoutRole, 'es')).toBeUndefined();
  });

  it('fall back to the original for a problem with no translations at all', () => {
    expect(problemText({ ...problem, translations: undefined }, 'es').lang).toBe('en');
  });
});

describe('versionsForReader', () => {
  const entries = [
    { id: 'attendance-mentors', data: { lang: 'en' } },
    { id: 'mentores-de-asistencia', data: { lang: 'es', translationOf: 'attendance-mentors' } },
    { id: 'summer-reading', data: { lang: 'en' } },
    { id: 'lecture-d-ete', data: { lang: 'fr', translationOf: 'summer-reading' } },
  ];
  const ids = (lang: string) => versionsForReader(entries, lang).map((entry) => entry.id);

  it('gives a Spanish reader the Spanish version where there is one, else the English original', () => {
    expect(ids('es')).toEqual(['mentores-de-asistencia', 'summer-reading']);
  });

  it('gives an English reader the originals only', () => {
    expect(ids('en')).toEqual(['attendance-mentors', 'summer-reading']);
  });
});

describe('langIfOther', () => {
  it("gives the text's language only where it differs from the page's", () => {
    expect(langIfOther('en', 'es')).toBe('en');
    expect(langIfOther('es', 'es')).toBeUndefined();
    expect(langIfOther('en', 'en')).toBeUndefined();
  });
});
