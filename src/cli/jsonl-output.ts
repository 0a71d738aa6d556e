/**
 * The output of `cadre validate --jsonl`: the report lines of each block, written in the order of
 * the blocks as soon as they are there (a block checked by a worker thread may come late), and
 * the totals the exit code is made of.
 * @module
 */
import type { BatchResult } from './jsonl-batch.js';

/** What the exit code is made of. */
export interface Totals {
  /** A document could not be checked. */
  invalid: boolean;
  /** A finding reached the failure threshold. */
  failing: boolean;
  warnings: number;
}

interface Slot {
  result?: BatchResult;
  promise?: Promise<BatchResult>;
}

/** Results written to stdout in the order of their blocks. */
export class OrderedOutput {
  readonly totals: Totals = { invalid: false, failing: false, warnings: 0 };
  private readonly queue: Slot[] = [];

  /**
   * Adds the result, or the promise of the result, of the next block.
   * @example
   * output.add(batches.run(batch));
   */
  add(result: BatchResult | Promise<BatchResult>): void {
    if (!(result instanceof Promise)) {
      this.queue.push({ result });
      return;
    }
    const slot: Slot = { promise: result };
    // Known as soon as the worker answers, so that `flush` writes it without waiting; a failure
    // is thrown by `flush`, when the slot's turn comes.
    result.then(
      (r) => (slot.result = r),
      () => undefined,
    );
    this.queue.push(slot);
  }

  /**
   * Writes the results that are there, in order; waits for the oldest while more than `ahead`
   * are not written yet.
   * @example
   * await output.flush(32);
   */
  async flush(ahead: number): Promise<void> {
    for (;;) {
      const slot = this.queue[0];
      if (!slot) return;
      if (slot.result === undefined) {
        if (this.queue.length <= ahead) return;
        slot.result = await (slot.promise as Promise<BatchResult>);
      }
      this.queue.shift();
      await this.write(slot.result);
    }
  }

  /**
   * Writes everything left.
   * @example
   * await output.finish();
   */
  async finish(): Promise<void> {
    await this.flush(0);
  }

  private async write(result: BatchResult): Promise<void> {
    const totals = this.totals;
    totals.invalid ||= result.invalid;
    totals.failing ||= result.failing;
    totals.warnings += result.warnings;
    if (result.bytes.length > 0 && !process.stdout.write(result.bytes)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}
