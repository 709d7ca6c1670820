// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadGlossaryTerms, satteriGlossaryLinks } from './src/plugins/glossary-links.ts';
import { satteriSmallCountGuard } from './src/plugins/small-counts.ts';
import { astroCommand } from './src/integrations/astro-command.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { resolveMode } from './src/lib/publishing.ts';
import { APA_WORKER_ENV } from './src/lib/apa-references.ts';
import { resolveContentDir } from './src/lib/content-files.ts';

const contentDir = resolveContentDir(process.env);
// Where the build's APA worker thread starts (src/lib/apa-references.ts).
process.env[APA_WORKER_ENV] = fileURLToPath(new URL('./src/lib/apa-worker.ts', import.meta.url));

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
    // Four pages in flight at once: one page's file write overlaps the next one's rendering
    // (measured on the 10,000-entry bench: 72 s of page generation became 62 s, same memory).
    concurrency: 4,
  },
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
      mdastPlugins: [satteriGlossaryLinks(loadGlossaryTerms(contentDir)), satteriSmallCountGuard()],
    }),
  },
  // The sitemap lists the pages this build wrote (so nothing unpublished; the 404 page is left
  // out by the integration itself). A partner preview is for partners, not search engines: no sitemap.
  integrations: [astroCommand(), mdx(), pagefindIndex(), ...(resolveMode(process.env) === 'preview' ? [] : [sitemap()])],
});
