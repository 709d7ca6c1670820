import { describe, expect, it } from 'vitest';
import { areaOf, selfTimeByArea, selfTimeByFunction, type CpuProfile } from '../../../../scripts/bench/profile.ts';

const ROOT = '/work/site';
const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

/** Three functions; samples of 1 ms each (timeDeltas are microseconds). */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '') },
    { id: 2, callFrame: frame('formatDay', `file://${ROOT}/src/lib/dates.ts`, 40) },
    { id: 3, callFrame: frame('parse', `file://${ROOT}/node_modules/astro/node_modules/zod/index.js`, 9) },
    { id: 4, callFrame: frame('(garbage collector)', '') },
  ],
  samples: [2, 2, 2, 3, 4, 2],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
};

describe('CPU profile summaries', () => {
  it('adds self time per function, heaviest first, with shares', () => {
    expect(selfTimeByFunction(profile, ROOT)).toEqual([
      { name: 'formatDay src/lib/dates.ts:41', ms: 4, share: 4 / 6 },
      { name: 'parse zod/index.js:10', ms: 1, share: 1 / 6 },
      { name: '(garbage collector) :1', ms: 1, share: 1 / 6 },
    ]);
  });

  it('adds self time per package, naming the innermost one', () => {
    expect(selfTimeByArea(profile, ROOT).map((row) => [row.name, row.ms])).toEqual([
      ['our code (src/)', 4],
      ['zod', 1],
      ['(garbage collector)', 1],
    ]);
  });

  it('tells node internals, scoped packages and bundled pages apart', () => {
    expect(areaOf('node:internal/fs', 'readFile', ROOT)).toBe('node internals');
    expect(areaOf(`file://${ROOT}/node_modules/@astrojs/mdx/dist/index.js`, 'x', ROOT)).toBe('@astrojs/mdx');
    expect(areaOf(`file://${ROOT}/dist/.prerender/chunks/entries.mjs`, 'x', ROOT)).toBe('our code (bundled pages, src/)');
  });
});
