/**
 * Timing helpers. The machines this runs on are shared and noisy, so the bench (1) measures
 * whole passes over the documents for throughputs and ratios, (2) alternates the two sides of a
 * ratio pass by pass and keeps the median of the pass-by-pass ratios (slow phases of the machine
 * hit both sides), and (3) times single calls only for the median and p99 per decision, minus the
 * cost of reading the clock.
 * @module
 */

/** Statistics of one checker on a document set. */
export interface CallStats {
  /** Median time of one decision, µs. */
  medianUs: number;
  /** 99th percentile of one decision, µs. */
  p99Us: number;
  /** Mean time of one decision over whole passes (best pass), µs. */
  meanUs: number;
  /** Decisions per second (best pass). */
  perSecond: number;
}

const now = (): bigint => process.hrtime.bigint();

/**
 * The value at quantile `q` (0..1) of numbers (sorted in place).
 * @example
 * quantile([3, 1, 2], 0.5); // 2
 */
export function quantile(values: number[], q: number): number {
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;
}

/**
 * Mean ns per call of one pass of `fn` over `inputs`.
 * @example
 * passNs(validateAction, documents); // e.g. 4200
 */
export function passNs(fn: (input: unknown) => unknown, inputs: readonly unknown[]): number {
  const start = now();
  for (const input of inputs) fn(input);
  return Number(now() - start) / inputs.length;
}

/** The cost of reading the clock twice, ns (median of many). */
function clockOverheadNs(): number {
  const samples: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const start = now();
    samples.push(Number(now() - start));
  }
  return quantile(samples, 0.5);
}

/**
 * Median and p99 of single calls, and the best pass's mean, over `rounds` passes.
 * @example
 * callStats(validateAction, documents, 5).medianUs; // e.g. 3.9
 */
export function callStats(fn: (input: unknown) => unknown, inputs: readonly unknown[], rounds: number): CallStats {
  const overhead = clockOverheadNs();
  const samples: number[] = [];
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = now();
      fn(input);
      samples.push(Math.max(0, Number(now() - start) - overhead));
    }
    best = Math.min(best, passNs(fn, inputs));
  }
  return { medianUs: quantile(samples, 0.5) / 1000, p99Us: quantile(samples, 0.99) / 1000, meanUs: best / 1000, perSecond: 1e9 / best };
}

/**
 * The same for an asynchronous function (json-rules-engine), awaited call by call.
 * @example
 * await asyncCallStats((doc) => runJreEngine(engine, doc, doc.date), parsed, 1);
 */
export async function asyncCallStats(fn: (input: unknown) => Promise<unknown>, inputs: readonly unknown[], rounds: number): Promise<CallStats> {
  const samples: number[] = [];
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const pass = now();
    for (const input of inputs) {
      const start = now();
      await fn(input);
      samples.push(Number(now() - start));
    }
    best = Math.min(best, Number(now() - pass) / inputs.length);
  }
  return { medianUs: quantile(samples, 0.5) / 1000, p99Us: quantile(samples, 0.99) / 1000, meanUs: best / 1000, perSecond: 1e9 / best };
}

/**
 * How many times slower `slow` is than `fast`: passes alternate, and the ratio is the median of
 * the pass-by-pass ratios.
 * @example
 * pairedRatio(validateAction, handwritten.check, documents, 15); // e.g. 1.3
 */
export function pairedRatio(slow: (input: unknown) => unknown, fast: (input: unknown) => unknown, inputs: readonly unknown[], rounds: number): number {
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) ratios.push(passNs(slow, inputs) / passNs(fast, inputs));
  return quantile(ratios, 0.5);
}

/**
 * Median wall time of a function run `runs` times, ms.
 * @example
 * medianMs(() => lintPostText(text), 9);
 */
export function medianMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    fn();
    times.push(Number(now() - start) / 1e6);
  }
  return quantile(times, 0.5);
}
