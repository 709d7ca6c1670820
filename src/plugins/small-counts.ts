import type { Nodes, Root, Table, TableCell } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import type { Plugin } from 'unified';
import { guardError, type PositionedProblem } from './plugin-error.ts';

/**
 * Small-count privacy check for tables. A count of 1 to 9 people can identify them (the one
 * newcomer student at a school), so authors write `<10` instead (`\<10` in MDX, where `<` starts
 * JSX; the parsed text is `<10` either way). A single withheld cell next to a total is no better:
 * the total minus the other cells gives it back, so that is reported too.
 *
 * `findSmallCounts` holds the rules over mdast. `npm run check` collects every problem with
 * `satteriSmallCountCollector` while it compiles the body (src/check/compile-mdx.ts);
 * `satteriSmallCountGuard` runs the same rules in the build and stops it, in case the check was
 * skipped.
 */

/** A problem at the table cell's 1-based position in the file (0 when the tree carries no positions). */
export type SmallCountProblem = PositionedProblem;

/** The largest count of people a table may show; smaller ones are written `<10`. */
export const SMALL_COUNT_MAX = 9;
/** What a withheld count reads: `<10`. */
export const WITHHELD = `<${SMALL_COUNT_MAX + 1}`;
export const SMALL_COUNT_EXPECTED = `"${WITHHELD}" for counts from 1 to ${SMALL_COUNT_MAX}, so no one can be identified`;
export const SUBTRACTION_FOUND = `one withheld cell ("${WITHHELD}") in a row/column with a total`;
export const SUBTRACTION_EXPECTED =
  'at least two withheld cells, or withhold the total too, so the hidden count cannot be worked out by subtraction';

interface Cell {
  node: TableCell;
  /** The cell's text, trimmed: `\<10` in the source reads `<10` here. */
  text: string;
}

interface Grid {
  header: Cell[];
  body: Cell[][];
}

/** `n`, `N`, `Students (n)`, `Count`, `Headcount`, `Number of students`. */
const COUNT_HEADER = /^n$|\(n\)$|count|number of/i;
/** A row that sums the rows above it: `Total`, `All`, `All students`, `Overall`. */
const TOTAL_ROW_LABEL = /^(?:total|all|overall)(?:\s|:|$)/i;
/** A column that sums the others, but not a share of a total (`% of total`). */
const TOTAL_HEADER = /total/i;
const SHARE_HEADER = /%|percent/i;
/** `7`, `1,234`, and a count with its share in brackets: `7 (12%)`. */
const COUNT_VALUE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s*\([^)]*\))?$/;
const WITHHELD_VALUE = new RegExp(`^<\\s*${SMALL_COUNT_MAX + 1}(?:\\s*\\([^)]*\\))?$`);

/** Every small count and every withheld cell a total gives away, in the order they appear. */
export function findSmallCounts(tree: Root): SmallCountProblem[] {
  return tablesIn(tree).flatMap(findSmallCountsInTable);
}

/** The same for one table: what the build's guard runs, without walking the rest of the tree. */
export function findSmallCountsInTable(table: Table): SmallCountProblem[] {
  const grid = toGrid(table);
  const countColumns = indexesWhere(grid.header, (cell) => COUNT_HEADER.test(cell.text));
  if (!countColumns.length) return [];
  return [...smallCountProblems(grid, countColumns), ...subtractionProblems(grid, countColumns)].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}

/** A cheap test on the source: without a `|` there is no table, and nothing to parse. */
export function mayContainTable(source: string): boolean {
  return source.includes('|');
}

function tablesIn(node: Nodes): Table[] {
  if (node.type === 'table') return [node];
  return 'children' in node ? node.children.flatMap(tablesIn) : [];
}

function toGrid(table: Table): Grid {
  const [head, ...body] = table.children.map((row) => row.children.map(toCell));
  return { header: head ?? [], body };
}

function toCell(node: TableCell): Cell {
  return { node, text: plainText(node).trim() };
}

function plainText(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

function smallCountProblems(grid: Grid, countColumns: number[]): SmallCountProblem[] {
  return grid.body.flatMap((row) =>
    countColumns.flatMap((column) => {
      const cell = row[column];
      const count = cell && readCount(cell.text);
      if (!cell || count === undefined || count < 1 || count > SMALL_COUNT_MAX) return [];
      const header = grid.header[column]?.text ?? '';
      return [problemAt(cell, `a count of ${count} people in column ${JSON.stringify(header)}`, SMALL_COUNT_EXPECTED)];
    }),
  );
}

/**
 * Groups of cells that add up to a shown total: each count column when there is a total row,
 * each row across the count columns when there is a total column. A group with exactly one
 * withheld cell gives it away.
 */
function subtractionProblems(grid: Grid, countColumns: number[]): SmallCountProblem[] {
  const groups = [...columnsWithTotalRow(grid, countColumns), ...rowsWithTotalColumn(grid, countColumns)];
  const exposed = new Set<Cell>();
  for (const group of groups) {
    const withheld = group.filter((cell) => WITHHELD_VALUE.test(cell.text));
    if (withheld.length === 1) exposed.add(withheld[0]!);
  }
  return [...exposed].map((cell) => problemAt(cell, SUBTRACTION_FOUND, SUBTRACTION_EXPECTED));
}

function columnsWithTotalRow(grid: Grid, countColumns: number[]): Cell[][] {
  const hasTotalRow = grid.body.some((row) => TOTAL_ROW_LABEL.test(row[0]?.text ?? ''));
  const hasOtherRows = grid.body.some((row) => !TOTAL_ROW_LABEL.test(row[0]?.text ?? ''));
  if (!hasTotalRow || !hasOtherRows) return [];
  return countColumns.map((column) => present(grid.body.map((row) => row[column])));
}

function rowsWithTotalColumn(grid: Grid, countColumns: number[]): Cell[][] {
  const totalColumns = indexesWhere(grid.header, (cell) => TOTAL_HEADER.test(cell.text) && !SHARE_HEADER.test(cell.text));
  const partColumns = countColumns.filter((column) => !totalColumns.includes(column));
  if (!totalColumns.length || !partColumns.length) return [];
  const columns = [...partColumns, ...totalColumns];
  return grid.body.map((row) => present(columns.map((column) => row[column])));
}

function readCount(text: string): number | undefined {
  const match = COUNT_VALUE.exec(text);
  return match ? Number(match[1]!.replaceAll(',', '')) : undefined;
}

function problemAt(cell: Cell, found: string, expected: string): SmallCountProblem {
  const start = cell.node.position?.start;
  return { line: start?.line ?? 0, column: start?.column ?? 0, found, expected };
}

function indexesWhere<T>(items: readonly T[], predicate: (item: T) => boolean): number[] {
  return items.flatMap((item, index) => (predicate(item) ? [index] : []));
}

/** Rows may be shorter than the header; a missing cell is no cell. */
function present(cells: (Cell | undefined)[]): Cell[] {
  return cells.filter((cell): cell is Cell => cell !== undefined);
}

/**
 * The build's guard: a small count stops the build, naming the file, line, column and value.
 * It visits tables only (walking the whole tree in JavaScript would cost more than the check),
 * and documents without a table are left out, so they are not parsed with positions for nothing.
 */
export function satteriSmallCountGuard(): MdastPluginEntry {
  return onEveryTable('small-count-guard', (table, context) => {
    const problems = findSmallCountsInTable(table);
    if (problems.length) throw guardError((file) => `Small counts in ${file} (npm run check lists them too)`, context.fileURL, problems);
  });
}

/** The check's collector: every problem of the document is added to `found`, nothing thrown. */
export function satteriSmallCountCollector(found: SmallCountProblem[]): MdastPluginEntry {
  return onEveryTable('small-count-collector', (table) => void found.push(...findSmallCountsInTable(table)));
}

function onEveryTable(name: string, visit: NonNullable<MdastPluginDefinition['table']>): MdastPluginEntry {
  const plugin: MdastPluginDefinition = { name, options: { position: true }, table: visit };
  return ({ source }) => (mayContainTable(source) ? plugin : null);
}

/** The rules as a unified plugin: one message per problem on the file, for remark-based tools. */
export const remarkSmallCounts: Plugin<[], Root> = () => (tree, file) => {
  for (const problem of findSmallCounts(tree)) {
    const message = file.message(`found ${problem.found}; expected ${problem.expected}`, {
      place: { line: problem.line, column: problem.column },
      ruleId: 'small-count',
      source: 'small-counts',
    });
    message.actual = problem.found;
    message.expected = [problem.expected];
  }
};
