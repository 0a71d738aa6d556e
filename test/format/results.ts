/**
 * Realistic results for the formatter tests: structured documents of the toy domain read from
 * YAML files (findings with a JSON pointer, placed at their line and column), an invalid one, and
 * a text fiche whose findings carry line, column, end and evidence (as `cadre lint` gives them).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectRuleset } from '../../src/core/loader/load-ruleset.js';
import { compileRulesetFor, type Checker } from '../../src/core/compile/compile-ruleset.js';
import { runCheck } from '../../src/core/check.js';
import type { Report, Ruleset } from '../../src/core/types.js';
import { readDocuments } from '../../src/cli/read-documents.js';
import { placeInFile } from '../../src/cli/run-checks.js';
import type { FileResult, FormatContext } from '../../src/format/types.js';
import { toyDomain } from '../support/toy-domain.js';

const ORDERS = `kind: order
date: 2021-06-01
qty: 11
owner:
  name: "Ana | <b>"
  role: guest
tags: [z]
---
kind: order
date: 2021-06-02
qty: 2
tags: [a]
---
kind: order
date: 2021-06-03
qty: "douze"
`;

/** Loads the toy ruleset and builds realistic results (the YAML file is written under .tmp/, relative to the repository). */
export async function realisticResults(lang: 'fr' | 'en' = 'fr'): Promise<{ results: FileResult[]; ctx: FormatContext; checker: Checker; dir: string }> {
  const { ruleset, problems } = await collectRuleset('test/fixtures/toy-rules', [toyDomain]);
  if (!ruleset || problems.length > 0) throw new Error(JSON.stringify(problems));
  const checker = compileRulesetFor(ruleset, toyDomain);
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(join('.tmp', 'format-'));
  const abs = join(dir, 'commandes du jour.yaml');
  writeFileSync(abs, ORDERS);
  const file = relative(process.cwd(), abs);
  const results: FileResult[] = [];
  for (const doc of await readDocuments(abs, lang)) {
    if (!doc.ok) throw new Error(doc.message);
    const report = placeInFile(runCheck(checker, 'order', doc.value, { lang, verbose: true }), doc.position);
    results.push({ file, document: doc.index + 1, report });
  }
  results.push({ file: 'fiches/offre, poste: ISCG.md', report: textReport(ruleset) });
  return { results, ctx: { lang, color: false, ruleset, toolVersion: '0.1.0', command: 'lint' }, checker, dir };
}

/** A `post-text`-like report, as the text linter produces: line/column ranges and evidence, no pointer. */
function textReport(ruleset: Ruleset): Report {
  return {
    reportVersion: 1,
    ruleset: { name: ruleset.name, edition: 'v1', version: ruleset.version, digest: ruleset.digest },
    subject: 'post-text',
    asOf: '2025-01-10',
    outcome: 'non-compliant',
    findings: [
      {
        ruleId: 'order/too-many',
        severity: 'error',
        message: "L'intervenant « participe aux auditions » : 100 % interdit,\nvoir la circulaire",
        location: { line: 12, column: 5, endLine: 12, endColumn: 41 },
        sources: [{ ref: 'Circ. 21 déc. 2006', status: 'secondary', url: 'https://example.test/circ' }],
        docUrl: 'https://example.test/rules/order/too-many.md',
        evidence: 'participe aux auditions',
      },
      {
        ruleId: 'order/owner-role',
        severity: 'review',
        message: 'Rôle à examiner',
        location: { line: 3, column: 1, endLine: 4, endColumn: 9 },
        sources: [{ ref: 'Règlement jouet art. 2', status: 'inference' }],
        docUrl: 'https://example.test/rules/order/owner-role.md',
        evidence: 'sous l’autorité du commandant',
      },
    ],
    inputErrors: [],
  };
}
