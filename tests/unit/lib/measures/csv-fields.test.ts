import { describe, expect, it } from 'vitest';
import { readCount, readDate, readSite, readValue } from '../../../../src/lib/measures/csv-fields.ts';

describe('readDate', () => {
  it.each(['2025-01-01', '2024-02-29', '1999-12-31'])('accepts %s', (field) => {
    expect(readDate(field)).toEqual({ ok: true, value: field });
  });

  it.each([
    ['', 'an empty date'],
    ['2025-1-1', '"2025-1-1"'],
    ['01/02/2025', '"01/02/2025"'],
    ['2025-01-01T00:00', '"2025-01-01T00:00"'],
    ['2025-02-29', '"2025-02-29"'],
    ['2025-13-01', '"2025-13-01"'],
    ['2025-04-31', '"2025-04-31"'],
  ])('refuses %j', (field, found) => {
    expect(readDate(field)).toMatchObject({ ok: false, found });
  });
});

describe('readValue', () => {
  it.each([
    ['', null],
    ['0', 0],
    ['71.5', 71.5],
    ['-3', -3],
    ['+2', 2],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
  ])('%j -> %s', (field, value) => {
    expect(readValue(field)).toEqual({ ok: true, value });
  });

  it.each(['71%', '71,5', '1,234', 'NaN', 'Infinity', 'abc', '0x10', '12 days', '-'])('refuses %j', (field) => {
    expect(readValue(field)).toMatchObject({ ok: false, found: JSON.stringify(field) });
  });
});

describe('readCount', () => {
  it.each([
    ['', null],
    ['0', 0],
    ['9', 9],
    ['120', 120],
  ])('%j -> %s', (field, value) => {
    expect(readCount(field)).toEqual({ ok: true, value });
  });

  it.each(['1.5', '-1', '1e2', 'ten', '+3'])('refuses %j', (field) => {
    expect(readCount(field)).toMatchObject({ ok: false, expected: 'a whole number of people (0 or more), or nothing' });
  });
});

describe('readSite', () => {
  it('accepts any label and refuses nothing', () => {
    expect(readSite('Lincoln Elementary')).toEqual({ ok: true, value: 'Lincoln Elementary' });
    expect(readSite('')).toMatchObject({ ok: false, found: 'an empty site' });
  });
});
