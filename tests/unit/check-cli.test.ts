import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck as runCheckOn, runCli, type CliRun } from '../support/cli.ts';

/** `npm run check` on a fixture's content and public folders. */
const runCheck = (fixture: string): CliRun =>
  runCheckOn(`tests/fixtures/${fixture}/content`, '--public', `tests/fixtures/${fixture}/public`);

describe('npm run check on a tree with many mistakes', () => {
  let run: CliRun;
  beforeAll(() => {
    run = runCheck('broken');
  });

  it('exits 1 and ends with a one-line summary', () => {
    expect(run.status).toBe(1);
    expect(run.output.trim().split('\n').at(-1)).toBe('26 problems in 14 files.');
  });

  it.each([
    ['content/brief/', 'found a folder the content model does not know; expected one of briefs, findings, challenges, events, audiences, problems, alliances, people, glossary (did you mean briefs?)'],
    ['content/audiences/', 'found no community.yaml; expected the audiences district-staff, researchers, community'],
    ['content/briefs/Bad_Name.mdx', 'file name: found "Bad_Name"; expected lowercase letters and digits joined by single hyphens (the name is the URL); rename it to bad-name.mdx'],
    ['content/briefs/many-mistakes.mdx', 'title (line 2): found 145 characters; expected a title of at most 140 characters'],
    ['content/briefs/many-mistakes.mdx', 'summary: found nothing (the field is missing); expected a plain-language summary (required)'],
    ['content/briefs/many-mistakes.mdx', 'audiences[0] (line 3): found "distrct-staff"; expected an id from audiences (did you mean district-staff?)'],
    ['content/briefs/many-mistakes.mdx', 'autors (line 8): found a field the content model does not know; expected no such field (did you mean authors?)'],
    ['content/briefs/many-mistakes.mdx', 'updated (line 7): found 2026-03-01T00:00:00.000Z; expected a date not before published (2026-03-10)'],
    ['content/briefs/many-mistakes.mdx', 'authors: found nothing (the field is missing); expected a list of ids from people'],
    ['content/briefs/many-mistakes.mdx', 'keyFindings (line 9): found 0 items; expected at least 1 key finding(s)'],
    ['content/briefs/bad-embargo.mdx', 'embargoUntil: found nothing (the field is missing); expected a release date-time, because status is embargoed'],
    ['content/briefs/bad-embargo.mdx', 'doi (line 11): found "doi:10.1234/x"; expected a DOI in 10. prefix form'],
    ['content/briefs/bad-embargo.mdx', 'pdf (line 12): found "/pdf/missing.pdf"; expected a PDF that exists under public/ (file not found)'],
    ['content/briefs/broken-mdx.mdx', '(line 14, column 14): found MDX that does not compile'],
    ['content/findings/bad-evidence.mdx', 'sources[0] (line 8): found "no-such-brief"; expected an id from briefs'],
    ['content/findings/bad-evidence.mdx', 'evidence.design (line 9): found "rtc"; expected one of rct,'],
    ['content/findings/bad-evidence.mdx', '(did you mean rct?)'],
    ['content/findings/bad-evidence.mdx', 'evidence.sample.students (line 9): found -5; expected a whole number of students, 0 or more'],
    ['content/findings/overclaimed.mdx', 'evidence.claimedTier (line 9): found 1; expected no stronger than the computed tier 3, because:'],
    ['content/challenges/legitimacy.mdx', 'file name: found "legitimacy"; expected a name other than legitimacy, alignment, learning'],
    ['content/events/bad-event.mdx', 'end (line 8): found 2027-02-11T23:00:00.000Z; expected a time after start (2027-02-12T00:00:00.000Z)'],
    ['content/events/bad-event.mdx', 'timezone (line 9): found "Central"; expected an IANA time zone such as America/Chicago'],
    ['content/events/bad-event.mdx', 'venue: found nothing (the field is missing); expected a venue {name, address}, because format is in-person'],
    ['content/events/no-offset.mdx', 'start (line 7): found "2027-02-11T18:00:00"; expected a date-time with its offset'],
    ['content/people/bad-orcid.yaml', 'orcid (line 2): found "0000-0002-1825-0098"; expected an ORCID iD whose check digit holds'],
    ['content/glossary/long-definition.yaml', 'definition (line 3): found 344 characters; expected a plain-language definition of at most 300 characters'],
    ['content/problems/bad-yaml.yaml', '(line 2, column 14): found YAML that does not parse'],
  ])('reports %s: %s', (file, text) => {
    const block = run.output.split('\n\n').find((section) => section.startsWith(`tests/fixtures/broken/${file}\n`));
    expect(block, `no block for ${file} in:\n${run.output}`).toBeDefined();
    expect(block).toContain(text);
  });
});

describe('npm run check on a valid tree', () => {
  it('exits 0 with a clean summary', () => {
    const run = runCheck('basic');
    expect(run.output.trim()).toMatch(/^No problems in \d+ files\.$/);
    expect(run.status).toBe(0);
  });
});

describe('npm run check --help', () => {
  it('explains itself', () => {
    const result = runCli('scripts/check.ts', ['--help']);
    expect(result.status).toBe(0);
    expect(result.output).toContain('Usage: npm run check');
  });
});
