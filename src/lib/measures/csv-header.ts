/**
 * The header of a measure's CSV: `date,value`, then `n` and `site` if used, in any order. Every
 * column that breaks the rule is reported, and the columns that can still be recognised (a
 * misspelled `valeu` is read as `value`) are mapped, so the rows can be checked in the same pass.
 */
import { nearestMatch } from '../suggest.ts';
import type { CsvColumn, MeasureProblem } from './types.ts';

export const CSV_COLUMNS: readonly CsvColumn[] = ['date', 'value', 'n', 'site'];
const OPTIONAL_COLUMNS: readonly CsvColumn[] = ['n', 'site'];
const HEADER_HINT = 'the header date,value, then n and site if the data has them';

/** Where each column is (0-based field index), for the columns the header names or nearly names. */
export type ColumnIndex = Partial<Record<CsvColumn, number>>;

export interface HeaderReading {
  /** The recognised columns in file order (unrecognised ones are left out). */
  columns: CsvColumn[];
  index: ColumnIndex;
  problems: MeasureProblem[];
}

/** Reads the header fields (trimmed) found on `line`. */
export function readHeader(fields: readonly string[], line: number): HeaderReading {
  if (fields.length === 1 && fields[0]!.includes(';')) return semicolonHeader(fields[0]!, line);
  const index: ColumnIndex = {};
  const problems: MeasureProblem[] = [];
  fields.forEach((field, position) => {
    const column = recognise(field, index);
    const problem = headerFieldProblem(field, position, column, index, line);
    if (problem) problems.push(problem);
    if (column && index[column] === undefined) index[column] = position;
  });
  for (const required of ['date', 'value'] as const) {
    if (index[required] === undefined && !problems.some((problem) => problem.column === positionOf(required))) {
      problems.push(missingColumn(required, fields.length, line));
    }
  }
  const columns = CSV_COLUMNS.filter((column) => index[column] !== undefined).sort((a, b) => index[a]! - index[b]!);
  return { columns, index, problems };
}

/**
 * The column a header field names: exactly, in other capitals, or as a plausible typo of a column
 * not yet seen. Names of one or two letters are too short to guess from (`id` is not `n`).
 */
function recognise(field: string, seen: ColumnIndex): CsvColumn | undefined {
  const lower = field.toLowerCase();
  if (isColumn(lower)) return lower;
  if (field.length < 3) return undefined;
  const unseen = CSV_COLUMNS.filter((column) => seen[column] === undefined && column.length >= 3);
  const guess = nearestMatch(field, unseen);
  return guess !== undefined && isColumn(guess) ? guess : undefined;
}

function isColumn(field: string): field is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(field);
}

/** 1-based column where a required column belongs: date first, value second. */
function positionOf(column: 'date' | 'value'): number {
  return column === 'date' ? 1 : 2;
}

function headerFieldProblem(
  field: string,
  position: number,
  column: CsvColumn | undefined,
  seen: ColumnIndex,
  line: number,
): MeasureProblem | undefined {
  const at = { source: 'csv' as const, line, column: position + 1, field };
  const suggestion = column && column !== field ? ` (did you mean ${column}?)` : '';
  if (column && column === field && seen[column] !== undefined) {
    return { ...at, found: `${JSON.stringify(field)} a second time`, expected: 'each column once' };
  }
  const expectedHere = expectedAt(position);
  if (position < 2) {
    if (field === expectedHere) return undefined;
    return { ...at, found: JSON.stringify(field), expected: `${expectedHere} as column ${position + 1} (${HEADER_HINT})${suggestion}` };
  }
  if (column === field && OPTIONAL_COLUMNS.includes(column)) return undefined;
  return { ...at, found: JSON.stringify(field), expected: `n or site after date,value (${HEADER_HINT})${suggestion}` };
}

function expectedAt(position: number): CsvColumn {
  return position === 0 ? 'date' : 'value';
}

function missingColumn(column: 'date' | 'value', fieldCount: number, line: number): MeasureProblem {
  return {
    source: 'csv',
    line,
    column: Math.min(positionOf(column), fieldCount + 1),
    field: column,
    found: `no ${column} column`,
    expected: HEADER_HINT,
  };
}

/** Spreadsheets set to a language with a decimal comma save CSV with semicolons. */
function semicolonHeader(field: string, line: number): HeaderReading {
  return {
    columns: [],
    index: {},
    problems: [
      {
        source: 'csv',
        line,
        column: 1,
        found: `columns separated by semicolons (${JSON.stringify(field)})`,
        expected: 'columns separated by commas, with a point for decimals: date,value',
      },
    ],
  };
}
