import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { copyFixtureContent, runCheck as runCheckOn, runCli, type CliRun } from '../support/cli.ts';
import { fixtureContent } from '../support/fixtures.ts';

/** A fixture scenario's composed content folder, as the check prints it (relative to the project). */
const contentOf = (fixture: string): string => path.relative(ROOT, fixtureContent(fixture));

/** `npm run check` on a fixture scenario (no public/ folder: PDF paths point nowhere). */
const runCheck = (fixture: string): CliRun => runCheckOn(contentOf(fixture), '--public', `tests/fixtures/${fixture}/public`);

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
    ['brief/', 'found a folder the content model does not know; expected one of briefs, findings, challenges, events, aims, change-ideas, cycles, clusters, measures, audiences, problems, alliances, people, glossary (did you mean briefs?)'],
    ['audiences/', 'found no community.yaml; expected the audiences district-staff, researchers, community'],
    ['briefs/Bad_Name.mdx', 'file name: found "Bad_Name"; expected lowercase letters and digits joined by single hyphens (the name is the URL); rename it to bad-name.mdx'],
    ['briefs/many-mistakes.mdx', 'title (line 2): found 145 characters; expected a title of at most 140 characters'],
    ['briefs/many-mistakes.mdx', 'summary: found nothing (the field is missing); expected a plain-language summary (required)'],
    ['briefs/many-mistakes.mdx', 'audiences[0] (line 3): found "distrct-staff"; expected an id from audiences (did you mean district-staff?)'],
    ['briefs/many-mistakes.mdx', 'autors (line 8): found a field the content model does not know; expected no such field (did you mean authors?)'],
    ['briefs/many-mistakes.mdx', 'updated (line 7): found 2026-03-01T00:00:00.000Z; expected a date not before published (2026-03-10)'],
    ['briefs/many-mistakes.mdx', 'authors: found nothing (the field is missing); expected a list of ids from people'],
    ['briefs/many-mistakes.mdx', 'keyFindings (line 9): found 0 items; expected at least 1 key finding(s)'],
    ['briefs/bad-embargo.mdx', 'embargoUntil: found nothing (the field is missing); expected a release date-time, because status is embargoed'],
    ['briefs/bad-embargo.mdx', 'doi (line 11): found "doi:10.1234/x"; expected a DOI in 10. prefix form'],
    ['briefs/bad-embargo.mdx', 'pdf (line 12): found "/pdf/missing.pdf"; expected a PDF that exists under public/ (file not found)'],
    ['briefs/broken-mdx.mdx', '(line 14, column 14): found MDX that does not compile'],
    ['findings/bad-evidence.mdx', 'sources[0] (line 8): found "no-such-brief"; expected an id from briefs'],
    ['findings/bad-evidence.mdx', 'evidence.design (line 9): found "rtc"; expected one of rct,'],
    ['findings/bad-evidence.mdx', '(did you mean rct?)'],
    ['findings/bad-evidence.mdx', 'evidence.sample.students (line 9): found -5; expected a whole number of students, 0 or more'],
    ['findings/overclaimed.mdx', 'evidence.claimedTier (line 9): found 1; expected no stronger than the computed tier 3, because:'],
    ['challenges/legitimacy.mdx', 'file name: found "legitimacy"; expected a name other than legitimacy, alignment, learning'],
    ['events/bad-event.mdx', 'end (line 8): found 2027-02-11T23:00:00.000Z; expected a time after start (2027-02-12T00:00:00.000Z)'],
    ['events/bad-event.mdx', 'timezone (line 9): found "Central"; expected an IANA time zone such as America/Chicago'],
    ['events/bad-event.mdx', 'venue: found nothing (the field is missing); expected a venue {name, address}, because format is in-person'],
    ['events/no-offset.mdx', 'start (line 7): found "2027-02-11T18:00:00"; expected a date-time with its offset'],
    ['people/bad-orcid.yaml', 'orcid (line 2): found "0000-0002-1825-0098"; expected an ORCID iD whose check digit holds'],
    ['glossary/long-definition.yaml', 'definition (line 3): found 344 characters; expected a plain-language definition of at most 300 characters'],
    ['problems/bad-yaml.yaml', '(line 2, column 14): found YAML that does not parse'],
  ])('reports %s: %s', (file, text) => {
    const block = run.output.split('\n\n').find((section) => section.startsWith(`${contentOf('broken')}/${file}\n`));
    expect(block, `no block for ${file} in:\n${run.output}`).toBeDefined();
    expect(block).toContain(text);
  });
});

describe('npm run check on bodies that try to run code (tests/fixtures/hostile)', () => {
  const CANARY = path.join(ROOT, 'tests/.tmp/hostile-canary.txt');
  let run: CliRun;
  beforeAll(() => {
    rmSync(CANARY, { force: true });
    run = runCheck('hostile');
  });

  it('fails, and never runs the code it reads', () => {
    expect(run.status).toBe(1);
    expect(existsSync(CANARY)).toBe(false);
  });

  it.each([
    ['briefs/esm-canary.mdx', 'body (line 13, column 1): found an import statement ("import fs from \\"node:fs\\""); expected plain Markdown: a body cannot import or export code'],
    ['briefs/esm-canary.mdx', 'body (line 14, column 1): found an export statement'],
    ['briefs/expression-exit.mdx', 'body (line 15, column 1): found an expression {globalThis.process?.exit?.(0)}; expected plain text: write \\{ and \\} for literal braces'],
    ['briefs/text-expression.mdx', 'body (line 13, column 20): found an expression {2 + 2}'],
    ['briefs/text-expression.mdx', 'body (line 13, column 48): found an expression {process.env.DEPLOY_TOKEN}'],
    ['briefs/script-element.mdx', 'body (line 15, column 1): found the element <script>; expected nothing embedded'],
    ['briefs/handler-attribute.mdx', 'body (line 13, column 5): found the event handler onmouseover on <abbr>; expected no event handlers'],
    ['briefs/handler-attribute.mdx', 'body (line 15, column 1): found the element <img>; expected a Markdown image: ![what it shows](https://...)'],
    ['briefs/iframe.mdx', 'body (line 15, column 1): found the element <iframe>'],
    ['briefs/bad-url-schemes.mdx', 'body (line 13, column 6): found a link to "javascript:alert(document.domain)"; expected a web address starting with https://'],
    ['briefs/bad-url-schemes.mdx', 'body (line 13, column 57): found a link to "JaVaScRiPt:alert(1)"'],
    ['briefs/bad-url-schemes.mdx', 'body (line 15, column 1): found an image from "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"'],
    ['briefs/bad-url-schemes.mdx', 'body (line 19, column 1): found a link to "vbscript:msgbox(1)"'],
  ])('reports %s: %s', (file, text) => {
    const block = run.output.split('\n\n').find((section) => section.startsWith(`${contentOf('hostile')}/${file}\n`));
    expect(block, `no block for ${file} in:\n${run.output}`).toBeDefined();
    expect(block).toContain(text);
  });

  it('accepts the body that uses only Markdown, a table with withheld counts and the allowed elements', () => {
    expect(run.output).not.toContain('allowed-body.mdx');
    expect(run.output.trim().split('\n').at(-1)).toBe('13 problems in 7 files.');
  });
});

describe('npm run check on improvement work with a mistake of every kind (tests/fixtures/improvement-broken)', () => {
  let run: CliRun;
  beforeAll(() => {
    run = runCheck('improvement-broken');
  });

  it('exits 1 and counts every problem', () => {
    expect(run.status).toBe(1);
    expect(run.output.trim().split('\n').at(-1)).toBe('28 problems in 15 files.');
  });

  it.each([
    ['cycles/no-prediction.mdx', 'prediction: found nothing (the field is missing); expected what the team expected before it began (required)'],
    ['cycles/ended-without-result.mdx', 'result: found nothing (the field is missing); expected what happened, against the prediction, because the cycle has ended'],
    ['cycles/ended-without-result.mdx', 'decision: found nothing (the field is missing); expected a decision (adopt, adapt, abandon), because the cycle has ended'],
    ['cycles/ended-before-start.mdx', 'ended (line 12): found 2026-01-20T00:00:00.000Z; expected a date not before started (2026-02-02)'],
    ['cycles/decided-too-soon.mdx', 'decision (line 12): found "adapted"; expected one of adopt, adapt, abandon (did you mean adapt?)'],
    ['cycles/decided-too-soon.mdx', 'ended: found nothing (the field is missing); expected the date the cycle ended, because it has a decision'],
    ['cycles/follows-other-idea.mdx', 'follows (line 12): found "first-b", a cycle of idea-b; expected a cycle of the same change idea as this one (idea-a)'],
    ['cycles/loop-a.mdx', 'follows (line 12): found "loop-b"; expected a chain of earlier cycles that ends; this one loops: loop-a → loop-b → loop-a'],
    ['cycles/loop-b.mdx', 'follows (line 12): found "loop-a"; expected a chain of earlier cycles that ends; this one loops: loop-b → loop-a → loop-b'],
    ['cycles/unknown-ids.mdx', 'changeIdea (line 7): found "idea-c"; expected an id from change-ideas (did you mean idea-a?)'],
    ['cycles/unknown-ids.mdx', 'follows (line 12): found "fist-a"; expected an id from cycles (did you mean first-a?)'],
    ['cycles/unknown-ids.mdx', 'measures[0] (line 13): found "on-trak"; expected an id from measures (did you mean on-track?)'],
    ['cycles/unknown-ids.mdx', 'people[0] (line 14): found "pat-fixtur"; expected an id from people (did you mean pat-fixture?)'],
    ['change-ideas/bad-evidence.mdx', 'findings[0] (line 8): found "no-such-finding"; expected an id from findings'],
    ['aims/bad-aim.yaml', 'drivers[0].secondary[0].id (line 10): found "Weekly_Review"; expected a driver id: lowercase letters and digits joined by single hyphens (did you mean weekly-review?)'],
    ['aims/bad-aim.yaml', 'drivers[0].secondary[0].changeIdeas[0] (line 10): found "idea-d"; expected an id from change-ideas (did you mean idea-a?)'],
    ['aims/bad-aim.yaml', 'drivers[0].secondary[1].id (line 10): found "early-response"; expected a driver id used once in this aim (early-response is also drivers[0].id)'],
    ['aims/bad-aim.yaml', "target.measure (line 8): found \"bad-kind\"; expected one of the aim's measures (on-track); add bad-kind to measures"],
    ['clusters/secondary-driver.yaml', 'driver (line 8): found "weekly-review"; expected the id of a primary driver of good-aim: early-response, catch-up; weekly-review is a secondary driver under early-response, and clusters form around primary drivers'],
    ['clusters/unknown-driver.yaml', 'driver (line 8): found "catch-upp"; expected the id of a primary driver of good-aim: early-response, catch-up (did you mean catch-up?)'],
    ['clusters/bad-members.yaml', 'members[0] (line 9): found "fixture-aliance"; expected an id from alliances (did you mean fixture-alliance?)'],
    ['clusters/bad-members.yaml', 'chairs[0] (line 10): found "sam-presentr"; expected an id from people (did you mean sam-presenter?)'],
    ['measures/bad-kind.yaml', 'kind (line 7): found "outcomes"; expected one of outcome, process, balancing (did you mean outcome?)'],
    ['measures/bad-kind.yaml', 'baselinePoints (line 11): found 4; expected a whole number of points, 6 or more'],
    ['measures/orphan.csv', 'file name: found a .csv file with no orphan.yaml beside it; expected orphan.yaml in content/measures/ too'],
    ['measures/bad-kind.yaml', 'file name: found no bad-kind.csv beside bad-kind.yaml; expected bad-kind.csv in content/measures/ too'],
  ])('reports %s: %s', (file, text) => {
    const block = run.output.split('\n\n').find((section) => section.startsWith(`${contentOf('improvement-broken')}/${file}\n`));
    expect(block, `no block for ${file} in:\n${run.output}`).toBeDefined();
    expect(block).toContain(text);
  });

  it('accepts a clean CSV beside its measure, and the valid entries around the mistakes', () => {
    for (const file of ['measures/on-track.csv', 'measures/on-track.yaml', 'cycles/first-a.mdx', 'aims/good-aim.yaml', 'change-ideas/idea-a.mdx']) {
      expect(run.output).not.toContain(`${contentOf('improvement-broken')}/${file}\n`);
    }
  });
});

describe('npm run check on measures with a mistake of every kind (tests/fixtures/measures-broken)', () => {
  let run: CliRun;
  beforeAll(() => {
    run = runCheck('measures-broken');
  });

  it('exits 1 and counts every problem, in one run', () => {
    expect(run.status).toBe(1);
    expect(run.output.trim().split('\n').at(-1)).toBe('16 problems in 10 files.');
  });

  it.each([
    ['measures/bad-header.csv', 'valeu (line 1, column 2): found "valeu"; expected value as column 2 (the header date,value, then n and site if the data has them) (did you mean value?)'],
    ['measures/bad-header.csv', 'count (line 1, column 3): found "count"; expected n or site after date,value'],
    ['measures/bad-rows.csv', 'date (line 3, column 1): found "09/01/2025"; expected an ISO date, YYYY-MM-DD'],
    ['measures/bad-rows.csv', 'value (line 4, column 2): found "7O.5"; expected a number written with a decimal point'],
    ['measures/bad-rows.csv', 'n (line 5, column 3): found "12.5"; expected a whole number of people (0 or more), or nothing'],
    ['measures/bad-rows.csv', 'date (line 6, column 1): found "2025-09-01" again for site "North School" (first on line 2); expected each date once per site'],
    ['measures/bad-rows.csv', 'site (line 8, column 4): found an empty site; expected the name of the site'],
    ['measures/bad-rows.csv', '(line 10, column 5): found 5 columns; expected 4 columns, as in the header'],
    ['measures/bad-quote.csv', '(line 3, column 2): found a quote (") that is never closed; expected a closing quote at the end of the quoted field'],
    ['measures/phases-out-of-order.yaml', "phases[1].from (line 15): found 2025-03-01T00:00:00.000Z; expected a date after the previous phase's (2025-06-01): phases in order"],
    ['measures/phase-outside.yaml', 'phases[1].from (line 15): found 2027-01-01; expected a date within the data, from 2025-01-01 to 2025-12-01'],
    ['measures/baseline-too-large.yaml', 'baselinePoints (line 12): found 8, but the phase from 2025-01-01 has 5 points with a value; expected at most 5'],
    ['measures/no-data.yaml', 'file name: found no no-data.csv beside no-data.yaml; expected no-data.csv in content/measures/ too'],
    ['measures/orphan-data.csv', 'file name: found a .csv file with no orphan-data.yaml beside it; expected orphan-data.yaml in content/measures/ too'],
    ['measures/traduccion.csv', "file name: found a data file beside a translation (translationOf: good-measure); expected no traduccion.csv: a translation is drawn from its original's data, good-measure.csv"],
    ['measures/traduccion.yaml', 'chart (line 13): found "xmr"; expected "run", as in its original good-measure (a translation changes only the words)'],
  ])('reports %s: %s', (file, text) => {
    const block = run.output.split('\n\n').find((section) => section.startsWith(`${contentOf('measures-broken')}/${file}\n`));
    expect(block, `no block for ${file} in:\n${run.output}`).toBeDefined();
    expect(block).toContain(text);
  });

  it('accepts the measure whose CSV and settings are clean', () => {
    for (const file of ['measures/good-measure.yaml', 'measures/good-measure.csv']) expect(run.output).not.toContain(`${contentOf('measures-broken')}/${file}\n`);
  });
});

describe('npm run check on the improvement fixture', () => {
  it('finds no problem in a consistent network, its translations and a measure with its CSV', () => {
    const run = runCheck('improvement');
    expect(run.output.trim()).toMatch(/^No problems in \d+ files\.$/);
    expect(run.status).toBe(0);
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

const READABILITY_CONTENT = path.join(ROOT, 'tests/.tmp/readability-cli/content');
const DENSE =
  'The multifaceted intervention demonstrated statistically significant improvements in standardized assessment outcomes across heterogeneous subpopulations.';

const checkReadability = () => runCheckOn(READABILITY_CONTENT);

function setSummary(file: string, summary: string): void {
  const full = path.join(READABILITY_CONTENT, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(/^summary: .*$/m, `summary: ${summary}`));
}

describe('npm run check on a summary that is hard to read', () => {
  beforeAll(() => {
    copyFixtureContent('basic', READABILITY_CONTENT);
    setSummary('briefs/public-brief.mdx', DENSE);
    setSummary('briefs/informe-publico.mdx', DENSE);
  });
  afterAll(() => rmSync(path.dirname(READABILITY_CONTENT), { recursive: true, force: true }));

  it('warns with the file, the field, the score and what to do, and still exits 0', () => {
    const run = checkReadability();
    expect(run.output).toContain('tests/.tmp/readability-cli/content/briefs/public-brief.mdx\n');
    expect(run.output).toMatch(
      /warning summary \(line 3\): found a Flesch-Kincaid reading grade of \d+(\.\d)?; expected grade 9 or below.*shorter sentences and everyday words/,
    );
    expect(run.output.trim().split('\n').at(-1)).toMatch(/^No problems in \d+ files, 1 warning\.$/);
    expect(run.status).toBe(0);
  });

  it('scores only English entries (the Spanish translation is not warned about)', () => {
    expect(checkReadability().output).not.toContain('informe-publico.mdx');
  });
});

const SMALL_COUNT_CONTENT = path.join(ROOT, 'tests/.tmp/small-counts-cli/content');
const BRIEF = 'briefs/glossary-brief.mdx';
const checkSmallCounts = () => runCheckOn(SMALL_COUNT_CONTENT);

/** Rewrites the table row that starts with `| <school> |`; returns its line number. */
function setRow(school: string, row: string): number {
  const file = path.join(SMALL_COUNT_CONTENT, BRIEF);
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((text) => text.startsWith(`| ${school} |`));
  lines[index] = row;
  writeFileSync(file, lines.join('\n'));
  return index + 1;
}

describe('npm run check on a brief with small counts', () => {
  beforeAll(() => {
    copyFixtureContent('plugins', SMALL_COUNT_CONTENT);
  });
  afterAll(() => rmSync(path.dirname(SMALL_COUNT_CONTENT), { recursive: true, force: true }));

  it('passes the fixture as it is (two withheld cells)', () => {
    const run = checkSmallCounts();
    expect(run.output.trim()).toMatch(/^No problems in \d+ files\.$/);
    expect(run.status).toBe(0);
  });

  it('reports a count from 1 to 9, and the withheld cell it leaves alone, with lines and columns', () => {
    const line = setRow('North', '| North | 7 | 4 |');
    const run = checkSmallCounts();
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
