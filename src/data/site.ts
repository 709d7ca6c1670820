/** The site's own address (`site` in astro.config.mjs), which feeds, citations and JSON need. */
export function requireSite(site: URL | undefined): URL {
  if (!site)
    throw new Error('`site` is not set in astro.config.mjs; feeds, citations and open data need absolute URLs');
  return site;
}
