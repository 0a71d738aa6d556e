/**
 * Safety check of a zip archive (a .docx) BEFORE anything inflates it: the central directory is
 * read, and the archive is refused when its declared uncompressed size exceeds
 * {@link MAX_UNCOMPRESSED} or the compression ratio exceeds {@link MAX_RATIO} (zip bombs), when
 * it uses ZIP64, or when it is not a zip at all.
 * @module
 */

/** Largest total uncompressed size accepted (20 MB). */
export const MAX_UNCOMPRESSED = 20 * 1024 * 1024;
/** Largest ratio uncompressed / compressed accepted. */
export const MAX_RATIO = 100;

/** An entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Outcome of the check. */
export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not-zip' | 'bomb' | 'zip64' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Reads the central directory of a zip archive and checks its declared sizes.
 *
 * @example
 * ```ts
 * checkZip(new Uint8Array([1, 2, 3])); // { ok: false, reason: 'not-zip' }
 * ```
 */
export function checkZip(bytes: Uint8Array): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'not-zip' };
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (cdOffset + cdSize > bytes.length) return { ok: false, reason: 'not-zip' };
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  let totalUncompressed = 0;
  let totalCompressed = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return { ok: false, reason: 'not-zip' };
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    totalUncompressed += uncompressedSize;
    totalCompressed += compressedSize;
    if (totalUncompressed > MAX_UNCOMPRESSED) return { ok: false, reason: 'bomb' };
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (totalUncompressed > MAX_RATIO * Math.max(totalCompressed, 1) && totalUncompressed > 1024 * 1024) return { ok: false, reason: 'bomb' };
  return { ok: true, entries };
}

/**
 * Verifies that every entry inflates to no more than its declared size (a lying central
 * directory is a bomb too). Bounded by {@link MAX_UNCOMPRESSED} in total.
 *
 * @example
 * ```ts
 * const check = checkZip(bytes);
 * if (check.ok) await verifyInflation(bytes, check.entries); // true when sizes hold
 * ```
 */
export async function verifyInflation(bytes: Uint8Array, entries: ZipEntry[]): Promise<boolean> {
  const { inflateRawSync } = await import('node:zlib');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) return false;
    const dataStart = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const data = bytes.subarray(dataStart, dataStart + e.compressedSize);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) return false;
      continue;
    }
    if (e.method !== 8) return false;
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) });
      if (out.length !== e.uncompressedSize) return false;
    } catch {
      return false;
    }
  }
  return true;
}
