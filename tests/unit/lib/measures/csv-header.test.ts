import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../../src/lib/measures/csv-header.ts';

function problemsOf(header: string): string[] {
  return readHeader(header.split(','), 1).problems.map((problem) => `${problem.column} ${problem.found} -> ${problem.expected}`);
}

describe('readHeader: the columns it accepts', () => {
  it.each([
    ['date,value', ['date', 'value']],
    ['date,value,n', ['date', 'value', 'n']],
    ['date,value,site', ['date', 'value', 'site']],
    ['date,value,n,site', ['date', 'value', 'n', 'site']],
    ['date,value,site,n', ['date', 'value', 'site', 'n']],
  ])('%s', (header, columns) => {
    const reading = readHeader(header.split(','), 1);
    expect(reading.problems).toEqual([]);
    expect(reading.columns).toEqual(columns);
  });

  it('maps each column to its field index', () => {
    expect(readHeader(['date', 'value', 'site', 'n'], 1).index).toEqual({ date: 0, value: 1, site: 2, n: 3 });
  });
});

describe('readHeader: every problem, with its column', () => {
  it.each([
    ['a misspelled value', 'date,valeu', ['2 "valeu" -> value as column 2 (the header date,value, then n and site if the data has them) (did you mean value?)']],
    ['a capitalised column', 'Date,value', ['1 "Date" -> date as column 1 (the header date,value, then n and site if the data has them) (did you mean date?)']],
    ['date and value swapped', 'value,date', [
      '1 "value" -> date as column 1 (the header date,value, then n and site if the data has them)',
      '2 "date" -> value as column 2 (the header date,value, then n and site if the data has them)',
    ]],
    ['an unknown column', 'date,value,school', ['3 "school" -> n or site after date,value (the header date,value, then n and site if the data has them)']],
    ['a misspelled optional column', 'date,value,stie', ['3 "stie" -> n or site after date,value (the header date,value, then n and site if the data has them) (did you mean site?)']],
    ['an upper-case N', 'date,value,N', ['3 "N" -> n or site after date,value (the header date,value, then n and site if the data has them) (did you mean n?)']],
    ['a short name is not guessed', 'date,value,id', ['3 "id" -> n or site after date,value (the header date,value, then n and site if the data has them)']],
    ['a column twice', 'date,value,n,n', ['4 "n" a second time -> each column once']],
    ['no value column', 'date', ['2 no value column -> the header date,value, then n and site if the data has them']],
    ['an empty column name', 'date,value,', ['3 "" -> n or site after date,value (the header date,value, then n and site if the data has them)']],
    ['semicolons', 'date;value', ['1 columns separated by semicolons ("date;value") -> columns separated by commas, with a point for decimals: date,value']],
  ])('%s', (_name, header, expected) => {
    expect(problemsOf(header)).toEqual(expected);
  });

  it('reports on the given line, in the CSV source, with the header field', () => {
    expect(readHeader(['date', 'valeu'], 3).problems[0]).toMatchObject({ source: 'csv', line: 3, column: 2, field: 'valeu' });
  });

  it('still maps a misspelled column, so rows can be checked', () => {
    expect(readHeader(['date', 'valeu', 'stie'], 1).index).toEqual({ date: 0, value: 1, site: 2 });
  });
});
