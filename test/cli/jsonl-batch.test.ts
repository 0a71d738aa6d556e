/**
 * A stream checked block by block writes, byte for byte, what the line-by-line reading gave before
 * (readline, `JSON.parse`, the check, `JSON.stringify({ file, line, ...report })`), whatever the
 * chunks the input comes in and the size of the blocks.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchChecker, type BatchOptions } from '../../src/cli/jsonl-batch.js';
import { checkDocument } from '../../src/cli/check-document.js';
import { LineCutter } from '../../src/cli/jsonl-lines.js';
import { unreadableReport } from '../../src/cli/run-checks.js';
import { checkerFor } from '../../src/domain/iscg/api/default-checker.js';
import { actionArb, arbitraryJsonArb, postArb, sharingArb } from '../support/iscg-arbitraries.js';

const checker = checkerFor();
const HEAD = '{"file":"lot.jsonl","line":';

/** The reports as the line-by-line implementation wrote them. */
async function reference(input: string, options: BatchOptions): Promise<string> {
  let out = '';
  let n = 0;
  for await (const line of createInterface({ input: Readable.from([input]), crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    let report;
    try {
      report = checkDocument(checker, JSON.parse(line), options);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      report = unreadableReport(checker, options.lang === 'en' ? `invalid JSON: ${detail}` : `JSON invalide : ${detail}`, { line: n, column: 1 }, options.lang);
    }
    out += `${JSON.stringify({ file: 'lot.jsonl', line: n, ...report })}\n`;
  }
  return out;
}

/** The same input through the cutter and the batch checker. */
function blockwise(bytes: Uint8Array, cuts: number[], blockSize: number, options: BatchOptions): string {
  const batches = new BatchChecker(checker, options);
  const cutter = new LineCutter(blockSize);
  const out: Uint8Array[] = [];
  let firstLine = 1;
  const run = (block: { bytes: Uint8Array; lines: number }): void => {
    out.push(batches.run({ head: HEAD, firstLine, bytes: block.bytes }).bytes);
    firstLine += block.lines;
  };
  let from = 0;
  for (const c of [...new Set(cuts.map((x) => x % (bytes.length + 1)))].sort((a, b) => a - b)) {
    for (const block of cutter.push(bytes.subarray(from, c))) run(block);
    from = c;
  }
  for (const block of cutter.push(bytes.subarray(from))) run(block);
  const last = cutter.end();
  if (last) run(last);
  return Buffer.concat(out).toString('utf8');
}

const lineArb = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(actionArb, sharingArb, postArb, arbitraryJsonArb).map((d) => JSON.stringify(d) ?? 'null') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '{pas du JSON', '\ufeff{"kind":"action"}', '[1,', 'null', '"«»"') },
);
const breakArb = fc.constantFrom('\n', '\r\n', '\r');
const optionsArb: fc.Arbitrary<BatchOptions> = fc.record({
  lang: fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>,
  verbose: fc.boolean(),
  levels: fc.constantFrom(['error'], ['error', 'review']) as fc.Arbitrary<('error' | 'review')[]>,
  asOf: fc.constantFrom(undefined, '2024-06-01', 'demain'),
}).map(({ asOf, ...o }) => (asOf === undefined ? o : { ...o, asOf }));

describe('cadre validate --jsonl, block by block', () => {
  it('writes what the line-by-line reading wrote, for any chunks and block sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(lineArb, breakArb), { maxLength: 25 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 4000 }),
        optionsArb,
        async (lines, finalBreak, cuts, blockSize, options) => {
          let input = lines.map(([l, b]) => l + b).join('');
          if (!finalBreak && lines.length > 0) input = input.slice(0, -(lines.at(-1) as [string, string])[1].length);
          const bytes = Buffer.from(input, 'utf8');
          expect(blockwise(bytes, cuts, blockSize, options)).toBe(await reference(input, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts what the exit code needs: invalid lines, findings at the threshold, warnings', () => {
    const batches = new BatchChecker(checker, { lang: 'fr', verbose: false, levels: ['error'] });
    const ok = batches.run({ head: HEAD, firstLine: 1, bytes: Buffer.from('\n\n') });
    expect(ok).toMatchObject({ invalid: false, failing: false, warnings: 0 });
    expect(ok.bytes.length).toBe(0);
    const bad = batches.run({ head: HEAD, firstLine: 7, bytes: Buffer.from('\n{oops\n') });
    expect(bad.invalid).toBe(true);
    expect(JSON.parse(Buffer.from(bad.bytes).toString('utf8'))).toMatchObject({ line: 8, outcome: 'invalid-input', inputErrors: [{ line: 8, column: 1 }] });
  });
});
