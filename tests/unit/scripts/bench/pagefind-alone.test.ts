import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticSite } from '../../../support/static-server.ts';
import { ALONE_QUERY, ALONE_RECORD_PAGE, ALONE_SEARCH_PAGE, servePagefindAlone } from '../../../../scripts/bench/pagefind-alone.ts';

describe('servePagefindAlone', () => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await servePagefindAlone();
  }, 60_000);
  afterAll(() => site?.close());

  it('serves the search page and its script at the root', async () => {
    expect(await (await fetch(`${site.url}/`)).text()).toBe(ALONE_SEARCH_PAGE);
    const script = await (await fetch(`${site.url}/search.js`)).text();
    expect(script).toContain(`pagefind.search("${ALONE_QUERY}")`);
  });

  it('indexes exactly one record, which holds the word searched for', async () => {
    const entry = (await (await fetch(`${site.url}/pagefind/pagefind-entry.json`)).json()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(1);
    expect(ALONE_RECORD_PAGE.toLowerCase()).toContain(ALONE_QUERY);
  });

  it('serves Pagefind as the search page imports it', async () => {
    expect((await fetch(`${site.url}/pagefind/pagefind.js`)).status).toBe(200);
    expect((await fetch(`${site.url}/pagefind/pagefind-worker.js`)).status).toBe(200);
  });
});
