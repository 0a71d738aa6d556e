/**
 * Loads a ruleset directory: `ruleset.yaml` and its rule files, validated and resolved.
 * Every problem is collected (not just the first) with its file, line and column.
 * @module
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { RuleError, type RuleProblem } from '../errors.js';
import { describeIoError } from '../io-error.js';
import { parseSemver } from '../semver.js';
import { builtinCustomOperators } from '../operators/dates.js';
import type { DomainDefinition, Edition, Localized, Rule, Ruleset } from '../types.js';
import { checkSchema } from './schema-check.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { resolveRule, type RawRule } from './resolve-rule.js';

/** Default base URL of the rule pages (overridden by `docBaseUrl` in ruleset.yaml). */
export const DEFAULT_DOC_BASE_URL = 'https://github.com/cadre-iscg/cadre/blob/main/docs/rules/';

interface RawRuleset {
  format: 1;
  name: string;
  domain: string;
  version: string;
  title: Localized;
  docBaseUrl?: string;
  editions: (Edition & { files: string[] })[];
}

/** Result of {@link collectRuleset}: the ruleset when usable, and every problem found. */
export interface CollectResult {
  ruleset?: Ruleset;
  problems: RuleProblem[];
  /** Every file read, relative to the current directory. */
  files: string[];
}

/**
 * Loads and checks a ruleset directory without throwing: returns the problems.
 * @example
 * const { ruleset, problems } = await collectRuleset('rules/iscg', [iscgDomain]);
 */
export async function collectRuleset(dir: string, domains: readonly DomainDefinition[]): Promise<CollectResult> {
  const problems: RuleProblem[] = [];
  const files: string[] = [];
  const rulesetFile = join(dir, 'ruleset.yaml');
  const head = await readSource(rulesetFile, problems);
  files.push(display(rulesetFile));
  if (!head) return { problems, files };
  const schemaProblems = checkSchema(head, 'ruleset');
  if (schemaProblems.length > 0) return { problems: [...problems, ...schemaProblems], files };
  const raw = head.value as RawRuleset;
  const at = (src: YamlSource, pointer: string, code: RuleProblem['code'], message: string, messageEn: string): void => {
    problems.push({ code, file: src.file, ...src.position(pointer), message, messageEn });
  };
  if (!parseSemver(raw.version)) {
    at(head, '/version', 'bad-version', `version « ${raw.version} » invalide : attendu une version semver (ex. 1.2.0)`, `invalid version "${raw.version}": expected semver (e.g. 1.2.0)`);
  }
  const domain = domains.find((d) => d.name === raw.domain);
  if (!domain) {
    at(head, '/domain', 'unknown-domain', `domaine inconnu « ${raw.domain} » (connus : ${domains.map((d) => d.name).join(', ')})`, `unknown domain "${raw.domain}"`);
    return { problems, files };
  }
  const operators = [...builtinCustomOperators, ...domain.operators];
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const [ei, edition] of raw.editions.entries()) {
    for (const [fi, relFile] of edition.files.entries()) {
      const file = join(dir, relFile);
      const src = await readSource(file, problems, { file: head.file, ...head.position(`/editions/${ei}/files/${fi}`) });
      files.push(display(file));
      if (!src) continue;
      const fileProblems = checkSchema(src, 'rule-file');
      if (fileProblems.length > 0) {
        problems.push(...fileProblems);
        continue;
      }
      const body = src.value as { edition: string; subject?: string; rules: RawRule[] };
      if (body.edition !== edition.id) {
        at(src, '/edition', 'unknown-edition', `ce fichier est listé dans l'édition ${edition.id} mais déclare l'édition ${body.edition}`, `this file is listed in edition ${edition.id} but declares edition ${body.edition}`);
      }
      body.rules.forEach((r, i) => {
        const pointer = `/rules/${i}`;
        const subjectName = r.subject ?? body.subject ?? '';
        const previous = seen.get(r.id);
        if (previous) {
          at(src, `${pointer}/id`, 'duplicate-id', `identifiant en double « ${r.id} » (déjà défini en ${previous})`, `duplicate id "${r.id}" (already defined at ${previous})`);
          return;
        }
        const pos = src.position(`${pointer}/id`);
        seen.set(r.id, `${src.file}:${pos.line}:${pos.column}`);
        const subject = domain.subjects.find((s) => s.name === subjectName);
        const resolved = resolveRule(r, { source: src, pointer, edition: edition.id, subject, subjectName, operators });
        problems.push(...resolved.problems);
        if (resolved.rule) rules.push(resolved.rule);
      });
    }
  }
  if (problems.length > 0) return { problems, files };
  const editions: Edition[] = raw.editions.map((e) => ({
    id: e.id,
    title: e.title,
    inForceFrom: e.inForceFrom,
    ...(e.inForceUntil !== undefined ? { inForceUntil: e.inForceUntil } : {}),
  }));
  const body = { name: raw.name, version: raw.version, domain: raw.domain, title: raw.title, editions, rules: rules.map(stripOrigins) };
  const digest = 'sha256:' + createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const ruleset: Ruleset = { ...body, rules, digest, docBaseUrl: raw.docBaseUrl ?? DEFAULT_DOC_BASE_URL };
  return { ruleset, problems, files };
}

/**
 * Loads a ruleset directory, or throws a {@link RuleError} listing every problem.
 * @example
 * const ruleset = await loadRulesetDir('rules/iscg', [iscgDomain]);
 */
export async function loadRulesetDir(dir: string, domains: readonly DomainDefinition[]): Promise<Ruleset> {
  const result = await collectRuleset(dir, domains);
  if (!result.ruleset || result.problems.length > 0) throw new RuleError(result.problems);
  return result.ruleset;
}

function stripOrigins(rule: Rule): Omit<Rule, 'origin'> {
  const { origin: _origin, ...rest } = rule;
  return { ...rest, examples: { fires: rest.examples.fires.map(({ origin: _o, ...e }) => e), passes: rest.examples.passes.map(({ origin: _o, ...e }) => e) } };
}

function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

async function readSource(file: string, problems: RuleProblem[], from?: { file: string; line: number; column: number }): Promise<YamlSource | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const { fr: why, en: whyEn } = describeIoError(error);
    const pos = from ?? { file: display(file), line: 1, column: 1 };
    problems.push({ code: 'io', file: pos.file, line: pos.line, column: pos.column, message: `${display(file)} : ${why}`, messageEn: `${display(file)}: ${whyEn}` });
    return undefined;
  }
  const parsed = parseYamlSource(display(file), text);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  return parsed.source;
}
