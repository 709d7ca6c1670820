/**
 * The project's CLIs run as a user runs them (Node 24 running the .ts directly, stdin not a
 * terminal, as in CI), and fresh copies of fixture content for tests that edit files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { ROOT } from './build-site.ts';
import { fixtureContent } from './fixtures.ts';

export interface CliRun {
  status: number | null;
  /** stdout then stderr. */
  output: string;
}

export function runCli(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** `npm run check` on a content folder (extra arguments after it, such as `--public <dir>`). */
export function runCheck(contentDir: string, ...args: string[]): CliRun {
  return runCli('scripts/check.ts', ['--content', contentDir, ...args]);
}

/** A fresh copy of a fixture scenario's content (on the shared base) at `to`, replacing what was there. */
export function copyFixtureContent(fixture: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(fixtureContent(fixture), to, { recursive: true });
}
