/**
 * Validates rule files and ruleset files against their JSON Schemas (ajv, draft 2020-12)
 * and turns ajv's errors into French problems at the right line and column.
 * @module
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { RuleProblem } from '../errors.js';
import type { YamlSource } from './yaml-source.js';

const schemaDir = new URL('../../../schemas/', import.meta.url);
let validators: { ruleFile: ValidateFunction; ruleset: ValidateFunction } | undefined;

function getValidators(): { ruleFile: ValidateFunction; ruleset: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    const load = (name: string): Record<string, unknown> =>
      JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8')) as Record<string, unknown>;
    validators = { ruleFile: ajv.compile(load('rule-file.schema.json')), ruleset: ajv.compile(load('ruleset.schema.json')) };
  }
  return validators;
}

/**
 * Checks a parsed YAML source against the rule-file schema (`kind: 'rule-file'`) or the
 * ruleset schema (`kind: 'ruleset'`).
 * @example
 * checkSchema(source, 'rule-file'); // [] when the file is well-formed
 */
export function checkSchema(source: YamlSource, kind: 'rule-file' | 'ruleset'): RuleProblem[] {
  const v = getValidators();
  const validate = kind === 'rule-file' ? v.ruleFile : v.ruleset;
  if (validate(source.value)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const seen = new Set<string>();
  const problems: RuleProblem[] = [];
  for (const e of errors) {
    const p = toProblem(source, e);
    const key = `${p.line}:${p.column}:${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  }
  return problems;
}

function toProblem(source: YamlSource, e: ErrorObject): RuleProblem {
  const at = e.instancePath;
  const params = e.params as Record<string, unknown>;
  let pointer = at;
  let key = false;
  let fr: string;
  let en: string;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      pointer = `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      key = true;
      fr = `clé inconnue « ${name} »${where(at)} : vérifiez l'orthographe (clés admises : ${allowed(e)})`;
      en = `unknown key "${name}"${whereEn(at)}: check the spelling (allowed keys: ${allowed(e)})`;
      break;
    }
    case 'required':
      fr = `champ obligatoire manquant « ${String(params['missingProperty'])} »${where(at)}`;
      en = `missing required field "${String(params['missingProperty'])}"${whereEn(at)}`;
      break;
    case 'enum':
      fr = `valeur inattendue${where(at)} : attendu l'une de ${(params['allowedValues'] as unknown[]).join(', ')}`;
      en = `unexpected value${whereEn(at)}: expected one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
      break;
    case 'const':
      fr = `valeur inattendue${where(at)} : attendu ${JSON.stringify(params['allowedValue'])}`;
      en = `unexpected value${whereEn(at)}: expected ${JSON.stringify(params['allowedValue'])}`;
      break;
    case 'type':
      fr = `type inattendu${where(at)} : attendu ${frenchType(String(params['type']))}`;
      en = `wrong type${whereEn(at)}: expected ${String(params['type'])}`;
      break;
    case 'pattern':
      fr = `format invalide${where(at)} (motif attendu : ${String(params['pattern'])})`;
      en = `invalid format${whereEn(at)} (expected pattern: ${String(params['pattern'])})`;
      break;
    case 'minItems':
      fr = `liste trop courte${where(at)} : au moins ${String(params['limit'])} élément(s)`;
      en = `list too short${whereEn(at)}: at least ${String(params['limit'])} item(s)`;
      break;
    case 'minLength':
      fr = `texte vide${where(at)}`;
      en = `empty text${whereEn(at)}`;
      break;
    case 'minProperties':
      fr = `objet vide${where(at)}`;
      en = `empty object${whereEn(at)}`;
      break;
    default:
      fr = `${e.message ?? 'valeur invalide'}${where(at)}`;
      en = `${e.message ?? 'invalid value'}${whereEn(at)}`;
  }
  const pos = source.position(pointer, key);
  return { code: 'schema', file: source.file, line: pos.line, column: pos.column, message: fr, messageEn: en };
}

const where = (at: string): string => (at ? ` (en ${at})` : '');
const whereEn = (at: string): string => (at ? ` (at ${at})` : '');

function allowed(e: ErrorObject): string {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props).join(', ') : '—';
}

function frenchType(t: string): string {
  const names: Record<string, string> = {
    object: 'un objet',
    array: 'une liste',
    string: 'un texte',
    number: 'un nombre',
    integer: 'un entier',
    boolean: 'un booléen',
    null: 'null',
  };
  return t
    .split(',')
    .map((x) => names[x] ?? x)
    .join(' ou ');
}
