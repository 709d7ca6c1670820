/**
 * APA references for a whole build, written on a second CPU core. citeproc was the build's most
 * expensive step: about 7 ms a brief inside a large build (2 ms on its own; its allocations make
 * the build's big heap collect often), and 700 MB of the peak at 5,000 entries. A worker thread
 * formats every brief, in the order the pages are built, in its own small heap, while the main
 * thread renders pages. The text is exactly toApa's (the worker calls it).
 */
import { Worker } from 'node:worker_threads';
import type { CitableBrief } from './citation.ts';

/**
 * The environment variable naming apa-worker.ts's absolute path. astro.config.mjs sets it: the
 * pages run from a bundle in a temporary folder, where the file's own relative path is lost.
 */
export const APA_WORKER_ENV = 'PORTAL_APA_WORKER';

export class ApaReferences {
  readonly #byId = new Map<string, PromiseWithResolvers<string>>();

  /** Starts formatting at once; `workerFile` is the absolute path of apa-worker.ts. */
  constructor(briefs: readonly CitableBrief[], workerFile: string) {
    for (const brief of briefs) this.#byId.set(brief.id, pending());
    const ids = briefs.map((brief) => brief.id);
    // The worker ends by itself once it has posted every reference. It is not unref'd: pages
    // awaiting a reference may be all the build is doing, and that must keep Node running.
    const worker = new Worker(workerFile, { workerData: briefs });
    worker.on('message', (batch: [number, string][]) => {
      for (const [index, text] of batch) this.#byId.get(ids[index]!)!.resolve(text);
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => {
      if (code !== 0) this.#failAll(new Error(`the APA worker stopped with exit code ${code}`));
    });
  }

  /** The reference of one of the briefs given to the constructor. */
  get(id: string): Promise<string> {
    const entry = this.#byId.get(id);
    if (!entry) return Promise.reject(new Error(`No APA reference was asked for brief "${id}"`));
    return entry.promise;
  }

  #failAll(error: Error): void {
    // Rejecting an already settled promise does nothing, so only missing references fail.
    for (const entry of this.#byId.values()) entry.reject(new Error(`Could not write APA references: ${error.message}`));
  }
}

function pending(): PromiseWithResolvers<string> {
  const reference = Promise.withResolvers<string>();
  // A reference nobody asks for must not become an unhandled rejection if the worker fails.
  reference.promise.catch(() => undefined);
  return reference;
}
