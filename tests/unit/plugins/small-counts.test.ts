import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToJs } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { compileMdxBody } from '../../../src/check/compile-mdx.ts';
import {
  SMALL_COUNT_EXPECTED,
  SUBTRACTION_EXPECTED,
  SUBTRACTION_FOUND,
  findSmallCounts,
  remarkSmallCounts,
  satteriSmallCountGuard,
} from '../../../src/plugins/small-counts.ts';

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Problems in an MDX body, as `npm run check` reads it. */
function problemsIn(...lines: string[]) {
  return findSmallCounts(mdxParser.parse(lines.join('\n')));
}

/** A two-column table whose count column is headed `header`; rows start on line 3. */
function countTable(header: string, ...values: string[]): string[] {
  return [`| School | ${header} |`, '|---|---|', ...values.map((value, index) => `| S${index} | ${value} |`)];
}

describe('findSmallCounts: small counts', () => {
  it.each(['n', 'N', 'Students (n)', 'Families (N)', 'Count', 'Student headcount', 'Number of students', 'NUMBER OF TEACHERS'])(
    'treats a column headed %j as counts of people',
    (header) => {
      expect(problemsIn(...countTable(header, '5'))).toEqual([
        { line: 3, column: 6, found: `a count of 5 people in column ${JSON.stringify(header)}`, expected: SMALL_COUNT_EXPECTED },
      ]);
    },
  );

  it.each(['1', '2', '3', '4', '5', '6', '7', '8', '9', ' 7 ', '7 (12%)'])('flags %j', (value) => {
    expect(problemsIn(...countTable('Students (n)', '40', value))).toEqual([
      {
        line: 4,
        column: 6,
        found: `a count of ${Number.parseInt(value.trim(), 10)} people in column "Students (n)"`,
        expected: SMALL_COUNT_EXPECTED,
      },
    ]);
  });

  it.each(['0', '10', '25', '1,234', '12,345,678', '\\<10', '&lt;10', '', 'n/a', '4.5'])('allows %j', (value) => {
    expect(problemsIn(...countTable('Students (n)', value))).toEqual([]);
  });

  it('reads `\\<10` in MDX as the text <10', () => {
    const tree = mdxParser.parse(countTable('n', '\\<10').join('\n'));
    const cell = tree.children[0]?.type === 'table' ? tree.children[0].children[1]?.children[1] : undefined;
    expect(cell?.children).toMatchObject([{ type: 'text', value: '<10' }]);
  });

  it('ignores small numbers in columns that are not counts', () => {
    expect(problemsIn('| Grade | Percent absent | Average days (mean) |', '|---|---|---|', '| 3 | 4 | 7 |')).toEqual([]);
  });

  it('points at each cell on its own line and column, in a table anywhere in the body', () => {
    const problems = problemsIn(
      '',
      'Some text.',
      '',
      '<Figure>',
      '',
      '| School | Girls (n) | Boys (n) |',
      '|---|---|---|',
      '| North | 3 | 40 |',
      '| South | 44 | 8 |',
      '',
      '</Figure>',
    );
    expect(problems.map(({ line, column, found }) => [line, column, found])).toEqual([
      [8, 9, 'a count of 3 people in column "Girls (n)"'],
      [9, 14, 'a count of 8 people in column "Boys (n)"'],
    ]);
  });
});

describe('findSmallCounts: withheld cells a total gives away', () => {
  it('flags the only withheld cell in a count column with a total row', () => {
    expect(problemsIn(...countTable('Students (n)', '\\<10', '40', '45'), '| Total | 51 |')).toEqual([
      { line: 3, column: 6, found: SUBTRACTION_FOUND, expected: SUBTRACTION_EXPECTED },
    ]);
  });

  it.each(['All', 'overall', 'All students'])('knows a total row labelled %j', (label) => {
    expect(problemsIn(...countTable('n', '\\<10', '40'), `| ${label} | 45 |`)).toHaveLength(1);
  });

  it('flags the only withheld cell in a row with a total column', () => {
    expect(
      problemsIn('| School | Girls (n) | Boys (n) | Total |', '|---|---|---|---|', '| North | \\<10 | 25 | 31 |', '| South | 20 | 25 | 45 |'),
    ).toEqual([{ line: 3, column: 9, found: SUBTRACTION_FOUND, expected: SUBTRACTION_EXPECTED }]);
  });

  it('flags a total row with one withheld cell when there is a total column', () => {
    const problems = problemsIn(
      '| School | Girls (n) | Boys (n) | Total (n) |',
      '|---|---|---|---|',
      '| North | \\<10 | 25 | 31 |',
      '| South | \\<10 | 25 | 33 |',
      '| Total | 14 | \\<10 | 64 |',
    );
    expect(problems.map(({ line, column, found }) => [line, column, found])).toEqual([
      [3, 9, SUBTRACTION_FOUND],
      [4, 9, SUBTRACTION_FOUND],
      [5, 14, SUBTRACTION_FOUND],
    ]);
  });

  it('allows two withheld cells, or a withheld total', () => {
    expect(problemsIn(...countTable('Students (n)', '\\<10', '\\<10', '40'), '| Total | 55 |')).toEqual([]);
    expect(problemsIn(...countTable('Students (n)', '\\<10', '40'), '| Total | \\<10 |')).toEqual([]);
    expect(
      problemsIn('| School | Girls (n) | Boys (n) | Total |', '|---|---|---|---|', '| North | \\<10 | 25 | \\<10 |'),
    ).toEqual([]);
  });

  it('does not take a share of the total for a total', () => {
    expect(problemsIn('| School | Students (n) | % of total |', '|---|---|---|', '| North | \\<10 | 2% |')).toEqual([]);
  });

  it('allows one withheld cell where nothing adds up to a total', () => {
    expect(problemsIn(...countTable('Students (n)', '\\<10', '40'))).toEqual([]);
  });
});

describe('the adapters', () => {
  const fileURL = new URL('file:///portal/content/briefs/small.mdx');

  it('the Sätteri guard stops the build, naming the file, line, column and value', () => {
    const body = ['', '', ...countTable('Students (n)', '40', '7')].join('\n');
    expect(() => mdxToJs(body, { mdastPlugins: [satteriSmallCountGuard()], fileURL })).toThrow(
      /small\.mdx[\s\S]*line 6, column 6: found a count of 7 people in column "Students \(n\)"/,
    );
  });

  it('the Sätteri guard lets a clean table through', async () => {
    const body = countTable('Students (n)', '\\<10', '\\<10', '40').join('\n');
    expect((await mdxToJs(body, { mdastPlugins: [satteriSmallCountGuard()], fileURL })).code).toContain('children: "<10"');
  });

  it('the remark adapter reports each problem as a message on the file', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSmallCounts);
    const source = countTable('n', '3').join('\n');
    let messages: { line?: number | undefined; column?: number | undefined; ruleId?: string | undefined; reason: string }[] = [];
    processor.run(processor.parse(source), source, (error, _tree, file) => {
      if (error) throw error;
      messages = file?.messages ?? [];
    });
    expect(messages).toMatchObject([
      { line: 3, column: 6, ruleId: 'small-count', reason: `found a count of 3 people in column "n"; expected ${SMALL_COUNT_EXPECTED}` },
    ]);
  });

  it("the check's compile collects every problem as an error in the table field", async () => {
    expect(await compileMdxBody('content/briefs/x.mdx', countTable('n', '2').join('\n'))).toEqual([
      {
        file: 'content/briefs/x.mdx',
        field: 'table',
        line: 3,
        column: 6,
        found: 'a count of 2 people in column "n"',
        expected: SMALL_COUNT_EXPECTED,
        severity: 'error',
      },
    ]);
  });

  it('finds the problems of every table in the body, at their lines in the file', async () => {
    const body = ['', 'Intro.', '', ...countTable('n', '2'), '', ...countTable('n', '4')].join('\n');
    expect((await compileMdxBody('x.mdx', body)).map((problem) => problem.line)).toEqual([6, 10]);
  });

  it('reports a body that does not compile once, as a syntax error, not as tables', async () => {
    const problems = await compileMdxBody('x.mdx', ['<Broken', '', ...countTable('n', '2')].join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.expected).toContain('valid MDX');
  });
});
