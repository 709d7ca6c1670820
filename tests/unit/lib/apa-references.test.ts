import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApaReferences, startApaWorker } from '../../../src/lib/apa-references.ts';
import { toApa, type CitableBrief } from '../../../src/lib/citation.ts';

const WORKER = fileURLToPath(new URL('../../../src/lib/apa-worker.ts', import.meta.url));
const MISSING_WORKER = '/nonexistent/apa-worker.ts';

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

// A real worker thread loads citation-js first, which is slow on a machine busy building.
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
    const references = new ApaReferences([brief('lost', 'A study')], MISSING_WORKER);
    await expect(references.get('lost')).rejects.toThrow(/^Could not write APA references: /);
  });
});

describe('startApaWorker', { timeout: 30_000 }, () => {
  it('starts the worker the next ApaReferences uses', async () => {
    startApaWorker(WORKER, ['en', 'es']);
    // Given a path that cannot run, only the started worker can answer.
    const briefs = [brief('early', 'An early study'), brief('temprano', 'Un estudio', 'es')];
    const references = new ApaReferences(briefs, MISSING_WORKER);
    expect(await Promise.all(briefs.map((each) => references.get(each.id)))).toEqual(briefs.map((each) => toApa(each)));
    // It is taken once: the next ApaReferences starts its own.
    await expect(new ApaReferences([brief('late', 'A late study')], MISSING_WORKER).get('late')).rejects.toThrow(/^Could not write APA references: /);
  });

  it('fails every request with the reason when the started worker cannot run, whenever it failed', async () => {
    startApaWorker(MISSING_WORKER, ['en']);
    const references = new ApaReferences([brief('lost', 'A study')], WORKER);
    await expect(references.get('lost')).rejects.toThrow(/^Could not write APA references: /);
  });

  it('does not keep Node running when no page takes the worker (a build without briefs)', () => {
    // A script file, not `node -e`: a worker inherits the process's flags, and --input-type would stop it.
    const script = path.join(mkdtempSync(path.join(os.tmpdir(), 'apa-worker-')), 'start.mjs');
    writeFileSync(
      script,
      `import { startApaWorker } from ${JSON.stringify(fileURLToPath(new URL('../../../src/lib/apa-references.ts', import.meta.url)))};
startApaWorker(${JSON.stringify(WORKER)}, ['en']);
console.log('started');`,
    );
    // Hanging would throw ETIMEDOUT; a process that exits prints and returns.
    const output = execFileSync(process.execPath, [script], { encoding: 'utf8', timeout: 15_000 });
    expect(output.trim()).toBe('started');
  });
});
