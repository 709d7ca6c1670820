import type { APIRoute } from 'astro';
import { buildMode } from '../data/entries.ts';

/**
 * robots.txt: the public site invites crawlers and points them at the sitemap; a partner preview
 * turns every crawler away (its pages also say noindex, and it has no sitemap).
 */
export const GET: APIRoute = ({ site }) => {
  const body =
    buildMode === 'preview'
      ? 'User-agent: *\nDisallow: /\n'
      : `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
