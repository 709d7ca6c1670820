#!/usr/bin/env node
/**
 * npm run bench — how the portal's build scales, against the floor of a bare Astro + MDX site,
 * with the budgets in scripts/bench/budgets.ts. Run with --help for usage.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../tests/support/chromium.ts';
import { bareSiteFiles } from './bench/bare-site.ts';
import { evaluateBudgets, kilobytes, ratio, type BenchRow } from './bench/budgets.ts';
import { BENCH_NOW, COMMON_SEARCH_WORD, DEFAULT_SEED, generateCorpus, type Corpus } from './bench/corpus.ts';
import {
  PEAK_MEMORY_METHOD,
  combineRuns,
  folderBytes,
  measureSearch,
  pageWeight,
  ranOutOfMemory,
  runMeasured,
  writeFiles,
  type CommandResult,
} from './bench/measure.ts';
import { formatSelfTimes, selfTimeByArea, selfTimeByFunction, type CpuProfile } from './bench/profile.ts';
import { formatReport, formatRouteTimes, searchNote } from './bench/report.ts';
import { renderTimeByRoute } from './bench/routes.ts';
import { wholeNumberOption } from './cli-number.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'tests/.tmp/bench');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The corpus generator writes at least one entry of each of the four kinds. */
const SMALLEST_CORPUS = 4;

const HELP = `Usage: npm run bench [-- --sizes 1000,5000,10000] [options]

For each size, generates a synthetic corpus in the real content model (briefs, findings,
challenge notes and events with realistic lengths, tags, evidence blocks of every design,
tables, Spanish translations, drafts and embargoes, and the YAML entries they point at; seeded,
so the same size and seed give the same files) under tests/.tmp/bench/<size>/content, never in
content/. Then:

  1. builds it exactly as npm run build does: node scripts/check.ts, then astro build (which
     runs Pagefind), with PORTAL_CONTENT_DIR, PORTAL_OUT_DIR and PORTAL_CACHE_DIR pointed into
     tests/.tmp/bench/<size>/ and PORTAL_NOW=${BENCH_NOW};
  2. builds the same MDX bodies as a bare Astro + MDX site (only @astrojs/mdx and the default
     Sätteri processor, one page per entry rendering <Content />): the floor for our stack;
  3. measures the sample brief page's JavaScript and CSS (the <script src> and
     <link rel=stylesheet> files it loads, plus inline code), and one search in Debian's
     Chromium (chromium-headless-shell when installed, else chromium, or $CHROMIUM_PATH, as
     for the browser tests; tests/support/chromium.ts says why): /search/?q=<word> served by
     tests/support/static-server.ts, fresh browser context per run (one warm-up, then
     three), every response's bytes until the network is
     idle and the ms from navigation to the first result card (median); then the same query
     narrowed by a problem and an audience, for its bytes (the page then also loads those two
     facets' parts of the filter index, to filter and to count them). Beside the first-results
     time it prints the same browser's floor: ms until a one-line page is parsed (fresh context,
     median), the part of that time no page can avoid on the machine of the day, and
     Pagefind's own floor: ms to the first result on a page that does nothing but search a
     one-record Pagefind index (scripts/bench/pagefind-alone.ts), the part no search page
     built on Pagefind can avoid.

While it runs, it prints each build's render time by route (from astro build's own log: which
kind of page costs the most; the build renders eight pages at once, so a page's time includes
the others' and the sums only compare routes with each other). Then a table per size: check
and build seconds and their sum, ms per entry, peak memory, dist/ and Pagefind size, entry-page
JS and CSS bytes, search bytes (uncompressed, and gzipped as hosts send them) and time to first
results, the 1-minute load average; the bare site's time and memory and our ratios to it; both
builds' CPU time (user plus system over every thread and child, from GNU time: the work done,
steadier than the wall clock on a busy machine) and its ratio; and each budget
(scripts/bench/budgets.ts) with pass or FAIL. The time budget judges wall time, as asked.

Memory: ${PEAK_MEMORY_METHOD}
Each build runs alone, one after another; other work on the machine skews the figures, so the
load average is printed beside them.

Options:
  --sizes <n,n,...>  corpus sizes in entries (default 1000,5000,10000); 20000 adds the
                     out-of-memory budget. Each 10,000-entry size takes several minutes.
  --seed <n>         corpus seed (default ${DEFAULT_SEED})
  --query <word>     the search word (default "${COMMON_SEARCH_WORD}", common in the corpus)
  --rounds <n>       build each size's site and the bare site n times, alternating (default
                     1), each round from empty output and cache folders, and report each
                     one's median time (of an even number, the slower middle one) and largest
                     memory. The machine's speed drifts, so the time ratio of one pair of
                     builds can be off by 0.2-0.5x
  --profile          CPU-profile our astro build (node --cpu-prof) and print the functions and
                     packages with the most self time; profiling slows the build, so the
                     figures of a profiled run are not comparable
  --keep             keep tests/.tmp/bench/<size>/ (corpus, both sites, logs, profiles);
                     by default it is deleted after measuring
  --json <file>      also write the rows as JSON
  --help             show this help

Exit status: 0 when every budget that applies passes, 1 when one fails, 2 on a setup error.`;

interface Options {
  sizes: number[];
  seed: number;
  query: string;
  rounds: number;
  profile: boolean;
  keep: boolean;
  json?: string;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { sizes: [1000, 5000, 10000], seed: DEFAULT_SEED, query: COMMON_SEARCH_WORD, rounds: 1, profile: false, keep: false, help: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value. Run with --help for usage.`);
      return next;
    };
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--sizes') options.sizes = value().split(',').map((size) => wholeNumberOption(size, arg, SMALLEST_CORPUS));
    else if (arg === '--seed') options.seed = wholeNumberOption(value(), arg, 0);
    else if (arg === '--query') options.query = value();
    else if (arg === '--rounds') options.rounds = wholeNumberOption(value(), arg, 1);
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--json') options.json = value();
    else throw new Error(`Unknown option ${arg}. Run with --help for usage.`);
  }
  return options;
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
  log(`${entries} entries (${Object.entries(corpus.counts).map(([name, count]) => `${count} ${name}`).join(', ')}) in ${path.relative(ROOT, work)}/`);

  const check = await runMeasured(['scripts/check.ts'], { cwd: ROOT, env, logFile: path.join(work, 'logs/check.log') });
  requireSuccess('npm run check', check);
  log(`  check ${check.seconds.toFixed(1)} s`);

  const oursLoad = loadavg()[0]!;
  const profileDir = path.join(work, 'profile');
  const profileArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const builds: CommandResult[] = [];
  const bares: CommandResult[] = [];
  let bareLoad = oursLoad;
  for (let round = 1; round <= options.rounds; round++) {
    if (round > 1) removeBuildOutputs(work);
    const built = await runMeasured([...profileArgs, ASTRO, 'build'], { cwd: ROOT, env, logFile: path.join(work, 'logs/build.log') });
    builds.push(built);
    if (round === 1) bareLoad = loadavg()[0]!;
    const bareBuilt = await buildBareSite(work);
    requireSuccess('the bare site build', bareBuilt);
    bares.push(bareBuilt);
    if (built.status !== 0) break;
    if (options.rounds > 1) log(`  round ${round}: astro build ${built.seconds.toFixed(1)} s, bare ${bareBuilt.seconds.toFixed(1)} s (${ratio(built.seconds / bareBuilt.seconds)}); CPU ${built.cpuSeconds.toFixed(1)} s, bare ${bareBuilt.cpuSeconds.toFixed(1)} s (${ratio(built.cpuSeconds / bareBuilt.cpuSeconds)})`);
  }
  const build = combineRuns(builds);
  const outOfMemory = build.status !== 0 && ranOutOfMemory(build.logFile);
  log(`  astro build ${build.status === 0 ? `${build.seconds.toFixed(1)} s${medianNote(builds)}` : `failed (${outOfMemory ? 'out of memory' : `exit ${build.status}`}), see ${build.logFile}`}`);
  if (build.status === 0) log(`  render time by route (astro build's log of the last round; eight pages at once, so relative):\n${formatRouteTimes(renderTimeByRoute(readFileSync(build.logFile, 'utf8')))}`);
  const bare = combineRuns(bares);
  log(`  bare astro build ${bare.seconds.toFixed(1)} s${medianNote(bares)}`);
  log(`  CPU time (user + system, every thread and child): ours ${build.cpuSeconds.toFixed(1)} s, bare ${bare.cpuSeconds.toFixed(1)} s`);

  const row: BenchRow = {
    entries,
    checkSeconds: check.seconds,
    checkPeakKb: check.peakKb,
    buildSeconds: build.seconds,
    buildCpuSeconds: build.cpuSeconds,
    buildPeakKb: build.peakKb,
    buildTreePeakKb: build.treePeakKb,
    buildSucceeded: build.status === 0,
    outOfMemory,
    distBytes: 0,
    pagefindBytes: 0,
    entryJsBytes: 0,
    entryCssBytes: 0,
    searchBytes: 0,
    narrowedSearchGzipBytes: 0,
    searchGzipBytes: 0,
    firstResultMs: Number.NaN,
    blankPageMs: Number.NaN,
    pagefindAloneMs: Number.NaN,
    bare: { buildSeconds: bare.seconds, cpuSeconds: bare.cpuSeconds, peakKb: bare.peakKb },
    load: { ours: oursLoad, bare: bareLoad },
  };
  if (row.buildSucceeded) await measureSite(row, path.join(work, 'dist'), corpus, options.query);
  if (options.profile) printProfile(profileDir);
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  return row;
}

async function measureSite(row: BenchRow, dist: string, corpus: Pick<Corpus, 'sampleBriefId' | 'sampleNarrowing'>, query: string): Promise<void> {
  row.distBytes = folderBytes(dist);
  row.pagefindBytes = folderBytes(path.join(dist, 'pagefind'));
  const weight = pageWeight(dist, `briefs/${corpus.sampleBriefId}`);
  row.entryJsBytes = weight.jsBytes;
  row.entryCssBytes = weight.cssBytes;
  const search = await measureSearch(dist, query, corpus.sampleNarrowing);
  row.searchBytes = search.bytes;
  row.narrowedSearchGzipBytes = search.narrowedGzipBytes;
  row.searchGzipBytes = search.gzipBytes;
  row.firstResultMs = search.firstResultMs;
  row.blankPageMs = search.blankPageMs;
  row.pagefindAloneMs = search.pagefindAloneMs;
  log(`  search ${searchNote(query, search.bytes, search.responses, search.status)} (${kilobytes(search.gzipBytes)} gzipped); narrowed by problem ${corpus.sampleNarrowing.problem} and audience ${corpus.sampleNarrowing.audience}: ${kilobytes(search.narrowedBytes)} (${kilobytes(search.narrowedGzipBytes)} gzipped); first results ${Math.round(search.firstResultMs)} ms (a blank page parsed in ${Math.round(search.blankPageMs)} ms; Pagefind alone, one record, ${Math.round(search.pagefindAloneMs)} ms)`);
}

/** Empties what a build writes and caches, so the next round builds from nothing as the first did. */
function removeBuildOutputs(work: string): void {
  for (const folder of ['dist', 'cache', 'bare-dist', 'bare-cache']) rmSync(path.join(work, folder), { recursive: true, force: true });
}

/** " (median of 3)" after a time that several rounds gave. */
function medianNote(runs: readonly CommandResult[]): string {
  return runs.length > 1 ? ` (median of ${runs.length})` : '';
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

function printProfile(profileDir: string): void {
  if (!existsSync(profileDir)) return;
  const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile;
    log(`\nProfile ${path.relative(ROOT, path.join(profileDir, file))}`);
    log(formatSelfTimes('Self time by package:', selfTimeByArea(profile, ROOT)));
    log(formatSelfTimes('Heaviest functions (self time):', selfTimeByFunction(profile, ROOT)));
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
  console.log(`Search word "${options.query}" in ${chromiumPath()}; 1 KB = 1,000 bytes.\nMemory: ${PEAK_MEMORY_METHOD}`);
  if (options.profile) console.log('Profiled run: the figures include the profiler\'s overhead.');
  if (options.json) writeFileSync(options.json, `${JSON.stringify(rows, null, 2)}\n`);
  return rows.every((row) => evaluateBudgets(row).every((verdict) => verdict.pass)) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(2);
  },
);
