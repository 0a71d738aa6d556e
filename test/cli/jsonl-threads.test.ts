/**
 * `cadre validate --jsonl` writes the same lines whether batches are checked in the main thread
 * or in worker threads, in input order, with the same exit code; and its report lines are
 * exactly `JSON.stringify({ file, line, ...report })`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter, utf8 } from '../../src/cli/jsonl-bytes.js';
import { ReportSerializer } from '../../src/cli/jsonl-report-json.js';
import { runCheck } from '../../src/core/check.js';
import { checkerFor } from '../../src/domain/iscg/api/default-checker.js';
import { check, validateAction } from '../../src/index.js';
import { runCli } from '../support/cli.js';
import { actionArb, arbitraryJsonArb, postArb, sharingArb } from '../support/iscg-arbitraries.js';

/** 6,000 lines: documents of every kind, some invalid, some blank, some not JSON. */
function stream(): string {
  const docs = fc.sample(fc.oneof(actionArb, sharingArb, postArb, arbitraryJsonArb), { numRuns: 6000, seed: 7 });
  return docs.map((d, i) => (i % 997 === 0 ? '' : i % 1009 === 0 ? '{pas du JSON' : JSON.stringify(d) ?? 'null')).join('\n');
}

describe('cadre validate --jsonl on a long stream', () => {
  it('gives the same output with and without worker threads', () => {
    const input = stream();
    const main = runCli(['validate', '--jsonl'], { input, env: { CADRE_JSONL_THREADS: '0' } });
    const threads = runCli(['validate', '--jsonl'], { input, env: { CADRE_JSONL_THREADS: '2' } });
    expect(main.stderr).toBe('');
    expect(threads.stderr).toBe('');
    // One report per non-blank line, numbered as in the input, in order.
    const numbers = main.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { line: number }).line);
    expect(numbers).toEqual(Array.from({ length: 6000 }, (_, i) => i + 1).filter((n) => (n - 1) % 997 !== 0));
    expect(threads.stdout).toBe(main.stdout);
    expect(threads.code).toBe(main.code);
    expect(main.code).toBe(2);
  });
});

describe('ReportSerializer', () => {
  it('writes exactly what JSON.stringify writes, reports after reports (cached parts reused)', () => {
    const serializer = new ReportSerializer();
    fc.assert(
      fc.property(fc.oneof(actionArb, sharingArb, postArb, arbitraryJsonArb), fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, fc.boolean(), (doc, lang, verbose) => {
        const report = check(doc, { lang, verbose });
        expect(serializer.serialize(report)).toBe(JSON.stringify(report));
        const out = new ByteWriter();
        serializer.writeLine(out, utf8('{"file":"«a».jsonl","line":'), 12, report);
        expect(out.take().toString('utf8')).toBe(`${JSON.stringify({ file: '«a».jsonl', line: 12, ...report })}\n`);
      }),
      { numRuns: 3000 },
    );
  });

  it('recognises a rule\'s shared frozen sources, and still compares sources that are not them', () => {
    const serializer = new ReportSerializer();
    const doc = { date: '2025-03-01', type: 'summons', person: { role: 'victim', minor: false }, consent: { status: 'given' } };
    const checker = checkerFor();
    const shared = runCheck(checker, 'action', doc, { shareSources: true });
    const copied = runCheck(checker, 'action', doc);
    const changed = { ...copied, findings: copied.findings.map((f) => ({ ...f, sources: f.sources.map((source) => ({ ...source, ref: `${source.ref} (autre)` })) })) };
    expect(Object.isFrozen(shared.findings[0]?.sources)).toBe(true);
    for (const report of [shared, copied, changed, shared, changed, copied, shared]) {
      expect(serializer.serialize(report)).toBe(JSON.stringify(report));
    }
    // Sources that are not frozen may change in place between two reports: they are compared again.
    const source = copied.findings[0]?.sources[0] as { ref: string };
    source.ref = 'changée sur place';
    expect(serializer.serialize(copied)).toBe(JSON.stringify(copied));
    expect(serializer.serialize(copied)).toContain('changée sur place');
  });

  it('falls back to JSON.stringify for anything shaped otherwise', () => {
    const serializer = new ReportSerializer();
    const report = validateAction({ date: '2025-03-01', type: 'summons', person: { role: 'victim', minor: false }, consent: { status: 'given' } });
    const variants: unknown[] = [
      report,
      { ...report, extra: 1 },
      { extra: 1, ...report },
      { ...report, findings: report.findings.map((f) => ({ ...f, sources: f.sources.map((s) => ({ status: s.status, ref: s.ref })) })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, sources: [...f.sources, { ref: 'x', status: 'verified', note: 1 }] })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, evidence: 'passage' })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, evidence: undefined })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, message: undefined })) },
      { ...report, ruleset: { ...report.ruleset, edition: null } },
      { ...report, ruleset: { digest: report.ruleset.digest, name: report.ruleset.name, edition: report.ruleset.edition, version: report.ruleset.version } },
      { ...report, inputErrors: [{ pointer: '/type', message: 'x', line: 2, column: 3 }] },
      { ...report, findings: report.findings.map((f) => ({ ...f, location: { pointer: '/a', line: 2, column: 3 } })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, location: { line: 2, pointer: '/a' } })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, message: 'guillemets " et \\ et \u0001 et \ud800 et 😀' })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, docUrl: `${f.docUrl}#autre` })) },
      { ...report, findings: report.findings.map((f) => ({ ...f, severity: 'review' })) },
      { ...report, asOf: '2025-«03»-01' },
      { ...report, asOf: 'x'.repeat(100) },
      { ...report, subject: 'sujet « autre »' },
      { ...report, outcome: 'autre' },
      { ...report, findings: [...report.findings, ...report.findings] },
      report,
    ];
    for (const variant of variants) {
      expect(serializer.serialize(variant as typeof report)).toBe(JSON.stringify(variant));
      const out = new ByteWriter();
      serializer.writeLine(out, utf8('{"file":"a","line":'), 1, variant as typeof report);
      expect(out.take().toString('utf8')).toBe(`${JSON.stringify({ file: 'a', line: 1, ...(variant as object) })}\n`);
    }
  });
});
