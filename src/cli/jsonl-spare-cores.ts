/**
 * How many processor cores were free while `cadre validate --jsonl` started: the machine's idle
 * time (all cores, as the system counts it) over the time elapsed. A worker thread is worth
 * starting only on a core nobody else uses: on the 2-core machine of the bench, a worker made a
 * long stream 16 % faster when the second core was free, and 26 % slower when another program
 * kept it busy (docs/performance.md).
 * @module
 */
import { cpus } from 'node:os';

/** Idle time of the machine, all cores, in milliseconds. */
function idleMs(): number {
  let idle = 0;
  for (const cpu of cpus()) idle += cpu.times.idle;
  return idle;
}

/** A measure of the free cores, from the moment it is made. */
export class SpareCores {
  private readonly idle = idleMs();
  private readonly start = performance.now();

  /**
   * The average number of idle cores since this object was made (0 when too little time has
   * passed to tell: the system counts idle time in ticks of 10 ms).
   * @example
   * const spare = new SpareCores();
   * await loadRules();
   * spare.measure(); // e.g. 0.9 on an otherwise idle 2-core machine
   */
  measure(): number {
    const elapsed = performance.now() - this.start;
    if (elapsed < 30) return 0;
    return Math.max(0, (idleMs() - this.idle) / elapsed);
  }
}
