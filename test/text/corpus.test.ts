/**
 * The labelled corpus of fiches: precision and recall of the post-text rules over
 * (fiche, rule id, severity), printed, and at least 0.95 each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractText } from '../../src/text/index.js';
import { FICHES, keys, lint } from './support.js';

const labels = parse(readFileSync(join(FICHES, 'labels.yaml'), 'utf8')) as Record<string, string[]>;

describe('corpus of fiches de poste', () => {
  it('has at least 40 labelled fiches in several formats, covering every text rule', () => {
    const files = Object.keys(labels);
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const ext of ['.txt', '.md', '.docx', '.pdf']) expect(files.some((f) => f.endsWith(ext)), ext).toBe(true);
    const fired = new Set(Object.values(labels).flat().map((k) => k.split(':')[0]));
    expect(fired.size).toBe(11);
    expect(files.filter((f) => labels[f]!.length === 0).length).toBeGreaterThan(10);
  });

  it('is linted at precision and recall ≥ 0.95', async () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const [file, expected] of Object.entries(labels)) {
      const extracted = await extractText(join(FICHES, file));
      expect(extracted.ok, file).toBe(true);
      if (!extracted.ok) continue;
      const got = keys(await lint(extracted.text));
      const extra = got.filter((k) => !expected.includes(k));
      const missing = expected.filter((k) => !got.includes(k));
      tp += got.length - extra.length;
      fp += extra.length;
      fn += missing.length;
      if (extra.length + missing.length > 0) misses.push(`${file}: +[${extra.join(', ')}] -[${missing.join(', ')}]`);
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(`corpus post-text : précision ${precision.toFixed(3)}, rappel ${recall.toFixed(3)} (${tp} justes, ${fp} en trop, ${fn} manquées)${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
