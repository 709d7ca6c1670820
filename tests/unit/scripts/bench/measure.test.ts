import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { combineRuns, folderBytes, pageWeight, parseTimeReport, treeMemory, type CommandResult } from '../../../../scripts/bench/measure.ts';

describe('treeMemory', () => {
  it('counts a child process beside its parent', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const alone = treeMemory(child.pid);
      const withChild = treeMemory(process.pid);
      expect(alone.largestKb).toBeGreaterThan(1000);
      expect(withChild.totalKb).toBeGreaterThanOrEqual(withChild.largestKb + alone.largestKb * 0.5);
    } finally {
      child.kill();
    }
  });

  it('reads nothing for a process that does not exist', () => {
    expect(treeMemory(2 ** 22 + 1)).toEqual({ largestKb: 0, totalKb: 0 });
  });
});

describe('folderBytes and pageWeight', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'bench-dist-'));
  mkdirSync(path.join(dist, 'briefs/x'), { recursive: true });
  mkdirSync(path.join(dist, '_astro'));
  writeFileSync(path.join(dist, '_astro/site.css'), 'a'.repeat(300));
  writeFileSync(path.join(dist, '_astro/search.js'), 'b'.repeat(70));
  const html = '<link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{}</script><p>Text</p>';
  writeFileSync(path.join(dist, 'briefs/x/index.html'), html);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('adds up every file under a folder', () => {
    expect(folderBytes(dist)).toBe(300 + 70 + html.length);
    expect(folderBytes(path.join(dist, 'missing'))).toBe(0);
  });

  it('weighs the stylesheets and scripts a page loads, JSON-LD not counted as code', () => {
    expect(pageWeight(dist, 'briefs/x')).toEqual({ jsBytes: 0, cssBytes: 300 });
  });
});

describe('combineRuns', () => {
  const run = (seconds: number, peakKb: number, status: number | null = 0): CommandResult => ({
    status,
    seconds,
    peakKb,
    treePeakKb: peakKb + 100,
    cpuSeconds: seconds * 1.5,
    logFile: `build-${seconds}.log`,
  });

  it('takes the median time, the median CPU time and the largest memory of the rounds', () => {
    expect(combineRuns([run(180, 3_000), run(150, 3_600), run(160, 3_200)])).toEqual({
      status: 0,
      seconds: 160,
      cpuSeconds: 240,
      peakKb: 3_600,
      treePeakKb: 3_700,
      logFile: 'build-160.log',
    });
  });

  it('is the run itself when there was one', () => {
    expect(combineRuns([run(42, 1_000)])).toEqual(run(42, 1_000));
  });

  it('reports the first failure, with its log', () => {
    const combined = combineRuns([run(150, 3_000), run(20, 7_000, 137)]);
    expect(combined.status).toBe(137);
    expect(combined.logFile).toBe('build-20.log');
  });

  it('refuses an empty list', () => {
    expect(() => combineRuns([])).toThrow(/at least one run/);
  });
});

describe('parseTimeReport', () => {
  it('reads the peak memory and adds user and system CPU seconds', () => {
    expect(parseTimeReport('2048 10.50 2.25\n')).toEqual({ peakKb: 2048, cpuSeconds: 12.75 });
  });

  it('reads the last line when GNU time wrote a note before it', () => {
    expect(parseTimeReport('Command terminated by signal 9\n4096 1.00 0.50\n')).toEqual({ peakKb: 4096, cpuSeconds: 1.5 });
  });

  it('counts figures it cannot read as 0', () => {
    expect(parseTimeReport('')).toEqual({ peakKb: 0, cpuSeconds: 0 });
    expect(parseTimeReport('512')).toEqual({ peakKb: 512, cpuSeconds: 0 });
  });
});
