/**
 * Fixture content by scenario on a shared base. `tests/fixtures/base/content/` holds what every
 * scenario needs (the three audiences, an alliance, people, problems, a glossary term); a scenario
 * folder `tests/fixtures/<scenario>/content/` holds only its own files, and a file at the same
 * path as a base file replaces it. A scenario that must lack a base file (a tree missing a
 * required audience) lists it in `tests/fixtures/<scenario>/omit-from-base.txt`, one path per line.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const COMPOSED = path.join(ROOT, 'tests/.tmp/fixtures');
export const BASE_SCENARIO = 'base';
const OMIT_FILE = 'omit-from-base.txt';

/**
 * The composed content folder of a scenario (base + scenario), written once under tests/.tmp and
 * named by a hash of its sources, so test files running at the same time share it and an edited
 * fixture is never served stale.
 */
export function fixtureContent(scenario: string): string {
  const sources = scenarioFiles(scenario);
  const hash = createHash('sha256');
  for (const [relative, absolute] of sources) hash.update(`${relative}\0`).update(readFileSync(absolute)).update('\0');
  const target = path.join(COMPOSED, `${scenario}-${hash.digest('hex').slice(0, 10)}`, 'content');
  if (!existsSync(target)) writeAtomically(target, sources);
  return target;
}

/** The content path of each file of a composed scenario, mapped to its source file. */
export function scenarioFiles(scenario: string): Map<string, string> {
  const scenarioContent = path.join(FIXTURES, scenario, 'content');
  if (!existsSync(scenarioContent)) throw new Error(`No fixture scenario at ${path.relative(ROOT, scenarioContent)}`);
  const files = new Map<string, string>();
  if (scenario !== BASE_SCENARIO) {
    const omitted = omittedFromBase(scenario);
    for (const [relative, absolute] of filesUnder(path.join(FIXTURES, BASE_SCENARIO, 'content'))) {
      if (!omitted.has(relative)) files.set(relative, absolute);
    }
  }
  for (const [relative, absolute] of filesUnder(scenarioContent)) files.set(relative, absolute);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

function omittedFromBase(scenario: string): Set<string> {
  const list = path.join(FIXTURES, scenario, OMIT_FILE);
  if (!existsSync(list)) return new Set();
  return new Set(
    readFileSync(list, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
}

function filesUnder(folder: string, prefix = ''): [string, string][] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const absolute = path.join(folder, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      return statSync(absolute).isDirectory() ? filesUnder(absolute, relative) : [[relative, absolute] as [string, string]];
    });
}

/** Copies into a private folder, then renames it into place; a writer that loses the race drops its copy. */
function writeAtomically(target: string, sources: Map<string, string>): void {
  const scratch = `${path.dirname(target)}.${process.pid}-${Date.now()}`;
  for (const [relative, absolute] of sources) {
    mkdirSync(path.dirname(path.join(scratch, 'content', relative)), { recursive: true });
    cpSync(absolute, path.join(scratch, 'content', relative));
  }
  mkdirSync(path.dirname(path.dirname(target)), { recursive: true });
  try {
    renameSync(scratch, path.dirname(target));
  } catch (cause) {
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(target)) throw cause;
  }
}
