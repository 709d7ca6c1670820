import { describe, expect, it } from 'vitest';
import { readMeasureCsv } from '../../../../src/lib/measures/csv.ts';

/** Problems as `line:column field: found -> expected`, compact enough for tables. */
function where(text: string): string[] {
  return readMeasureCsv(text).problems.map((problem) => `${problem.line}:${problem.column} ${problem.field ?? '-'}`);
}

describe('readMeasureCsv: a clean file', () => {
  it('reads dates, values (empty is missing), n and site', () => {
    const { data, problems } = readMeasureCsv('date,value,n,site\n2025-01-01,70.2,40,North\n2025-02-01,,38,North\n2025-01-01,64,25,South\n');
    expect(problems).toEqual([]);
    expect(data.columns).toEqual(['date', 'value', 'n', 'site']);
    expect(data.rows).toEqual([
      { line: 2, date: '2025-01-01', value: 70.2, withheld: false, n: 40, site: 'North' },
      { line: 3, date: '2025-02-01', value: null, withheld: false, n: 38, site: 'North' },
      { line: 4, date: '2025-01-01', value: 64, withheld: false, n: 25, site: 'South' },
    ]);
    expect(data.series.map((series) => [series.site, series.rows.length])).toEqual([
      ['North', 2],
      ['South', 1],
    ]);
  });

  it('takes n and site in either order, and no site column means one series with site null', () => {
    const { data } = readMeasureCsv('date,value,site,n\n2025-01-01,1,A,12\n');
    expect(data.columns).toEqual(['date', 'value', 'site', 'n']);
    expect(data.rows[0]).toMatchObject({ site: 'A', n: 12 });
    expect(readMeasureCsv('date,value\n2025-01-01,1\n').data.series).toEqual([
      { site: null, rows: [{ line: 2, date: '2025-01-01', value: 1, withheld: false, n: null, site: null }] },
    ]);
  });

  it('keeps series in order of first appearance and sorts each by date', () => {
    const text = 'date,value,site\n2025-03-01,3,B\n2025-01-01,1,A\n2025-02-01,2,B\n2025-02-01,2,A\n';
    const { data, problems } = readMeasureCsv(text);
    expect(problems).toEqual([]);
    expect(data.series.map((series) => [series.site, series.rows.map((row) => row.date)])).toEqual([
      ['B', ['2025-02-01', '2025-03-01']],
      ['A', ['2025-01-01', '2025-02-01']],
    ]);
  });

  it('reads a BOM, CRLF line ends, spaces around fields, blank lines and rows of commas', () => {
    const { data, problems } = readMeasureCsv('\uFEFFdate, value\r\n\r\n2025-01-01 , 7\r\n,\r\n2025-02-01,8\r\n');
    expect(problems).toEqual([]);
    expect(data.rows.map((row) => [row.line, row.value])).toEqual([
      [3, 7],
      [5, 8],
    ]);
  });

  it('reads negative numbers and exponents', () => {
    expect(readMeasureCsv('date,value\n2025-01-01,-1.5\n2025-02-01,2e3\n').data.rows.map((row) => row.value)).toEqual([-1.5, 2000]);
  });
});

describe('readMeasureCsv: withheld rows (n from 1 to 9)', () => {
  it.each([
    ['0', false],
    ['1', true],
    ['9', true],
    ['10', false],
    ['', false],
  ])('n = %j: withheld %s', (n, withheld) => {
    const { data } = readMeasureCsv(`date,value,n\n2025-01-01,55.5,${n}\n`);
    expect(data.rows[0]!.withheld).toBe(withheld);
    expect(data.rows[0]!.value).toBe(withheld ? null : 55.5);
  });

  it('drops both the value and the count of a withheld row, before anything else sees them', () => {
    const { data } = readMeasureCsv('date,value,n\n2025-01-01,55.5,7\n');
    expect(data.rows[0]).toEqual({ line: 2, date: '2025-01-01', value: null, withheld: true, n: null, site: null });
    expect(JSON.stringify(data)).not.toMatch(/55\.5|"n":7/);
  });

  it('does not read, nor repeat in a problem, the value of a withheld row', () => {
    const { problems } = readMeasureCsv('date,value,n\n2025-01-01,secret 55,3\n');
    expect(problems).toEqual([]);
  });

  it('withholds a row whose n cannot be read (it may be small), and reports the n', () => {
    const { data, problems } = readMeasureCsv('date,value,n\n2025-01-01,55.5,4.5\n');
    expect(data.rows[0]).toMatchObject({ value: null, withheld: true, n: null });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 3, field: 'n', found: '"4.5"' });
  });
});

describe('readMeasureCsv: every problem, with its line and column', () => {
  it.each([
    ['a date that is not ISO', 'date,value\n01/02/2025,3\n', ['2:1 date']],
    ['a date that is not on the calendar', 'date,value\n2025-02-30,3\n', ['2:1 date']],
    ['an empty date', 'date,value\n,3\n', ['2:1 date']],
    ['a value that is not a number', 'date,value\n2025-01-01,71%\n', ['2:2 value']],
    ['a value with a decimal comma', 'date,value\n2025-01-01,"71,5"\n', ['2:2 value']],
    ['n that is not a whole number', 'date,value,n\n2025-01-01,3,twelve\n', ['2:3 n']],
    ['a negative n', 'date,value,n\n2025-01-01,3,-12\n', ['2:3 n']],
    ['n in the fourth column', 'date,value,site,n\n2025-01-01,3,A,1.5\n', ['2:4 n']],
    ['an empty site', 'date,value,site\n2025-01-01,3,\n', ['2:3 site']],
    ['a date repeated', 'date,value\n2025-01-01,3\n2025-01-01,4\n', ['3:1 date']],
    ['a row with too many fields', 'date,value\n2025-01-01,3,4\n', ['2:3 -']],
    ['a row with too few fields', 'date,value,n\n2025-01-01,3\n', ['2:3 -']],
    ['a quote never closed', 'date,value\n2025-01-01,"3\n', ['2:2 -']],
    ['an empty file', '', ['1:1 -']],
  ])('%s', (_name, text, expected) => {
    expect(where(text)).toEqual(expected);
  });

  it('says what it found and what it expected', () => {
    const [problem] = readMeasureCsv('date,value\n2025-01-01,71%\n').problems;
    expect(problem).toEqual({
      source: 'csv',
      line: 2,
      column: 2,
      field: 'value',
      found: '"71%"',
      expected: 'a number written with a decimal point and no unit or thousands separator (71.5), or nothing for a missing value',
    });
  });

  it('names the site and the first line of a repeated date', () => {
    const { problems } = readMeasureCsv('date,value,site\n2025-01-01,3,A\n2025-01-01,4,B\n2025-01-01,5,A\n');
    expect(problems).toEqual([
      {
        source: 'csv',
        line: 4,
        column: 1,
        field: 'date',
        found: '"2025-01-01" again for site "A" (first on line 2)',
        expected: 'each date once per site',
      },
    ]);
  });

  it('keeps the first of a repeated date in the series', () => {
    const { data } = readMeasureCsv('date,value\n2025-01-01,3\n2025-01-01,4\n');
    expect(data.series[0]!.rows.map((row) => row.value)).toEqual([3]);
  });

  it('reports every problem in one pass, in file order', () => {
    const text = ['date,value,n', '2025-13-01,x,1.5', '2025-01-01,3,12', '2025-01-01,,', 'soon,4,20', '2025-02-01,5,20,extra'].join('\n');
    expect(where(text)).toEqual(['2:1 date', '2:3 n', '4:1 date', '5:1 date', '6:4 -']);
  });

  it('counts lines in the file, past blank lines and quoted line breaks', () => {
    const text = 'date,value,site\n\n2025-01-01,1,"North\nschool"\n\n2025-01-01,x,B\n';
    expect(where(text)).toEqual(['6:2 value']);
  });

  it('checks rows against a header with a misspelled column, read as the column it nearly names', () => {
    expect(where('date,valeu\n2025-01-01,x\n')).toEqual(['1:2 valeu', '2:2 value']);
  });

  it('does not check rows when the date or value column cannot be found', () => {
    expect(where('when,amount\n2025-01-01,3\n')).toEqual(['1:1 when', '1:2 amount']);
  });
});
