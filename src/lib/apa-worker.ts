/**
 * The worker thread behind ApaReferences (apa-references.ts). It first formats a made-up brief,
 * so citeproc loads and builds the APA style for the default language while it waits; then it
 * takes the build's briefs (one message), writes each one's APA reference in order, and posts
 * them back a few at a time as [index, text] pairs.
 * Node runs this file as TypeScript directly (type stripping), as it runs scripts/.
 */
import { parentPort } from 'node:worker_threads';
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

toApa(WARM_UP);

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
