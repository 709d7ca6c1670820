/**
 * APA references for a whole build, written on a second CPU core. citeproc is slow and its
 * allocations make the build's big heap collect often, so a worker thread formats every brief,
 * in the order the pages are built, in its own small heap, while the main thread renders pages.
 * The text is exactly toApa's (the worker calls it).
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

  /**
   * Starts formatting at once, in the worker startApaWorker began if there is one, else in a new
   * one; `workerFile` is the absolute path of apa-worker.ts.
   */
  constructor(briefs: readonly CitableBrief[], workerFile: string) {
    for (const brief of briefs) this.#byId.set(brief.id, pending());
    const ids = briefs.map((brief) => brief.id);
    const started = takeStartedWorker();
    const worker = started?.worker ?? new Worker(workerFile);
    // The worker ends by itself once it has posted every reference. It is referenced while it
    // works: pages awaiting a reference may be all the build is doing, and that must keep Node
    // running.
    worker.ref();
    worker.on('message', (batch: [number, string][]) => {
      for (const [index, text] of batch) this.#byId.get(ids[index]!)!.resolve(text);
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => {
      if (code !== 0) this.#failAll(stoppedWith(code));
    });
    if (started?.failure) this.#failAll(started.failure);
    else worker.postMessage(briefs);
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

/**
 * Where startApaWorker leaves its worker for the build's pages: a global, because the pages run
 * from a bundle with its own copy of this module, in the same process and thread.
 */
const STARTED_WORKER = Symbol.for('portal.apaWorker');

interface StartedWorker {
  worker: Worker;
  /** Why it stopped before the pages took it, if it did: they then fail with this reason. */
  failure?: Error;
}

type WithStartedWorker = typeof globalThis & { [STARTED_WORKER]?: StartedWorker };

/** What apa-worker.ts is started with: the languages whose APA style it builds first. */
export interface ApaWorkerData {
  warmUpLangs: readonly string[];
}

/**
 * Starts the build's APA worker before any page is built. Loading citeproc and building a
 * language's APA style is slow, and the first brief pages of each language would wait for it,
 * so it builds the style for each of `warmUpLangs` (the site's languages) before the pages ask.
 * Unreferenced until the pages take it, so a build with no briefs still exits.
 */
export function startApaWorker(workerFile: string, warmUpLangs: readonly string[]): void {
  const warmUp: ApaWorkerData = { warmUpLangs };
  const started: StartedWorker = { worker: new Worker(workerFile, { workerData: warmUp }) };
  started.worker.unref();
  started.worker.once('error', (error) => (started.failure ??= error));
  started.worker.once('exit', (code) => (started.failure ??= stoppedWith(code)));
  (globalThis as WithStartedWorker)[STARTED_WORKER] = started;
}

/** The worker startApaWorker began, once. */
function takeStartedWorker(): StartedWorker | undefined {
  const holder = globalThis as WithStartedWorker;
  const started = holder[STARTED_WORKER];
  delete holder[STARTED_WORKER];
  return started;
}

function stoppedWith(code: number): Error {
  return new Error(`the APA worker stopped with exit code ${code}`);
}

function pending(): PromiseWithResolvers<string> {
  const reference = Promise.withResolvers<string>();
  // A reference nobody asks for must not become an unhandled rejection if the worker fails.
  reference.promise.catch(() => undefined);
  return reference;
}
