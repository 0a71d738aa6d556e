/**
 * The lines of `cadre validate --jsonl` are readline's lines (`crlfDelay: Infinity`), whatever
 * the chunks the bytes come in: LF, CRLF (even split between two chunks), a lone CR, a blank line,
 * a last line without a break, a line longer than a block, invalid UTF-8.
 */
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachLine, LineCutter } from '../../src/cli/jsonl-lines.js';

/**
 * What readline gives for these bytes, decoded as one (readline's own decoder drops an
 * incomplete UTF-8 sequence at the very end of the stream; the cutter gives U+FFFD for it, so
 * that such a line is reported, not silently shortened).
 */
async function readlineLines(bytes: Uint8Array): Promise<string[]> {
  const lines: string[] = [];
  const reader = createInterface({ input: Readable.from([Buffer.from(bytes).toString('utf8')]), crlfDelay: Infinity });
  for await (const line of reader) lines.push(line);
  return lines;
}

/** What the cutter and forEachLine give, block by block, with the line counts they announce. */
function cutterLines(chunks: Uint8Array[], blockSize: number): { lines: string[]; announced: number } {
  const cutter = new LineCutter(blockSize);
  const lines: string[] = [];
  let announced = 0;
  const visit = (block: { bytes: Uint8Array; lines: number }): void => {
    const before = lines.length;
    forEachLine(Buffer.from(block.bytes).toString('utf8'), (line, index) => {
      expect(index).toBe(lines.length - before);
      lines.push(line);
    });
    expect(lines.length - before).toBe(block.lines);
    announced += block.lines;
  };
  for (const chunk of chunks) for (const block of cutter.push(chunk)) visit(block);
  const last = cutter.end();
  if (last) visit(last);
  return { lines, announced };
}

/** Cuts `bytes` at the given positions. */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const c of at) {
    chunks.push(bytes.subarray(from, c));
    from = c;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

/** Text made mostly of line breaks, JSON-ish characters, accents and the odd invalid byte. */
const bytesArb = fc
  .array(fc.constantFrom('\n', '\r', '\r\n', '{"a":1}', ' ', 'é', '«', '\u2028', '\ufeff', 'x', '\u0000', new Uint8Array([0xe2, 0x82]), new Uint8Array([0xff])), { maxLength: 60 })
  .map((parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

describe('LineCutter and forEachLine', () => {
  it('give readline’s lines for any bytes cut anywhere, and announce each block’s line count', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 16 }), async (bytes, cuts, blockSize) => {
        const expected = await readlineLines(bytes);
        const { lines, announced } = cutterLines(split(bytes, cuts), blockSize);
        expect(lines).toEqual(expected);
        expect(announced).toBe(expected.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads what readline reads from raw chunks, but for an incomplete UTF-8 sequence at the very end', async () => {
    const bytes = Buffer.from('{"a":"é"}\r\n\n{"b":"«»"}\r{"c":1}\n');
    const chunks = split(bytes, [3, 4, 10, 11, 12, 20]);
    const lines: string[] = [];
    for await (const line of createInterface({ input: Readable.from(chunks.map((c) => Buffer.from(c))), crlfDelay: Infinity })) lines.push(line);
    expect(cutterLines(chunks, 4).lines).toEqual(lines);
    expect(cutterLines([Buffer.from([0x7b, 0xe2, 0x82])], 4).lines).toEqual(['{\ufffd']);
  });

  it('keeps a CRLF split between two chunks as one break', () => {
    expect(cutterLines([Buffer.from('a\r'), Buffer.from('\nb\r'), Buffer.from('\n')], 4).lines).toEqual(['a', 'b']);
  });

  it('counts blank lines, a lone CR, and a last line without a break', () => {
    expect(cutterLines([Buffer.from('a\n\n \r\rb\r\nc')], 64).lines).toEqual(['a', '', ' ', '', 'b', 'c']);
  });

  it('keeps a line longer than a block, and longer than a chunk, whole', () => {
    const long = 'x'.repeat(10_000);
    const bytes = Buffer.from(`${long}\n{"a":1}\n${long}`);
    const chunks = split(bytes, [100, 5000, 10_003, 15_000]);
    expect(cutterLines(chunks, 64).lines).toEqual([long, '{"a":1}', long]);
  });

  it('cuts long streams into blocks of about the block size, ending at line feeds', () => {
    const cutter = new LineCutter(100);
    const blocks = cutter.push(Buffer.from('{"a":1}\n'.repeat(100)));
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) {
      expect(b.bytes[b.bytes.length - 1]).toBe(10);
      expect(b.lines).toBe(b.bytes.length / 8);
    }
    expect(cutter.end()).toBeUndefined();
  });
});
