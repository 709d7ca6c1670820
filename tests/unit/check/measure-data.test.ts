import { describe, expect, it } from 'vitest';
import {
  atListItemLines,
  checkMeasureData,
  dataSettingsOf,
  measureDataProblems,
  measureTranslationProblems,
  yamlLine,
  type MeasureFiles,
} from '../../../src/check/measure-data.ts';
import type { ValidEntries } from '../../../src/check/improvement-rules.ts';
import type { Problem } from '../../../src/check/problem.ts';
import type { CollectionName } from '../../../src/lib/collections.ts';

/** Problems as "file field (line:column): found → expected", the way an author reads them. */
function lines(problems: readonly Problem[]): string[] {
  return problems.map((problem) => {
    const where = problem.line === undefined ? '' : ` (${problem.line}${problem.column === undefined ? '' : `:${problem.column}`})`;
    return `${problem.file} ${problem.field ?? ''}${where}: ${problem.found} → ${problem.expected}`;
  });
}

/** Monthly CSV rows from September 2025: one value per month. */
function monthly(values: readonly (number | '')[]): string {
  return values.map((value, index) => `${new Date(Date.UTC(2025, 8 + index, 1)).toISOString().slice(0, 10)},${value}`).join('\n');
}

const yamlText = ['title: On track', 'baselinePoints: 8', 'phases:', '  - from: 2025-09-01', '    label: Before', '  - from: 2025-11-01', '  - from: 2027-01-01', '    label: Later'].join('\n');
const yaml = { path: 'content/measures/on-track.yaml', text: yamlText };

describe('checkMeasureData', () => {
  it('finds nothing wrong with a clean CSV and settings that fit it', () => {
    const csv = { path: 'content/measures/on-track.csv', text: `date,value\n${monthly([70, 71, 72, 73, 74, 75, 76, 77, 78, 79])}\n` };
    const { problems, reading } = checkMeasureData(csv, { path: yaml.path, text: 'baselinePoints: 8' }, { baselinePoints: 8 });
    expect(problems).toEqual([]);
    expect(reading.data.rows).toHaveLength(10);
  });

  it('reports each CSV problem at its line and column, and each settings problem at its YAML line', () => {
    const csv = {
      path: 'content/measures/on-track.csv',
      text: ['date,value,n', '2025-09-01,70,120', '09/01/2025,71,130', '2025-10-01,7O.5,110', '2025-11-01,72,12.5', '2025-09-01,73,100'].join('\n'),
    };
    const { problems } = checkMeasureData(csv, yaml, dataSettingsOf({ baselinePoints: 8, phases: [{ from: '2025-09-01' }, { from: '2025-11-01' }, { from: '2027-01-01' }] }));
    expect(lines(problems)).toEqual([
      'content/measures/on-track.csv date (3:1): "09/01/2025" → an ISO date, YYYY-MM-DD (2025-09-01 for 1 September 2025)',
      'content/measures/on-track.csv value (4:2): "7O.5" → a number written with a decimal point and no unit or thousands separator (71.5), or nothing for a missing value',
      'content/measures/on-track.csv n (5:3): "12.5" → a whole number of people (0 or more), or nothing',
      'content/measures/on-track.csv date (6:1): "2025-09-01" again (first on line 2) → each date once',
      'content/measures/on-track.yaml phases[2].from (7): 2027-01-01 → a date within the data, from 2025-09-01 to 2025-11-01',
      'content/measures/on-track.yaml baselinePoints (2): 8, but the phase from 2025-09-01 has 1 point with a value → at most 1, or phases long enough for the baseline (a phase that has ended gains no points)',
    ]);
  });
});

describe('dataSettingsOf', () => {
  it('keeps well-formed settings, dates as written or as Dates', () => {
    expect(dataSettingsOf({ baselinePoints: 12, phases: [{ from: '2025-09-01', label: 'A' }, { from: new Date('2025-11-03T00:00:00Z') }] })).toEqual({
      baselinePoints: 12,
      phases: [
        { from: '2025-09-01', label: 'A' },
        { from: new Date('2025-11-03T00:00:00Z'), label: null },
      ],
    });
  });

  it.each([
    ['a baseline that is not a whole number', { baselinePoints: 'twelve' }],
    ['a phase without a date', { phases: [{ label: 'A' }] }],
    ['a phase dated in another form', { phases: [{ from: '1 Sept 2025' }] }],
    ['nothing at all', undefined],
  ])('leaves out %s (the schema reports it)', (_name, raw) => {
    expect(dataSettingsOf(raw)).toEqual({});
  });
});

describe('yamlLine', () => {
  it.each([
    ['baselinePoints', 2],
    ['phases[0].from', 4],
    ['phases[1].from', 6],
    ['phases[2].from', 7],
    ['target', undefined],
    [undefined, undefined],
  ])('finds %s on line %s', (field, line) => {
    expect(yamlLine(yamlText, field)).toBe(line);
  });
});

describe('atListItemLines', () => {
  it("moves a problem with a phase's field to that field's line, and leaves the others", () => {
    const problems: Problem[] = [
      { file: yaml.path, field: 'phases[1].from', line: 3, found: 'x', expected: 'y', severity: 'error' },
      { file: yaml.path, field: 'title', line: 1, found: 'x', expected: 'y', severity: 'error' },
      { file: yaml.path, field: 'drivers[0].secondary[0].id', line: 9, found: 'x', expected: 'y', severity: 'error' },
    ];
    expect(atListItemLines(problems, yamlText).map((problem) => problem.line)).toEqual([6, 1, 9]);
  });
});

describe('measureDataProblems', () => {
  const file = (id: string, extension: string, text = '') => ({ path: `content/measures/${id}${extension}`, text });
  const clean = `date,value\n${monthly([70, 71])}\n`;

  it('asks for the CSV of a measure that has none, and refuses one beside a translation', () => {
    const measures: MeasureFiles[] = [
      { id: 'no-data', yaml: file('no-data', '.yaml'), raw: { title: 'x' } },
      { id: 'with-data', yaml: file('with-data', '.yaml'), raw: {}, csv: file('with-data', '.csv', clean) },
      { id: 'en-camino', yaml: file('en-camino', '.yaml'), raw: { translationOf: 'with-data' }, csv: file('en-camino', '.csv', clean) },
      { id: 'sin-datos', yaml: file('sin-datos', '.yaml'), raw: { translationOf: 'with-data' } },
      // A CSV alone is reported with the file-name rules, not here.
      { id: 'orphan', csv: file('orphan', '.csv', clean) },
    ];
    expect(lines(measureDataProblems(measures))).toEqual([
      "content/measures/no-data.yaml file name: no no-data.csv beside no-data.yaml → no-data.csv in content/measures/ too, with the measure's data (the header date,value, then n and site if used)",
      "content/measures/en-camino.csv file name: a data file beside a translation (translationOf: with-data) → no en-camino.csv: a translation is drawn from its original's data, with-data.csv",
    ]);
  });

  it('reads the CSV even when the YAML did not parse', () => {
    const measures: MeasureFiles[] = [{ id: 'broken', yaml: file('broken', '.yaml'), raw: undefined, csv: file('broken', '.csv', 'date;value\n') }];
    expect(lines(measureDataProblems(measures))).toEqual([
      'content/measures/broken.csv  (1:1): columns separated by semicolons ("date;value") → columns separated by commas, with a point for decimals: date,value',
    ]);
  });
});

describe('measureTranslationProblems', () => {
  type Tree = Partial<Record<CollectionName, Record<string, Record<string, unknown>>>>;
  const run = (tree: Tree) =>
    lines(
      measureTranslationProblems({
        entries: new Map(Object.entries(tree).map(([name, byId]) => [name as CollectionName, new Map(Object.entries(byId!))])) as ValidEntries,
        fileOf: (collection, id) => `content/${collection}/${id}`,
        lineOf: (_collection, _id, field) => (field === 'phases' ? 12 : undefined),
      }),
    );
  const original = { kind: 'outcome', better: 'higher', chart: 'run', baselinePoints: 10, target: 85, phases: [{ from: new Date('2025-11-03T00:00:00Z'), label: 'Huddles' }] };

  it('accepts a translation that keeps the settings and changes the words', () => {
    const translation = { ...original, translationOf: 'on-track', unit: 'por ciento', phases: [{ from: new Date('2025-11-03T00:00:00Z'), label: 'Reuniones' }] };
    expect(run({ measures: { 'on-track': original, 'en-camino': translation }, aims: { a: { measures: ['on-track'], target: { measure: 'on-track' } } } })).toEqual([]);
  });

  it('reports settings a translation changed, and references to a translation', () => {
    const translation = { ...original, translationOf: 'on-track', chart: 'xmr', target: 90, phases: [{ from: new Date('2025-12-01T00:00:00Z'), label: 'Reuniones' }] };
    expect(
      run({
        measures: { 'on-track': original, 'en-camino': translation },
        aims: { a: { measures: ['en-camino'], target: { measure: 'en-camino' } } },
        cycles: { c: { measures: ['on-track', 'en-camino'] } },
      }),
    ).toEqual([
      'content/measures/en-camino chart: "xmr" → "run", as in its original on-track (a translation changes only the words)',
      'content/measures/en-camino target: 90 → 85, as in its original on-track (a translation changes only the words)',
      'content/measures/en-camino phases (12): 2025-12-01 → the phase dates of its original on-track: 2025-11-03 (only the labels are translated)',
      'content/aims/a target.measure: "en-camino", a translation of on-track → the id of the original measure, on-track (its translations are found through it)',
      'content/aims/a measures[0]: "en-camino", a translation of on-track → the id of the original measure, on-track (its translations are found through it)',
      'content/cycles/c measures[1]: "en-camino", a translation of on-track → the id of the original measure, on-track (its translations are found through it)',
    ]);
  });
});
