import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../../scripts/bench/report.ts';
import { row } from './bench-row.ts';

describe('formatReport', () => {
  it('prints the CPU time of both builds and its ratio beside the wall-time ratio', () => {
    const report = formatReport([row({ buildCpuSeconds: 150.04, bare: { buildSeconds: 100, cpuSeconds: 100, peakKb: 1_800_000 } })]);
    const bareTable = report.slice(report.indexOf('Bare Astro'), report.indexOf('Budgets'));
    expect(bareTable).toContain('CPU s ours / bare');
    const line = bareTable.split('\n').find((text) => text.trimStart().startsWith('10000'));
    expect(line).toMatch(/1\.20x\s+1\.25x\s+1\.11x\s+150 \/ 100\s+1\.50x\s+1\.00$/);
  });
});
