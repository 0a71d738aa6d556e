/**
 * Runs exported rules in stock json-rules-engine: the reference evaluator of the agreement test
 * and of the benchmark.
 * @module
 */
import { Engine } from 'json-rules-engine';
import { JSONPath } from 'jsonpath-plus';
import type { DomainDefinition, Severity } from '../types.js';
import type { JreExport, JreFindingEvent } from './export.js';
import { registerJrePlugin } from './plugin.js';

/**
 * Builds one reusable engine for a subject of an export.
 * @example
 * const engine = createJreEngine(exported, iscgDomain, 'action');
 */
export function createJreEngine(exported: JreExport, domain: DomainDefinition, subject: string): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: jsonPathResolver() });
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

/**
 * json-rules-engine's own path resolution (jsonpath-plus, `wrap: false`), called through an
 * instance: the default resolver returns primitive results by throwing an exception, which
 * costs more than the whole rule evaluation. Same library, same results, a tenth of the time.
 * @example
 * jsonPathResolver()({ to: { kind: 'police' } }, '$.kind'); // undefined — paths start at the fact value
 */
export function jsonPathResolver(): (value: object, path: string) => unknown {
  const jp = JSONPath({ autostart: false, wrap: false, path: '$', json: {} }) as unknown as { evaluate(path: string, json: unknown): unknown };
  return (value, path) => jp.evaluate(path, value);
}
