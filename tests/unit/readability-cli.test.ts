import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { copyFixtureContent, runCheck as runCheckOn } from '../support/cli.ts';

const CONTENT = path.join(ROOT, 'tests/.tmp/readability-cli/content');
const DENSE =
  'The multifaceted intervention demonstrated statistically significant improvements in standardized assessment outcomes across heterogeneous subpopulations.';

const runCheck = () => runCheckOn(CONTENT);

function setSummary(file: string, summary: string): void {
  const full = path.join(CONTENT, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(/^summary: .*$/m, `summary: ${summary}`));
}

describe('npm run check on a summary that is hard to read', () => {
  beforeAll(() => {
    copyFixtureContent('basic', CONTENT);
    setSummary('briefs/public-brief.mdx', DENSE);
    setSummary('briefs/informe-publico.mdx', DENSE);
  });
  afterAll(() => rmSync(path.dirname(CONTENT), { recursive: true, force: true }));

  it('warns with the file, the field, the score and what to do, and still exits 0', () => {
    const run = runCheck();
    expect(run.output).toContain('tests/.tmp/readability-cli/content/briefs/public-brief.mdx\n');
    expect(run.output).toMatch(
      /warning summary \(line 3\): found a Flesch-Kincaid reading grade of \d+(\.\d)?; expected grade 9 or below.*shorter sentences and everyday words/,
    );
    expect(run.output.trim().split('\n').at(-1)).toMatch(/^No problems in \d+ files, 1 warning\.$/);
    expect(run.status).toBe(0);
  });

  it('scores only English entries (the Spanish translation is not warned about)', () => {
    expect(runCheck().output).not.toContain('informe-publico.mdx');
  });
});
