import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readMeasureCsv } from '../../../../src/lib/measures/csv.ts';
import { publishedCsv, publishedRows } from '../../../../src/lib/measures/published-csv.ts';

describe('publishedRows', () => {
  it('publishes the source columns, with a withheld row\'s value and n empty', () => {
    const { data } = readMeasureCsv('date,value,n\n2025-01-01,55.5,40\n2025-02-01,61.25,7\n2025-03-01,,0\n');
    expect(publishedRows(data)).toEqual([
      ['date', 'value', 'n'],
      ['2025-01-01', '55.5', '40'],
      ['2025-02-01', '', ''],
      ['2025-03-01', '', '0'],
    ]);
  });

  it('publishes series by series, each in date order, in the source\'s column order', () => {
    const { data } = readMeasureCsv('date,value,site\n2025-02-01,2,B\n2025-01-01,1,A\n2025-01-01,3,B\n');
    expect(publishedRows(data)).toEqual([
      ['date', 'value', 'site'],
      ['2025-01-01', '3', 'B'],
      ['2025-02-01', '2', 'B'],
      ['2025-01-01', '1', 'A'],
    ]);
  });
});

describe('publishedCsv', () => {
  it('quotes what needs quoting, and reads back to the same rows', () => {
    const { data } = readMeasureCsv('date,value,site\n2025-01-01,1,"North, ""upper"" campus"\n');
    const text = publishedCsv(data);
    expect(text).toBe('date,value,site\n2025-01-01,1,"North, ""upper"" campus"\n');
    expect(parse(text)).toEqual(publishedRows(data));
  });

  it('holds no byte of a withheld value or count', () => {
    const { data } = readMeasureCsv('date,value,n\n2025-01-01,48.75,20\n2025-02-01,93.125,3\n');
    const text = publishedCsv(data);
    expect(text).not.toContain('93.125');
    expect(text).toBe('date,value,n\n2025-01-01,48.75,20\n2025-02-01,,\n');
  });
});
