/**
 * The worker thread behind ApaReferences (apa-references.ts): writes the APA reference of every
 * brief it is given, in order, and posts them back a few at a time as [index, text] pairs.
 * Node runs this file as TypeScript directly (type stripping), as it runs scripts/.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toApa, type CitableBrief } from './citation.ts';

/** Small batches: a page waits for the batch that holds its reference. */
const BATCH_SIZE = 8;

const briefs = workerData as CitableBrief[];
let batch: [number, string][] = [];
briefs.forEach((brief, index) => {
  batch.push([index, toApa(brief)]);
  if (batch.length === BATCH_SIZE || index === briefs.length - 1) {
    parentPort!.postMessage(batch);
    batch = [];
  }
});
