/**
 * Where a build spends its CPU: a V8 `.cpuprofile` (from `node --cpu-prof`) summarized as the
 * functions with the most self time, and self time per package, so a slow build points at the
 * code to fix. Pure: the parsed profile in, rows out.
 */

/** The parts of a `.cpuprofile` this reads (Chrome DevTools protocol `Profile`). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  /** Milliseconds of samples in this function itself, not in what it calls. */
  ms: number;
  share: number;
}

/** Self time per function (name, file and line), heaviest first. */
export function selfTimeByFunction(profile: CpuProfile, root: string, limit = 25): SelfTime[] {
  return heaviest(selfTime(profile, (frame) => `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url, root)}:${frame.lineNumber + 1}`), limit);
}

/** Self time per package (`astro`, `vite`, `zod`...), node internals, or our own code. */
export function selfTimeByArea(profile: CpuProfile, root: string, limit = 15): SelfTime[] {
  return heaviest(selfTime(profile, (frame) => areaOf(frame.url, frame.functionName, root)), limit);
}

function selfTime(profile: CpuProfile, keyOf: (frame: CpuProfile['nodes'][number]['callFrame']) => string): Map<string, number> {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id);
    if (!frame) return;
    const key = keyOf(frame);
    // timeDeltas[i] is the time before sample i; microseconds.
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return totals;
}

function heaviest(totals: Map<string, number>, limit: number): SelfTime[] {
  const all = [...totals.values()].reduce((sum, ms) => sum + ms, 0) || 1;
  return [...totals]
    .map(([name, ms]) => ({ name, ms, share: ms / all }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)/g;

/** The innermost package of a file (`.../node_modules/@astrojs/mdx/...` → `@astrojs/mdx`). */
export function areaOf(url: string, functionName: string, root: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const packages = [...url.matchAll(PACKAGE)];
  if (packages.length) return packages.at(-1)![1]!;
  return url.includes(`${root}/src/`) ? 'our code (src/)' : 'our code (bundled pages, src/)';
}

function shortUrl(url: string, root: string): string {
  return url.replace(/^file:\/\//, '').replace(`${root}/`, '').replace(/^.*node_modules\//, '');
}

export function formatSelfTimes(title: string, rows: readonly SelfTime[]): string {
  return [title, ...rows.map((row) => `${row.ms.toFixed(0).padStart(8)} ms ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`)].join('\n');
}
