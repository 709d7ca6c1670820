/**
 * What a built page makes the browser load before it can run or paint: its scripts (files and
 * inline code) and its stylesheets. Pure text in, lists out; bench.ts adds up the file sizes.
 * JSON-LD and other data blocks are not code, so they do not count as JavaScript.
 */

export interface PageAssets {
  /** `src` of every `<script src>`, in page order. */
  scriptFiles: string[];
  /** Bytes of inline script code (UTF-8), data blocks such as JSON-LD left out. */
  inlineScriptBytes: number;
  /** `href` of every `<link rel="stylesheet">`. */
  stylesheetFiles: string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b([^>]*)>/gi;
/** Script types a browser runs; anything else (`application/ld+json`) is data. */
const CODE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scriptFiles: [], inlineScriptBytes: 0, stylesheetFiles: [] };
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (!CODE_TYPES.has((attribute(attributes, 'type') ?? '').toLowerCase())) continue;
    const src = attribute(attributes, 'src');
    if (src) assets.scriptFiles.push(src);
    else assets.inlineScriptBytes += Buffer.byteLength(body.trim(), 'utf8');
  }
  for (const [, attributes = ''] of html.matchAll(LINK)) {
    const rel = (attribute(attributes, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(attributes, 'href');
    if (rel.includes('stylesheet') && href) assets.stylesheetFiles.push(href);
  }
  return assets;
}

/** An attribute's value, quoted or not, or undefined when absent. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
