/**
 * Where the blocks of a JSON Lines stream are checked: in the main thread, and also in worker
 * threads on a machine with 4 cores or more, once the stream is long.
 *
 * On the 2-core machine of the bench, worker threads cost more than they give (measured, see
 * docs/performance.md): when two threads check at once, each takes about twice as long per block,
 * and a worker's start (about 0.2 s of processor time) is not paid back. With more cores, the main
 * thread reads, writes and checks what no worker has room for, so that no thread waits for another.
 * `CADRE_JSONL_THREADS=n` sets the number of worker threads (0: none).
 * @module
 */
import { fstatSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Checker } from '../core/compile/compile-ruleset.js';
import { BatchChecker, type BatchOptions, type BatchResult, type LineBatch } from './jsonl-batch.js';
import { CheckPool, poolAvailable } from './jsonl-pool.js';

/** Input before worker threads start: a short stream never pays for starting them. */
const POOL_AFTER_BYTES = 256 * 1024;
/** Cores from which worker threads check too. */
const POOL_FROM_CORES = 4;

/**
 * How many worker threads check a long stream, besides the main thread.
 * @example
 * workerThreads(); // 0 on 2 cores, 3 on 8
 */
export function workerThreads(): number {
  const asked = Number.parseInt(process.env['CADRE_JSONL_THREADS'] ?? '', 10);
  if (Number.isInteger(asked) && asked >= 0) return Math.min(asked, 16);
  const cores = availableParallelism();
  return cores >= POOL_FROM_CORES ? Math.min(cores - 1, 3) : 0;
}

/** The blocks' checkers: the main thread's, and a pool of worker threads if there are to be any. */
export class Checkers {
  private main: BatchChecker | undefined;
  private pool: CheckPool | undefined;
  private bytesRead = 0;
  private readonly threads: number;

  /**
   * `threads`: worker threads to start for a long stream (0: the main thread checks alone).
   * @example
   * const checkers = new Checkers(options, workerThreads());
   */
  constructor(
    private readonly options: BatchOptions,
    threads: number,
  ) {
    this.threads = poolAvailable() ? threads : 0;
  }

  /**
   * Starts the workers now if the sources are files known to be long (they then load while the
   * main thread loads the rules).
   * @example
   * checkers.expect(['lot.jsonl']);
   */
  expect(sources: readonly string[]): void {
    if (knownSize(sources) > POOL_AFTER_BYTES) this.startPool();
  }

  /**
   * The main thread's checker, once the rules are loaded.
   * @example
   * checkers.useChecker(checker);
   */
  useChecker(checker: Checker): void {
    this.main = new BatchChecker(checker, this.options);
  }

  /** Whether worker threads have been started. */
  get pooled(): boolean {
    return this.pool !== undefined;
  }

  /**
   * Counts the input read (starts the workers past {@link POOL_AFTER_BYTES}).
   * @example
   * checkers.read(chunk.length);
   */
  read(bytes: number): void {
    this.bytesRead += bytes;
    if (this.bytesRead > POOL_AFTER_BYTES) this.startPool();
  }

  /**
   * Checks a batch in a worker that has room, else here and now.
   * @example
   * output.add(checkers.check({ head, firstLine, bytes }));
   */
  check(batch: LineBatch): BatchResult | Promise<BatchResult> {
    if (this.pool) {
      // The worker gets its own copy of the bytes (they may be a view of a larger read buffer).
      const offered = this.pool.offer({ ...batch, bytes: new Uint8Array(batch.bytes) });
      if (offered) return offered;
    }
    if (!this.main) throw new Error('cadre : vérificateur absent');
    return this.main.run(batch);
  }

  /**
   * Stops the workers.
   * @example
   * await checkers.close();
   */
  async close(): Promise<void> {
    await this.pool?.close();
  }

  private startPool(): void {
    if (!this.pool && this.threads > 0) this.pool = new CheckPool(this.threads, this.options);
  }
}

/** The size of the sources that are regular files (a pipe counts for 0). */
function knownSize(sources: readonly string[]): number {
  let size = 0;
  for (const source of sources) {
    try {
      const stat = source === '-' ? fstatSync(0) : statSync(source);
      if (stat.isFile()) size += stat.size;
    } catch {
      // Reported when the source is read.
    }
  }
  return size;
}
