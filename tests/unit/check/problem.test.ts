import { describe, expect, it } from 'vitest';
import { describeFound, error, formatFieldPath, warning } from '../../../src/check/problem.ts';

describe('error and warning', () => {
  const problem = { file: 'content/briefs/x.mdx', field: 'title', line: 2, found: '"x"', expected: 'a title' };

  it('mark a problem as an error or a warning and keep every other property', () => {
    expect(error(problem)).toEqual({ ...problem, severity: 'error' });
    expect(warning(problem)).toEqual({ ...problem, severity: 'warning' });
  });

  it('leave the problem they are given untouched', () => {
    error(problem);
    expect(problem).not.toHaveProperty('severity');
  });
});

describe('formatFieldPath', () => {
  it.each<[readonly PropertyKey[], string]>([
    [[], ''],
    [['title'], 'title'],
    [['evidence', 'sample', 'students'], 'evidence.sample.students'],
    [['audiences', 0], 'audiences[0]'],
    [['related', 1, 'id'], 'related[1].id'],
    [['drivers', 0, 'secondary', 2, 'changeIdeas', 0], 'drivers[0].secondary[2].changeIdeas[0]'],
    [['matrix', 0, 1], 'matrix[0][1]'],
    [[3], '[3]'],
    [[0, 'id'], '[0].id'],
    [['translations', 'es', 'label'], 'translations.es.label'],
  ])('writes %j as %j', (path, text) => {
    expect(formatFieldPath(path)).toBe(text);
  });
});

describe('describeFound', () => {
  const long = 'x'.repeat(81);

  it.each<[string, unknown, string]>([
    ['a missing field', undefined, 'nothing (the field is missing)'],
    ['an empty YAML value', null, 'an empty value'],
    ['a date, as ISO', new Date('2026-03-01T00:00:00Z'), '2026-03-01T00:00:00.000Z'],
    ['an invalid date', new Date('not a date'), 'an invalid date'],
    ['text, quoted', 'distrct-staff', '"distrct-staff"'],
    ['empty text', '', '""'],
    ['text with quotes, escaped', 'say "hi"', '"say \\"hi\\""'],
    ['text of 80 characters, whole', 'x'.repeat(80), `"${'x'.repeat(80)}"`],
    ['text over 80 characters, cut to 77 and an ellipsis', long, `"${'x'.repeat(77)}..."`],
    ['a number', -5, '-5'],
    ['zero', 0, '0'],
    ['a boolean', false, 'false'],
    ['an empty list', [], 'an empty list'],
    ['a list', ['a', 1], '["a",1]'],
    ['a long list, cut to 80 characters', Array.from({ length: 30 }, (_, index) => index), `${JSON.stringify(Array.from({ length: 30 }, (_, index) => index)).slice(0, 77)}...`],
    ['an object', { name: 'x' }, '{"name":"x"}'],
    ['an empty object', {}, '{}'],
    ['a long object, cut to 80 characters', { text: long }, `{"text":"${'x'.repeat(68)}...`],
  ])('describes %s', (_name, value, text) => {
    expect(describeFound(value)).toBe(text);
  });

  it('never gives more than 80 characters of a list or an object', () => {
    expect(describeFound({ text: long })).toHaveLength(80);
    expect(describeFound(Array.from({ length: 50 }, () => 'item'))).toHaveLength(80);
  });
});
