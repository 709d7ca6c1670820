/**
 * Pagefind alone: a one-record index and a search page that does nothing but ask Pagefind for
 * one word and show the first result's title, served on 127.0.0.1. The time to that result is
 * what Pagefind itself costs in the day's browser (its script, its worker, WebAssembly, metadata,
 * one search, one record), with no page of ours around it: the floor under our search page's
 * first results, as the blank page is the floor under any page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { serveStatic, type StaticSite } from '../../tests/support/static-server.ts';

export const ALONE_QUERY = 'attendance';

/**
 * The search page, at `/`: the element ids the bench watches on ours, Pagefind asked for while
 * the page parses (modulepreload) and run in its worker with excerpts off, as on ours.
 */
export const ALONE_SEARCH_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Search</title><link rel="modulepreload" href="/pagefind/pagefind.js"><p id="search-status"></p><ol id="search-results"></ol><script type="module" src="/search.js"></script></html>';

export const ALONE_SEARCH_SCRIPT = `const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 0 });
const search = await pagefind.search(${JSON.stringify(ALONE_QUERY)});
const first = await search.results[0].data();
const item = document.createElement('li');
item.textContent = first.meta.title;
document.getElementById('search-results').append(item);
document.getElementById('search-status').textContent = search.results.length + ' result';
`;

export const ALONE_RECORD_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Attendance</title><main data-pagefind-body><h1>Attendance</h1><p>Daily attendance, counted in every school.</p></main></html>';

/** Writes the page and its one-record index to a temporary folder and serves it until closed. */
export async function servePagefindAlone(): Promise<StaticSite> {
  const root = mkdtempSync(path.join(tmpdir(), 'pagefind-alone-'));
  try {
    writeFileSync(path.join(root, 'index.html'), ALONE_SEARCH_PAGE);
    writeFileSync(path.join(root, 'search.js'), ALONE_SEARCH_SCRIPT);
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    await index.addHTMLFile({ url: '/attendance/', content: ALONE_RECORD_PAGE });
    await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  const site = await serveStatic(root);
  return {
    url: site.url,
    close: async () => {
      await site.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
