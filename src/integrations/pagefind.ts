import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { ENTRY_COLLECTIONS } from '../lib/collections.ts';
import { inOrder } from '../lib/in-order.ts';
import { isEntryPagePath } from '../lib/search-record.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
type Added = ReturnType<PagefindIndex['addHTMLFile']>;
interface IndexedPage {
  url: string;
  content: string;
}

/**
 * Builds the search index inside `astro build`, so search can never be forgotten or run against
 * a stale site. Each entry page goes to Pagefind as soon as Astro has rendered it (only entry
 * pages carry data-pagefind-body: isEntryPagePath), so Pagefind's own process parses pages on the
 * second core while Astro renders the rest, instead of reading them all from disk afterwards
 * (on the 10,000-entry bench that was 15 s of the build with one core idle). Pages reach it in
 * Astro's path order whatever order they finish in (inOrder), so two builds write the same bytes.
 * Pagefind splits indexes by each page's lang.
 */
export function pagefindIndex(): AstroIntegration {
  let index: PagefindIndex | undefined;
  const added: Added[] = [];

  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        const created = await pagefind.createIndex({});
        failOn('create the index', created.errors);
        if (!created.index) throw new Error('Pagefind returned no index');
        const target = created.index;
        index = target;
        const pages = inOrder<IndexedPage>((page) => added.push(target.addHTMLFile(page)));
        setPrerenderer((astroDefault) => indexingPrerenderer(astroDefault, () => pages.take()));
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!index) throw new Error('Pagefind was not started with the build');
          const results = await Promise.all(added);
          failOn('index the site', results.flatMap((result) => result.errors));
          const written = await index.writeFiles({ outputPath: path.join(fileURLToPath(dir), 'pagefind') });
          failOn('write the index', written.errors);
          logger.info(`Pagefind indexed ${results.length} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Astro's own prerenderer, with each entry page's HTML also handed to the place taken when its
 * render started. Every other path fills its place with nothing, so no later page waits on it.
 */
function indexingPrerenderer(astroDefault: AstroPrerenderer, takePlace: () => (page: IndexedPage | undefined) => void): AstroPrerenderer {
  return {
    ...astroDefault,
    name: 'portal:pagefind-prerenderer',
    async render(request, options) {
      const fill = takePlace();
      let page: IndexedPage | undefined;
      try {
        const result = await astroDefault.render(request, options);
        const response = result instanceof Response ? result : result.response;
        const url = new URL(request.url).pathname;
        if (response.status !== 200 || !isEntryPagePath(url, ENTRY_COLLECTIONS)) return result;
        // Reading the body consumes it: Astro gets a new response with the same text.
        page = { url, content: await response.text() };
        const copy = new Response(page.content, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? copy : { ...result, response: copy };
      } finally {
        fill(page);
      }
    },
  };
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}
