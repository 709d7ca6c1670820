import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { ENTRY_COLLECTIONS } from '../lib/collections.ts';
import { inOrder } from '../lib/in-order.ts';
import { entryPagesFirst, isEntryPage } from '../lib/search-record.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

interface IndexedPage {
  url: string;
  content: string;
}

/**
 * Builds the search index inside `astro build`, so search can never be forgotten or run against
 * a stale site, and mostly on the second core while Astro renders on the first:
 * - Astro renders the entry pages first (entryPagesFirst); only they carry data-pagefind-body.
 * - Each goes to Pagefind's own process as soon as it is rendered, to be parsed there, in Astro's
 *   path order whatever order the four pages in flight finish in (inOrder), so two builds write
 *   the same bytes. Pagefind splits indexes by each page's lang.
 * - Once the last entry page is in, Pagefind builds and writes the index while Astro renders the
 *   rest of the site (citation and calendar files, lists, taxonomy pages).
 * On the 10,000-entry bench Pagefind had taken 15-17 s after the last page, with one core idle.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let indexing: Indexing | undefined;

  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const created = await pagefind.createIndex({});
        failOn('create the index', created.errors);
        if (!created.index) throw new Error('Pagefind returned no index');
        const started = new Indexing(created.index, path.join(outDir, 'pagefind'));
        indexing = started;
        setPrerenderer((astroDefault) => indexingPrerenderer(astroDefault, started));
      },
      'astro:build:done': async ({ logger }) => {
        try {
          if (!indexing) throw new Error('Pagefind was not started with the build');
          const pages = await indexing.finish();
          logger.info(`Pagefind indexed ${pages} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** One build's index: entry pages in, in order; then the index written, once. */
class Indexing {
  readonly #index: PagefindIndex;
  readonly #outputPath: string;
  readonly #added: ReturnType<PagefindIndex['addHTMLFile']>[] = [];
  readonly #pages = inOrder<IndexedPage>((page) => this.#added.push(this.#index.addHTMLFile(page)));
  #entryPagesLeft = Number.POSITIVE_INFINITY;
  #written: Promise<number> | undefined;

  constructor(index: PagefindIndex, outputPath: string) {
    this.#index = index;
    this.#outputPath = outputPath;
  }

  /** How many entry pages the build will render; the index is written after the last. */
  expect(entryPages: number): void {
    this.#entryPagesLeft = entryPages;
    if (entryPages === 0) this.#write();
  }

  /** A place for an entry page whose render starts now: fill it with the page, or nothing. */
  take(): (page: IndexedPage | undefined) => void {
    const fill = this.#pages.take();
    return (page) => {
      fill(page);
      this.#entryPagesLeft -= 1;
      if (this.#entryPagesLeft === 0) this.#write();
    };
  }

  /** Writes the index if the pages did not already start it; the number of pages indexed. */
  finish(): Promise<number> {
    return this.#write();
  }

  #write(): Promise<number> {
    if (!this.#written) {
      this.#written = this.#addedThenWritten();
      // Awaited in astro:build:done; until then a failure must not end Node as unhandled.
      this.#written.catch(() => undefined);
    }
    return this.#written;
  }

  async #addedThenWritten(): Promise<number> {
    if (this.#pages.waiting > 0) throw new Error(`${this.#pages.waiting} entry pages never reached Pagefind`);
    const results = await Promise.all(this.#added);
    failOn('index the site', results.flatMap((result) => result.errors));
    const written = await this.#index.writeFiles({ outputPath: this.#outputPath });
    failOn('write the index', written.errors);
    return results.length;
  }
}

/**
 * Astro's own prerenderer, with entry pages listed first and each one's HTML also handed to
 * the place taken when its render started.
 */
function indexingPrerenderer(astroDefault: AstroPrerenderer, indexing: Indexing): AstroPrerenderer {
  return {
    ...astroDefault,
    name: 'portal:pagefind-prerenderer',
    async getStaticPaths() {
      const paths = entryPagesFirst(await astroDefault.getStaticPaths(), ENTRY_COLLECTIONS);
      indexing.expect(paths.filter((path) => isEntryPage(path, ENTRY_COLLECTIONS)).length);
      return paths;
    },
    async render(request, options) {
      const url = new URL(request.url).pathname;
      if (!isEntryPage({ pathname: url, route: options.routeData }, ENTRY_COLLECTIONS)) return astroDefault.render(request, options);
      const fill = indexing.take();
      let page: IndexedPage | undefined;
      try {
        const result = await astroDefault.render(request, options);
        const response = result instanceof Response ? result : result.response;
        if (response.status !== 200) return result;
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
