/**
 * `cadre rules test [DIR]`: runs every rule's examples and the test files, prints each case as a
 * test runner does, optionally the coverage by rule, and ends with `N passed, N failed`.
 * @module
 */
import { relative } from 'node:path';
import type { CommandResult } from '../io.js';
import { compileRulesetFor } from '../../core/compile/compile-ruleset.js';
import { coverage, runCase, type CaseResult } from '../../core/rules-tooling/run-cases.js';
import { exampleCases, fileCases, findTestFiles, type TestCase } from '../../core/rules-tooling/test-cases.js';
import { readTestFile } from '../../core/rules-tooling/test-file.js';
import type { Lang } from '../../core/types.js';
import { intOption, parseRulesArgs } from './args.js';
import { defaultEnv, defaultRulesDir, loadRules, problemLine, usage, type RulesEnv } from './context.js';
import { rulesHelp } from './help.js';

/**
 * Runs `cadre rules test`.
 * @example
 * await run(['rules/iscg', '--coverage', '--threshold', '100']);
 */
export async function run(argv: string[], given?: RulesEnv): Promise<CommandResult> {
  const env = given ?? (await defaultEnv());
  const parsed = parseRulesArgs(argv, { coverage: { type: 'boolean' }, threshold: { type: 'string' } });
  if (!parsed.ok) return { exitCode: usage(env, parsed.lang, parsed.message, parsed.message) };
  const { lang, values, positionals } = parsed;
  if (values['help']) {
    env.out(rulesHelp(lang, 'test'));
    return { exitCode: 0 };
  }
  const threshold = intOption(values['threshold'], '--threshold', lang);
  if (!threshold.ok) return { exitCode: usage(env, lang, threshold.message, threshold.message) };
  if (threshold.value !== undefined && threshold.value > 100) return { exitCode: usage(env, lang, '--threshold attend un pourcentage de 0 à 100', '--threshold expects a percentage from 0 to 100') };
  if (positionals.length > 1) return { exitCode: usage(env, lang, 'un seul dossier de règles à la fois', 'one rules folder at a time') };
  const dir = positionals[0] ?? defaultRulesDir();
  const loaded = await loadRules(dir, env, lang);
  if (!loaded) return { exitCode: 2 };
  const { ruleset, domain } = loaded;
  const ids = new Set(ruleset.rules.map((r) => r.id));
  const cases: TestCase[] = exampleCases(ruleset, domain);
  let problems = 0;
  for (const file of await findTestFiles(dir)) {
    const { tests, problems: found } = await readTestFile(file, ids);
    for (const p of found) env.err(`${problemLine(p, lang)}\n`);
    problems += found.length;
    cases.push(...fileCases(tests, relative(dir, file), domain));
  }
  if (problems > 0) {
    env.err(lang === 'en' ? `cadre: ${problems} problem(s) in the test files\n` : `cadre : ${problems} problème(s) dans les fichiers de tests\n`);
    return { exitCode: 2 };
  }
  const checker = compileRulesetFor(ruleset, domain);
  const results = cases.map((c) => runCase(checker, c, lang));
  for (const r of results) env.out(caseLines(r));
  let exitCode = results.some((r) => !r.ok) ? 1 : 0;
  if (values['coverage'] === true || threshold.value !== undefined) {
    const report = coverageLines(ruleset.rules, results, lang, threshold.value);
    env.out(report.text);
    if (!report.ok) exitCode = 1;
  }
  const passed = results.filter((r) => r.ok).length;
  env.out(`\n${passed} passed, ${results.length - passed} failed\n`);
  return { exitCode };
}

function caseLines(r: CaseResult): string {
  if (r.ok) return `✓ ${r.case.name}\n`;
  const where = r.case.origin ? `    ${r.case.origin.file}:${r.case.origin.line}:${r.case.origin.column}\n` : '';
  return `✗ ${r.case.name}\n${where}${r.failures.map((f) => `    ${f}\n`).join('')}`;
}

function coverageLines(rules: readonly { id: string; subject: string }[], results: readonly CaseResult[], lang: Lang, threshold: number | undefined): { text: string; ok: boolean } {
  const en = lang === 'en';
  const rows = coverage(rules, results);
  const covered = rows.filter((r) => r.covered).length;
  const percent = rows.length === 0 ? 100 : Math.floor((covered / rows.length) * 1000) / 10;
  const width = Math.max(0, ...rows.map((r) => r.ruleId.length));
  const lines = ['', en ? 'Coverage by rule (fired / silent / fired in test files):' : 'Couverture par règle (déclenchée / silencieuse / déclenchée dans les fichiers de tests) :'];
  for (const r of rows) lines.push(`  ${r.covered ? '✓' : '✗'} ${r.ruleId.padEnd(width)}  ${String(r.fired).padStart(4)} / ${String(r.silent).padStart(4)} / ${String(r.firedInTests).padStart(3)}`);
  lines.push(en ? `${covered}/${rows.length} rules covered (${percent} %)` : `${covered}/${rows.length} règles couvertes (${percent} %)`);
  const ok = threshold === undefined || percent >= threshold;
  if (!ok) lines.push(en ? `✖ coverage ${percent} % is under the threshold of ${threshold} %` : `✖ couverture ${percent} % sous le seuil de ${threshold} %`);
  return { text: `${lines.join('\n')}\n`, ok };
}
