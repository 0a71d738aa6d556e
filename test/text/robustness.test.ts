/** Bad and huge inputs: findings or a clear error, never a crash; spans always inside the text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { analyseText } from '../../src/text/index.js';
import { lint } from './support.js';

function spansInside(text: string, report: Report): void {
  const lines = text.normalize('NFC').split('\n');
  for (const f of report.findings) {
    const { line, column, endLine, endColumn } = f.location;
    if (line === undefined) continue;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column!).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1);
    if (endLine !== undefined) {
      expect(endLine).toBeGreaterThanOrEqual(line);
      expect(endLine).toBeLessThanOrEqual(lines.length);
      expect(endColumn!).toBeLessThanOrEqual((lines[endLine - 1]?.length ?? 0) + 1);
    }
  }
}

describe('bad input', () => {
  it('lints a 5 MB fiche', async () => {
    const paragraph = "L'intervenant participe aux auditions. Il ne recueille pas les plaintes ; il oriente les victimes.\n";
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const report = await lint(text);
    expect(report.findings.map((f) => f.ruleId)).toContain('text/inquiry-tasks');
    spansInside(text, report);
  });

  it('lints a 1 MB line without spaces, 100,000 repetitions of a word and an empty text', async () => {
    for (const text of ['x'.repeat(1024 * 1024), 'audition '.repeat(100_000), '', '\n\n\n']) {
      const report = await lint(text);
      expect(report.outcome).not.toBe('invalid-input');
      expect(report.findings.map((f) => f.ruleId)).toContain('text/missing-secrecy');
      spansInside(text, report);
    }
  });

  it('lints deeply nested lists', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i % 400)}- ne participe pas aux auditions ${i}`).join('\n');
    const report = await lint(`Sont exclus :\n${text}`);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('text/inquiry-tasks');
  });

  it('reports anything but a string as an input error', async () => {
    const report = await lint({ text: 'x' });
    expect(report.outcome).toBe('invalid-input');
    expect(report.inputErrors[0]?.pointer).toBe('');
  });

  it('for any string, lint never throws and its spans lie inside the text', async () => {
    const words = fc.constantFrom('ne', 'pas', 'participe', 'aux', 'auditions', 'sans', 'accord', ':', '-', '\n', '« ', ' »', 'Sont exclus', 'l’', 'DEASS', '#', '  ', '.', ',', 'É', 'placé·e', '(e)', '\r\n', '\u0000', '😀');
    const text = fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), fc.array(words, { maxLength: 80 }).map((a) => a.join(' ')));
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const report = await lint(s);
        spansInside(s, report);
      }),
      { numRuns: 300 },
    );
  });

  it('analyses in time linear in the text: each token is processed a bounded number of times', () => {
    // Behaviour, not timing: doubling a pathological text doubles its tokens and keeps scopes bounded.
    const unit = 'ne ne ne sans sans « « : : - '.repeat(1000);
    const a = analyseText(unit);
    const b = analyseText(unit + unit);
    expect(b.tokens.count).toBe(2 * a.tokens.count);
  });
});
