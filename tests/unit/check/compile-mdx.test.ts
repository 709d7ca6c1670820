import { describe, expect, it } from 'vitest';
import { compileMdxBody } from '../../../src/check/compile-mdx.ts';
import { ESM_EXPECTED, EXPRESSION_EXPECTED } from '../../../src/plugins/safe-content.ts';
import { SMALL_COUNT_EXPECTED } from '../../../src/plugins/small-counts.ts';

const FILE = 'content/briefs/x.mdx';
const MDX_EXPECTED = 'valid MDX (write \\< for a literal less-than sign and \\{ for a brace)';

/** A body as the check hands it over: the front matter (here 4 lines) blanked to empty lines. */
const body = (...lines: string[]) => ['', '', '', '', ...lines].join('\n');

/** "field line:column found", in the order returned. */
const positions = (problems: Awaited<ReturnType<typeof compileMdxBody>>) =>
  problems.map((problem) => `${problem.field ?? '-'} ${problem.line}:${problem.column} ${problem.found}`);

describe('compileMdxBody', () => {
  it.each([
    ['plain Markdown', body('## What we found', '', 'Attendance rose by **3 days**; see [the report](https://example.org/r).')],
    ['escaped braces and less-than signs', body('Schools with \\<10 students and \\{braces\\} are text.')],
    ['a table with withheld counts', body('| School | Students (n) |', '|---|---|', '| North | \\<10 |', '| East | 42 |')],
    ['nothing at all', ''],
  ])('finds nothing wrong with %s', async (_name, text) => {
    expect(await compileMdxBody(FILE, text)).toEqual([]);
  });

  it.each([
    [
      'a bare less-than sign',
      body('## Results', '', 'Schools with <10 students were left out.'),
      7,
      14,
      'Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character)',
    ],
    [
      'a brace that is never closed',
      body('Rose by {2 + 2 days.'),
      5,
      9,
      'Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)',
    ],
  ])('reports a syntax error (%s) once, at its line and column in the file', async (_name, text, line, column, message) => {
    expect(await compileMdxBody(FILE, text)).toEqual([
      { file: FILE, line, column, found: `MDX that does not compile: ${message}`, expected: MDX_EXPECTED, severity: 'error' },
    ]);
  });

  it('reports only the syntax error when the body also has unsafe parts and small counts', async () => {
    const problems = await compileMdxBody(FILE, body('{1}', '', '| School | n |', '|---|---|', '| North | 3 |', '', 'A <broken tag'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 11, expected: MDX_EXPECTED });
    expect(problems[0]?.field).toBeUndefined();
  });

  it('reports what could run code as errors in the body field', async () => {
    expect(await compileMdxBody(FILE, body('Rose by {2 + 2} days.'))).toEqual([
      { file: FILE, field: 'body', line: 5, column: 9, found: 'an expression {2 + 2}', expected: EXPRESSION_EXPECTED, severity: 'error' },
    ]);
  });

  it('reports small counts as errors in the table field', async () => {
    expect(await compileMdxBody(FILE, body('| School | Students (n) |', '|---|---|', '| North | 4 |'))).toEqual([
      { file: FILE, field: 'table', line: 7, column: 9, found: 'a count of 4 people in column "Students (n)"', expected: SMALL_COUNT_EXPECTED, severity: 'error' },
    ]);
  });

  it('reports every problem at once, sorted by line and then column, whichever rule found it', async () => {
    const problems = await compileMdxBody(
      FILE,
      body('| School | n | Note |', '|---|---|---|', '| North | 3 | {note} |', '', 'import x from "y"', '', '| School | n |', '|---|---|', '| East | 2 |', '', 'End {1}.'),
    );
    expect(positions(problems)).toEqual([
      'table 7:9 a count of 3 people in column "n"',
      'body 7:15 an expression {note}',
      'body 9:1 an import statement ("import x from \\"y\\"")',
      'table 13:8 a count of 2 people in column "n"',
      'body 15:5 an expression {1}',
    ]);
    expect(problems.find((problem) => problem.field === 'body' && problem.line === 9)?.expected).toBe(ESM_EXPECTED);
  });
});
