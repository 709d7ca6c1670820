import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';

/** The Content-Encoding a request without Accept-Encoding gets (node:http sends none). */
function encodingWithoutAsking(url: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      response.resume();
      resolve(response.headers['content-encoding']);
    }).on('error', reject);
  });
}

describe('serveStatic', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  const page = '<!doctype html><html lang="en"><title>Home</title><p>Home page.</p></html>';
  let site: StaticSite;
  beforeAll(async () => {
    mkdirSync(path.join(root, 'pagefind'));
    writeFileSync(path.join(root, 'index.html'), page);
    writeFileSync(path.join(root, 'pagefind/en.pf_meta'), Buffer.from([0x1f, 0x8b, 8, 0]));
    writeFileSync(path.join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    site = await serveStatic(root);
  });
  afterAll(async () => {
    await site?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('gzips text for a browser that accepts it, as static hosts do, with the site headers', async () => {
    const response = await fetch(`${site.url}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(page);
  });

  it('sends text as it is to a client that does not accept gzip', async () => {
    expect(await encodingWithoutAsking(`${site.url}/`)).toBeUndefined();
  });

  it('sends Pagefind index files as they are: they are gzipped already', async () => {
    const response = await fetch(`${site.url}/pagefind/en.pf_meta`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0x1f, 0x8b, 8, 0]));
  });
});
