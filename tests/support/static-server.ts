import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath } from '../../src/lib/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * The content types static hosts compress (Netlify, Cloudflare Pages, GitHub Pages all gzip or
 * brotli text); Pagefind's index files are gzipped already and go as they are.
 */
export const COMPRESSIBLE_TYPE = /^(text\/|application\/(javascript|json|wasm|xml)|image\/svg)/;

/**
 * Serves a built dist/ on 127.0.0.1 the way a static host would: directory URLs serve their
 * index.html, unknown paths the 404 page, text gzipped when the browser accepts it, and every
 * response carries the headers the site's own `_headers` file gives its path, so tests exercise the real
 * Content-Security-Policy as an HTTP header. Compressing matters to Lighthouse, which simulates a
 * slow network from the bytes sent: uncompressed, the search page's first paint would wait for
 * Pagefind's whole script.
 */
export async function serveStatic(root: string): Promise<StaticSite> {
  const headersPath = path.join(root, '_headers');
  const headersText = existsSync(headersPath) ? readFileSync(headersPath, 'utf8') : '';
  // Each file is compressed once and kept, as a CDN does, so a measurement does not include
  // this server compressing the same script again for every visit.
  const compressed = new Map<string, Buffer>();
  const gzipOnce = (file: string) => {
    let body = compressed.get(file);
    if (!body) compressed.set(file, (body = gzipSync(readFileSync(file))));
    return body;
  };
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const target = file ?? path.join(root, '404.html');
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE_TYPE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers = headersForPath(headersText, pathname);
    response.writeHead(status, { ...headers, 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    if (gzip) response.end(gzipOnce(target));
    else createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function resolveFile(root: string, pathname: string): string | undefined {
  const candidate = path.join(root, pathname);
  if (!candidate.startsWith(root)) return undefined;
  const file = pathname.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
