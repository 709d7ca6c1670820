import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/build-site.ts';
import { fixtureContent } from '../support/fixtures.ts';

/**
 * The dev server on the basic fixture: authors see their drafts and entries in review, each
 * marked with a banner, while production builds leave them out (publishing.test.ts). Two hostile
 * bodies sit beside them: opening their pages must run none of their code.
 */
const PORT = 4391;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${BASE}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the dev server did not start');
}

/** The environment of a developer's shell: vitest's own variables make Astro's dev server 404. */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^VITEST|^NODE_ENV$/.test(name)));
}

const CANARY = path.join(ROOT, 'tests/.tmp/hostile-canary.txt');
const HOSTILE = ['esm-canary.mdx', 'expression-exit.mdx'];

/** The basic fixture plus two hostile briefs. */
function contentWithHostileBriefs(): string {
  const tree = path.join(TMP, 'dev-server-content');
  rmSync(tree, { recursive: true, force: true });
  cpSync(fixtureContent('basic'), tree, { recursive: true });
  for (const file of HOSTILE) cpSync(path.join(fixtureContent('hostile'), 'briefs', file), path.join(tree, 'briefs', file));
  return tree;
}

beforeAll(async () => {
  rmSync(CANARY, { force: true });
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    env: {
      ...shellEnv(),
      PORTAL_CONTENT_DIR: contentWithHostileBriefs(),
      PORTAL_CACHE_DIR: path.join(TMP, 'dev-server-cache'),
      PORTAL_NOW: '2026-06-01T00:00:00Z',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer();
});

afterAll(() => {
  // The server runs in its own process group (npx, astro, vite): end all of it.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

const page = async (url: string) => (await fetch(`${BASE}${url}`)).text();

describe('npm run dev', () => {
  it.each([
    ['/briefs/draft-brief/', 'draft', 'Draft: not published. Only you can see this page.'],
    ['/briefs/review-brief/', 'review', 'In review: not published yet.'],
    ['/briefs/future-embargo-brief/', 'embargoed', 'Embargoed: not public until'],
  ])('shows %s with a %s banner', async (url, state, text) => {
    const html = await page(url);
    expect(html).toContain(`data-status="${state}"`);
    expect(html).toContain(text);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('lists drafts marked as such', async () => {
    const html = await page('/briefs/');
    expect(html).toContain('href="/briefs/draft-brief/"');
    expect(html).toMatch(/<span class="tag tag-pending">Draft<\/span>/);
  });
});

describe('npm run dev on bodies that try to run code', () => {
  it.each(HOSTILE.map((file) => `/briefs/${path.basename(file, '.mdx')}/`))('refuses %s and runs none of it', async (url) => {
    const response = await fetch(`${BASE}${url}`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('<title>MDXError</title>');
    expect(existsSync(CANARY)).toBe(false);
    expect((await fetch(`${BASE}/briefs/`)).ok).toBe(true);
  });
});
