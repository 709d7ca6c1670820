import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, listFiles, readPage, type BuildResult } from '../support/build-site.ts';
import { fixtureContent } from '../support/fixtures.ts';

/**
 * Incremental builds (astro.config.mjs, src/data/page-keys.ts) must give the site a cold build
 * gives: after each change an author makes, a build that reuses the last build's cache is compared,
 * file by file and byte by byte (dist/ whole, the search index included), with a cold build of the
 * same content at the same clock.
 */
const WORK = path.join(TMP, 'incremental');
const CONTENT = path.join(WORK, 'content');
const INCREMENTAL = { out: path.join(WORK, 'incremental/dist'), cache: path.join(WORK, 'incremental/cache') };
const BEFORE_EMBARGO = '2026-06-01T00:00:00Z';
/** After the basic fixture's future embargo (2026-12-01T09:00:00-05:00) has passed. */
const AFTER_EMBARGO = '2026-12-02T00:00:00Z';

let builds = 0;
function build(dirs: { out: string; cache: string }, now: string): BuildResult {
  const result = buildSite({
    fixture: 'basic',
    name: `incremental-build-${++builds}`,
    now,
    contentDir: CONTENT,
    env: { PORTAL_OUT_DIR: dirs.out, PORTAL_CACHE_DIR: dirs.cache },
  });
  expect(result.status, result.output).toBe(0);
  return { ...result, outDir: dirs.out };
}

/** Builds incrementally on the last build's cache, then cold; what differs between the two dist/ folders. */
function incrementalAgainstCold(now: string, label: string): { incremental: BuildResult; differences: string[] } {
  const incremental = build(INCREMENTAL, now);
  const coldDirs = { out: path.join(WORK, `cold-${label}/dist`), cache: path.join(WORK, `cold-${label}/cache`) };
  rmSync(path.dirname(coldDirs.out), { recursive: true, force: true });
  const cold = build(coldDirs, now);
  const files = [...new Set([...listFiles(incremental.outDir), ...listFiles(cold.outDir)])].sort();
  const differences = files.filter((file) => {
    try {
      return !readFileSync(path.join(incremental.outDir, file)).equals(readFileSync(path.join(cold.outDir, file)));
    } catch {
      return true;
    }
  });
  return { incremental, differences };
}

const restored = (result: BuildResult) => (result.output.match(/\((?:restored|cached)\)/g) ?? []).length;

function edit(file: string, change: (text: string) => string): void {
  const target = path.join(CONTENT, file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(target, after);
}

describe('an incremental build equals a cold build of the same content', () => {
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(fixtureContent('basic'), CONTENT, { recursive: true });
    build(INCREMENTAL, BEFORE_EMBARGO);
  });

  it('after a title that lists and other entries show is edited', () => {
    edit('findings/public-finding.mdx', (text) => text.replace('title: Tutoring raised reading scores', 'title: Tutoring raised reading scores in grade 3'));
    const { incremental, differences } = incrementalAgainstCold(BEFORE_EMBARGO, 'title');
    expect(differences).toEqual([]);
    // Pages that show the finding were rendered again; the others were reused.
    expect(restored(incremental)).toBeGreaterThan(0);
    expect(readPage(incremental.outDir, '/findings/')).toContain('Tutoring raised reading scores in grade 3');
    expect(readPage(incremental.outDir, '/briefs/public-brief/')).toContain('Tutoring raised reading scores in grade 3');
  });

  it('after a published entry is turned back into a draft', () => {
    edit('briefs/public-brief.mdx', (text) => text.replace('published: 2026-01-15', 'status: draft\npublished: 2026-01-15'));
    const { incremental, differences } = incrementalAgainstCold(BEFORE_EMBARGO, 'draft');
    expect(differences).toEqual([]);
    expect(restored(incremental)).toBeGreaterThan(0);
    expect(listFiles(incremental.outDir).filter((file) => file.includes('public-brief'))).toEqual([]);
  });

  it('after an embargo passes, by the build clock alone', () => {
    const { incremental, differences } = incrementalAgainstCold(AFTER_EMBARGO, 'embargo');
    expect(differences).toEqual([]);
    expect(restored(incremental)).toBeGreaterThan(0);
    expect(readPage(incremental.outDir, '/briefs/future-embargo-brief/')).toContain('SECRET-EMBARGO-MARKER');
  });
});
