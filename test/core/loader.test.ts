import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRuleset, loadRulesetDir } from '../../src/core/loader/load-ruleset.js';
import { RuleError } from '../../src/core/errors.js';
import { toyDomain } from '../support/toy-domain.js';

const FIXTURE = 'test/fixtures/toy-rules';

/** Copies the toy ruleset, applies `edit` to the rule file, returns the problems. */
async function problemsAfter(edit: (text: string) => string, file = 'v1/order.yaml') {
  const dir = await mkdtemp(join(tmpdir(), 'cadre-rules-'));
  await cp(FIXTURE, dir, { recursive: true });
  const path = join(dir, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  const result = await collectRuleset(dir, [toyDomain]);
  return result.problems.map((p) => ({ ...p, file: p.file.replace(dir, '<dir>') }));
}

describe('loadRulesetDir', () => {
  it('loads a valid ruleset with editions, params, cases and a digest', async () => {
    const ruleset = await loadRulesetDir(FIXTURE, [toyDomain]);
    expect(ruleset.name).toBe('toy');
    expect(ruleset.version).toBe('1.2.0');
    expect(ruleset.rules.map((r) => r.id)).toEqual(['order/too-many', 'order/owner-role', 'order/untagged']);
    expect(ruleset.rules[0]?.cases.map((c) => c.severity)).toEqual(['error', 'warning']);
    expect(ruleset.rules[0]?.params['max']?.default).toBe(10);
    expect(ruleset.rules[2]?.since).toBe('2015-01-01');
    expect(ruleset.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ruleset.rules[0]?.origin).toMatchObject({ file: 'test/fixtures/toy-rules/v1/order.yaml', line: 6 });
  });

  it('gives the same digest twice and a different one when a rule changes', async () => {
    const a = await loadRulesetDir(FIXTURE, [toyDomain]);
    const b = await loadRulesetDir(FIXTURE, [toyDomain]);
    expect(a.digest).toBe(b.digest);
    const dir = await mkdtemp(join(tmpdir(), 'cadre-rules-'));
    await cp(FIXTURE, dir, { recursive: true });
    const p = join(dir, 'v1/order.yaml');
    await writeFile(p, (await readFile(p, 'utf8')).replace('default: 10', 'default: 12'));
    expect((await loadRulesetDir(dir, [toyDomain])).digest).not.toBe(a.digest);
  });

  it('reports a misspelt key at its line and column, in French', async () => {
    const problems = await problemsAfter((t) => t.replace('    rationale: Une commande ne', '    rationnale: Une commande ne'));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'schema', line: 8, column: 5 }));
    const p = problems.find((x) => x.line === 8);
    expect(p?.message).toContain('clé inconnue « rationnale »');
    expect(p?.message).toMatch(/clés admises : id, .*rationale/);
    expect(p?.messageEn).toContain('unknown key "rationnale"');
  });

  it('reports broken YAML with its position', async () => {
    const problems = await problemsAfter((t) => t.replace('title: { fr: Trop', 'title: { fr: [Trop'));
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', file: '<dir>/v1/order.yaml' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(6);
    expect(problems[0]?.message).toMatch(/^YAML invalide/);
  });

  it('reports an unknown operator, an unknown fact and a bad path where they are', async () => {
    const problems = await problemsAfter((t) =>
      t
        .replace('operator: greaterThan, value: { param: max } }', 'operator: greaterThen, value: { param: max } }')
        .replace('fact: qtyDouble', 'fact: qtyTriple')
        .replace('path: $.role', 'path: $.rôle'),
    );
    const codes = problems.map((p) => p.code).sort();
    expect(codes).toEqual(['bad-path', 'unknown-fact', 'unknown-operator']);
    expect(problems.find((p) => p.code === 'unknown-operator')).toMatchObject({ line: 14 });
    expect(problems.find((p) => p.code === 'unknown-operator')?.message).toContain('opérateur inconnu « greaterThen »');
    expect(problems.find((p) => p.code === 'unknown-fact')?.message).toContain('fait inconnu « qtyTriple »');
  });

  it('refuses a path to a field that the subject does not have', async () => {
    const problems = await problemsAfter((t) => t.replace('path: $.role', 'path: $.grade'));
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-path', line: 36 })]);
  });

  it('reports a duplicate id at the second occurrence, naming the first', async () => {
    const problems = await problemsAfter((t) => t.replace('id: order/untagged', 'id: order/too-many'));
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate-id', line: 43 })]);
    expect(problems[0]?.message).toContain('déjà défini en');
  });

  it('reports a missing translation', async () => {
    const problems = await problemsAfter((t) => t.replace('title: { fr: Sans étiquette, en: Untagged }', 'title: { fr: Sans étiquette }'));
    expect(problems).toEqual([expect.objectContaining({ code: 'schema', line: 46 })]);
    expect(problems[0]?.message).toContain('champ obligatoire manquant « en »');
  });

  it('reports an example that does not match the subject model', async () => {
    const problems = await problemsAfter((t) => t.replace('- input: { qty: 5 }', '- input: { qty: cinq }'));
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-example' })]);
    expect(problems[0]?.message).toContain('/qty');
  });

  it('reports an undeclared parameter, a bad date and an unknown placeholder', async () => {
    const problems = await problemsAfter((t) =>
      t.replace('value: { param: max } }\n        message: { fr: "{{qty}} articles', 'value: { param: maximum } }\n        message: { fr: "{{qte}} articles').replace('since: 2020-01-01', 'since: 2020-13-01'),
    );
    expect(problems.map((p) => p.code).sort()).toEqual(['bad-date', 'bad-param', 'bad-template']);
  });

  it('reports a missing rule file from the line of ruleset.yaml that names it', async () => {
    const problems = await problemsAfter((t) => t.replace('files: [v1/order.yaml]', 'files: [v1/order.yaml, v1/absent.yaml]'), 'ruleset.yaml');
    expect(problems).toEqual([expect.objectContaining({ code: 'io', line: 12 })]);
    expect(problems[0]?.message).toContain('fichier introuvable');
  });

  it('refuses a version that is not semver', async () => {
    const problems = await problemsAfter((t) => t.replace('version: 1.2.0', 'version: "1.2"'), 'ruleset.yaml');
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-version', line: 5 })]);
  });

  it('throws a typed RuleError that names the file, line and column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadre-rules-'));
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(join(dir, 'v1/order.yaml'), 'format: 1\nedition: v1\nrules:\n  - id: Bad Id\n');
    const error = await loadRulesetDir(dir, [toyDomain]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).line).toBe(4);
    expect((error as RuleError).message).toMatch(/order\.yaml:4:\d+: /);
  });
});
