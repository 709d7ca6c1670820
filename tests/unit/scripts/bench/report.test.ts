import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../../scripts/bench/report.ts';
import { row } from './bench-row.ts';

describe('formatReport', () => {
  it("gives the measure pages' cost beside the other figures", () => {
    const report = formatReport([row({ measurePages: { pages: 525, meanMs: 41.4, entryMeanMs: 22.6, share: 0.094 } })]);
    expect(report).toContain('| 120 KB (briefs/index.html) | 525 at 41 ms (entries 23 ms), 9% of page time | 200 KB ✓ |');
  });

  it('writes one Markdown table, a row per size, with each limit in its heading', () => {
    const lines = formatReport([row({ entries: 1000 }), row()]).split('\n');
    expect(lines[0]).toBe(
      '| entries | check + build | peak memory | bare site | build / bare (≤ 1.30x from 10,000) | memory / bare (≤ 1.30x from 10,000) | our JS, entry page (0 B) | largest page | measure pages | search, gzipped (< 300 KB) | narrowed by 2 facets (< 300 KB) | first results (< 300 ms) |',
    );
    expect(lines[1]).toBe('|---|---|---|---|---|---|---|---|---|---|---|---|');
    expect(lines[2]).toBe('| 1,000 | 5.0 + 120.0 s | 2.0 GB | 100.0 s, 1.8 GB | 1.20x | 1.11x | 0 B ✓ | 120 KB (briefs/index.html) | — | 200 KB ✓ | 250 KB ✓ | 150 ms ✓ |');
    expect(lines[3]).toBe('| 10,000 | 5.0 + 120.0 s | 2.0 GB | 100.0 s, 1.8 GB | 1.20x ✓ | 1.11x ✓ | 0 B ✓ | 120 KB (briefs/index.html) | — | 200 KB ✓ | 250 KB ✓ | 150 ms ✓ |');
    expect(lines.at(-1)).toBe('Every budget that applies is met.');
  });

  it('marks a figure over its budget and names every budget missed', () => {
    const report = formatReport([row({ site: { firstResultMs: 640 } })]);
    expect(report).toContain('| 640 ms ✗ |');
    expect(report.split('\n').at(-1)).toBe('Over budget: first results at 10,000 entries (640 ms; limit < 300 ms).');
  });

  it('shows a failed build without site figures', () => {
    const report = formatReport([row({ entries: 20_000, build: { seconds: 900, peakKb: 8_000_000, succeeded: false, outOfMemory: true }, site: null })]);
    expect(report).toContain('| 20,000 | 5.0 + out of memory |');
    expect(report).toContain('| — | — | — | — | — | — |');
    expect(report).toContain('Over budget: builds without running out of memory at 20,000 entries');
  });
});
