import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixtureContent } from './fixtures.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TMP = path.join(ROOT, 'tests/.tmp');

/** Pass as `fixture` to build the project's own content/ and public/: the demo site. */
export const DEMO_SITE = '(demo site)';

export interface BuildOptions {
  /** A fixture scenario under tests/fixtures/ (composed on the shared base: fixtures.ts), or DEMO_SITE. */
  fixture: string;
  /** A name for the output folder, unique per build in a run. */
  name: string;
  /** The build's clock (PORTAL_NOW). */
  now: string;
  mode?: 'production' | 'preview';
  /**
   * `build` runs the content check first, as users do; `astro` runs `astro build` alone;
   * `build:preview` runs the partner-preview script, which sets the preview mode itself.
   */
  command?: 'build' | 'astro' | 'build:preview';
  contentDir?: string;
  /** A public/ folder other than the fixture's own (or the project's, when it has none). */
  publicDir?: string;
  /** More environment for the build's process. */
  env?: Record<string, string>;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Runs the real build (no mocks) on a fixture tree, into tests/.tmp/<name>/dist. */
export function buildSite(options: BuildOptions): BuildResult {
  const work = path.join(TMP, options.name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const outDir = path.join(work, 'dist');
  const fixtureDir = options.fixture === DEMO_SITE ? ROOT : path.join(ROOT, 'tests/fixtures', options.fixture);
  const publicDir = path.join(fixtureDir, 'public');
  const env = {
    ...process.env,
    PORTAL_CONTENT_DIR: options.contentDir ?? (options.fixture === DEMO_SITE ? path.join(ROOT, 'content') : fixtureContent(options.fixture)),
    PORTAL_PUBLIC_DIR: options.publicDir ?? (existsSync(publicDir) ? publicDir : path.join(ROOT, 'public')),
    PORTAL_OUT_DIR: outDir,
    PORTAL_CACHE_DIR: path.join(work, 'cache'),
    PORTAL_NOW: options.now,
    PORTAL_MODE: options.mode ?? 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  const args = options.command === 'astro' ? ['exec', '--', 'astro', 'build'] : ['run', options.command ?? 'build'];
  const result = spawnSync('npm', args, { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Set by `npm test` (scripts/run-tests.ts) for one run; sharedBuild reuses builds only within it. */
const TEST_RUN_ENV = 'PORTAL_TEST_RUN';

/** Longer than any build takes here (buildSite's own timeout is five minutes). */
const WAIT_FOR_OTHER_BUILD_MS = 360_000;

/**
 * The same build as buildSite, done once per `npm test` run for every test file that asks for
 * the same fixture, clock, mode, command and folders (`name` aside): the files only read `dist/`.
 * Files of the integration and e2e projects run at the same time, so the first to ask builds
 * while holding a lock folder and the others wait for its record. Outside `npm test` (vitest run
 * by hand on one file) each call builds, as buildSite does.
 */
export function sharedBuild(options: BuildOptions): BuildResult {
  const runId = process.env[TEST_RUN_ENV];
  if (!runId) return buildSite(options);
  const recipe = JSON.stringify(Object.entries(options).filter(([key]) => key !== 'name').sort());
  const name = `shared-${createHash('sha256').update(recipe).digest('hex').slice(0, 12)}`;
  const record = path.join(TMP, `${name}.json`);
  const lock = path.join(TMP, `${name}.lock`);
  mkdirSync(TMP, { recursive: true });
  const giveUpAt = Date.now() + WAIT_FOR_OTHER_BUILD_MS;
  for (;;) {
    const done = readRecord(record);
    if (done?.runId === runId) return done.result;
    if (takeLock(lock, runId)) break;
    // The file building it died without a record: build a copy of our own.
    if (Date.now() > giveUpAt) return buildSite(options);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
  try {
    const result = buildSite({ ...options, name });
    writeRecord(record, { runId, result });
    return result;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

interface SharedRecord {
  runId: string;
  result: BuildResult;
}

function readRecord(file: string): SharedRecord | undefined {
  const text = readFileSafely(file);
  return text === undefined ? undefined : (JSON.parse(text) as SharedRecord);
}

/** Written whole, then renamed into place, so a waiting file never reads half of it. */
function writeRecord(file: string, record: SharedRecord): void {
  writeFileSync(`${file}.partial`, JSON.stringify(record));
  renameSync(`${file}.partial`, file);
}

/** mkdir is atomic: one caller wins. A lock left by an earlier, interrupted run is taken over. */
function takeLock(lock: string, runId: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'run'), runId);
    return true;
  } catch {
    const owner = readFileSafely(path.join(lock, 'run'));
    if (owner !== undefined && owner !== runId) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function readFileSafely(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return files.sort();
}

/** A file's text, decompressed first when gzipped (Pagefind's fragments and indexes are). */
export function readAnyFile(file: string): string {
  const bytes = readFileSync(file);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The files under `dir` whose bytes (decompressed) contain `marker`. */
export function filesContaining(dir: string, marker: string): string[] {
  const needle = marker.toLowerCase();
  return listFiles(dir).filter((file) => readAnyFile(path.join(dir, file)).toLowerCase().includes(needle));
}

export function readPage(outDir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(path.join(outDir, file), 'utf8');
}
