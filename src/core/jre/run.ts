/**
 * Runs exported rules in stock json-rules-engine: the reference evaluator of the agreement test
 * and of the benchmark.
 * @module
 */
import { Engine } from 'json-rules-engine';
import type { DomainDefinition, Severity } from '../types.js';
import type { JreExport, JreFindingEvent } from './export.js';
import { registerJrePlugin } from './plugin.js';

/**
 * Builds one reusable engine for a subject of an export.
 * @example
 * const engine = createJreEngine(exported, iscgDomain, 'action');
 */
export function createJreEngine(exported: JreExport, domain: DomainDefinition, subject: string): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of exported.subjects[subject] ?? []) engine.addRule(structuredClone(rule) as never);
  registerJrePlugin(engine, domain, subject, exported.editions);
  return engine;
}

/** A finding as json-rules-engine reports it: rule id and severity. */
export interface JreFinding {
  ruleId: string;
  severity: Severity;
}

/**
 * Runs an engine on a parsed document at a date; returns findings sorted by rule id.
 * @example
 * await runJreEngine(engine, document, '2025-05-12'); // [{ ruleId: 'action/no-coercion', severity: 'error' }]
 */
export async function runJreEngine(engine: Engine, document: Record<string, unknown>, asOf: string): Promise<JreFinding[]> {
  const { events } = await engine.run({ ...document, $document: document, $asOf: asOf });
  return (events as unknown as JreFindingEvent[])
    .map((e) => ({ ruleId: e.params.ruleId, severity: e.params.severity }))
    .sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
