/**
 * `cadre validate --jsonl`: loads the streaming code (`jsonl-stream.ts`) only when it is asked
 * for, so that `cadre validate FILE` starts without it.
 * @module
 */
import type { Checker } from '../core/compile/compile-ruleset.js';
import type { CommandResult } from './io.js';
import type { CommonOptions } from './options.js';

/**
 * Streams JSON Lines through the checker: one report per line, in order, in constant memory.
 * The checker is loaded by `loadChecker` once the stream is set up (worker threads for a long
 * stream start first, so that they load in parallel); undefined from it means exit code 2.
 * @example
 * await runJsonl(options, () => checkerFromOptions(options)); // reads stdin when no file is given
 */
export async function runJsonl(options: CommonOptions, loadChecker: () => Promise<Checker | undefined>): Promise<CommandResult> {
  const { streamJsonl } = await import('./jsonl-stream.js');
  return streamJsonl(options, loadChecker);
}
