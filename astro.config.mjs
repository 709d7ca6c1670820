// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadGlossaryTerms, satteriGlossaryLinks } from './src/plugins/glossary-links.ts';
import { satteriSmallCountGuard } from './src/plugins/small-counts.ts';
import { satteriSafeContentGuard } from './src/plugins/safe-content.ts';
import { astroCommand } from './src/integrations/astro-command.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { resolveMode } from './src/lib/publishing.ts';
import { apaWorker } from './src/integrations/apa-worker.ts';
import { resolveContentDir } from './src/lib/content-files.ts';
import { completeBuild } from './src/integrations/complete-build.ts';
import { editor } from './src/integrations/editor.ts';
import { resolveEditorBackend } from './src/lib/editor/backend.ts';
import { EDITOR_PATH } from './src/lib/security.ts';

const contentDir = resolveContentDir(process.env);
const search = pagefindIndex();
// The build's APA worker thread (src/lib/apa-references.ts).
const apaWorkerFile = fileURLToPath(new URL('./src/lib/apa-worker.ts', import.meta.url));

/**
 * Paths come from the environment so tests can build fixture trees into their own folders
 * (PORTAL_CONTENT_DIR, PORTAL_OUT_DIR, PORTAL_CACHE_DIR); the defaults build the real site.
 */
export default defineConfig({
  site: process.env.PORTAL_SITE || 'https://rpp-portal.example.org',
  outDir: process.env.PORTAL_OUT_DIR || './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR || './node_modules/.astro',
  publicDir: process.env.PORTAL_PUBLIC_DIR || './public',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files, never inline: one cached request, and no inline code for the CSP.
    inlineStylesheets: 'never',
    // Eight pages in flight at once: while some wait on a file write or an APA reference, the
    // others render. Fewer left the main thread idle; more gained nothing (scripts/bench/README.md).
    concurrency: 8,
  },
  // Incremental builds: a page whose cache key and code are unchanged is copied from the last
  // build's cache instead of rendered. Entry pages of the research kinds carry keys
  // (src/data/page-keys.ts); tests/integration/incremental.test.ts holds the result equal to a cold
  // build. Build concurrency above 1 leaves it working.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  // The dev server must not react to build output: tests build sites under tests/.tmp/.
  vite: { server: { watch: { ignored: ['**/tests/.tmp/**', '**/dist/**', '**/dist-*/**'] } } },
  // Sätteri plugins, not `markdown.remarkPlugins` (which would switch the whole site to the slower
  // unified processor); mdx() inherits this processor, so .mdx entries get them too. The
  // glossary is read once per build: restart the dev server after adding a term.
  markdown: {
    // No code highlighting: Shiki writes inline styles, which the Content-Security-Policy forbids.
    syntaxHighlight: false,
    processor: satteri({
      // The safe-content guard comes first: a body that could run code stops its compile before
      // MDX writes any JavaScript for it.
      mdastPlugins: [satteriSafeContentGuard(), satteriGlossaryLinks(loadGlossaryTerms(contentDir)), satteriSmallCountGuard()],
    }),
  },
  // The sitemap lists the pages this build wrote (so nothing unpublished; the 404 page is left
  // out by the integration itself). A partner preview is for partners, not search engines: no sitemap.
  // Pagefind starts when the pages are written and is awaited last, so the sitemap is written
  // while it indexes.
  integrations: [
    astroCommand(),
    apaWorker(apaWorkerFile),
    mdx(),
    search.start,
    ...(resolveMode(process.env) === 'preview' ? [] : [sitemap({ filter: (page) => !new URL(page).pathname.startsWith(EDITOR_PATH) })]),
    search.finish,
    // The browser editor at /admin/, only when PORTAL_EDITOR_BACKEND names where it saves.
    editor(resolveEditorBackend(process.env)),
    // Last: the build succeeds only if every published entry has its page and search record.
    completeBuild(contentDir),
  ],
});
