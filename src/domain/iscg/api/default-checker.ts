/**
 * The shipped ISCG ruleset, precompiled into the package (no YAML, no file I/O at import),
 * compiled to closures on first use.
 * @module
 */
import { compileRulesetFor, type Checker, type ParamOverrides } from '../../../core/compile/compile-ruleset.js';
import type { Ruleset } from '../../../core/types.js';
import { ISCG_RULESET } from '../generated/ruleset.js';
import { iscgDomain } from '../domain.js';

let shipped: Checker | undefined;
const compiled = new WeakMap<Ruleset, Checker>();
const withParams = new Map<string, Checker>();

/**
 * The checker for a ruleset (default: the shipped one), cached.
 * @example
 * checkerFor().ruleset.name; // 'iscg'
 */
export function checkerFor(ruleset?: unknown, params?: ParamOverrides): Checker {
  let base: Checker;
  if (isChecker(ruleset)) base = ruleset;
  else if (isRuleset(ruleset)) {
    base = compiled.get(ruleset) ?? compileRulesetFor(ruleset, iscgDomain);
    compiled.set(ruleset, base);
  } else {
    // Known to compile (tested): each subject's rules are compiled when it is first checked.
    shipped ??= compileRulesetFor(ISCG_RULESET, iscgDomain, {}, { lazy: true });
    base = shipped;
  }
  if (!params || Object.keys(params).length === 0) return base;
  const key = `${base.ruleset.digest}|${JSON.stringify(params)}`;
  let variant = withParams.get(key);
  if (!variant) {
    variant = compileRulesetFor(base.ruleset, base.domain, params);
    if (withParams.size > 100) withParams.clear();
    withParams.set(key, variant);
  }
  return variant;
}

/** The shipped ruleset (resolved). */
export function shippedRuleset(): Ruleset {
  return ISCG_RULESET;
}

function isChecker(v: unknown): v is Checker {
  return v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'cadre/checker';
}

function isRuleset(v: unknown): v is Ruleset {
  return v !== null && typeof v === 'object' && Array.isArray((v as Ruleset).rules) && typeof (v as Ruleset).digest === 'string';
}
