import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { BENCH_NOW, MEASURE_POINTS, generateCorpus, measureCount, splitEntries, type Corpus } from '../../../../scripts/bench/corpus.ts';
import { readMeasureCsv } from '../../../../src/lib/measures/csv.ts';
import { writeFiles } from '../../../../scripts/bench/measure.ts';
import { checkContent, type CheckResult } from '../../../../src/check/run-check.ts';
import { isPublic } from '../../../../src/lib/publishing.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

function frontMatter(corpus: Corpus, file: string): Record<string, unknown> {
  const text = corpus.files.find((candidate) => candidate.path === file)!.text;
  return yaml.load(/^---\n([\s\S]*?\n)---/.exec(text)![1]!) as Record<string, unknown>;
}

describe('the bench corpus', () => {
  const corpus = generateCorpus({ entries: 50, seed: 7 });
  let dir: string;
  let result: CheckResult;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
    writeFiles(dir, corpus.files);
    result = await checkContent({ contentDir: dir, publicDir: path.join(ROOT, 'public'), root: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the real content check with no errors', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.filesChecked).toBe(corpus.files.length);
  });

  it('holds the asked number of entries, every kind represented', () => {
    const mdx = corpus.files.filter((file) => file.path.endsWith('.mdx'));
    expect(mdx).toHaveLength(50);
    expect(corpus.counts).toEqual({ briefs: 24, findings: 12, challenges: 7, events: 7 });
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCorpus({ entries: 50, seed: 7 })).toEqual(corpus);
    expect(generateCorpus({ entries: 50, seed: 8 }).files).not.toEqual(corpus.files);
  });

  it('names a sample brief that is public, in English, with an evidence block', () => {
    const data = frontMatter(corpus, `briefs/${corpus.sampleBriefId}.mdx`);
    expect(data['lang'] ?? 'en').toBe('en');
    expect(isPublic({ status: (data['status'] as 'published' | undefined) ?? 'published' }, new Date(BENCH_NOW))).toBe(true);
    expect(data['evidence']).toMatchObject({ design: expect.any(String), outcome: expect.any(String) });
  });

  it('names a problem and an audience to narrow a search by, both defined and used by entries', () => {
    const { problem, audience } = corpus.sampleNarrowing;
    expect(corpus.files.map((file) => file.path)).toEqual(expect.arrayContaining([`problems/${problem}.yaml`, `audiences/${audience}.yaml`]));
    const entries = corpus.files.filter((file) => file.path.endsWith('.mdx')).map((file) => file.text);
    expect(entries.some((text) => text.includes(problem) && text.includes(audience))).toBe(true);
  });

  it('mixes in the cases the build must handle at scale: translations, unpublished entries, tables, every design', () => {
    const large = generateCorpus({ entries: 1000 });
    const texts = large.files.map((file) => file.text).join('\n');
    expect(large.files.some((file) => file.path.endsWith('-es.mdx'))).toBe(true);
    expect(texts).toMatch(/^status: draft$/m);
    expect(texts).toMatch(/^status: embargoed$/m);
    expect(texts).toContain('| Students (n) |');
    expect(texts).toContain('\\<10');
    for (const design of ['rct', 'quasi-experimental', 'regression-discontinuity', 'correlational', 'descriptive', 'qualitative', 'mixed-methods']) {
      expect(texts).toContain(`design: ${design}`);
    }
  });
});

describe('the measures of the bench corpus', () => {
  const large = generateCorpus({ entries: 1000 });
  const files = (pattern: RegExp) => large.files.filter((file) => pattern.test(file.path));

  it('holds one measure per 20 entries beside them, each with its CSV of MEASURE_POINTS points', () => {
    expect(measureCount(10_000)).toBe(500);
    expect(measureCount(10)).toBe(1);
    expect(large.measures).toBe(50);
    const csvs = files(/^measures\/.*\.csv$/);
    expect(csvs).toHaveLength(50);
    for (const csv of csvs) {
      const { data, problems } = readMeasureCsv(csv.text);
      expect(problems).toEqual([]);
      expect(data.rows).toHaveLength(MEASURE_POINTS);
    }
  });

  it('mixes run and XmR charts, sites, phases, targets, withheld months, translations and drafts', () => {
    const texts = large.files.filter((file) => file.path.startsWith('measures/')).map((file) => file.text).join('\n');
    expect(texts).toMatch(/^chart: xmr$/m);
    expect(texts).toMatch(/^chart: run$/m);
    expect(texts).toMatch(/^phases:/m);
    expect(texts).toMatch(/^target: \d+$/m);
    expect(texts).toMatch(/^status: draft$/m);
    expect(texts).toContain('date,value,n\n');
    expect(texts).toMatch(/,North High School$/m);
    expect(files(/^measures\/.*-es\.yaml$/).length).toBeGreaterThan(0);
    const withheld = files(/\.csv$/).some((file) => readMeasureCsv(file.text).data.rows.some((row) => row.withheld));
    expect(withheld).toBe(true);
  });
});

describe('splitEntries', () => {
  it('gives every kind at least one entry and adds up to the total', () => {
    for (const total of [4, 5, 1000, 10_001]) {
      const counts = splitEntries(total);
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(total);
      expect(Math.min(...Object.values(counts))).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses fewer entries than kinds', () => {
    expect(() => splitEntries(3)).toThrow('at least 4 entries');
  });
});
