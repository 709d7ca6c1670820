import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, parseHeadersFile, securityHeaders } from '../../src/lib/security.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the Content-Security-Policy', () => {
  it('allows no inline script, and WebAssembly for Pagefind', () => {
    const scriptSrc = contentSecurityPolicy()
      .split('; ')
      .find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('names no host but the site itself', () => {
    expect(contentSecurityPolicy()).not.toMatch(/https?:|\*/);
  });
});

describe('public/_headers', () => {
  it('is exactly what src/lib/security.ts generates (regenerate it after changing the policy)', () => {
    expect(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8')).toBe(headersFile());
  });

  it('reads back to the same headers', () => {
    expect(parseHeadersFile(headersFile())).toEqual(securityHeaders());
  });

  it('ignores headers for other paths and comments', () => {
    expect(parseHeadersFile('# note\n/admin/*\n  X-Robots-Tag: none\n/*\n  X-Frame-Options: DENY\n')).toEqual({ 'X-Frame-Options': 'DENY' });
  });
});
