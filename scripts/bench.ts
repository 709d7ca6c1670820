#!/usr/bin/env node
/**
 * npm run bench — the portal's build and search against its budgets (scripts/bench/budgets.ts)
 * and against a bare Astro + MDX site built from the same bodies. scripts/bench/README.md says
 * how to read the result. Run with --help for usage.
 */
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath } from '../tests/support/chromium.ts';
import { bareSiteFiles } from './bench/bare-site.ts';
import { evaluateBudgets, kilobytes, ratio, type BenchRow, type SiteFigures } from './bench/budgets.ts';
import { BENCH_NOW, COMMON_SEARCH_WORD, DEFAULT_SEED, generateCorpus, type Corpus } from './bench/corpus.ts';
import { PAGE_COLLECTIONS } from '../src/lib/collections.ts';
import {
  PEAK_MEMORY_METHOD,
  combineRuns,
  largestPage,
  measurePageCost,
  measureSearch,
  pageGzipBytes,
  pageScriptBytes,
  ranOutOfMemory,
  runMeasured,
  writeFiles,
  type CommandResult,
} from './bench/measure.ts';
import { formatReport } from './bench/report.ts';
import { readOptions, wholeNumberOption } from './cli-options.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'tests/.tmp/bench');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The corpus generator writes at least one entry of each of the four kinds. */
const SMALLEST_CORPUS = 4;

const HELP = `Usage: npm run bench [-- --sizes 1000,5000,10000] [options]

For each size, generates a seeded synthetic corpus in the real content model (briefs, findings,
challenge notes and events, translations, drafts and embargoes, the YAML entries they point at,
and one measure with its CSV per 20 entries) under tests/.tmp/bench/<size>/content, never in
content/. Then:

  1. checks and builds it as npm run build does (node scripts/check.ts, then astro build with
     Pagefind), with PORTAL_NOW=${BENCH_NOW};
  2. builds the same MDX bodies as a bare Astro + MDX site, one page per entry: the floor for
     our stack (the two builds alternate, each --rounds times);
  3. edits one entry's text and builds both again from their first build's output and cache,
     as an author's next build;
  4. weighs the built site: our JavaScript on a brief page, the largest HTML page, and what a
     typical list page (a full page of cards) sends, gzipped, and reads from the first build's
     log what the measure pages cost (their mean render time beside the other entry pages',
     and their share of all page render time);
  5. searches it in Debian's Chromium (chromium-headless-shell when installed; see
     tests/support/chromium.ts), served as a static host serves it: bytes fetched and time to
     the first result link for ?q=<word> (one warm-up, then three cold runs), with our search
     page and Pagefind's own default UI (pagefind-ui.js, on the same index) taking turns, and
     the bytes of the same query narrowed by a problem and an audience.

Prints one Markdown table, a row per size, each budgeted figure marked ✓ or ✗, and the budgets
missed; scripts/bench/README.md keeps the latest table and says how to read it.
Memory: ${PEAK_MEMORY_METHOD}

Options:
  --sizes <n,n,...>  corpus sizes in entries (default 1000,5000,10000); the ratio budgets apply
                     from 10,000, the out-of-memory budget from 20,000
  --rounds <n>       build our site and the bare site n times each, alternating, from empty
                     output folders, and keep each one's median time (default 1)
  --seed <n>         corpus seed (default ${DEFAULT_SEED})
  --query <word>     the search word (default "${COMMON_SEARCH_WORD}", common in the corpus)
  --keep             keep tests/.tmp/bench/<size>/ (corpus, both sites, logs)
  --help             show this help

Exit status: 0 when every budget that applies is met, 1 when one is not, 2 on a setup error.`;

interface Options {
  sizes: number[];
  seed: number;
  query: string;
  rounds: number;
  keep: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const given = readOptions(argv, {
    sizes: { type: 'string' },
    seed: { type: 'string' },
    query: { type: 'string' },
    rounds: { type: 'string' },
    keep: { type: 'boolean' },
  });
  return {
    sizes: given.sizes?.split(',').map((size) => wholeNumberOption(size, '--sizes', SMALLEST_CORPUS)) ?? [1000, 5000, 10000],
    seed: given.seed === undefined ? DEFAULT_SEED : wholeNumberOption(given.seed, '--seed', 0),
    query: given.query ?? COMMON_SEARCH_WORD,
    rounds: given.rounds === undefined ? 1 : wholeNumberOption(given.rounds, '--rounds', 1),
    keep: given.keep ?? false,
    help: given.help ?? false,
  };
}

/** The environment `npm run build` sees, pointed at one size's folders. */
function portalEnv(work: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORTAL_CONTENT_DIR: path.join(work, 'content'),
    PORTAL_OUT_DIR: path.join(work, 'dist'),
    PORTAL_CACHE_DIR: path.join(work, 'cache'),
    PORTAL_PUBLIC_DIR: path.join(ROOT, 'public'),
    PORTAL_NOW: BENCH_NOW,
    PORTAL_MODE: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

async function benchSize(entries: number, options: Options): Promise<BenchRow> {
  const work = path.join(WORK, String(entries));
  rmSync(work, { recursive: true, force: true });
  const corpus = generateCorpus({ entries, seed: options.seed });
  writeFiles(path.join(work, 'content'), corpus.files);
  const env = portalEnv(work);
  log(`${entries} entries (${Object.entries(corpus.counts).map(([name, n]) => `${n} ${name}`).join(', ')}) and ${corpus.measures} measures in ${path.relative(ROOT, work)}/`);

  const check = await runMeasured(['scripts/check.ts'], { cwd: ROOT, env, logFile: path.join(work, 'logs/check.log') });
  requireSuccess('npm run check', check);
  log(`  check ${check.seconds.toFixed(1)} s`);

  const builds: CommandResult[] = [];
  const bares: CommandResult[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    if (round > 1) removeBuildOutputs(work);
    const built = await runMeasured([ASTRO, 'build'], { cwd: ROOT, env, logFile: path.join(work, 'logs/build.log') });
    builds.push(built);
    const bareBuilt = await buildBareSite(work);
    requireSuccess('the bare site build', bareBuilt);
    bares.push(bareBuilt);
    if (built.status !== 0) break;
    if (options.rounds > 1) log(`  round ${round}: astro build ${built.seconds.toFixed(1)} s, bare ${bareBuilt.seconds.toFixed(1)} s (${ratio(built.seconds / bareBuilt.seconds)})`);
  }
  const build = combineRuns(builds);
  const bare = combineRuns(bares);
  const outOfMemory = build.status !== 0 && ranOutOfMemory(build.logFile);
  log(`  astro build ${build.status === 0 ? `${build.seconds.toFixed(1)} s` : `failed (${outOfMemory ? 'out of memory' : `exit ${build.status}`}), see ${build.logFile}`}; bare ${bare.seconds.toFixed(1)} s`);
  let rebuild: BenchRow['rebuild'];
  if (build.status === 0) {
    editOneEntry(path.join(work, 'content'), corpus.sampleBriefId);
    const rebuilt = await runMeasured([ASTRO, 'build'], { cwd: ROOT, env, logFile: path.join(work, 'logs/rebuild.log') });
    requireSuccess('the rebuild after one edit', rebuilt);
    const bareRebuilt = await buildBareSite(work);
    requireSuccess('the bare site rebuild', bareRebuilt);
    rebuild = { seconds: rebuilt.seconds, bareSeconds: bareRebuilt.seconds };
    log(`  rebuild after one edit ${rebuilt.seconds.toFixed(1)} s, bare ${bareRebuilt.seconds.toFixed(1)} s (${ratio(rebuilt.seconds / bareRebuilt.seconds)})`);
  }

  const row: BenchRow = {
    entries,
    checkSeconds: check.seconds,
    build: { seconds: build.seconds, peakKb: build.peakKb, succeeded: build.status === 0, outOfMemory },
    bare: { seconds: bare.seconds, peakKb: bare.peakKb },
    ...(rebuild ? { rebuild } : {}),
  };
  if (row.build.succeeded) {
    row.measurePages = measurePageCost(readFileSync(build.logFile, 'utf8'), PAGE_COLLECTIONS);
    row.site = await measureSite(path.join(work, 'dist'), corpus, options.query);
  }
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  return row;
}

/** A full page of cards: the second page of the briefs (the list itself in a corpus too small for two). */
const LIST_PAGES = ['briefs/page/2', 'briefs'];

async function measureSite(dist: string, corpus: Pick<Corpus, 'sampleBriefId' | 'sampleNarrowing'>, query: string): Promise<SiteFigures> {
  const largest = largestPage(dist);
  const listPage = LIST_PAGES.find((page) => existsSync(path.join(dist, page, 'index.html')))!;
  const search = await measureSearch(dist, query, corpus.sampleNarrowing);
  log(
    `  search "${query}": ${search.status}, ${kilobytes(search.gzipBytes)} in ${search.responses} responses; first result ${Math.round(search.firstResultMs)} ms; ` +
      `Pagefind UI ${Math.round(search.pagefindUiFirstResultMs)} ms, ${kilobytes(search.pagefindUiGzipBytes)}`,
  );
  return {
    entryJsBytes: pageScriptBytes(dist, `briefs/${corpus.sampleBriefId}`),
    largestPageBytes: largest.bytes,
    largestPage: largest.path,
    listPageGzipBytes: pageGzipBytes(dist, listPage),
    listPage: `${listPage}/`,
    searchGzipBytes: search.gzipBytes,
    narrowedSearchGzipBytes: search.narrowedGzipBytes,
    firstResultMs: search.firstResultMs,
    pagefindUiFirstResultMs: search.pagefindUiFirstResultMs,
  };
}

/** An author's small edit: one more sentence at the end of an entry's text. */
function editOneEntry(contentDir: string, briefId: string): void {
  appendFileSync(path.join(contentDir, 'briefs', `${briefId}.mdx`), '\nOne more sentence, added after the first build.\n');
}

/** Empties what a build writes and caches, so the next round builds from nothing as the first did. */
function removeBuildOutputs(work: string): void {
  for (const folder of ['dist', 'cache', 'bare-dist', 'bare-cache']) rmSync(path.join(work, folder), { recursive: true, force: true });
}

/** Writes and builds the bare project; its source is removed after, so `astro check` never sees it. */
async function buildBareSite(work: string): Promise<CommandResult> {
  const project = path.join(work, 'bare');
  writeFiles(project, bareSiteFiles({ contentDir: path.join(work, 'content'), outDir: path.join(work, 'bare-dist'), cacheDir: path.join(work, 'bare-cache') }));
  try {
    return await runMeasured([ASTRO, 'build'], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      logFile: path.join(work, 'logs/bare-build.log'),
    });
  } finally {
    rmSync(path.join(project, 'src'), { recursive: true, force: true });
  }
}

function requireSuccess(what: string, result: CommandResult): void {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}); see ${result.logFile}`);
}

function log(message: string): void {
  console.log(message);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  const rows: BenchRow[] = [];
  for (const size of options.sizes) rows.push(await benchSize(size, options));
  console.log(`\n${formatReport(rows)}\n`);
  console.log(`Search word "${options.query}" in ${chromiumPath()}; 1 KB = 1,000 bytes; ${options.rounds} round(s).`);
  return rows.every((row) => evaluateBudgets(row).every((verdict) => verdict.pass)) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(2);
  },
);
