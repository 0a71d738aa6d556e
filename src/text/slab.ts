/**
 * Zeroed typed arrays for the per-token tables of an analysis, carved from shared 64 KB slabs.
 * A typed array of more than 64 bytes has its own off-heap buffer, which costs about a
 * microsecond to create; an analysis creates some twenty of them per text, which was a good part
 * of the time of linting a short fiche. A view on a slab costs a few tens of nanoseconds. Slabs
 * are never reused: a fresh slab is zeroed, and is freed once no view of it is alive. Large
 * arrays get their own buffer.
 * @module
 */

const SLAB_BYTES = 64 * 1024;
const OWN_BUFFER_BYTES = SLAB_BYTES / 4;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

/** Reserves `bytes` (a multiple of 4) in the current slab; returns the offset. */
function reserve(bytes: number): number {
  if (used + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const offset = used;
  used += bytes;
  return offset;
}

/**
 * A zeroed `Uint8Array` of `length` elements.
 *
 * @example
 * ```ts
 * zeroedBytes(3); // Uint8Array [0, 0, 0]
 * ```
 */
export function zeroedBytes(length: number): Uint8Array {
  if (length > OWN_BUFFER_BYTES) return new Uint8Array(length);
  // Rounded up to 4 bytes, so that the next Int32Array stays aligned; reserved before `slab` is
  // read, since reserving may start a new slab.
  const offset = reserve((length + 3) & ~3);
  return new Uint8Array(slab, offset, length);
}

/**
 * A zeroed `Int32Array` of `length` elements.
 *
 * @example
 * ```ts
 * zeroedInts(2); // Int32Array [0, 0]
 * ```
 */
export function zeroedInts(length: number): Int32Array {
  if (length * 4 > OWN_BUFFER_BYTES) return new Int32Array(length);
  const offset = reserve(length * 4);
  return new Int32Array(slab, offset, length);
}
