/**
 * Section 2 of the bench: the linter of free-text fiches. MB/s of `lintPostText` over the fiches
 * (fastest of 15 passes; the median too)
 * of `test/corpus/fiches` (text extracted from .docx/.pdf beforehand: extraction is not linting),
 * and the time for one fiche repeated 1×, 10× and 100× (fastest of 15 calls each, the median too):
 * linear time means about 100× for 100×.
 * @module
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { medianMs, quantile } from './measure.js';
import { ROOT, type Cadre, type TextModule } from './package.js';

/** What section 2 measures, or why it could not. */
export type LintResult =
  | { skipped: string }
  | {
      fiches: number;
      megabytes: number;
      /** MB/s of the fastest pass (the measure of the code: slower passes measure the machine's neighbours). */
      lintMBps: number;
      /** MB/s of the median pass, for information. */
      lintMBpsMedian: number;
      /** The fiche repeated: its size and the fastest and median times of one lint at 1×, 10×, 100×. */
      scaling: { repeat: number; kilobytes: number; ms: number; medianMs: number }[];
      lintScaling100x: number;
    };

const FICHES = join(ROOT, 'test/corpus/fiches');
const EXTENSIONS = /\.(txt|md|markdown|docx|pdf)$/i;

/**
 * Runs section 2.
 * @example
 * const lint = await benchLint(cadre, textModule, console.log);
 */
export async function benchLint(cadre: Cadre, text: TextModule, log: (line: string) => void): Promise<LintResult> {
  let files: string[] = [];
  try {
    files = readdirSync(FICHES, { recursive: true, encoding: 'utf8' }).filter((f) => EXTENSIONS.test(f)).sort();
  } catch {
    // no corpus folder: reported as skipped
  }
  if (files.length === 0) return { skipped: 'aucune fiche dans test/corpus/fiches' };
  if (!cadre.compileRuleset().ruleset.rules.some((r) => r.subject === 'post-text')) return { skipped: 'aucune règle post-text dans le référentiel livré' };
  const texts: string[] = [];
  for (const file of files) {
    const extracted = await text.extractText(join(FICHES, file));
    if (extracted.ok && extracted.text.trim() !== '') texts.push(extracted.text);
  }
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  log(`  lintPostText : ${texts.length} fiches, ${(bytes / 1e6).toFixed(2)} Mo…`);
  const lintAll = (): void => {
    for (const t of texts) cadre.lintPostText(t);
  };
  // The first pass compiles the text rules; the next ones let the JIT settle, as it has in a
  // reviewer's browser after a few keystrokes. Then 15 passes: the fastest gives the throughput,
  // as for the checks (on this shared host the same pass takes from 30 to 70 ms from one moment
  // to the next, with no change in the code's work: no JIT or GC event in between), the median
  // is kept for information.
  for (let warm = 0; warm < 3; warm++) lintAll();
  const passes = Array.from({ length: 15 }, () => medianMs(lintAll, 1));
  const ms = Math.min(...passes);
  const medianPass = quantile(passes, 0.5);
  const fiche = median(texts);
  log(`  une fiche de ${(Buffer.byteLength(fiche, 'utf8') / 1000).toFixed(1)} ko répétée 1×, 10×, 100×…`);
  const sizes = [1, 10, 100].map((repeat) => ({ repeat, text: Array.from({ length: repeat }, () => fiche).join('\n\n') }));
  // The sizes are warmed together, in turn, before any is measured: the first text past a size
  // (1,024 tokens, 16 KB tables…) takes code paths the compiler had never seen, and V8 then runs
  // the matcher unoptimised for a dozen calls; warmed one after the other, the sizes were measured
  // in different states of the compiled code (1× at 0.14 or 0.30 ms, 100× at 11 or 17 ms from
  // one run to the next, the ratio from 38 to 121). Together, as an application lints fiches of
  // every size, the code settles once for all of them.
  const warmUntil = performance.now() + 600;
  for (let round = 0; round < 10 || performance.now() < warmUntil; round++) for (const size of sizes) cadre.lintPostText(size.text);
  const scaling = sizes.map(({ repeat, text: repeated }) => {
    // The fastest of 15 calls, as for the passes (a garbage collection or a busy neighbour in one
    // call moves the median), the median kept beside it.
    const times = Array.from({ length: 15 }, () => medianMs(() => cadre.lintPostText(repeated), 1));
    return { repeat, kilobytes: Buffer.byteLength(repeated, 'utf8') / 1000, ms: Math.min(...times), medianMs: quantile(times, 0.5) };
  });
  const first = scaling[0]?.ms ?? Number.NaN;
  return {
    fiches: texts.length,
    megabytes: bytes / 1e6,
    lintMBps: bytes / 1e6 / (ms / 1000),
    lintMBpsMedian: bytes / 1e6 / (medianPass / 1000),
    scaling,
    lintScaling100x: (scaling[2]?.ms ?? Number.NaN) / first,
  };
}

/** The text of median length. */
function median(texts: readonly string[]): string {
  const sorted = [...texts].sort((a, b) => a.length - b.length);
  return sorted[Math.floor(sorted.length / 2)] as string;
}
