import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guardError, type PositionedProblem } from '../../../src/plugins/plugin-error.ts';

const heading = (file: string) => `Content that could run code in ${file}`;
const problems: PositionedProblem[] = [
  { line: 13, column: 1, found: 'an import statement', expected: 'plain Markdown' },
  { line: 15, column: 20, found: 'an expression {2 + 2}', expected: 'plain text' },
];

describe('guardError', () => {
  it('heads the message with the file relative to the project, then one line per problem', () => {
    const error = guardError(heading, pathToFileURL(path.join(process.cwd(), 'content/briefs/x.mdx')), problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(
      [
        'Content that could run code in content/briefs/x.mdx:',
        '  line 13, column 1: found an import statement; expected plain Markdown',
        '  line 15, column 20: found an expression {2 + 2}; expected plain text',
      ].join('\n'),
    );
  });

  it("puts the first problem's line and column on the error, for Astro's report", () => {
    expect(guardError(heading, undefined, problems)).toMatchObject({ line: 13, column: 1 });
    expect(guardError(heading, undefined, [...problems].reverse())).toMatchObject({ line: 15, column: 20 });
  });

  it.each([
    ['outside the project, as an absolute path', pathToFileURL('/elsewhere/content/briefs/x.mdx'), '/elsewhere/content/briefs/x.mdx'],
    [
      'in a sibling folder whose name starts like the project, as an absolute path',
      pathToFileURL(`${process.cwd()}-copy/content/x.mdx`),
      `${process.cwd()}-copy/content/x.mdx`,
    ],
    ['with no file at all, as "an MDX file"', undefined, 'an MDX file'],
  ])('names a file %s', (_name, fileURL, shown) => {
    expect(guardError(heading, fileURL, problems.slice(0, 1)).message).toBe(
      `Content that could run code in ${shown}:\n  line 13, column 1: found an import statement; expected plain Markdown`,
    );
  });
});
