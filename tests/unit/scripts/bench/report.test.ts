import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../../scripts/bench/report.ts';
import { row } from './bench-row.ts';

describe('formatReport', () => {
  it("gives the measure pages' cost beside the other figures", () => {
    const report = formatReport([row({ measurePages: { pages: 525, meanMs: 41.4, entryMeanMs: 22.6, share: 0.094 } })]);
    expect(report).toContain('| 9.0 KB (briefs/page/2/) | 525 at 41 ms (entries 23 ms), 9% of page time | 200 KB ✓ |');
  });

  it('writes one Markdown table, a row per size, with each limit in its heading', () => {
    const lines = formatReport([row({ entries: 1000 }), row()]).split('\n');
    expect(lines[0]).toBe(
      '| entries | check + build | peak memory | bare site | build / bare (≤ 1.30x from 10,000) | memory / bare (≤ 1.30x from 10,000) | rebuild after 1 edit (bare) | rebuild / bare (≤ 1.60x from 10,000) | our JS, entry page (0 B) | largest page (≤ 150 KB) | list page, gzipped | measure pages | search, gzipped (< 300 KB) | narrowed by 2 facets (< 300 KB) | first results (Pagefind UI) | first results / Pagefind UI (≤ 1.00x from 10,000) |',
    );
    expect(lines[1]).toBe('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    expect(lines[2]).toBe(
      '| 1,000 | 5.0 + 120.0 s | 2.0 GB | 100.0 s, 1.8 GB | 1.20x | 1.11x | 60.0 s (50.0 s) | 1.20x | 0 B ✓ | 120 KB (guide/index.html) ✓ | 9.0 KB (briefs/page/2/) | — | 200 KB ✓ | 250 KB ✓ | 150 ms (200 ms) | 0.75x |',
    );
    expect(lines[3]).toBe(
      '| 10,000 | 5.0 + 120.0 s | 2.0 GB | 100.0 s, 1.8 GB | 1.20x ✓ | 1.11x ✓ | 60.0 s (50.0 s) | 1.20x ✓ | 0 B ✓ | 120 KB (guide/index.html) ✓ | 9.0 KB (briefs/page/2/) | — | 200 KB ✓ | 250 KB ✓ | 150 ms (200 ms) | 0.75x ✓ |',
    );
    expect(lines.at(-1)).toBe('Every budget that applies is met.');
  });

  it('marks a figure over its budget and names every budget missed', () => {
    const report = formatReport([row({ site: { firstResultMs: 640, pagefindUiFirstResultMs: 320 } })]);
    expect(report).toContain('| 640 ms (320 ms) | 2.00x ✗ |');
    expect(report.split('\n').at(-1)).toBe('Over budget: first results vs Pagefind UI at 10,000 entries (2.00x; limit ≤ 1.00x).');
  });

  it('shows a failed build without site figures', () => {
    const { rebuild: _rebuild, ...failed } = row({ entries: 20_000, build: { seconds: 900, peakKb: 8_000_000, succeeded: false, outOfMemory: true }, site: null });
    const report = formatReport([failed]);
    expect(report).toContain('| 20,000 | 5.0 + out of memory |');
    expect(report).toContain('| — | — | — | — | — | — | — | — | — | — |');
    expect(report).toContain('Over budget: builds without running out of memory at 20,000 entries');
  });
});
