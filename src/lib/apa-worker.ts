/**
 * The worker thread behind ApaReferences (apa-references.ts). It first formats a made-up brief in
 * each language it is given (else the default one), so citeproc loads and builds the APA style
 * for each while it waits; then it takes the build's briefs (one message), writes each one's APA
 * reference in order, and posts them back a few at a time as [index, text] pairs.
 * Node runs this file as TypeScript directly (type stripping), as it runs scripts/.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ApaWorkerData } from './apa-references.ts';
import { toApa, type CitableBrief } from './citation.ts';
import { DEFAULT_LANG } from './collections.ts';

/** Small batches: a page waits for the batch that holds its reference. */
const BATCH_SIZE = 8;

const WARM_UP: CitableBrief = {
  id: 'warm-up',
  title: 'Warm-up',
  authors: [{ name: 'Ana Example' }],
  published: new Date(0),
  url: 'https://example.org/',
  publisher: 'Example',
  lang: DEFAULT_LANG,
};

for (const lang of (workerData as ApaWorkerData | undefined)?.warmUpLangs ?? [DEFAULT_LANG]) toApa({ ...WARM_UP, lang });

parentPort!.once('message', (briefs: CitableBrief[]) => {
  let batch: [number, string][] = [];
  briefs.forEach((brief, index) => {
    batch.push([index, toApa(brief)]);
    if (batch.length === BATCH_SIZE || index === briefs.length - 1) {
      parentPort!.postMessage(batch);
      batch = [];
    }
  });
});
