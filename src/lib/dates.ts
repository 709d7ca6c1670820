/**
 * Dates in the content model are ISO 8601 (content/README.md, section 2). Front matter parsed by
 * Astro turns unquoted dates into Date objects, while `npm run check` keeps them as text so it can
 * hold authors to the exact form (an event time without an offset is ambiguous for a reader in
 * another time zone). These helpers accept both.
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date-time that names its offset: `2027-02-11T18:00:00-06:00` or `...Z`. */
export const ISO_DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date that exists (rejects 2026-02-30), as a Date at UTC midnight. */
export function parseIsoDate(text: string): Date | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? date : undefined;
}

export function parseIsoDateTime(text: string): Date | undefined {
  if (!ISO_DATE_TIME_WITH_OFFSET.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** `2026-03-14` — the form used in machine-readable places (JSON, `<time datetime>`). */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "March 14, 2026" — dates without a time are UTC midnights, so format them in UTC; an event's
 * start is read in the event's own zone (6 PM in Chicago is already tomorrow in UTC).
 */
export function formatDay(date: Date, lang = 'en', timeZone = 'UTC'): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(date);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and options, reused: building an Intl.DateTimeFormat costs about a
 * hundred times more than formatting with one, and list pages format a date on every card
 * (tens of thousands per build on a large site; this was the build's heaviest function).
 */
function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * An event's time as its attendees will live it: in the event's own zone, with the zone named
 * ("Thursday, February 11, 2027, 6:00 – 7:30 PM CST").
 */
export function formatEventTime(start: Date, end: Date, timeZone: string, lang = 'en'): string {
  const format = dateTimeFormat(lang, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  });
  const range = format.formatRange(start, end);
  return `${range} ${timeZoneName(start, timeZone, lang)}`;
}

/**
 * The zone's name at that moment, so summer time is named right: the short name where the
 * language has one ("CST"), else the long name ("hora estándar central"), since a bare offset
 * such as "GMT-6" tells a family little.
 */
export function timeZoneName(date: Date, timeZone: string, lang = 'en'): string {
  const short = zoneNamePart(date, timeZone, lang, 'short');
  return /\d/.test(short) ? zoneNamePart(date, timeZone, lang, 'long') : short;
}

function zoneNamePart(date: Date, timeZone: string, lang: string, style: 'short' | 'long'): string {
  const parts = dateTimeFormat(lang, { timeZone, timeZoneName: style }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/**
 * A BCP 47 tag in canonical form with a two- or three-letter language (`es`, `es-MX`, `zh-Hant`).
 * Syntax alone would accept `english` (a reserved 5-8 letter subtag), almost always a mistake.
 */
export function isValidLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(-|$)/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/** "Spanish", "Arabic" — in the reader's language. */
export function languageName(tag: string, inLang = 'en'): string {
  return languageNames(inLang).of(tag) ?? tag;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** One Intl.DisplayNames per language, reused like the date formatters (events name languages on every card). */
function languageNames(inLang: string): Intl.DisplayNames {
  let names = displayNames.get(inLang);
  if (!names) {
    names = new Intl.DisplayNames([inLang], { type: 'language' });
    displayNames.set(inLang, names);
  }
  return names;
}

/** A language's name in itself, capitalized as a label: "Español", "English", "العربية". */
export function nativeLanguageName(tag: string): string {
  const name = languageName(tag, tag);
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/**
 * `2026-11-30` as the calendar shows it in `timeZone`: an event at 6 PM in Chicago is already the
 * next day in UTC, so its day must be read in its own zone.
 */
export function isoDayInZone(date: Date, timeZone: string): string {
  // Most entries are dated days (UTC midnights): no formatter needed, and cards ask on every list.
  if (timeZone === 'UTC') return toIsoDay(date);
  // en-CA formats dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
