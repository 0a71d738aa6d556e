/**
 * The version policy of a ruleset (written for maintainers in docs/rule-maintainers.md), checked
 * by `cadre rules diff`:
 *
 * - **major**: what can break a user — a rule removed (ids are stable: users key on them), a
 *   rule's subject changed, a parameter removed or its default changed (as ESLint treats default
 *   options), a case's severity raised, an edition removed or its dates moved;
 * - **minor**: what changes verdicts without removing anything — a rule or an edition added, a
 *   condition, case, date in force or `locate` changed, a parameter added or its bounds changed,
 *   a severity lowered, or any document of the comparison whose findings change;
 * - **patch**: texts only — titles, messages, rationale, sources, examples, documentation URL.
 *
 * The version must grow by at least the required step (in 0.y.z, a minor step is enough for a
 * major change, as in Cargo); it may grow more, never shrink.
 * @module
 */
import { parseSemver } from '../semver.js';
import { SEVERITIES } from '../types.js';
import type { FieldChange, RulesetDiff } from './diff-rules.js';
import type { VerdictDiff } from './diff-verdicts.js';

/** A version step. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';
const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** Why a step is required. */
export interface BumpReason {
  bump: Exclude<Bump, 'none'>;
  why: string;
  whyEn: string;
}

/** The verdict of the policy. */
export interface SemverCheck {
  required: Bump;
  actual: Bump | 'downgrade' | 'invalid';
  ok: boolean;
  reasons: BumpReason[];
  before: string;
  after: string;
}

const rank = (s: unknown): number => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]);

/**
 * The step a difference requires, with its reasons.
 * @example
 * requiredBump(diff, verdicts).required; // 'major' when a parameter default changed
 */
export function requiredBump(diff: RulesetDiff, verdicts: VerdictDiff): { required: Bump; reasons: BumpReason[] } {
  const reasons: BumpReason[] = [];
  const add = (bump: BumpReason['bump'], why: string, whyEn: string): void => void reasons.push({ bump, why, whyEn });
  for (const r of diff.rules) {
    if (r.status === 'removed') add('major', `règle supprimée : ${r.id}`, `rule removed: ${r.id}`);
    if (r.status === 'added') add('minor', `règle ajoutée : ${r.id}`, `rule added: ${r.id}`);
    for (const f of r.fields) {
      const c = classifyField(f);
      if (c) add(c.bump, `${r.id} : ${c.fr} (${f.path})`, `${r.id}: ${c.en} (${f.path})`);
    }
  }
  for (const e of diff.editions) {
    const [, id, field] = e.path.split('.');
    if (field === undefined && e.after === undefined) add('major', `édition supprimée : ${id}`, `edition removed: ${id}`);
    else if (field === undefined && e.before === undefined) add('minor', `édition ajoutée : ${id}`, `edition added: ${id}`);
    else if (field === 'inForceFrom' || field === 'inForceUntil') add('major', `dates de l'édition ${id} modifiées (${field})`, `dates of edition ${id} changed (${field})`);
    else add('patch', `édition ${id} : ${field ?? ''} modifié`, `edition ${id}: ${field ?? ''} changed`);
  }
  for (const f of diff.ruleset) add(f.path === 'name' || f.path === 'domain' ? 'major' : 'patch', `référentiel : ${f.path} modifié`, `ruleset: ${f.path} changed`);
  if (verdicts.changes.length > 0) add('minor', `${verdicts.changes.length} document(s) changent de constatations`, `${verdicts.changes.length} document(s) change findings`);
  const required = reasons.reduce<Bump>((m, r) => (ORDER.indexOf(r.bump) > ORDER.indexOf(m) ? r.bump : m), 'none');
  return { required, reasons };
}

function classifyField(f: FieldChange): { bump: BumpReason['bump']; fr: string; en: string } | undefined {
  const p = f.path;
  if (p === 'subject') return { bump: 'major', fr: 'sujet modifié', en: 'subject changed' };
  if (p === 'edition') return { bump: 'major', fr: 'édition modifiée', en: 'edition changed' };
  const param = /^params\.([^.]+)(?:\.(\w+))?/.exec(p);
  if (param) {
    if (param[2] === undefined && f.after === undefined) return { bump: 'major', fr: `paramètre ${param[1]} supprimé`, en: `parameter ${param[1]} removed` };
    if (param[2] === undefined) return { bump: 'minor', fr: `paramètre ${param[1]} ajouté`, en: `parameter ${param[1]} added` };
    if (param[2] === 'default') return { bump: 'major', fr: `valeur par défaut de ${param[1]} : ${String(f.before)} → ${String(f.after)}`, en: `default of ${param[1]}: ${String(f.before)} → ${String(f.after)}` };
    if (param[2] === 'description') return { bump: 'patch', fr: 'description de paramètre', en: 'parameter description' };
    return { bump: 'minor', fr: `bornes du paramètre ${param[1]}`, en: `bounds of parameter ${param[1]}` };
  }
  if (/^cases\[\d+\]\.severity$/.test(p)) {
    const raised = rank(f.after) >= 0 && rank(f.before) >= 0 && rank(f.after) < rank(f.before);
    return raised ? { bump: 'major', fr: `sévérité relevée ${String(f.before)} → ${String(f.after)}`, en: `severity raised ${String(f.before)} → ${String(f.after)}` } : { bump: 'minor', fr: `sévérité ${String(f.before)} → ${String(f.after)}`, en: `severity ${String(f.before)} → ${String(f.after)}` };
  }
  if (/^cases\[\d+\]\.message/.test(p)) return { bump: 'patch', fr: 'message', en: 'message' };
  if (/^cases(\[\d+\])?/.test(p) || p === 'since' || p === 'until') return { bump: 'minor', fr: 'condition ou dates modifiées', en: 'condition or dates changed' };
  if (/^(title|rationale|rationaleEn|sources|examples)/.test(p)) return { bump: 'patch', fr: 'texte, sources ou exemples', en: 'text, sources or examples' };
  return { bump: 'minor', fr: 'modifié', en: 'changed' };
}

/**
 * The step from one version to another.
 * @example
 * versionBump('1.2.3', '1.3.0'); // 'minor'
 */
export function versionBump(before: string, after: string): Bump | 'downgrade' | 'invalid' {
  const a = parseSemver(before);
  const b = parseSemver(after);
  if (!a || !b) return 'invalid';
  if (b.major !== a.major) return b.major > a.major ? 'major' : 'downgrade';
  if (b.minor !== a.minor) return b.minor > a.minor ? 'minor' : 'downgrade';
  if (b.patch !== a.patch) return b.patch > a.patch ? 'patch' : 'downgrade';
  return b.prerelease === a.prerelease ? 'none' : 'patch';
}

/**
 * Checks the version step of a change against the policy.
 * @example
 * checkSemver(diff, verdicts).ok; // false when 1.0.0 → 1.0.0 changes a default
 */
export function checkSemver(diff: RulesetDiff, verdicts: VerdictDiff): SemverCheck {
  const { required, reasons } = requiredBump(diff, verdicts);
  const { before, after } = diff.version;
  const actual = versionBump(before, after);
  const zero = parseSemver(before)?.major === 0;
  const need = zero && required === 'major' ? 'minor' : required;
  const ok = actual !== 'downgrade' && actual !== 'invalid' && ORDER.indexOf(actual) >= ORDER.indexOf(need);
  return { required, actual, ok, reasons, before, after };
}
