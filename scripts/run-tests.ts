#!/usr/bin/env node
/**
 * npm test — every suite, in order: type check (astro check), then vitest's unit, integration and
 * end-to-end projects. Ends with one plain line, "N passed, N failed", summing all of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const HELP = `Usage: npm test [-- <vitest filters>]

Runs the type check (astro check), then all vitest projects (unit, integration, e2e), and prints
"N passed, N failed" at the end. Extra arguments are passed to vitest (for example a file path).`;

if (process.argv.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const resultsFile = path.join(root, 'tests/.tmp/vitest-results.json');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  return result.status ?? 1;
}

let passed = 0;
let failed = 0;

console.log('\n== Type check (astro check) ==');
// Types come from the schemas, not the content; a fixed fixture tree keeps this step about code.
if (run('npx', ['astro', 'check', '--minimumSeverity', 'warning'], { PORTAL_CONTENT_DIR: 'tests/fixtures/base/content' }) === 0) passed++;
else failed++;

console.log('\n== vitest: unit, integration, e2e ==');
mkdirSync(path.dirname(resultsFile), { recursive: true });
rmSync(resultsFile, { force: true });
// Test files that build the same fixture with the same clock share one build in this run
// (sharedBuild in tests/support/build-site.ts).
const testRun = { PORTAL_TEST_RUN: `${Date.now()}-${process.pid}` };
const vitestStatus = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)],
  testRun,
);
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  passed += results.numPassedTests;
  // Tests that never ran (a crashed file, a failed hook) count as failed, not as nothing.
  failed += results.numTotalTests - results.numPassedTests;
  if (vitestStatus !== 0 && results.numFailedTests === 0 && results.numTotalTests === results.numPassedTests) failed++;
} catch {
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
