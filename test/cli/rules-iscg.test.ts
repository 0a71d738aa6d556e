/**
 * `cadre rules …` and the machine formats on the shipped ISCG rules, as a maintainer and a CI
 * system use them: bad rule files at their line, the tests of rules/iscg, the diff of a changed
 * default, the export run in stock json-rules-engine, the rule pages fresh, SARIF from real runs
 * passing the official validator.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { run } from '../../src/cli/rules.js';
import type { RulesEnv } from '../../src/cli/rules/context.js';
import { iscgDomain } from '../../src/domain/iscg/domain.js';
import { runCli } from '../support/cli.js';
import { addFormats, multitoolValidate, sarifSchemaErrors } from '../format/sarif-validator.js';

function env(): RulesEnv & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { domains: [iscgDomain], out: (t) => void (out += t), err: (t) => void (err += t), stdout: () => out, stderr: () => err };
}

/** A copy of the shipped rules with one file edited; returns the folder and the edited file. */
function shippedCopy(file: string, edit: (yaml: string) => string): { dir: string; path: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'cadre-iscg-')), 'iscg');
  cpSync('rules/iscg', dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(path, after);
  return { dir, path };
}

/** Replaces the first occurrence of `needle` after `anchor`. */
const after = (text: string, anchor: string, needle: string, by: string): string => {
  const i = text.indexOf(anchor);
  expect(i, anchor).toBeGreaterThanOrEqual(0);
  return text.slice(0, i) + text.slice(i).replace(needle, by);
};
const lineOf = (path: string, needle: string): number => readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('cadre rules check on the shipped rules', () => {
  it('finds no problem (CLI, end to end)', () => {
    const r = runCli(['rules', 'check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ rules\/iscg : \d+ règles, version \d+\.\d+\.\d+, \d+ fichiers — aucun problème\n$/);
  });

  const SHORT = '  - id: action/short-term';
  const cases: { name: string; edit: (y: string) => string; needle: string; column: number; message: string }[] = [
    { name: 'a misspelt key', edit: (y) => after(y, SHORT, '    rationale:', '    rationnale:'), needle: 'rationnale:', column: 5, message: 'clé inconnue « rationnale »' },
    { name: 'an unknown operator', edit: (y) => after(y, SHORT, 'operator: greaterThan', 'operator: greaterThen'), needle: 'greaterThen', column: 0, message: 'greaterThen' },
    { name: 'a bad JSONPath', edit: (y) => after(y, SHORT, 'path: $.handOffPlanned', 'path: $.handOffPlaned'), needle: '$.handOffPlaned', column: 0, message: 'handOffPlaned' },
    { name: 'a duplicate id', edit: (y) => y.replace('  - id: action/no-police-orders', '  - id: action/short-term'), needle: '  - id: action/short-term', column: 9, message: 'identifiant en double « action/short-term »' },
    { name: 'a missing translation', edit: (y) => after(y, SHORT, '      en: The follow-up is short-term or a hand-off is planned\n', ''), needle: 'fr: Le suivi est de court terme', column: 0, message: '« en »' },
    { name: 'broken YAML', edit: (y) => after(y, SHORT, '    severity: warning', '    severity: [warning'), needle: 'severity: [warning', column: 0, message: 'YAML invalide' },
  ];
  for (const c of cases) {
    it(`reports ${c.name} at its file:line:column, in French, exit 2`, async () => {
      const { dir, path } = shippedCopy('2006/action.yaml', c.edit);
      const e = env();
      expect((await run(['check', dir], e)).exitCode).toBe(2);
      // a duplicate is reported at its second definition
      const line = c.name === 'a duplicate id' ? readFileSync(path, 'utf8').split('\n').lastIndexOf('  - id: action/short-term') + 1 : lineOf(path, c.needle);
      const hit = e.stdout().split('\n').find((l) => l.startsWith(`${path}:`) && l.includes(c.message));
      expect(hit, e.stdout()).toBeDefined();
      const [, l, col] = /^.*?:(\d+):(\d+): /.exec(hit as string) ?? [];
      // broken YAML is reported where the parser notices it (a line or two after the bracket)
      if (c.name === 'broken YAML') expect(Number(l)).toBeGreaterThanOrEqual(line);
      else expect(Number(l)).toBe(line);
      if (c.column > 0) expect(Number(col)).toBe(c.column);
    });
  }
});

describe('cadre rules test on the shipped rules', () => {
  it('runs the examples and rules/iscg/tests/*.yaml, all passing, full coverage', async () => {
    const e = env();
    const r = await run(['test', '--coverage', '--threshold', '100'], e);
    const lines = e.stdout().trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('✗')), e.stdout()).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(lines).toContain('✓ action.yaml › suivi de 120 jours sans relais prévu'.replace('action.yaml', 'tests/action.yaml'));
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(e.stdout()).toMatch(/\d+\/\d+ règles couvertes \(100 %\)/);
  });
});

describe('cadre rules diff on the shipped rules', () => {
  it("names action/short-term and the documents that flip when maxFollowUpDays goes from 90 to 30", async () => {
    const { dir } = shippedCopy('2006/action.yaml', (y) => after(y, '  - id: action/short-term', 'default: 90', 'default: 30'));
    const e = env();
    const r = await run(['diff', 'rules/iscg', dir, '--format', 'json', '--samples', '500'], e);
    expect(r.exitCode).toBe(1); // 1.1.0 → 1.1.0: the policy asks for a major version
    const out = JSON.parse(e.stdout()) as {
      rules: { rules: { id: string; status: string; fields: { path: string; before: unknown; after: unknown }[] }[] };
      verdicts: { changes: { doc: { label: string; origin: string }; gained: string[]; lost: string[] }[]; byRule: { ruleId: string; gained: number; lost: number }[] };
      semver: { required: string; ok: boolean; reasons: { bump: string; why: string }[] };
    };
    expect(out.rules.rules).toEqual([{ id: 'action/short-term', status: 'changed', subject: 'action', fields: [{ path: 'params.maxFollowUpDays.default', before: 90, after: 30 }] }]);
    expect(out.verdicts.byRule.map((b) => b.ruleId)).toEqual(['action/short-term']);
    const labels = out.verdicts.changes.map((c) => c.doc.label);
    expect(labels).toContain('example action/short-term › passes 1 (exactement 90 jours)');
    expect(labels).toContain('test tests/action.yaml › suivi de 60 jours sans relais prévu, sous le seuil de 90 jours');
    expect(labels).toContain('test tests/action.yaml › suivi de 45 jours sans relais prévu');
    expect(labels.some((l) => l.startsWith('generated action #'))).toBe(true);
    expect(out.verdicts.changes.every((c) => c.gained.join() === 'action/short-term' && c.lost.length === 0)).toBe(true);
    expect(out.semver).toMatchObject({ required: 'major', ok: false });
    expect(out.semver.reasons[0]?.why).toBe('action/short-term : valeur par défaut de maxFollowUpDays : 90 → 30 (params.maxFollowUpDays.default)');
  });

  it('renders the same change as a pull-request comment (CLI, end to end)', () => {
    const { dir } = shippedCopy('2006/action.yaml', (y) => after(y, '  - id: action/short-term', 'default: 90', 'default: 30'));
    const r = runCli(['rules', 'diff', 'rules/iscg', dir, '--format', 'markdown', '--samples', '200']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| `action/short-term` | modifiée | params.maxFollowUpDays.default: 90 → 30 |');
    expect(r.stdout).toContain('test tests/action.yaml › suivi de 60 jours sans relais prévu, sous le seuil de 90 jours : + action/short-term [compliant]');
    expect(r.stdout).toContain('❌ version 1.1.0 → 1.1.0 (none) : la politique demande un relèvement major');
  });

  it('says so when a revision does not exist, and writes nothing (CLI)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cadre-out-')), 'diff.md');
    const r = runCli(['rules', 'diff', 'pas-une-revision', 'HEAD', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cadre : révision git introuvable « pas-une-revision » (ni un dossier, ni une branche, une étiquette ou un commit de ce dépôt)\n');
    expect(existsSync(out)).toBe(false);
    expect(runCli(['rules', 'diff', 'no-such-rev', 'HEAD', '--lang', 'en']).stderr).toContain('git revision not found "no-such-rev"');
  });

  it('compares two git revisions of the rules folder', async () => {
    const e = env();
    const r = await run(['diff', 'HEAD', 'HEAD', '--samples', '20'], e);
    expect(e.stderr()).toBe('');
    expect(r.exitCode).toBe(0);
    expect(e.stdout()).toMatch(/^HEAD@[0-9a-f]{12} \(\d+\.\d+\.\d+\) → HEAD@[0-9a-f]{12}/);
    expect(e.stdout()).toContain('Règles : aucun changement');
  });
});

describe('cadre rules export', () => {
  it('runs in stock json-rules-engine with the plugin, as the snippet of docs/rule-maintainers.md shows', () => {
    mkdirSync('.tmp', { recursive: true });
    const work = mkdtempSync(join('.tmp', 'jre-'));
    const r = runCli(['rules', 'export', '--target', 'json-rules-engine', '--output', join(work, 'iscg.jre.json')]);
    expect(r.code).toBe(0);
    const doc = readFileSync('docs/rule-maintainers.md', 'utf8');
    const snippet = /```js\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(snippet).toContain("from 'cadre'");
    writeFileSync(join(work, 'snippet.mts'), snippet.replace("from 'cadre'", `from ${JSON.stringify(resolve('src/index.ts'))}`));
    const ran = spawnSync(process.execPath, ['--import', 'tsx', 'snippet.mts'], { cwd: work, encoding: 'utf8' });
    expect(ran.stderr).toBe('');
    expect(ran.stdout.trim()).toBe("[ 'action/short-term (warning)' ]");
  });
});

describe('cadre rules docs', () => {
  it('docs/rules/ is up to date with the shipped rules (run `cadre rules docs` after a rule change)', async () => {
    const e = env();
    const r = await run(['docs', '--check'], e);
    expect(e.stderr()).toBe('');
    expect(r.exitCode).toBe(0);
  });
});

describe('machine formats from real runs', () => {
  it('validate and lint give valid SARIF 2.1.0 (official Multitool: no error, no warning)', () => {
    const validate = runCli(['validate', 'docs/examples/', '--format', 'sarif']);
    expect(validate.code).toBe(1);
    const lint = runCli(['lint', 'test/corpus/fiches/', '--format', 'sarif']);
    expect([0, 1]).toContain(lint.code);
    for (const text of [validate.stdout, lint.stdout]) {
      const log = JSON.parse(text) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region?: unknown }; logicalLocations?: unknown }[] }[] }[] };
      expect(log.runs[0]!.results.length).toBeGreaterThan(0);
      expect(sarifSchemaErrors(log)).toEqual([]);
      expect(multitoolValidate(text)).toEqual([]);
    }
    const v = JSON.parse(validate.stdout) as { runs: { results: { locations: { physicalLocation: { region?: unknown }; logicalLocations?: unknown }[] }[] }[] };
    expect(v.runs[0]!.results.every((r) => r.locations[0]!.logicalLocations !== undefined && r.locations[0]!.physicalLocation.region !== undefined)).toBe(true);
    const l = JSON.parse(lint.stdout) as { runs: { results: { locations: { physicalLocation: { region?: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(l.runs[0]!.results.every((r) => (r.locations[0]!.physicalLocation.region?.startLine ?? 0) >= 1)).toBe(true);
  }, 120_000);

  it('validate --format json follows schemas/report.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validateSchema = ajv.compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as Record<string, unknown>);
    for (const args of [['validate', 'docs/examples/', '--format', 'json'], ['lint', 'test/corpus/fiches/', '--format', 'json']]) {
      const out = JSON.parse(runCli(args).stdout) as unknown;
      expect(validateSchema(out) ? [] : validateSchema.errors).toEqual([]);
    }
  });

  it('junit, github and markdown from a real validate run', () => {
    const junit = runCli(['validate', 'docs/examples/action-audition-demandee-par-opj.yaml', '--format', 'junit']).stdout;
    expect(junit).toContain('<failure type="error" message="');
    expect(junit).toContain('name="action/hearing-accompaniment"');
    const github = runCli(['validate', 'docs/examples/action-audition-demandee-par-opj.yaml', '--format', 'github']).stdout;
    expect(github).toMatch(/^::error file=docs\/examples\/action-audition-demandee-par-opj\.yaml,line=\d+,col=\d+,title=action\/hearing-accompaniment::/m);
    const md = runCli(['validate', 'docs/examples/', '--format', 'markdown']).stdout;
    expect(md).toMatch(/^### cadre validate — \d+ documents : /);
    expect(md).toContain('](https://github.com/cadre-iscg/cadre/blob/main/docs/rules/action/hearing-accompaniment.md)');
  });

  it('writes nothing to --output when the run fails (rule errors)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cadre-out-')), 'r.sarif');
    const { dir } = shippedCopy('2006/action.yaml', (y) => after(y, '  - id: action/short-term', '    rationale:', '    rationnale:'));
    const r = runCli(['validate', 'docs/examples/', '--ruleset', dir, '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('clé inconnue « rationnale »');
    expect(existsSync(out)).toBe(false);
  });
});
