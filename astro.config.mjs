// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { astroCommand } from './src/integrations/astro-command.ts';

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
  },
  devToolbar: { enabled: false },
  integrations: [astroCommand(), mdx()],
});
