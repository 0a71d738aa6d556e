/**
 * The test cases of a ruleset: every rule's examples (each `fires` example must give the rule's
 * finding with its severity, each `passes` example must not) and the tests of its test files,
 * as documents ready to check.
 * @module
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exampleDocument } from '../merge.js';
import type { DomainDefinition, Origin, Ruleset } from '../types.js';
import type { Expectation, FileTest } from './test-file.js';

/** A document to check and what is expected of it. */
export interface TestCase {
  /** Readable and stable: `action/short-term › fires 1` or `tests/action.yaml › <name>`. */
  name: string;
  kind: 'example' | 'test';
  /** The rule whose example this is. */
  ruleId?: string;
  subject: string;
  /** The document as checked (examples merged into the subject's base). */
  document: unknown;
  asOf?: string;
  expect: Expectation;
  origin?: Origin;
}

/**
 * The cases given by the rules' examples.
 * @example
 * exampleCases(ruleset, domain).filter((c) => c.ruleId === 'action/short-term').length; // 5
 */
export function exampleCases(ruleset: Ruleset, domain: DomainDefinition): TestCase[] {
  const cases: TestCase[] = [];
  for (const rule of ruleset.rules) {
    const subject = domain.subjects.find((s) => s.name === rule.subject);
    if (!subject) continue;
    rule.examples.fires.forEach((ex, i) => {
      const severity = ex.severity ?? rule.cases[0]?.severity;
      cases.push({
        name: `${rule.id} › fires ${i + 1}${ex.note ? ` (${ex.note})` : ''}`,
        kind: 'example',
        ruleId: rule.id,
        subject: rule.subject,
        document: exampleDocument(subject, ex),
        expect: { fires: [severity ? { ruleId: rule.id, severity } : { ruleId: rule.id }] },
        ...(ex.origin ? { origin: ex.origin } : {}),
      });
    });
    rule.examples.passes.forEach((ex, i) => {
      cases.push({
        name: `${rule.id} › passes ${i + 1}${ex.note ? ` (${ex.note})` : ''}`,
        kind: 'example',
        ruleId: rule.id,
        subject: rule.subject,
        document: exampleDocument(subject, ex),
        expect: { passes: [rule.id] },
        ...(ex.origin ? { origin: ex.origin } : {}),
      });
    });
  }
  return cases;
}

/**
 * The cases of a test file's tests. `label` names the file in case names.
 * @example
 * fileCases(tests, 'tests/action.yaml', domain)[0]?.name; // 'tests/action.yaml › suivi de 120 jours sans relais'
 */
export function fileCases(tests: readonly FileTest[], label: string, domain: DomainDefinition): TestCase[] {
  return tests.map((t) => {
    const kind = t.document !== null && typeof t.document === 'object' ? (t.document as Record<string, unknown>)['kind'] : undefined;
    const subjectName = t.subject ?? (typeof kind === 'string' ? kind : '');
    const subject = domain.subjects.find((s) => s.name === subjectName);
    const document = t.text !== undefined ? t.text : t.input !== undefined && subject ? exampleDocument(subject, { input: t.input }) : t.document;
    return { name: `${label} › ${t.name}`, kind: 'test', subject: subjectName, document, ...(t.asOf ? { asOf: t.asOf } : {}), expect: t.expect, origin: t.origin };
  });
}

/**
 * The test files of a ruleset directory: every `*.yaml` in a `tests` folder under it, sorted.
 * @example
 * await findTestFiles('rules/iscg'); // ['rules/iscg/tests/action.yaml', …]
 */
export async function findTestFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => p.split(/[\\/]/).slice(0, -1).includes('tests'))
    .sort();
}
