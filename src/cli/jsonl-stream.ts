/**
 * `cadre validate --jsonl`: one JSON document per line in (files or stdin), one JSON report per
 * line out, in order and in constant memory (lines go by batches of 512, a few batches at a time).
 * Past 2,048 lines, the batches are checked by worker threads, one per core (at most 4; the main
 * thread only reads and writes): a long stream (a year of records) then uses every core; a short
 * one never pays for starting them. On 2 idle cores this is about 20 % faster than one thread (a
 * machine already busy gains nothing). `CADRE_JSONL_THREADS=n` sets the number of worker threads
 * (0: none).
 * @module
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Severity } from '../core/types.js';
import type { CommandResult } from './io.js';
import type { CommonOptions } from './options.js';
import { checkBatch, type BatchOptions, type BatchResult, type LineBatch } from './jsonl-batch.js';
import { CheckPool, poolAvailable } from './jsonl-pool.js';
import { ReportSerializer } from './jsonl-report-json.js';

const BATCH_LINES = 512;
/** Lines checked in the main thread before worker threads start. */
const POOL_AFTER_LINES = 2048;
/** Batches in flight per checking thread (bounds memory). */
const IN_FLIGHT_PER_THREAD = 2;

/**
 * Streams JSON Lines through the checker.
 * @example
 * await streamJsonl(checker, options); // reads stdin when no file is given
 */
export async function streamJsonl(checker: Checker, options: CommonOptions): Promise<CommandResult> {
  const sources = options.files.length === 0 ? ['-'] : options.files;
  const levels: Severity[] = options.failOn === 'error' ? ['error'] : options.failOn === 'review' ? ['error', 'review'] : ['error', 'review', 'warning'];
  const batchOptions: BatchOptions = { lang: options.lang, verbose: options.verbose, levels, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) };
  // Worker threads run the shipped rules; a --ruleset DIR stream is checked in the main thread.
  const threads = options.ruleset === undefined && poolAvailable() ? workerThreads() : 0;
  const checkers = new Checkers(checker, batchOptions, threads);
  const totals = { invalid: false, failing: false, warnings: 0 };
  let unreadable = false;
  try {
    for (const source of sources) {
      const input = source === '-' ? process.stdin : createReadStream(source, { encoding: 'utf8' });
      const opened = await new Promise<string | undefined>((resolve) => {
        if (source === '-') return resolve(undefined);
        input.once('open', () => resolve(undefined));
        input.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ENOENT' ? (options.lang === 'en' ? 'file not found' : 'fichier introuvable') : (e.code ?? 'erreur')));
      });
      if (opened) {
        process.stderr.write(`cadre : ${source} : ${opened}\n`);
        unreadable = true;
        continue;
      }
      const head = `{"file":${JSON.stringify(source === '-' ? '<stdin>' : source)},"line":`;
      await pump(input, head, checkers, async (result) => {
        totals.invalid ||= result.invalid;
        totals.failing ||= result.failing;
        totals.warnings += result.warnings;
        if (result.text.length > 0 && !process.stdout.write(result.text)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
      });
    }
  } finally {
    await checkers.close();
  }
  let exit = unreadable || totals.invalid ? 2 : totals.failing ? 1 : 0;
  if (exit === 0 && options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) exit = 1;
  return { exitCode: exit };
}

/** How many worker threads check a long stream. */
function workerThreads(): number {
  const asked = Number.parseInt(process.env['CADRE_JSONL_THREADS'] ?? '', 10);
  if (Number.isInteger(asked) && asked >= 0) return Math.min(asked, 16);
  const cores = availableParallelism();
  return cores >= 2 ? Math.min(cores, 4) : 0;
}

/** Where batches are checked: the main thread first, worker threads once the stream is long. */
class Checkers {
  private readonly serializer = new ReportSerializer();
  private pool: CheckPool | undefined;
  private lines = 0;

  constructor(
    private readonly checker: Checker,
    private readonly options: BatchOptions,
    private readonly threads: number,
  ) {}

  /** How many batches may be in flight. */
  inFlight(): number {
    return IN_FLIGHT_PER_THREAD * Math.max(1, this.pool ? this.threads : 1);
  }

  check(batch: LineBatch): Promise<BatchResult> {
    this.lines += batch.lines.length;
    if (!this.pool && this.threads > 0 && this.lines > POOL_AFTER_LINES) this.pool = new CheckPool(this.threads, this.options);
    return this.pool ? this.pool.check(batch) : Promise.resolve(checkBatch(this.checker, this.options, batch, this.serializer));
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * Reads the lines of `input` (split as readline splits them), checks them by batches and hands
 * the results to `consume` in the order of the lines, pausing the input while too many batches
 * are in flight or being written.
 */
function pump(input: Readable, head: string, checkers: Checkers, consume: (result: BatchResult) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const reader = createInterface({ input, crlfDelay: Infinity });
    const queue: Promise<BatchResult>[] = [];
    let lines: string[] = [];
    let first = 1;
    let read = 0;
    let closed = false;
    let paused = false;
    let writing = false;
    const dispatch = (): void => {
      if (lines.length === 0) return;
      queue.push(checkers.check({ head, firstLine: first, lines }));
      lines = [];
      first = read + 1;
    };
    const write = async (): Promise<void> => {
      if (writing) return;
      writing = true;
      try {
        while (queue.length > 0) {
          const result = await (queue[0] as Promise<BatchResult>);
          queue.shift();
          await consume(result);
          if (paused && queue.length < checkers.inFlight()) {
            paused = false;
            reader.resume();
          }
        }
        if (closed) resolve();
      } catch (error) {
        reject(error);
      } finally {
        writing = false;
      }
    };
    input.once('error', reject);
    reader.on('line', (line: string) => {
      read++;
      lines.push(line);
      if (lines.length < BATCH_LINES) return;
      try {
        dispatch();
      } catch (error) {
        reader.close();
        reject(error);
        return;
      }
      if (queue.length >= checkers.inFlight() && !paused) {
        paused = true;
        reader.pause();
      }
      void write();
    });
    reader.once('close', () => {
      try {
        dispatch();
      } catch (error) {
        reject(error);
        return;
      }
      closed = true;
      void write();
    });
  });
}
