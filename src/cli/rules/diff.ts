/**
 * `cadre rules diff BASE HEAD`: rule-level differences, the effect on verdicts over examples,
 * tests and generated documents, and the semver policy check. Exit 0 when the version step
 * follows the policy, 1 when it does not, 2 on bad input (unknown revision, invalid rules).
 * @module
 */
import type { CommandResult } from '../io.js';
import { emit } from '../io.js';
import { compileRulesetFor } from '../../core/compile/compile-ruleset.js';
import { diffRulesets } from '../../core/rules-tooling/diff-rules.js';
import { diffVerdicts } from '../../core/rules-tooling/diff-verdicts.js';
import { checkSemver } from '../../core/rules-tooling/semver-policy.js';
import { intOption, parseRulesArgs } from './args.js';
import { defaultEnv, loadRules, usage, type RulesEnv } from './context.js';
import { diffDocuments } from './diff-documents.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffStylish, type DiffResult } from './diff-render.js';
import { rulesHelp } from './help.js';
import { resolveSide } from './revision.js';

const FORMATS = ['stylish', 'markdown', 'json'] as const;

/**
 * Runs `cadre rules diff`.
 * @example
 * await run(['origin/main', 'rules/iscg', '--format', 'markdown']);
 */
export async function run(argv: string[], given?: RulesEnv): Promise<CommandResult> {
  const env = given ?? (await defaultEnv());
  const parsed = parseRulesArgs(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    dir: { type: 'string' },
    samples: { type: 'string' },
    seed: { type: 'string' },
  });
  if (!parsed.ok) return { exitCode: usage(env, parsed.lang, parsed.message, parsed.message) };
  const { lang, values, positionals } = parsed;
  if (values['help']) {
    env.out(rulesHelp(lang, 'diff'));
    return { exitCode: 0 };
  }
  const format = (values['format'] as string | undefined) ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) return { exitCode: usage(env, lang, `format inconnu « ${format} » (formats : ${FORMATS.join(', ')})`, `unknown format "${format}" (formats: ${FORMATS.join(', ')})`) };
  const samples = intOption(values['samples'], '--samples', lang, 2000);
  const seed = intOption(values['seed'], '--seed', lang, 1);
  if (!samples.ok) return { exitCode: usage(env, lang, samples.message, samples.message) };
  if (!seed.ok) return { exitCode: usage(env, lang, seed.message, seed.message) };
  if (positionals.length !== 2) return { exitCode: usage(env, lang, 'attendu deux référentiels : cadre rules diff BASE HEAD (dossiers ou révisions git)', 'expected two rulesets: cadre rules diff BASE HEAD (folders or git revisions)') };
  const rulesDir = typeof values['dir'] === 'string' ? values['dir'] : 'rules/iscg';
  const sides = [];
  for (const ref of positionals as [string, string]) {
    const side = resolveSide(ref, rulesDir);
    if (!side.ok) return { exitCode: usage(env, lang, side.message, side.messageEn) };
    const loaded = await loadRules(side.dir, env, lang, side.display);
    if (!loaded) return { exitCode: 2 };
    sides.push({ ...loaded, label: side.label, dir: side.dir });
  }
  const [base, head] = sides as [(typeof sides)[number], (typeof sides)[number]];
  if (base.domain.name !== head.domain.name) return { exitCode: usage(env, lang, `les deux référentiels n'ont pas le même domaine (${base.domain.name}, ${head.domain.name})`, `the two rulesets have different domains (${base.domain.name}, ${head.domain.name})`) };
  const rules = diffRulesets(base.ruleset, head.ruleset);
  const docs = await diffDocuments([base, head], head.domain, samples.value ?? 2000, seed.value ?? 1);
  const verdicts = diffVerdicts(compileRulesetFor(base.ruleset, base.domain), compileRulesetFor(head.ruleset, head.domain), docs);
  const semver = checkSemver(rules, verdicts);
  const result: DiffResult = {
    base: { label: base.label, version: base.ruleset.version, digest: base.ruleset.digest },
    head: { label: head.label, version: head.ruleset.version, digest: head.ruleset.digest },
    rules,
    verdicts,
    semver,
    samples: samples.value ?? 2000,
    seed: seed.value ?? 1,
  };
  const text = format === 'json' ? renderDiffJson(result) : format === 'markdown' ? renderDiffMarkdown(result, lang) : renderDiffStylish(result, lang);
  const output = typeof values['output'] === 'string' ? values['output'] : undefined;
  if (output === undefined) env.out(text);
  else {
    const error = emit(text, output, lang);
    if (error) return { exitCode: usage(env, lang, error, error) };
  }
  return { exitCode: semver.ok ? 0 : 1 };
}
