/**
 * Worker threads that check batches of JSON lines for `cadre validate --jsonl` (the built
 * package only: the worker is a compiled module). A worker takes batches once it has loaded the
 * checker and answers them in order; the main thread checks a batch itself when no worker has
 * room, so that a slow or busy worker never holds the stream up.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { BatchOptions, BatchResult, LineBatch } from './jsonl-batch.js';

const WORKER = new URL('./jsonl-worker.js', import.meta.url);

/** Batches given to a worker before it has answered the first (one being checked, one waiting). */
const IN_FLIGHT = 2;

/** What a worker sends: that it is ready, or the result of the oldest batch it was given. */
export type WorkerMessage = { ready: true } | BatchResult;

interface Waiting {
  resolve(result: BatchResult): void;
  reject(error: unknown): void;
}

interface Entry {
  worker: Worker;
  ready: boolean;
  waiting: Waiting[];
}

/**
 * Whether batches can go to worker threads here: from the compiled package only (from the
 * TypeScript sources there is no worker module to start).
 * @example
 * poolAvailable(); // true in dist/
 */
export function poolAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/** A pool of checking threads. */
export class CheckPool {
  private readonly workers: Entry[];
  private next = 0;

  /**
   * Starts `size` workers (they load the checker while the main thread goes on).
   * @example
   * const pool = new CheckPool(1, { lang: 'fr', verbose: false, levels: ['error'] });
   */
  constructor(size: number, options: BatchOptions) {
    this.workers = Array.from({ length: size }, () => {
      // A small young generation: each batch's garbage is short-lived, and every thread has its
      // own heap (measured: 150 MB peak at 300,000 lines with two workers, 220 MB without it).
      const worker = new Worker(WORKER, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const entry: Entry = { worker, ready: false, waiting: [] };
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) entry.ready = true;
        else entry.waiting.shift()?.resolve(message);
      });
      worker.on('error', (error) => {
        entry.ready = false;
        for (const w of entry.waiting.splice(0)) w.reject(error);
      });
      return entry;
    });
  }

  /**
   * Gives a batch to a worker that is ready and has room, or returns undefined (none has).
   * The batch's bytes are moved to the worker: the caller must not use them any more.
   * @example
   * const result = pool.offer(batch) ?? Promise.resolve(batches.run(batch));
   */
  offer(batch: LineBatch): Promise<BatchResult> | undefined {
    for (let tried = 0; tried < this.workers.length; tried++) {
      const entry = this.workers[this.next] as Entry;
      this.next = (this.next + 1) % this.workers.length;
      if (!entry.ready || entry.waiting.length >= IN_FLIGHT) continue;
      return new Promise((resolve, reject) => {
        entry.waiting.push({ resolve, reject });
        entry.worker.postMessage(batch, [batch.bytes.buffer as ArrayBuffer]);
      });
    }
    return undefined;
  }

  /**
   * Stops the workers.
   * @example
   * await pool.close();
   */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
