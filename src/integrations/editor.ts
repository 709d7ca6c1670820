import { appendFileSync, copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { backendOrigins, EDITOR_BACKEND_ENV, type EditorBackend } from '../lib/editor/backend.ts';
import { EDITOR_PATH, editorHeadersRule } from '../lib/security.ts';

/**
 * The browser editor (Decap CMS) at /admin/, only when `PORTAL_EDITOR_BACKEND` names a backend:
 * `npm run edit` sets it to `local` for the dev server; a production build gets the page only
 * when it is set to a git host, and otherwise has no trace of it. The page
 * (src/integrations/editor-admin.astro) carries the configuration generated from the schemas and
 * no content: Decap reads the files through its backend. Decap's script is served by the site
 * from the npm package, never from a CDN.
 */
export function editor(backend: EditorBackend | undefined): AstroIntegration {
  return {
    name: 'portal:editor',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (!backend) return;
        if (backend.kind === 'local' && command === 'build') {
          throw new Error(`${EDITOR_BACKEND_ENV}=local is for npm run edit; a build names a git host: github:<owner>/<repo>@<branch> or gitlab:<group>/<repo>@<branch>`);
        }
        injectRoute({ pattern: EDITOR_PATH, entrypoint: new URL('./editor-admin.astro', import.meta.url), prerender: true });
      },
      'astro:server:setup': ({ server }) => {
        if (!backend) return;
        server.middlewares.use((request, response, next) => {
          const file = decapFile(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!file) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!backend) return;
        const outDir = fileURLToPath(dir);
        const target = path.join(outDir, EDITOR_PATH);
        mkdirSync(target, { recursive: true });
        for (const name of decapFileNames()) copyFileSync(path.join(decapDist(), name), path.join(target, name));
        // The editor's page has its own policy; every other page keeps the site's (public/_headers).
        appendFileSync(path.join(outDir, '_headers'), editorHeadersRule(backendOrigins(backend)));
        logger.info(`the editor is at ${EDITOR_PATH}, saving to ${backend.kind === 'local' ? 'this machine' : `${backend.kind}:${backend.repo}@${backend.branch}`}`);
      },
    },
  };
}

/** Decap's standalone script and the parts it loads on demand, from node_modules/decap-cms/dist/. */
export const DECAP_SCRIPT = 'decap-cms.js';
const DECAP_FILE = /^(?:\d+\.)?decap-cms\.js$/;

function decapDist(): string {
  return path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
}

/** The script and its chunks; not the source maps, nor the image encoder (no image fields here). */
export function decapFileNames(): string[] {
  return readdirSync(decapDist()).filter((name) => DECAP_FILE.test(name)).sort();
}

function decapFile(pathname: string): string | undefined {
  if (!pathname.startsWith(EDITOR_PATH)) return undefined;
  const name = pathname.slice(EDITOR_PATH.length);
  if (!DECAP_FILE.test(name)) return undefined;
  const file = path.join(decapDist(), name);
  return existsSync(file) ? file : undefined;
}
