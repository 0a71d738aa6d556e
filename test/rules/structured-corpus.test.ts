/**
 * The structured corpus: documents whose expected findings were worked out by hand from the
 * catalog. Each case must match exactly (outcome, and ids and severities of error, review and
 * warning findings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';

const DIR = 'test/corpus/structured';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

interface Case {
  description: string;
  asOf?: string;
  document: unknown;
  expected: { outcome: string; findings: string[] };
}

describe('structured corpus', () => {
  it('has at least 90 cases', () => {
    const n = files.reduce((sum, f) => sum + loadCases(f).length, 0);
    expect(n).toBeGreaterThanOrEqual(90);
  });
  for (const file of files) {
    for (const [i, c] of loadCases(file).entries()) {
      it(`${file}#${i + 1}: ${c.description}`, () => {
        const report = check(c.document, c.asOf ? { asOf: c.asOf } : {});
        const got = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}:${f.severity}`).sort();
        expect({ outcome: report.outcome, findings: got }).toEqual({ outcome: c.expected.outcome, findings: [...c.expected.findings].sort() });
      });
    }
  }
});

function loadCases(file: string): Case[] {
  const value = parse(readFileSync(join(DIR, file), 'utf8')) as Case | { cases: Case[] } | Case[];
  if (Array.isArray(value)) return value;
  if ('cases' in value) return value.cases;
  return [value];
}
