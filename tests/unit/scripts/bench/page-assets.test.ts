import { describe, expect, it } from 'vitest';
import { pageAssets } from '../../../../scripts/bench/page-assets.ts';

describe('pageAssets', () => {
  it('lists script files and stylesheets and counts inline code, but not JSON-LD data', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="/favicon.svg">
      <link rel="stylesheet" href="/_astro/BaseLayout.css">
      <link href='/print.css' rel="preload stylesheet">
      <script type="application/ld+json">{"@type":"ScholarlyArticle"}</script>
      <script type="module" src="/_astro/search.js"></script>
      <script>console.log(1)</script>
    </head><body><script src=/late.js></script></body></html>`;
    expect(pageAssets(html)).toEqual({
      scriptFiles: ['/_astro/search.js', '/late.js'],
      inlineScriptBytes: 'console.log(1)'.length,
      stylesheetFiles: ['/_astro/BaseLayout.css', '/print.css'],
    });
  });

  it('finds nothing on a page without scripts or styles', () => {
    expect(pageAssets('<p>Plain</p>')).toEqual({ scriptFiles: [], inlineScriptBytes: 0, stylesheetFiles: [] });
  });
});
