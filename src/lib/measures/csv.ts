/**
 * Reads a measure's CSV into rows and series, and reports every problem in it with its line and
 * column, in one pass (an author fixes them all at once rather than one per run of the check).
 * The small-count rule is applied here, before any other code sees a row: a withheld row leaves
 * this module without its value or its count.
 */
import { parse, type Info } from 'csv-parse/sync';
import { readHeader, type ColumnIndex } from './csv-header.ts';
import { readCount, readDate, readSite, readValue, type FieldReading } from './csv-fields.ts';
import { groupIntoSeries } from './series.ts';
import { isWithheldCount } from './small-counts.ts';
import type { CsvColumn, MeasureData, MeasureProblem, MeasureRow } from './types.ts';

export interface CsvReading {
  data: MeasureData;
  problems: MeasureProblem[];
}

/** One CSV record with the line it starts on. */
interface CsvRecord {
  fields: string[];
  line: number;
}

/** Parses and checks a measure's CSV text. */
export function readMeasureCsv(text: string): CsvReading {
  const { records, problems } = parseRecords(text);
  const [header, ...body] = records.filter((record) => !isBlank(record));
  if (!header) {
    const empty = { source: 'csv' as const, line: 1, column: 1, found: 'an empty file', expected: 'a header line: date,value' };
    return { data: { columns: [], rows: [], series: [] }, problems: [...problems, empty] };
  }
  const headerReading = readHeader(header.fields, header.line);
  problems.push(...headerReading.problems);
  if (headerReading.index.date === undefined || headerReading.index.value === undefined) {
    return { data: { columns: headerReading.columns, rows: [], series: [] }, problems: sortProblems(problems) };
  }
  const rows: MeasureRow[] = [];
  for (const record of body) {
    const reading = readRow(record, headerReading.index, header.fields.length);
    problems.push(...reading.problems);
    if (reading.row) rows.push(reading.row);
  }
  const { series, duplicates } = groupIntoSeries(rows);
  for (const { row, first } of duplicates) {
    problems.push({
      source: 'csv',
      line: row.line,
      column: headerReading.index.date + 1,
      field: 'date',
      found: `${JSON.stringify(row.date)} again${row.site === null ? '' : ` for site ${JSON.stringify(row.site)}`} (first on line ${first.line})`,
      expected: row.site === null ? 'each date once' : 'each date once per site',
    });
  }
  return { data: { columns: headerReading.columns, rows, series }, problems: sortProblems(problems) };
}

/** Records with their first line; syntax errors (a quote never closed) become problems. */
function parseRecords(text: string): { records: CsvRecord[]; problems: MeasureProblem[] } {
  const problems: MeasureProblem[] = [];
  const onSkip = (error: unknown) => {
    problems.push(syntaxProblem(error));
    return undefined;
  };
  try {
    // With `info` and `raw`, each record comes wrapped with them; the published types do not say so.
    const parsed = parse(text, {
      bom: true,
      trim: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: onSkip,
    }) as unknown as { record: string[]; raw: string; info: Info }[];
    const records = parsed.map(({ record, raw, info }) => ({ fields: record, line: firstLine(raw, info.lines) }));
    return { records, problems };
  } catch (error) {
    return { records: [], problems: [syntaxProblem(error)] };
  }
}

/**
 * csv-parse counts lines up to a record's end; a quoted field may span lines, and the raw text
 * starts with the empty lines skipped before the record.
 */
function firstLine(raw: string, lastLine: number): number {
  const own = raw.replace(/^(\r?\n|\r)+/, '').replace(/(\r?\n|\r)$/, '');
  const breaks = own.match(/\r?\n|\r/g)?.length ?? 0;
  return lastLine - breaks;
}

/** A row of commas only, as spreadsheets leave below the data. */
function isBlank(record: CsvRecord): boolean {
  return record.fields.every((field) => field === '');
}

interface RowReading {
  row?: MeasureRow | undefined;
  problems: MeasureProblem[];
}

/**
 * One data row. The count is read first: a withheld row's value is never read (so no message
 * repeats it), and a row whose count cannot be read is withheld too, since it may be small.
 */
function readRow(record: CsvRecord, index: ColumnIndex, headerLength: number): RowReading {
  const problems: MeasureProblem[] = [];
  if (record.fields.length !== headerLength) problems.push(columnCountProblem(record, headerLength));
  const field = (column: CsvColumn) => (index[column] === undefined ? undefined : (record.fields[index[column]] ?? ''));
  const check = <T>(column: CsvColumn, reading: FieldReading<T>): T | undefined => {
    if (reading.ok) return reading.value;
    const at = { source: 'csv' as const, line: record.line, column: index[column]! + 1, field: column };
    problems.push({ ...at, found: reading.found, expected: reading.expected });
    return undefined;
  };
  const countField = field('n');
  const count = countField === undefined ? null : check('n', readCount(countField));
  const withheld = count === undefined || (count !== null && isWithheldCount(count));
  const value = withheld ? null : check('value', readValue(field('value') ?? ''));
  const siteField = field('site');
  const site = siteField === undefined ? null : check('site', readSite(siteField));
  const date = check('date', readDate(field('date') ?? ''));
  if (date === undefined || site === undefined) return { problems };
  return {
    row: { line: record.line, date, value: value ?? null, withheld, n: withheld ? null : (count ?? null), site },
    problems,
  };
}

function columnCountProblem(record: CsvRecord, headerLength: number): MeasureProblem {
  const count = record.fields.length;
  return {
    source: 'csv',
    line: record.line,
    column: Math.min(count, headerLength) + 1,
    found: `${count} column${count === 1 ? '' : 's'}`,
    expected: `${headerLength} columns, as in the header (leave a field empty, but keep its comma)`,
  };
}

/** What csv-parse reports, in an author's words. */
const SYNTAX: Readonly<Partial<Record<string, { found: string; expected: string }>>> = {
  CSV_QUOTE_NOT_CLOSED: { found: 'a quote (") that is never closed', expected: 'a closing quote at the end of the quoted field' },
  CSV_INVALID_CLOSING_QUOTE: {
    found: 'text right after a closing quote',
    expected: 'a comma or the end of the line after a closing quote (write a quote inside a quoted field as "")',
  },
  INVALID_OPENING_QUOTE: {
    found: 'a quote inside a field that does not start with one',
    expected: 'the whole field in quotes, with each quote inside it doubled ("")',
  },
};

function syntaxProblem(error: unknown): MeasureProblem {
  const details = error as { code?: string; lines?: number; column?: unknown; raw?: string; message?: string };
  const known = details.code ? SYNTAX[details.code] : undefined;
  const lastLine = details.lines ?? 1;
  return {
    source: 'csv',
    line: details.raw ? firstLine(details.raw, lastLine) : lastLine,
    column: typeof details.column === 'number' ? details.column + 1 : 1,
    found: known?.found ?? String(details.message ?? error),
    expected: known?.expected ?? 'comma-separated values, one row per line',
  };
}

function sortProblems(problems: MeasureProblem[]): MeasureProblem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
