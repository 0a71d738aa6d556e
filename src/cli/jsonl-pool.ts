/**
 * Worker threads that check batches of JSON lines for `cadre validate --jsonl` (the built
 * package only: the worker is a compiled module). Each worker answers its batches in order.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { BatchOptions, BatchResult, LineBatch } from './jsonl-batch.js';

const WORKER = new URL('./jsonl-worker.js', import.meta.url);

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
  private readonly workers: { worker: Worker; waiting: { resolve(r: BatchResult): void; reject(e: unknown): void }[] }[];
  private next = 0;

  /**
   * Starts `size` workers (they load the checker while the main thread goes on).
   * @example
   * const pool = new CheckPool(2, { lang: 'fr', levels: ['error'] });
   */
  constructor(size: number, options: BatchOptions) {
    this.workers = Array.from({ length: size }, () => {
      // A small young generation: each batch's garbage is short-lived, and every thread has its
      // own heap (measured: 150 MB peak at 300,000 lines with two workers, 220 MB without it).
      const worker = new Worker(WORKER, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const entry = { worker, waiting: [] as { resolve(r: BatchResult): void; reject(e: unknown): void }[] };
      entry.worker.on('message', (result: BatchResult) => entry.waiting.shift()?.resolve(result));
      entry.worker.on('error', (error) => {
        for (const w of entry.waiting.splice(0)) w.reject(error);
      });
      return entry;
    });
  }

  /**
   * Checks a batch in the next worker.
   * @example
   * const result = await pool.check(batch);
   */
  check(batch: LineBatch): Promise<BatchResult> {
    const entry = this.workers[this.next] as CheckPool['workers'][number];
    this.next = (this.next + 1) % this.workers.length;
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      entry.worker.postMessage(batch);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
