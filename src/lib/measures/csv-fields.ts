/**
 * One CSV field at a time: what each column accepts, and what to tell an author who wrote
 * something else. Fields arrive trimmed; an empty field means "nothing".
 */
import { parseIsoDate } from '../dates.ts';

/** A field read: its value, or what was wrong with it. */
export type FieldReading<T> = { ok: true; value: T } | { ok: false; found: string; expected: string };

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Plain decimal notation (an exponent is allowed): no unit, no thousands separator, no comma. */
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const WHOLE_NUMBER = /^\d+$/;

/** `2025-09-01`: an ISO date that exists on the calendar. */
export function readDate(field: string): FieldReading<string> {
  if (field === '') return { ok: false, found: 'an empty date', expected: 'an ISO date, YYYY-MM-DD' };
  if (!ISO_DATE_SHAPE.test(field)) {
    return { ok: false, found: JSON.stringify(field), expected: 'an ISO date, YYYY-MM-DD (2025-09-01 for 1 September 2025)' };
  }
  if (!parseIsoDate(field)) {
    return { ok: false, found: JSON.stringify(field), expected: 'a date that exists on the calendar, YYYY-MM-DD' };
  }
  return { ok: true, value: field };
}

/** A number, or empty for a missing value. */
export function readValue(field: string): FieldReading<number | null> {
  if (field === '') return { ok: true, value: null };
  if (NUMBER.test(field)) return { ok: true, value: Number(field) };
  return {
    ok: false,
    found: JSON.stringify(field),
    expected: 'a number written with a decimal point and no unit or thousands separator (71.5), or nothing for a missing value',
  };
}

/** The number of people behind a value: a whole number, or empty. */
export function readCount(field: string): FieldReading<number | null> {
  if (field === '') return { ok: true, value: null };
  if (WHOLE_NUMBER.test(field)) return { ok: true, value: Number(field) };
  return { ok: false, found: JSON.stringify(field), expected: 'a whole number of people (0 or more), or nothing' };
}

/** A site's label: any text but nothing, since the rows of a measure with sites need one. */
export function readSite(field: string): FieldReading<string> {
  if (field === '') {
    return { ok: false, found: 'an empty site', expected: 'the name of the site (in a measure with a site column, every row has one)' };
  }
  return { ok: true, value: field };
}
