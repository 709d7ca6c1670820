import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ENTRY_COLLECTIONS } from '../lib/collections.ts';
import { entryPagesGlob } from '../lib/search-record.ts';

/**
 * Builds the search index as the last step of `astro build`, from the pages just written, so
 * search can never be forgotten or run against a stale site. Only elements marked
 * data-pagefind-body (entry pages) become records, so only entry pages are read (entryPagesGlob);
 * Pagefind splits indexes by each page's lang.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          failOn('create the index', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: site, glob: entryPagesGlob(ENTRY_COLLECTIONS) });
          failOn('index the site', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          failOn('write the index', written.errors);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}
