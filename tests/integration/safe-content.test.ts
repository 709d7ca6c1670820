import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, buildSite, readPage, type BuildResult } from '../support/build-site.ts';
import { fixtureContent } from '../support/fixtures.ts';

/**
 * Content is data, not code (content/README.md, section 9): a body that could run code stops
 * the real build before any of it runs, even when the check is skipped; good content still builds;
 * and a build that ends early never reports success.
 */
const NOW = '2026-06-01T00:00:00Z';
const CANARY = path.join(ROOT, 'tests/.tmp/hostile-canary.txt');
const HOSTILE_BRIEFS = readdirSync(path.join(ROOT, 'tests/fixtures/hostile/content/briefs')).filter((name) => name !== 'allowed-body.mdx');

describe('astro build on bodies that try to run code, without the check in front', () => {
  let build: BuildResult;
  beforeAll(() => {
    rmSync(CANARY, { force: true });
    build = buildSite({ fixture: 'hostile', name: 'hostile-astro', now: NOW, command: 'astro' });
  });

  it('fails, names a hostile file and its line, and never runs its code', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/Content that could run code in .*briefs[\\/](?:[a-z-]+)\.mdx \(npm run check lists every problem\):\n {2}line \d+, column \d+: found /);
    expect(existsSync(CANARY)).toBe(false);
  });

  it('publishes nothing', () => {
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});

describe('astro build on each hostile body alone', () => {
  it.each(HOSTILE_BRIEFS)('refuses %s before it runs', (file) => {
    rmSync(CANARY, { force: true });
    const contentDir = treeWithBriefs(`hostile-${path.basename(file, '.mdx')}`, [file]);
    const build = buildSite({ fixture: 'hostile', name: `hostile-${path.basename(file, '.mdx')}`, now: NOW, command: 'astro', contentDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`Content that could run code in`);
    expect(build.output).toContain(file);
    expect(existsSync(CANARY)).toBe(false);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});

describe('npm run build on bodies that try to run code', () => {
  it('stops at the check, before Astro starts', () => {
    const build = buildSite({ fixture: 'hostile', name: 'hostile-npm', now: NOW });
    expect(build.status).toBe(1);
    expect(build.output).toContain('13 problems in 7 files.');
    expect(build.output).not.toContain('[build]');
    expect(existsSync(CANARY)).toBe(false);
  });
});

describe('a body that uses only Markdown and the allowed elements', () => {
  let build: BuildResult;
  beforeAll(() => {
    const contentDir = treeWithBriefs('allowed-body', ['allowed-body.mdx']);
    build = buildSite({ fixture: 'hostile', name: 'allowed-body', now: NOW, command: 'astro', contentDir });
  });

  it('builds, with its elements, table and links as written', () => {
    expect(build.status, build.output).toBe(0);
    const page = readPage(build.outDir, '/briefs/allowed-body/');
    expect(page).toContain('<abbr title="research-practice partnership">RPP</abbr>');
    expect(page).toContain('<sup>1</sup>');
    expect(page).toContain('H<sub>2</sub>O');
    expect(page).toMatch(/<td>&lt;10<\/td>/);
    expect(page).toContain('{like this}');
    expect(page).toContain('href="mailto:team@example.org"');
  });
});

describe('a build that ends half-way with exit code 0', () => {
  let build: BuildResult;
  beforeAll(() => {
    // The first brief page written ends the process with exit code 0 (tests/support/exit-during-build.mjs).
    const hook = path.join(ROOT, 'tests/support/exit-during-build.mjs');
    build = buildSite({ fixture: 'basic', name: 'exit-early', now: NOW, command: 'astro', env: { NODE_OPTIONS: `--import=${hook}` } });
  });

  it('still fails, and says the site is incomplete', () => {
    expect(build.status).toBe(1);
    expect(build.output).toContain('The build stopped before it finished: dist/ is incomplete and must not be published.');
  });
});

/** The hostile scenario's composed content with only the named briefs in briefs/. */
function treeWithBriefs(name: string, briefs: readonly string[]): string {
  const tree = path.join(TMP, `${name}-content`);
  rmSync(tree, { recursive: true, force: true });
  cpSync(fixtureContent('hostile'), tree, { recursive: true });
  rmSync(path.join(tree, 'briefs'), { recursive: true });
  mkdirSync(path.join(tree, 'briefs'));
  for (const brief of briefs) cpSync(path.join(fixtureContent('hostile'), 'briefs', brief), path.join(tree, 'briefs', brief));
  return tree;
}
