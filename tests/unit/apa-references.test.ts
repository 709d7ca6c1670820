import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApaReferences } from '../../src/lib/apa-references.ts';
import { toApa, type CitableBrief } from '../../src/lib/citation.ts';

const WORKER = fileURLToPath(new URL('../../src/lib/apa-worker.ts', import.meta.url));

function brief(id: string, title: string, lang = 'en'): CitableBrief {
  return {
    id,
    title,
    authors: [{ name: 'Rosa María de la Fuente' }, { name: 'Tom Okafor' }],
    published: new Date('2026-02-10T00:00:00Z'),
    url: `https://portal.example.org/briefs/${id}/`,
    publisher: 'Riverbend Research Alliance',
    lang,
    doi: id === 'second' ? '10.1234/rpp.2026.2' : undefined,
  };
}

// A real worker thread loads citation-js first: seconds when the 2-core machine is busy building.
describe('ApaReferences', { timeout: 30_000 }, () => {
  it('gives every brief, in any order asked, the reference toApa writes for it', async () => {
    const briefs = Array.from({ length: 20 }, (_, index) => brief(index === 1 ? 'second' : `brief-${index}`, `Study number ${index}`, index % 4 ? 'en' : 'es'));
    const references = new ApaReferences(briefs, WORKER);
    const asked = [...briefs].reverse();
    const texts = await Promise.all(asked.map((each) => references.get(each.id)));
    expect(texts).toEqual(asked.map((each) => toApa(each)));
    expect(texts.at(-2)).toContain('https://doi.org/10.1234/rpp.2026.2');
  });

  it('refuses a brief it was not given', async () => {
    const references = new ApaReferences([brief('only', 'The only study')], WORKER);
    await expect(references.get('another')).rejects.toThrow('No APA reference was asked for brief "another"');
    await expect(references.get('only')).resolves.toContain('The only study');
  });

  it('fails every request with the reason when the worker cannot run', async () => {
    const references = new ApaReferences([brief('lost', 'A study')], '/nonexistent/apa-worker.ts');
    await expect(references.get('lost')).rejects.toThrow(/^Could not write APA references: /);
  });
});
