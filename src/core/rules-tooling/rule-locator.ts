/**
 * Finds where a rule (or any field of it) is written: file, line and column, from the rule
 * files of a ruleset, so that the maintenance checks report problems as the loader does.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { parseYamlSource, type YamlSource } from '../loader/yaml-source.js';
import type { Origin } from '../types.js';

/** Positions of the rules of a ruleset's files. */
export interface RuleLocator {
  /** Where `pointer` (relative to the rule, e.g. `/title/en`) is, or the rule itself; `key` targets the key. */
  at(ruleId: string, pointer?: string, key?: boolean): Origin | undefined;
  /** Position of a pointer in the ruleset file (`ruleset.yaml`). */
  inRuleset(pointer: string, key?: boolean): Origin | undefined;
}

/**
 * Reads the files of a ruleset (as listed by `collectRuleset`) and indexes its rules by id.
 * @example
 * const locator = await locateRules(result.files);
 * locator.at('action/short-term', '/sources'); // { file: 'rules/iscg/2006/action.yaml', line: 423, column: 5 }
 */
export async function locateRules(files: readonly string[]): Promise<RuleLocator> {
  const byId = new Map<string, { source: YamlSource; pointer: string }>();
  let ruleset: YamlSource | undefined;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    const parsed = parseYamlSource(file, text);
    if (!parsed.ok) continue;
    const value = parsed.source.value as { rules?: unknown };
    if (!Array.isArray(value?.rules)) {
      ruleset ??= parsed.source;
      continue;
    }
    value.rules.forEach((r: unknown, i) => {
      const id = (r as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !byId.has(id)) byId.set(id, { source: parsed.source, pointer: `/rules/${i}` });
    });
  }
  return {
    at(ruleId, pointer = '', key = false) {
      const hit = byId.get(ruleId);
      if (!hit) return undefined;
      return { file: hit.source.file, ...hit.source.position(hit.pointer + pointer, key) };
    },
    inRuleset(pointer, key = false) {
      return ruleset ? { file: ruleset.file, ...ruleset.position(pointer, key) } : undefined;
    },
  };
}
