import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EDITOR_PATH,
  contentSecurityPolicy,
  editorContentSecurityPolicy,
  editorHeadersRule,
  headersFile,
  headersForPath,
  metaContentSecurityPolicy,
  parseHeadersFile,
  securityHeaders,
} from '../../../src/lib/security.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

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

  it('goes in a <meta> as the same policy less what only a header can say', () => {
    const header = contentSecurityPolicy().split('; ');
    const meta = metaContentSecurityPolicy().split('; ');
    expect(header.filter((directive) => !meta.includes(directive))).toEqual(["frame-ancestors 'none'", 'upgrade-insecure-requests']);
    expect(meta.every((directive) => header.includes(directive))).toBe(true);
  });
});

describe('public/_headers', () => {
  it('is exactly what src/lib/security.ts generates (regenerate it after changing the policy)', () => {
    expect(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8')).toBe(headersFile());
  });

  it('reads back to the same headers', () => {
    expect(parseHeadersFile(headersFile())).toEqual(securityHeaders());
  });

  it('leaves out Cross-Origin-Opener-Policy, which delays every page opened in a new tab (security.ts says why)', () => {
    expect(Object.keys(securityHeaders())).not.toContain('Cross-Origin-Opener-Policy');
    expect(Object.keys(securityHeaders())).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Strict-Transport-Security']),
    );
  });

  it('ignores headers for other paths and comments', () => {
    expect(parseHeadersFile('# note\n/admin/*\n  X-Robots-Tag: none\n/*\n  X-Frame-Options: DENY\n')).toEqual({ 'X-Frame-Options': 'DENY' });
  });
});

describe("the browser editor's policy, on its page only", () => {
  const backend = ['http://127.0.0.1:8081'];
  const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));

  it('grants what Decap needs and no more: eval for its config check, inline styles, its backend', () => {
    const policy = directives(editorContentSecurityPolicy(backend));
    expect(policy['script-src']).toBe("script-src 'self' 'unsafe-eval'");
    expect(policy['style-src']).toBe("style-src 'self' 'unsafe-inline'");
    expect(policy['connect-src']).toBe("connect-src 'self' http://127.0.0.1:8081");
    expect(policy['frame-src']).toBe("frame-src 'none'");
    expect(policy['object-src']).toBe("object-src 'none'");
    expect(policy['frame-ancestors']).toBe("frame-ancestors 'none'");
    expect(editorContentSecurityPolicy(backend)).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(policy['script-src']).not.toContain('unsafe-inline');
  });

  it('leaves the site policy as strict as it was', () => {
    expect(contentSecurityPolicy()).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy()).not.toContain("'unsafe-inline'");
  });

  it('is added to _headers for the editor path only: every other path keeps the site policy', () => {
    const file = `${headersFile()}${editorHeadersRule(['https://api.github.com'])}`;
    expect(headersForPath(file, '/briefs/x/')).toEqual(securityHeaders());
    expect(headersForPath(file, EDITOR_PATH)).toEqual({ ...securityHeaders(), 'Content-Security-Policy': editorContentSecurityPolicy(['https://api.github.com']) });
    expect(headersForPath(file, '/administration/')['Content-Security-Policy']).toBe(contentSecurityPolicy());
  });
});
