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
 * @example
 * await runJsonl(checker, options); // reads stdin when no file is given
 */
export async function runJsonl(checker: Checker, options: CommonOptions): Promise<CommandResult> {
  const { streamJsonl } = await import('./jsonl-stream.js');
  return streamJsonl(checker, options);
}
