import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { copyFixtureContent, runCheck as runCheckOn } from '../support/cli.ts';

const CONTENT = path.join(ROOT, 'tests/.tmp/small-counts-cli/content');
const BRIEF = 'briefs/glossary-brief.mdx';
const runCheck = () => runCheckOn(CONTENT);

/** Rewrites the table row that starts with `| <school> |`; returns its line number. */
function setRow(school: string, row: string): number {
  const file = path.join(CONTENT, BRIEF);
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((text) => text.startsWith(`| ${school} |`));
  lines[index] = row;
  writeFileSync(file, lines.join('\n'));
  return index + 1;
}

describe('npm run check on a brief with small counts', () => {
  beforeAll(() => {
    copyFixtureContent('plugins', CONTENT);
  });
  afterAll(() => rmSync(path.dirname(CONTENT), { recursive: true, force: true }));

  it('passes the fixture as it is (two withheld cells)', () => {
    const run = runCheck();
    expect(run.output.trim()).toMatch(/^No problems in \d+ files\.$/);
    expect(run.status).toBe(0);
  });

  it('reports a count from 1 to 9, and the withheld cell it leaves alone, with lines and columns', () => {
    const line = setRow('North', '| North | 7 | 4 |');
    const run = runCheck();
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      [
        `tests/.tmp/small-counts-cli/content/${BRIEF}`,
        `  error   table (line ${line}, column 9): found a count of 7 people in column "Students (n)"; expected "<10" for counts from 1 to 9, so no one can be identified`,
        `  error   table (line ${line + 1}, column 9): found one withheld cell ("<10") in a row/column with a total; expected at least two withheld cells, or withhold the total too, so the hidden count cannot be worked out by subtraction`,
      ].join('\n'),
    );
    expect(run.output.trim().split('\n').at(-1)).toBe('2 problems in 1 file.');
  });
});
