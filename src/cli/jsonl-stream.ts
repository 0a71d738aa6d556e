/**
 * `cadre validate --jsonl`: one JSON document per line in (files or stdin), one JSON report per
 * line out, in order and in constant memory. The input is read as bytes (1 MB at a time) and cut
 * into blocks of whole lines (about 64 kB, a few hundred lines); each block is decoded, checked
 * and written as UTF-8 in one go (`jsonl-batch.ts`), then written out with one call. Where
 * blocks are checked: `jsonl-checkers.ts`.
 * @module
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { Severity } from '../core/types.js';
import type { CommandResult } from './io.js';
import type { CommonOptions } from './options.js';
import type { BatchOptions } from './jsonl-batch.js';
import { askedThreads, Checkers } from './jsonl-checkers.js';
import { LineCutter } from './jsonl-lines.js';
import { OrderedOutput } from './jsonl-output.js';

/** Bytes read from a file at a time: fewer, larger reads are faster. */
const READ_SIZE = 1024 * 1024;
/** Bytes of whole lines checked at a time, in one thread (a few hundred lines). */
const BLOCK_SIZE = 64 * 1024;
/** Blocks checked ahead of the one being written, at most (bounds memory). */
const AHEAD = 32;

/**
 * Streams JSON Lines through the checker that `loadChecker` gives (undefined: exit code 2).
 * @example
 * await streamJsonl(options, () => checkerFromOptions(options)); // reads stdin when no file is given
 */
export async function streamJsonl(options: CommonOptions, loadChecker: () => Promise<Checker | undefined>): Promise<CommandResult> {
  const sources = options.files.length === 0 ? ['-'] : options.files;
  const levels: Severity[] = options.failOn === 'error' ? ['error'] : options.failOn === 'review' ? ['error', 'review'] : ['error', 'review', 'warning'];
  const batchOptions: BatchOptions = { lang: options.lang, verbose: options.verbose, levels, ...(options.asOf !== undefined ? { asOf: options.asOf } : {}) };
  // Worker threads run the shipped rules; a --ruleset DIR stream is checked in the main thread.
  const checkers = new Checkers(batchOptions, options.ruleset === undefined ? askedThreads() : 0);
  const output = new OrderedOutput();
  let unreadable = false;
  try {
    const checker = await loadChecker();
    if (!checker) return { exitCode: 2 };
    checkers.useChecker(checker, sources);
    for (const source of sources) {
      const input = source === '-' ? process.stdin : createReadStream(source, { highWaterMark: READ_SIZE });
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
      await pump(input, head, checkers, output);
    }
    await output.finish();
  } finally {
    await checkers.close();
  }
  const totals = output.totals;
  let exit = unreadable || totals.invalid ? 2 : totals.failing ? 1 : 0;
  if (exit === 0 && options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) exit = 1;
  return { exitCode: exit };
}

/** Reads one source, cuts it into blocks of whole lines and has them checked, in order. */
async function pump(input: Readable, head: string, checkers: Checkers, output: OrderedOutput): Promise<void> {
  const cutter = new LineCutter(BLOCK_SIZE);
  let firstLine = 1;
  const submit = async (bytes: Uint8Array, lines: number): Promise<void> => {
    output.add(checkers.check({ head, firstLine, bytes }));
    firstLine += lines;
    await output.flush(AHEAD);
    // A turn of the event loop: the workers' answers come in, and they get the next blocks.
    if (checkers.pooled) await new Promise((resolve) => setImmediate(resolve));
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    checkers.read(chunk.length);
    for (const block of cutter.push(chunk)) await submit(block.bytes, block.lines);
  }
  const last = cutter.end();
  if (last) await submit(last.bytes, last.lines);
}
