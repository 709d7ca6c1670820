import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendOrigins } from '../../src/lib/editor/backend.ts';
import { contentSecurityPolicy, editorContentSecurityPolicy, headersFile, metaContentSecurityPolicy } from '../../src/lib/security.ts';
import { buildSite, filesContaining, listFiles, readPage, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

/**
 * Production builds of the editor fixture: without PORTAL_EDITOR_BACKEND there is no trace of
 * the editor in dist/; with a git host named, /admin/ is there with its own policy, served from
 * the site, holding no content, while every other page keeps the site's strict policy.
 */
const NOW = '2026-06-01T00:00:00Z';
const GITHUB = 'github:riverbend/portal@main';
let plain: BuildResult;
let withEditor: BuildResult;
let site: StaticSite;

beforeAll(async () => {
  plain = sharedBuild({ fixture: 'editor', name: 'editor-plain', now: NOW });
  withEditor = sharedBuild({ fixture: 'editor', name: 'editor-github', now: NOW, env: { PORTAL_EDITOR_BACKEND: GITHUB } });
  site = await serveStatic(withEditor.outDir);
});

afterAll(() => site?.close());

/** The policy a page's <meta> carries. */
function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** The editor's policy for a GitHub backend. */
const githubPolicy = editorContentSecurityPolicy(backendOrigins({ kind: 'github', repo: 'riverbend/portal', branch: 'main' }));

describe('a production build without PORTAL_EDITOR_BACKEND', () => {
  it('builds', () => {
    expect(plain.status, plain.output).toBe(0);
  });

  it('has no admin page and no trace of Decap', () => {
    expect(listFiles(plain.outDir).filter((file) => file.startsWith('admin'))).toEqual([]);
    expect(filesContaining(plain.outDir, 'decap').filter((file) => file.endsWith('.js'))).toEqual([]);
    expect(filesContaining(plain.outDir, 'href="/admin/')).toEqual([]);
  });

  it('sends the site policy for every path, as public/_headers says', () => {
    expect(readFileSync(path.join(plain.outDir, '_headers'), 'utf8')).toBe(headersFile());
  });
});

describe('a production build with PORTAL_EDITOR_BACKEND naming a git host', () => {
  it('builds', () => {
    expect(withEditor.status, withEditor.output).toBe(0);
  });

  it('has the admin page, with Decap served by the site from the npm package', () => {
    const page = readPage(withEditor.outDir, '/admin/');
    const decap = createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');
    expect(readFileSync(path.join(withEditor.outDir, 'admin/decap-cms.js')).equals(readFileSync(decap))).toBe(true);
    // Its own script is a file of the site, which loads Decap's from /admin/; nothing comes from elsewhere.
    expect([...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1])).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
    expect([...page.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!).filter((address) => !address.startsWith('/'))).toEqual([]);
  });

  it('gives the admin page its own policy, as <meta> and as a header', async () => {
    expect(metaPolicy(readPage(withEditor.outDir, '/admin/'))).toBe(metaContentSecurityPolicy(githubPolicy));
    const response = await fetch(`${site.url}/admin/`);
    expect(response.headers.get('content-security-policy')).toBe(githubPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/', '/briefs/', '/search/', '/guide/'])('keeps the strict site policy on %s', async (urlPath) => {
    const response = await fetch(`${site.url}${urlPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(metaPolicy(readPage(withEditor.outDir, urlPath))).toBe(metaContentSecurityPolicy());
  });

  it('carries no content in the admin page or its script: Decap reads the files through the backend', () => {
    const adminFiles = [path.join('admin', 'index.html'), ...listFiles(withEditor.outDir).filter((file) => /^_astro\/editor[\w.-]*\.js$/.test(file))];
    expect(adminFiles.length).toBeGreaterThan(1);
    for (const marker of ['A tutoring pilot in two schools', 'Tutored students read better', 'tutoring-gains', 'fixture-alliance', 'Pat Fixture']) {
      expect(filesContaining(path.join(withEditor.outDir), marker).filter((file) => adminFiles.includes(file))).toEqual([]);
    }
  });

  it('configures the GitHub backend with review by pull request', () => {
    const setup = JSON.parse(/<script type="application\/json" id="editor-setup">(.*?)<\/script>/s.exec(readPage(withEditor.outDir, '/admin/'))![1]!);
    expect(setup.config.backend).toEqual({ name: 'github', repo: 'riverbend/portal', branch: 'main' });
    expect(setup.config.publish_mode).toBe('editorial_workflow');
  });

  it('leaves the admin page out of the sitemap', () => {
    expect(filesContaining(withEditor.outDir, '/admin/').filter((file) => file.endsWith('.xml'))).toEqual([]);
  });
});

describe('a build with the local backend', () => {
  it('is refused: the local file server is for npm run edit only', () => {
    const result = buildSite({ fixture: 'editor', name: 'editor-local', now: NOW, command: 'astro', env: { PORTAL_EDITOR_BACKEND: 'local' } });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('PORTAL_EDITOR_BACKEND=local is for npm run edit');
  });
});
