/**
 * Where the blocks of a JSON Lines stream are checked: in the main thread, and in worker threads
 * too once the stream is long, as many as there were free cores while the command started (at
 * most 3; `jsonl-spare-cores.ts`). The main thread reads, writes and checks whatever no worker has
 * room for, so that no thread waits for another, and a busy worker never holds the stream up.
 * `CADRE_JSONL_THREADS=n` sets the number of worker threads instead (0: none), started at once.
 * @module
 */
import { fstatSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Checker } from '../core/compile/compile-ruleset.js';
import { BatchChecker, type BatchOptions, type BatchResult, type LineBatch } from './jsonl-batch.js';
import { CheckPool, poolAvailable } from './jsonl-pool.js';
import { SpareCores } from './jsonl-spare-cores.js';

/**
 * Input before worker threads start (about 50,000 lines of the bench): a worker's start and JIT
 * warm-up cost about as much as checking 30,000 lines (measured: 10,000 and 30,000 lines were 20 %
 * slower with one).
 */
const POOL_AFTER_BYTES = 16 * 1024 * 1024;
/** Worker threads, at most. */
const MAX_WORKERS = 3;

/**
 * The number of worker threads asked for with `CADRE_JSONL_THREADS`, if any.
 * @example
 * askedThreads(); // undefined: as many as there are free cores
 */
export function askedThreads(): number | undefined {
  const asked = Number.parseInt(process.env['CADRE_JSONL_THREADS'] ?? '', 10);
  return Number.isInteger(asked) && asked >= 0 ? Math.min(asked, 16) : undefined;
}

/** The blocks' checkers: the main thread's, and a pool of worker threads if there are to be any. */
export class Checkers {
  private main: BatchChecker | undefined;
  private pool: CheckPool | undefined;
  private decided = false;
  private bytesRead = 0;
  private readonly spare = new SpareCores();

  /**
   * `threads`: worker threads for a long stream, or undefined for as many as there are free
   * cores (0: the main thread checks alone).
   * @example
   * const checkers = new Checkers(options, askedThreads());
   */
  constructor(
    private readonly options: BatchOptions,
    private readonly threads: number | undefined,
  ) {
    if (!poolAvailable()) this.decided = true;
  }

  /**
   * The main thread's checker, once the rules are loaded; then, if the sources are files known
   * to be long (or if threads were asked for), the worker threads start.
   * @example
   * checkers.useChecker(checker, ['lot.jsonl']);
   */
  useChecker(checker: Checker, sources: readonly string[]): void {
    this.main = new BatchChecker(checker, this.options);
    // Threads asked for start at once, whatever the length of the stream.
    if (this.threads !== undefined || knownSize(sources) > POOL_AFTER_BYTES) this.startPool();
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

  /** Starts the worker threads, once: as many as asked, or as there were free cores. */
  private startPool(): void {
    if (this.decided) return;
    this.decided = true;
    const free = Math.floor(this.spare.measure() + 0.4);
    const threads = this.threads ?? Math.min(free, availableParallelism() - 1, MAX_WORKERS);
    if (threads > 0) this.pool = new CheckPool(threads, this.options);
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
