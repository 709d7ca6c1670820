import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

import type { CollectionName } from '../../src/lib/collections.ts';
import { formatEntry } from '../../src/lib/entry-layout.ts';
import { ROOT } from '../support/build-site.ts';
import { copyFixtureContent, runCli, type CliRun } from '../support/cli.ts';

const TREE = path.join(ROOT, 'tests/.tmp/new-cli/content');
const TREE_ARG = path.relative(ROOT, TREE);
const CHOICES = ['--alliance', 'fixture-alliance', '--audience', 'district-staff', '--problem', 'attendance'];

type Run = CliRun;

/** Runs a CLI with the clock pinned. */
const run = (script: string, args: string[]): Run => runCli(script, args, { PORTAL_NOW: '2026-06-01T12:00:00Z' });

const newEntry = (args: string[]) => run('scripts/new.ts', [...args, '--content', TREE_ARG]);
const check = () => run('scripts/check.ts', ['--content', TREE_ARG, '--public', 'tests/fixtures/basic/public']);

describe('npm run new on a copy of the basic fixture', () => {
  beforeEach(() => {
    rmSync(path.dirname(TREE), { recursive: true, force: true });
    copyFixtureContent('basic', TREE);
  });

  it.each([
    ['brief', ['--author', 'pat-fixture', '--author', 'sam-presenter'], 'briefs/summer-bridge-and-attendance.mdx'],
    [
      'finding',
      ['--source', 'public-brief', '--design', 'rct', '--outcome', 'student-achievement'],
      'findings/summer-bridge-and-attendance.mdx',
    ],
    ['challenge', ['--challenge', 'alignment'], 'challenges/summer-bridge-and-attendance.mdx'],
    ['event', ['--presenter', 'sam-presenter'], 'events/summer-bridge-and-attendance.mdx'],
  ])('creates a %s draft that passes npm run check', (kind, extra, file) => {
    const created = newEntry([kind, '--title', 'Summer Bridge and Attendance', ...CHOICES, ...extra]);
    expect(created.output).toContain(`Created ${TREE_ARG}/${file}`);
    expect(created.status).toBe(0);
    const text = readFileSync(path.join(TREE, file), 'utf8');
    expect(text).toContain('status: draft');
    expect(text).toContain('title: Summer Bridge and Attendance\n');
    // In the layout the browser editor writes, so its first save changes only what is edited.
    expect(formatEntry(file.split('/')[0] as CollectionName, text)).toBe(text);
    const checked = check();
    expect(checked.output).not.toContain(file);
    expect(checked.status).toBe(0);
  });

  it('dates a brief by the clock and an event a week later at 6 PM Chicago time', () => {
    newEntry(['brief', '--title', 'Dated', ...CHOICES, '--author', 'pat-fixture']);
    newEntry(['event', '--title', 'Dated', ...CHOICES]);
    expect(readFileSync(path.join(TREE, 'briefs/dated.mdx'), 'utf8')).toContain('published: 2026-06-01\n');
    expect(readFileSync(path.join(TREE, 'events/dated.mdx'), 'utf8')).toContain('start: 2026-06-08T18:00:00-05:00\n');
  });

  it('refuses to overwrite an existing file, and leaves it as it was', () => {
    const before = readFileSync(path.join(TREE, 'briefs/public-brief.mdx'), 'utf8');
    const result = newEntry(['brief', '--title', 'Public brief', ...CHOICES, '--author', 'pat-fixture']);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${TREE_ARG}/briefs/public-brief.mdx already exists; nothing was written`);
    expect(readFileSync(path.join(TREE, 'briefs/public-brief.mdx'), 'utf8')).toBe(before);
  });

  it('without a terminal, names each missing required field with its valid ids, and writes nothing', () => {
    const result = newEntry(['brief', '--title', 'No choices given']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('alliance: give --alliance; valid values: fixture-alliance');
    expect(result.output).toContain(
      'audiences: give --audience (repeatable); valid values: community, district-staff, researchers',
    );
    expect(result.output).toContain('problems: give --problem (repeatable); valid values: attendance, early-reading');
    expect(result.output).toContain(
      'authors: give --author (repeatable); valid values: jose-nunez, pat-fixture, sam-presenter',
    );
    expect(existsSync(path.join(TREE, 'briefs/no-choices-given.mdx'))).toBe(false);
  });

  it('rejects an id that does not exist, suggesting the nearest', () => {
    const result = newEntry(['brief', '--title', 'Typo', ...CHOICES, '--author', 'pat-fixtur']);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'authors: "pat-fixtur" is not one of jose-nunez, pat-fixture, sam-presenter (did you mean pat-fixture?)',
    );
    expect(existsSync(path.join(TREE, 'briefs/typo.mdx'))).toBe(false);
  });

  it('rejects an unknown kind', () => {
    const result = newEntry(['briefs', '--title', 'x']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('"briefs" is not a kind (did you mean brief?)');
  });

  it('answers --help', () => {
    const result = run('scripts/new.ts', ['--help']);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/^Usage: npm run new -- <brief\|finding\|challenge\|event\|aim\|change-idea\|cycle\|cluster>/);
  });
});

const IMPROVEMENT_TREE = path.join(ROOT, 'tests/.tmp/new-cli-improvement/content');
const IMPROVEMENT_ARG = path.relative(ROOT, IMPROVEMENT_TREE);
const NETWORK = ['--alliance', 'fixture-network', '--audience', 'district-staff', '--problem', 'attendance'];
const newImprovement = (args: string[]) => run('scripts/new.ts', [...args, '--content', IMPROVEMENT_ARG]);
const checkImprovement = () => run('scripts/check.ts', ['--content', IMPROVEMENT_ARG]);

describe('npm run new on a copy of the improvement fixture', () => {
  beforeEach(() => {
    rmSync(path.dirname(IMPROVEMENT_TREE), { recursive: true, force: true });
    copyFixtureContent('improvement', IMPROVEMENT_TREE);
  });

  it.each([
    ['aim', ['--measure', 'on-track-rate', '--measure', 'huddle-rate'], 'aims/fewer-failing-grades.yaml'],
    ['change-idea', ['--finding', 'team-meetings-help'], 'change-ideas/fewer-failing-grades.mdx'],
    ['cycle', ['--change-idea', 'tested-idea', '--site', 'West School', '--person', 'pat-fixture'], 'cycles/fewer-failing-grades.mdx'],
    ['cluster', ['--aim', 'fixture-aim', '--driver', 'catch-up', '--member', 'fixture-network', '--chair', 'jose-nunez'], 'clusters/fewer-failing-grades.yaml'],
  ])('creates a %s draft that passes npm run check', (kind, extra, file) => {
    const created = newImprovement([kind, '--title', 'Fewer failing grades', ...NETWORK, ...extra]);
    expect(created.output).toContain(`Created ${IMPROVEMENT_ARG}/${file}`);
    expect(created.status).toBe(0);
    expect(readFileSync(path.join(IMPROVEMENT_TREE, file), 'utf8')).toContain('status: draft');
    const checked = checkImprovement();
    expect(checked.output).not.toContain(file);
    expect(checked.status).toBe(0);
  });

  it("offers a cluster only the primary drivers of its aim", () => {
    const result = newImprovement(['cluster', '--title', 'Wrong driver', ...NETWORK, '--aim', 'fixture-aim', '--driver', 'weekly-review', '--member', 'fixture-network']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('driver: "weekly-review" is not one of early-response, catch-up');
    expect(existsSync(path.join(IMPROVEMENT_TREE, 'clusters/wrong-driver.yaml'))).toBe(false);
  });

  it('offers a cycle only original change ideas, not their translations', () => {
    const result = newImprovement(['cycle', '--title', 'Translated idea', ...NETWORK, '--change-idea', 'idea-probada']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('changeIdea: "idea-probada" is not one of dropped-idea, secret-idea, tested-idea');
  });

  it('names what an aim and a cycle still need, with the valid ids', () => {
    const aim = newImprovement(['aim', '--title', 'No measures', ...NETWORK]);
    expect(aim.status).toBe(1);
    expect(aim.output).toContain('measures: give --measure (repeatable); valid values: huddle-rate, meeting-hours, on-track-rate, secret-measure');
    const cycle = newImprovement(['cycle', '--title', 'No idea', ...NETWORK]);
    expect(cycle.output).toContain('changeIdea: give --change-idea; valid values: dropped-idea, secret-idea, tested-idea');
  });
});

