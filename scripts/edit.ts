#!/usr/bin/env node
/**
 * npm run edit — the browser editor on this machine: the site's dev server with its /admin/ page,
 * and Decap's local file server (decap-server), both on 127.0.0.1, started and stopped together.
 * Run with --help for usage.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import yaml from 'js-yaml';
import { readOptions, wholeNumberOption } from './cli-options.ts';
import { resolveContentDir } from '../src/lib/content-files.ts';
import { DEFAULT_LOCAL_PORT, EDITOR_BACKEND_ENV, localBackendUrl } from '../src/lib/editor/backend.ts';
import { editorSetup } from '../src/lib/editor/config.ts';
import { DEFAULT_LANG } from '../src/lib/collections.ts';
import { EDITOR_PATH } from '../src/lib/security.ts';
import { describeContentModel } from '../src/schemas/describe.ts';

const DEFAULT_PORT = 4321;

const HELP = `Usage: npm run edit [-- --port <n>] [--backend-port <n>] [--content <dir>]

Starts the browser editor on this machine and prints the one address to open:
http://127.0.0.1:${DEFAULT_PORT}${EDITOR_PATH}. It runs the site's dev server (drafts shown, as in npm run dev)
and the editor's file server (Decap CMS's decap-server), both reachable from this machine only.
The editor's forms are generated from the content model (content/README.md); saving writes the
file under content/ in the layout npm run new writes, where npm run check, npm run dev and git see
it at once. Commit the files with git as usual. Ctrl-C stops both servers.

Options:
  --port <n>          the dev server's port (default ${DEFAULT_PORT})
  --backend-port <n>  the file server's port (default ${DEFAULT_LOCAL_PORT})
  --content <dir>     content folder (default: content, or $PORTAL_CONTENT_DIR)
  --print-config      print the editor's configuration, as generated from the schemas, and exit
  --help              show this help

Exit status: 0 when stopped with Ctrl-C, 1 when a server could not start or stopped by itself.`;

interface Args {
  port: number;
  backendPort: number;
  content?: string | undefined;
  printConfig: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const given = readOptions(argv, {
    port: { type: 'string' },
    'backend-port': { type: 'string' },
    content: { type: 'string' },
    'print-config': { type: 'boolean' },
  });
  return {
    port: given.port === undefined ? DEFAULT_PORT : wholeNumberOption(given.port, '--port', 1),
    backendPort: given['backend-port'] === undefined ? DEFAULT_LOCAL_PORT : wholeNumberOption(given['backend-port'], '--backend-port', 1),
    content: given.content,
    printConfig: given['print-config'] ?? false,
    help: given.help ?? false,
  };
}

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** The interface languages, as src/i18n/index.ts finds them: one file each in src/i18n/languages/. */
function siteLanguages(): string[] {
  const tags = readdirSync(path.join(root, 'src/i18n/languages')).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));
  return [DEFAULT_LANG, ...tags.filter((tag) => tag !== DEFAULT_LANG).sort()];
}

/** A server in its own process group, so stopping it stops everything it started. */
function startServer(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // No process group (Windows), or already gone.
      child.kill('SIGTERM');
    }
  }
}

/** The dev server's address, from the line it prints when it is ready (it may take another port). */
const LOCAL_URL = /Local\s+(http:\/\/[^\s/]+)\//;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const contentDir = resolveContentDir({ ...process.env, PORTAL_CONTENT_DIR: args.content ?? process.env['PORTAL_CONTENT_DIR'] });
  if (args.printConfig) {
    const setup = editorSetup(describeContentModel(), {
      backend: { kind: 'local', port: args.backendPort },
      contentFolder: path.basename(contentDir),
      languages: siteLanguages(),
    });
    console.log(yaml.dump(setup.config, { lineWidth: 100, noRefs: true }));
    return 0;
  }

  const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
  const fileServer = require.resolve('decap-server/dist/index.js');
  const env = { ...process.env, PORTAL_CONTENT_DIR: contentDir, [EDITOR_BACKEND_ENV]: 'local', PORTAL_EDITOR_PORT: String(args.backendPort) };
  // decap-server serves the folder above content/, and saves to the paths the editor gives it
  // (content/briefs/...); it checks that none leads outside that folder.
  const files = startServer(process.execPath, [fileServer], {
    ...env,
    PORT: String(args.backendPort),
    BIND_HOST: '127.0.0.1',
    GIT_REPO_DIRECTORY: path.dirname(contentDir),
    MODE: 'fs',
    LOG_LEVEL: 'warn',
  });
  const site = startServer(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(args.port)], env);

  let stopping = false;
  const stopAll = () => {
    stopping = true;
    stop(site);
    stop(files);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  // Whatever ends this process ends both servers: neither is left running alone.
  process.on('exit', () => {
    stop(site);
    stop(files);
  });

  const siteUrl = new Promise<string>((resolve) => {
    let ready = false;
    let pending = '';
    site.stdout!.on('data', (chunk: Buffer) => {
      if (ready) return void process.stdout.write(chunk);
      // Astro's own banner names the site's address; the editor's is printed instead, below.
      pending += chunk.toString();
      const found = LOCAL_URL.exec(pending.replace(/\u001b\[[0-9;]*m/g, ''));
      if (found) {
        ready = true;
        resolve(found[1]!);
      }
    });
  });
  site.stderr!.pipe(process.stderr);
  files.stdout!.pipe(process.stdout);
  files.stderr!.pipe(process.stderr);

  const exited = (child: ChildProcess, name: string) =>
    new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`${name} stopped (${signal ?? `exit code ${code}`})`)));
  const firstExit = Promise.race([exited(site, 'the dev server'), exited(files, `the file server (port ${args.backendPort})`)]);

  const started = await Promise.race([
    Promise.all([siteUrl, waitForFileServer(args.backendPort)]).then(([url]) => ({ url })),
    firstExit.then((reason) => ({ reason })),
  ]);
  if ('reason' in started) {
    stopAll();
    console.error(`The editor could not start: ${started.reason}. Is the port already in use? See --port and --backend-port.`);
    return 1;
  }
  console.log(`\nThe editor is ready. Open ${started.url}${EDITOR_PATH}`);
  const shown = path.relative(process.cwd(), contentDir);
  console.log(`It saves into ${shown && !shown.startsWith('..') ? shown : contentDir}/ on this machine. Press Ctrl-C to stop.\n`);

  const reason = await firstExit;
  stopAll();
  if (stopping) return 0;
  console.error(`The editor stopped: ${reason}.`);
  return 1;
}

/** decap-server answers its `info` action once it listens. */
async function waitForFileServer(port: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(localBackendUrl(port), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(1);
  },
);
