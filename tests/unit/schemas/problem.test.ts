import { describe, expect, it } from 'vitest';
import { problemsOf, schemas } from './helpers.ts';

describe('problems (YAML)', () => {
  it.each([
    { title: 'Chronic absenteeism', question: 'Why do students miss school?', description: 'Text.', order: 1 },
    { title: 'Chronic absenteeism', question: 'Why do students miss school?', description: 'Text.', order: 1, translations: { es: { title: 'Ausentismo crónico', question: '¿Por qué faltan?', description: 'Texto.' } } },
  ])('accepts a valid entry: %j', (value) => {
    expect(problemsOf(schemas.problems, value)).toEqual([]);
  });

  it.each([
    [{ title: 'T', question: 'Q?', description: 'D', order: 1.5 }, 'order: a whole number'],
    [{ title: 'T', question: 'Q?', description: 'D', order: 1, translations: { es: { title: 'T', description: 'D' } } }, "translations.es.question: the question in the district's words (required)"],
    [{ title: 'T', question: 'Q?', description: 'D', order: 1, translations: { es: { title: 'T', question: 'Q', description: 'D', summary: 'S' } } }, 'translations.es: Unrecognized key: "summary"'],
  ] as const)('rejects %j', (value, expected) => {
    expect(problemsOf(schemas.problems, value)).toContain(expected);
  });
});
