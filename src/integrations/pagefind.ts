import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGE_COLLECTIONS } from '../lib/collections.ts';
import { entryPagesGlob } from '../lib/search-record.ts';

/**
 * Builds the search index as the last step of `astro build`, from the pages just written, so
 * search can never be forgotten or run against a stale site. Only elements marked
 * data-pagefind-body (entry pages) become records, so only entry pages are read (entryPagesGlob);
 * Pagefind splits indexes by each page's lang.
 *
 * Two integrations: the first starts Pagefind (a separate process) when the pages are written;
 * the second, placed after the other integrations, waits for it and fails the build if it failed.
 * The integrations between them (the sitemap) run on Node's thread meanwhile, instead of after
 * an index that leaves Node idle while it is built.
 */
export function pagefindIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let indexing: Promise<number> | undefined;
  return {
    start: {
      name: 'portal:pagefind',
      hooks: {
        'astro:build:done': ({ dir }) => {
          indexing = indexSite(fileURLToPath(dir));
          // Awaited in finish; this keeps an early failure from counting as unhandled meanwhile.
          indexing.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'portal:pagefind-finish',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!indexing) throw new Error('The Pagefind index was never started: list pagefindIndex().start among the integrations');
          logger.info(`Pagefind indexed ${await indexing} pages`);
        },
      },
    },
  };
}

/** Indexes the entry pages under `site` into `site/pagefind/`; resolves to the number of pages. */
async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    failOn('create the index', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: site, glob: entryPagesGlob(PAGE_COLLECTIONS) });
    failOn('index the site', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    failOn('write the index', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}
