/**
 * The lines of a JSON Lines stream, cut as Node's readline cuts them (`crlfDelay: Infinity`): a
 * line ends at a line feed, a carriage return followed by a line feed, or a carriage return
 * alone; a last line without a line break counts when it is not empty. The byte stream is cut
 * into blocks of whole lines ({@link LineCutter}), so that a block can be decoded and checked
 * anywhere (another thread), then split into its lines ({@link forEachLine}).
 * @module
 */

const LF = 10;
const CR = 13;

/** Whole lines of a byte stream. */
export interface LineBlock {
  /** The bytes of the lines, each with its line break (the last line of the stream may have none). */
  bytes: Uint8Array;
  /** How many lines (as {@link forEachLine} visits them). */
  lines: number;
}

/** Cuts a byte stream into blocks of whole lines, of about `blockSize` bytes (more for a longer line). */
export class LineCutter {
  /** Bytes of an unfinished line, waiting for its end. */
  private pending: Uint8Array[] = [];
  private pendingLength = 0;

  /**
   * @example
   * const cutter = new LineCutter(64 * 1024);
   */
  constructor(private readonly blockSize = 64 * 1024) {}

  /**
   * Takes the next bytes of the stream; returns the blocks of the lines they finish, if any.
   * @example
   * const cutter = new LineCutter();
   * cutter.push(Buffer.from('{"a":1}\n{"b"')); // [{ bytes: <{"a":1}\n>, lines: 1 }]
   * cutter.push(Buffer.from(':2}\n'));          // [{ bytes: <{"b":2}\n>, lines: 1 }]
   */
  push(chunk: Uint8Array): LineBlock[] {
    const cut = lastBreakEnd(chunk);
    if (cut === 0) {
      if (chunk.length > 0) {
        this.pending.push(chunk);
        this.pendingLength += chunk.length;
      }
      return [];
    }
    const whole = this.pendingLength > 0 ? Buffer.concat([...this.pending, chunk.subarray(0, cut)]) : chunk.subarray(0, cut);
    this.pending = cut < chunk.length ? [chunk.subarray(cut)] : [];
    this.pendingLength = chunk.length - cut;
    // Blocks end at a line feed past blockSize bytes (a CRLF ends with one too).
    const blocks: LineBlock[] = [];
    const crs = whole.indexOf(CR) !== -1;
    for (let from = 0; from < whole.length; ) {
      const lf = from + this.blockSize < whole.length ? whole.indexOf(LF, from + this.blockSize - 1) : -1;
      const to = lf === -1 ? whole.length : lf + 1;
      blocks.push({ bytes: whole.subarray(from, to), lines: countBreaks(whole, from, to, crs) });
      from = to;
    }
    return blocks;
  }

  /**
   * The end of the stream: the block of the lines still pending (the last one may have no break).
   * @example
   * cutter.end(); // { bytes: <{"c":3}>, lines: 1 }, or undefined
   */
  end(): LineBlock | undefined {
    if (this.pendingLength === 0) return undefined;
    const bytes = this.pending.length === 1 ? (this.pending[0] as Uint8Array) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    const breaks = countBreaks(bytes, 0, bytes.length, true);
    const last = bytes[bytes.length - 1];
    return { bytes, lines: breaks + (last === LF || last === CR ? 0 : 1) };
  }
}

/**
 * Where the last line break of `chunk` ends that is known to be whole: a carriage return at the
 * very end may be followed by a line feed in the next chunk. 0 when there is none.
 */
function lastBreakEnd(chunk: Uint8Array): number {
  const n = chunk.length;
  const lf = chunk.lastIndexOf(LF);
  let cr = chunk.lastIndexOf(CR);
  if (cr === n - 1) cr = n >= 2 ? chunk.lastIndexOf(CR, n - 2) : -1;
  return Math.max(lf, cr) + 1;
}

/**
 * Line breaks in `bytes[from, to)`: line feeds, and carriage returns not followed by one (`crs`:
 * whether there may be carriage returns at all).
 */
function countBreaks(bytes: Uint8Array, from: number, to: number, crs: boolean): number {
  let count = 0;
  for (let i = bytes.indexOf(LF, from); i !== -1 && i < to; i = bytes.indexOf(LF, i + 1)) count++;
  if (!crs) return count;
  for (let i = bytes.indexOf(CR, from); i !== -1 && i < to; i = bytes.indexOf(CR, i + 1)) {
    if (i + 1 >= to || bytes[i + 1] !== LF) count++;
  }
  return count;
}

/**
 * Visits the lines of a decoded block, with their index in it (from 0); the empty text after a
 * final line break is no line.
 * @example
 * forEachLine('a\r\nb\rc\n', (line, i) => console.log(i, line)); // 0 a, 1 b, 2 c
 */
export function forEachLine(text: string, visit: (line: string, index: number) => void): void {
  const n = text.length;
  let index = 0;
  let start = 0;
  if (text.indexOf('\r') === -1) {
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      visit(text.slice(start, end), index++);
      start = end + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== LF && c !== CR) continue;
      visit(text.slice(start, i), index++);
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      start = i + 1;
    }
  }
  if (start < n) visit(text.slice(start), index);
}
