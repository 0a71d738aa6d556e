/** Typed arrays carved from shared slabs: zeroed, independent of each other, whatever their sizes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zeroedBytes, zeroedInts } from '../../src/text/slab.js';

describe('slab arrays', () => {
  it('are zeroed and never overlap, for any sequence of sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 40_000 })), { maxLength: 40 }), (requests) => {
        const arrays = requests.map(([ints, length]) => (ints ? zeroedInts(length) : zeroedBytes(length)));
        arrays.forEach((a, k) => {
          expect(a.length).toBe(requests[k]![1]);
          expect(a.every((v) => v === 0)).toBe(true);
          a.fill(k + 1);
        });
        // Each array still holds its own mark: no two share memory.
        arrays.forEach((a, k) => expect(a.every((v) => v === ((k + 1) & (a instanceof Uint8Array ? 0xff : -1)))).toBe(true));
      }),
      { numRuns: 200 },
    );
  });
});
