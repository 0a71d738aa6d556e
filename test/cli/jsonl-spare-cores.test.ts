/** The free cores measured while `cadre validate --jsonl` starts. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SpareCores } from '../../src/cli/jsonl-spare-cores.js';

describe('SpareCores', () => {
  it('says 0 until there is enough time to tell, then a number of cores', async () => {
    const spare = new SpareCores();
    expect(spare.measure()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 120));
    const cores = spare.measure();
    expect(cores).toBeGreaterThanOrEqual(0);
    // Idle ticks are counted by 10 ms: a little more than the cores there are is possible.
    expect(cores).toBeLessThanOrEqual(availableParallelism() * 1.5 + 0.5);
  });
});
