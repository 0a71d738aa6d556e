/**
 * The json-rules-engine plugin of a domain: its operators and derived facts, and the
 * `$edition` fact. It evaluates nothing of the rules itself and never calls the compiled
 * checker: json-rules-engine does the evaluation, so the agreement test means something.
 * @module
 */
import type { Almanac, Engine } from 'json-rules-engine';
import { editionAt } from '../edition.js';
import { builtinCustomOperators } from '../operators/dates.js';
import type { DomainDefinition, Edition } from '../types.js';

/**
 * Registers the operators and derived facts of `domain` (for one subject) on an engine.
 * @example
 * const engine = new Engine(exported.subjects.action, { allowUndefinedFacts: true });
 * registerJrePlugin(engine, iscgDomain, 'action', exported.editions);
 */
export function registerJrePlugin(engine: Engine, domain: DomainDefinition, subjectName: string, editions: readonly Edition[]): void {
  for (const op of [...builtinCustomOperators, ...domain.operators]) {
    if (!op.jre) continue;
    const { evaluate, factValueValidator } = op.jre;
    engine.addOperator(op.name, factValueValidator ? (f: unknown, j: unknown) => factValueValidator(f) && evaluate(f, j) : evaluate);
  }
  const sorted = [...editions].sort((a, b) => (a.inForceFrom < b.inForceFrom ? -1 : 1));
  engine.addFact('$edition', async (_params: unknown, almanac: Almanac) => editionAt(sorted, (await almanac.factValue('$asOf')) as string)?.id ?? null);
  const subject = domain.subjects.find((s) => s.name === subjectName);
  if (!subject) throw new Error(`Sujet inconnu « ${subjectName} »`);
  for (const [name, fact] of Object.entries(subject.facts)) {
    engine.addFact(name, async (_params: unknown, almanac: Almanac) => {
      const document = (await almanac.factValue('$document')) as Record<string, unknown>;
      const asOf = (await almanac.factValue('$asOf')) as string;
      return fact.compute(document, { asOf });
    });
  }
}
