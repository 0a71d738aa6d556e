/**
 * An output buffer of UTF-8 bytes for `cadre validate --jsonl`: report lines are written into it
 * piece by piece — most pieces already encoded, kept from earlier reports — and taken out as one
 * block per batch, so that no report line is ever a string to encode again.
 * @module
 */

/** Smallest block allocated (bytes). */
const MIN_BLOCK = 64 * 1024;

/**
 * The UTF-8 bytes of a string.
 * @example
 * utf8('« ok »').length; // 10
 */
export function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** A growing block of UTF-8 bytes. */
export class ByteWriter {
  private block: Buffer;
  private size = 0;
  private expected: number;

  /**
   * An empty writer; `expected` is the size of the first block (it then follows the last one taken).
   * @example
   * const out = new ByteWriter();
   */
  constructor(expected = MIN_BLOCK) {
    this.expected = Math.max(MIN_BLOCK, expected);
    this.block = Buffer.allocUnsafe(this.expected);
  }

  /** Bytes written since the last {@link take}. */
  get length(): number {
    return this.size;
  }

  /**
   * Appends bytes.
   * @example
   * out.bytes(utf8('{"line":'));
   */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.size + n > this.block.length) this.grow(n);
    this.block.set(bytes, this.size);
    this.size += n;
  }

  /**
   * Appends a string, encoded in UTF-8.
   * @example
   * out.text(JSON.stringify(message));
   */
  text(text: string): void {
    // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
    if (this.size + text.length * 3 > this.block.length) this.grow(text.length * 3);
    this.size += this.block.write(text, this.size, 'utf8');
  }

  /**
   * Appends a JSON string literal: `JSON.stringify(value)`, written directly when it is plain ASCII.
   * @example
   * out.jsonString('2025-03-01'); // "2025-03-01"
   */
  jsonString(value: string): void {
    const n = value.length;
    if (n > 64 || this.size + n + 2 > this.block.length) return this.text(JSON.stringify(value));
    const block = this.block;
    let at = this.size;
    block[at++] = 34;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      // Printable ASCII but the quote and the backslash: written as is by JSON.stringify.
      if (c < 32 || c > 126 || c === 34 || c === 92) return this.text(JSON.stringify(value));
      block[at++] = c;
    }
    block[at++] = 34;
    this.size = at;
  }

  /**
   * Appends a non-negative integer in decimal (a line number).
   * @example
   * out.uint(42);
   */
  uint(value: number): void {
    if (!(Number.isSafeInteger(value) && value >= 0)) return this.text(String(value));
    if (this.size + 16 > this.block.length) this.grow(16);
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.size + digits;
    this.size = at;
    let rest = value;
    do {
      this.block[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /**
   * The bytes written so far, as a block of their own (it may be written asynchronously or
   * transferred to another thread); the writer starts a new block.
   * @example
   * process.stdout.write(out.take());
   */
  take(): Buffer {
    const taken = this.block.subarray(0, this.size);
    this.expected = Math.max(MIN_BLOCK, Math.ceil(this.size * 1.25));
    this.block = Buffer.allocUnsafe(this.expected);
    this.size = 0;
    return taken;
  }

  private grow(needed: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(this.block.length * 2, this.size + needed));
    this.block.copy(bigger, 0, 0, this.size);
    this.block = bigger;
  }
}
