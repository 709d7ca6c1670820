import { parseYaml } from '@astrojs/internal-helpers/yaml';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../../src/lib/content-files.ts';
import { FRONTMATTER, parseEntryFile, pruneEmpty } from '../../../src/lib/entry-file.ts';
import { entryOrders, formatEntry } from '../../../src/lib/entry-layout.ts';
import { ROOT } from '../../support/build-site.ts';

describe('entryOrders', () => {
  it('orders a brief as its schema declares it, the evidence block inside', () => {
    const brief = entryOrders().briefs;
    expect(brief.keys.slice(0, 3)).toEqual(['title', 'summary', 'audiences']);
    expect(brief.keys).toContain('keyFindings');
    expect(brief.fields['evidence']!.keys).toEqual(['design', 'outcome', 'sample', 'effect', 'statisticalControls', 'overridingNegative', 'logicModel', 'claimedTier']);
    expect(brief.fields['evidence']!.fields['effect']!.keys).toEqual(['size', 'ciLow', 'ciHigh', 'significant', 'direction']);
    expect(brief.fields['related']!.keys).toEqual(['collection', 'id']);
    expect(entryOrders().problems.fields['translations']!.anyKey!.keys).toEqual(['title', 'question', 'description']);
  });
});

/** Every content file the project holds: the demo content and every fixture scenario. */
function everyContentFile() {
  const fixtures = path.join(ROOT, 'tests/fixtures');
  const trees = [path.join(ROOT, 'content'), ...readdirSync(fixtures).map((scenario) => path.join(fixtures, scenario, 'content'))];
  return trees.flatMap((tree) => listContentFiles(tree, ROOT)).filter((file) => file.extension === '.mdx' || file.extension === '.yaml');
}

describe('the layout on every content file of the project', () => {
  const files = everyContentFile().filter((file) => {
    try {
      parseEntryFile(readFileSync(file.absolutePath, 'utf8'), file.extension);
      return true;
    } catch {
      return false; // broken on purpose (the check's fixtures)
    }
  });

  it('covers the demo content and the fixtures', () => {
    expect(files.filter((file) => file.relativePath.startsWith('content/')).length).toBeGreaterThan(50);
  });

  it.each(files.map((file) => [file.relativePath, file] as const))('%s keeps its data and is stable once written', (_, file) => {
    const text = readFileSync(file.absolutePath, 'utf8');
    const before = parseEntryFile(text, file.extension);
    const written = formatEntry(file.collection, text);
    const after = parseEntryFile(written, file.extension);
    expect(after.data).toEqual(pruneEmpty(before.data) ?? {});
    expect(after.body).toBe(before.body);
    expect(formatEntry(file.collection, written)).toBe(written);
  });

  // Astro reads an offset-less time as a Date and the check as text: only the fixtures that are
  // wrong on purpose have one, so Astro's reading is compared on the demo content.
  it.each(files.filter((file) => file.relativePath.startsWith('content/')).map((file) => [file.relativePath, file] as const))('%s reads the same to Astro once written', (_, file) => {
    const text = readFileSync(file.absolutePath, 'utf8');
    const astroData = (written: string) => parseYaml(file.extension === '.mdx' ? FRONTMATTER.exec(written)![1]! : written);
    expect(astroData(formatEntry(file.collection, text))).toEqual(pruneEmpty(astroData(text)) ?? {});
  });
});
