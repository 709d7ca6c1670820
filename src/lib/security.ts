/**
 * The site's Content-Security-Policy and security headers, in one place: the layout writes the
 * policy as the first <meta> of every page (metaContentSecurityPolicy), and public/_headers sends
 * it as an HTTP header on static hosts (a unit test keeps the file equal to this module). The
 * header matters: a worker obeys only a policy sent as a header.
 *
 * Not Astro's `security.csp`: it hashes every script and style of every page, and our pages have
 * no inline ones to allow, so it only costs build time.
 */

/** Scripts: our own files only, plus WebAssembly compilation for Pagefind. No 'unsafe-inline'. */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
const STYLE_SOURCES = ["'self'"] as const;

/** Everything else the pages load, all from the site itself; nothing from a third-party host. */
const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Only meaningful as a header (a <meta> policy cannot forbid framing). */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'", 'upgrade-insecure-requests'] as const;

export function contentSecurityPolicy(): string {
  return [
    ...OTHER_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** The policy as a <meta> may carry it: without the directives only a header can set. */
export function metaContentSecurityPolicy(policy = contentSecurityPolicy()): string {
  return policy
    .split('; ')
    .filter((directive) => !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(directive))
    .join('; ');
}

/** Where the browser editor's page lives, when a build or `npm run edit` has one. */
export const EDITOR_PATH = '/admin/';

/**
 * The browser editor's page (Decap CMS, served from this site) gets its own, looser policy; every
 * other page keeps the one above. Each grant is what Decap cannot run without:
 * - `'unsafe-eval'`: Decap checks its configuration with ajv, which compiles its checks with
 *   `new Function` (under the site's policy the page stops there);
 * - `style-src 'unsafe-inline'`: Decap's interface is styled by CSS-in-JS (emotion), which writes
 *   <style> elements and style attributes at run time, without a nonce;
 * - `connect-src` its backend: decap-server on 127.0.0.1, or the git host's API.
 * Scripts still come from this site only, nothing is framed, and no page may frame it.
 */
export function editorContentSecurityPolicy(backendOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...backendOrigins].join(' ')}`,
    "worker-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/**
 * Standard security headers for every response of a static host.
 *
 * Not `Cross-Origin-Opener-Policy`, on purpose: it protects sites with accounts or private data,
 * and this site has neither. Its cost falls on every reader who opens a page in a new tab
 * (a bookmark, a shared link): Chromium starts a second renderer before it draws anything.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

/** The `_headers` file format (Netlify, Cloudflare Pages): a path, then indented headers. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Security headers for static hosts. Generated from src/lib/security.ts; a test keeps them equal.', '/*', ...lines, ''].join('\n');
}

/**
 * The rule a build with the editor adds after `/*` in `_headers`: the editor's own policy for its
 * page. Netlify serves the later, more specific rule's value of a header; Cloudflare Pages joins
 * both unless told to drop the first (README.md, "The browser editor").
 */
export function editorHeadersRule(backendOrigins: readonly string[]): string {
  return [`${EDITOR_PATH}*`, `  Content-Security-Policy: ${editorContentSecurityPolicy(backendOrigins)}`, ''].join('\n');
}

/** Reads a `_headers` file back: the headers for `/*`, for servers in tests. */
export function parseHeadersFile(text: string): Record<string, string> {
  return headersForPath(text, '/*');
}

/**
 * The headers a `_headers` file gives one path: every rule whose pattern matches it (`/*`,
 * `/admin/*`, an exact path), a later rule's value of a header replacing an earlier one's.
 */
export function headersForPath(text: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      applies = patternMatches(line.trim(), pathname);
      continue;
    }
    const separator = line.indexOf(':');
    if (applies && separator > 0) headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return headers;
}

function patternMatches(pattern: string, pathname: string): boolean {
  if (pattern === pathname) return true;
  return pattern.endsWith('*') && pathname.startsWith(pattern.slice(0, -1));
}
