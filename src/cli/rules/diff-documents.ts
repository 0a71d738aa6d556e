/**
 * The documents `cadre rules diff` checks on both sides: the examples and test-file documents of
 * both rulesets, and documents generated from the subjects' schemas with a fixed seed.
 * @module
 */
import { relative } from 'node:path';
import { dedupeDocuments, type DiffDocument } from '../../core/rules-tooling/diff-verdicts.js';
import { generateDocuments } from '../../core/rules-tooling/generate-documents.js';
import { exampleCases, fileCases, findTestFiles } from '../../core/rules-tooling/test-cases.js';
import { readTestFile } from '../../core/rules-tooling/test-file.js';
import type { DomainDefinition, Ruleset } from '../../core/types.js';

/** One side's rules and folder. */
export interface SideRules {
  dir: string;
  ruleset: Ruleset;
}

/**
 * Every document of the comparison, without duplicates.
 * @example
 * const docs = await diffDocuments([base, head], domain, 2000, 1);
 */
export async function diffDocuments(sides: readonly SideRules[], domain: DomainDefinition, samples: number, seed: number): Promise<DiffDocument[]> {
  const docs: DiffDocument[] = [];
  for (const side of sides) {
    for (const c of exampleCases(side.ruleset, domain)) docs.push({ label: `example ${c.name}`, origin: 'example', subject: c.subject, document: c.document });
  }
  // A test naming a rule of the other side only is still a document worth checking.
  const ids = new Set(sides.flatMap((s) => s.ruleset.rules.map((r) => r.id)));
  for (const side of sides) {
    for (const file of await findTestFiles(side.dir)) {
      const { tests } = await readTestFile(file, ids);
      for (const c of fileCases(tests, relative(side.dir, file), domain)) docs.push({ label: `test ${c.name}`, origin: 'test', subject: c.subject, document: c.document, ...(c.asOf ? { asOf: c.asOf } : {}) });
    }
  }
  for (const subject of domain.subjects) {
    generateDocuments(subject, samples, seed).documents.forEach((document, i) => docs.push({ label: `generated ${subject.name} #${i + 1}`, origin: 'generated', subject: subject.name, document }));
  }
  return dedupeDocuments(docs);
}
