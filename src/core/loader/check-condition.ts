/**
 * Semantic checks of a condition: its shape, known facts, valid paths, known operators,
 * sensible values, declared parameters.
 * @module
 */
import { parseJsonPath } from '../json-path.js';
import { resolveOperator } from '../operators/resolve.js';
import { ARRAY_VALUE_OPERATORS, ARRAY_VALUE_DECORATORS } from '../operators/builtin.js';
import type { RuleProblemCode } from '../errors.js';
import type { OperatorDefinition, ParamSpec, SubjectDefinition } from '../types.js';
import { fieldSchema, pathExists } from './schema-path.js';

/** A problem found in a condition, at a pointer relative to the condition. */
export interface ConditionProblem {
  code: RuleProblemCode;
  pointer: string;
  key?: boolean;
  message: string;
  messageEn: string;
}

/** What a condition is checked against. */
export interface ConditionScope {
  subject: SubjectDefinition;
  operators: readonly OperatorDefinition[];
  params: Record<string, ParamSpec>;
}

/**
 * Checks a condition (as read from YAML) and returns its problems.
 * @example
 * checkCondition({ fact: 'typ', operator: 'equal', value: 'summons' }, '/when', scope);
 * // [{ code: 'unknown-fact', pointer: '/when/fact', … }]
 */
export function checkCondition(node: unknown, pointer: string, scope: ConditionScope): ConditionProblem[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    return [{ code: 'bad-shape', pointer, message: 'condition attendue (un objet)', messageEn: 'a condition (an object) was expected' }];
  }
  const c = node as Record<string, unknown>;
  const kinds = ['all', 'any', 'not', 'fact'].filter((k) => k in c);
  if (kinds.length !== 1) {
    return [
      {
        code: 'bad-shape',
        pointer,
        message: `une condition a exactement une forme : all, any, not, ou fact + operator + value (trouvé : ${kinds.join(', ') || 'aucune'})`,
        messageEn: `a condition has exactly one form: all, any, not, or fact + operator + value (found: ${kinds.join(', ') || 'none'})`,
      },
    ];
  }
  const kind = kinds[0] as string;
  if (kind === 'all' || kind === 'any') {
    const extra = Object.keys(c).filter((k) => k !== kind);
    const problems: ConditionProblem[] = extra.map((k) => ({
      code: 'bad-shape' as const,
      pointer: `${pointer}/${k}`,
      key: true,
      message: `« ${k} » n'a pas de sens à côté de « ${kind} »`,
      messageEn: `"${k}" makes no sense next to "${kind}"`,
    }));
    const list = c[kind];
    if (Array.isArray(list)) list.forEach((sub, i) => problems.push(...checkCondition(sub, `${pointer}/${kind}/${i}`, scope)));
    return problems;
  }
  if (kind === 'not') return checkCondition(c['not'], `${pointer}/not`, scope);
  return checkFactCondition(c, pointer, scope);
}

function checkFactCondition(c: Record<string, unknown>, pointer: string, scope: ConditionScope): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  for (const k of ['operator', 'value']) {
    if (!(k in c)) {
      problems.push({ code: 'bad-shape', pointer, message: `« ${k} » manque à la condition sur « ${String(c['fact'])} »`, messageEn: `"${k}" is missing in the condition on "${String(c['fact'])}"` });
    }
  }
  problems.push(...checkFactRef(c['fact'], c['path'], pointer, scope));
  const value = c['value'];
  const isFactRef = value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value;
  const isParamRef = value !== null && typeof value === 'object' && !Array.isArray(value) && 'param' in value;
  if (isFactRef) {
    const v = value as Record<string, unknown>;
    problems.push(...checkFactRef(v['fact'], v['path'], `${pointer}/value`, scope));
  }
  let literal: unknown = value;
  if (isParamRef) {
    const name = String((value as Record<string, unknown>)['param']);
    const spec = scope.params[name];
    if (!spec) {
      problems.push({ code: 'bad-param', pointer: `${pointer}/value/param`, message: `paramètre « ${name} » non déclaré dans params`, messageEn: `parameter "${name}" is not declared in params` });
    }
    literal = spec?.default;
  }
  if (typeof c['operator'] !== 'string') return problems;
  const op = resolveOperator(c['operator'], scope.operators);
  if (op.kind === 'unknown') {
    problems.push({ code: 'unknown-operator', pointer: `${pointer}/operator`, message: op.message, messageEn: `unknown operator "${c['operator']}"` });
    return problems;
  }
  if (op.kind === 'custom') {
    const msg = op.definition.checkValue?.(literal);
    if (msg) problems.push({ code: 'bad-value', pointer: `${pointer}/value`, message: msg, messageEn: msg });
    return problems;
  }
  const needsArray = op.decorators.some((d) => ARRAY_VALUE_DECORATORS.has(d)) || (op.decorators.length === 0 && ARRAY_VALUE_OPERATORS.has(op.base));
  if (needsArray && !isFactRef && !Array.isArray(literal)) {
    problems.push({ code: 'bad-value', pointer: `${pointer}/value`, message: `l'opérateur « ${c['operator']} » attend une liste de valeurs`, messageEn: `operator "${c['operator']}" expects a list of values` });
  }
  return problems;
}

function checkFactRef(fact: unknown, path: unknown, pointer: string, scope: ConditionScope): ConditionProblem[] {
  if (typeof fact !== 'string') return [];
  const { subject } = scope;
  const derived = Object.prototype.hasOwnProperty.call(subject.facts, fact);
  if (!derived && !subject.fields.includes(fact)) {
    const known = [...subject.fields, ...Object.keys(subject.facts)].join(', ');
    return [
      {
        code: 'unknown-fact',
        pointer: `${pointer}/fact`,
        message: `fait inconnu « ${fact} » pour le sujet ${subject.name} (faits connus : ${known})`,
        messageEn: `unknown fact "${fact}" for subject ${subject.name} (known facts: ${known})`,
      },
    ];
  }
  if (path === undefined) return [];
  if (typeof path !== 'string') return [];
  const parsed = parseJsonPath(path);
  if (!parsed.ok) return [{ code: 'bad-path', pointer: `${pointer}/path`, message: `chemin invalide : ${parsed.message}`, messageEn: `invalid path: ${path}` }];
  if (!derived && !pathExists(subject.jsonSchema, fieldSchema(subject.jsonSchema, fact), parsed.steps)) {
    return [
      {
        code: 'bad-path',
        pointer: `${pointer}/path`,
        message: `le chemin « ${path} » n'existe pas dans le champ « ${fact} » du sujet ${subject.name}`,
        messageEn: `path "${path}" does not exist in field "${fact}" of subject ${subject.name}`,
      },
    ];
  }
  return [];
}
