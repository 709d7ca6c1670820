import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP } from '../../support/build-site.ts';
import { checkInternalLinks } from '../../support/site-links.ts';

/** The link checker the site test relies on must itself catch what it claims to. */
const site = path.join(TMP, 'link-checker-site');
const page = (file: string, body: string) => {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), `<!doctype html><html><body>${body}</body></html>`);
};

beforeAll(() => {
  rmSync(site, { recursive: true, force: true });
  page('index.html', '<a href="/about/">ok</a><a href="/about/#team">ok</a><a href="/missing/">bad</a><a href="/about/#nobody">bad</a>');
  page('about/index.html', '<h2 id="team">Team</h2><a href="#team">ok</a><a href="https://example.org/x">external</a><a href="https://portal.test/gone/">bad</a><img src="/pic.png" alt="">');
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('checkInternalLinks', () => {
  it('reports missing pages, files and anchors, and ignores other hosts', () => {
    expect(checkInternalLinks(site, 'https://portal.test')).toEqual([
      { page: 'about/index.html', link: 'https://portal.test/gone/', reason: 'no such page or file' },
      { page: 'about/index.html', link: '/pic.png', reason: 'no such page or file' },
      { page: 'index.html', link: '/missing/', reason: 'no such page or file' },
      { page: 'index.html', link: '/about/#nobody', reason: 'no element with id "nobody"' },
    ]);
  });
});
