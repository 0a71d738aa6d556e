/**
 * `cadre rules …` on the toy domain (in-process, output captured): the sub-commands are generic,
 * they work for any cadre de référence.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/rules.js';
import type { RulesEnv } from '../../src/cli/rules/context.js';
import { toyDomain } from '../support/toy-domain.js';

function env(): RulesEnv & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { domains: [toyDomain], out: (t) => void (out += t), err: (t) => void (err += t), stdout: () => out, stderr: () => err };
}

function copyToy(edit?: (yaml: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cadre-toy-')), 'toy');
  cpSync('test/fixtures/toy-rules', dir, { recursive: true });
  if (edit) {
    const file = join(dir, 'v1/order.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  return dir;
}

const lineOf = (dir: string, needle: string): number => readFileSync(join(dir, 'v1/order.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('cadre rules check (toy domain)', () => {
  it('accepts a well-kept ruleset', async () => {
    const e = env();
    expect((await run(['check', 'test/fixtures/toy-rules'], e)).exitCode).toBe(0);
    expect(e.stdout()).toContain('✔ test/fixtures/toy-rules : 3 règles, version 1.2.0');
  });

  it('reports a misspelt key at its line, in French, exit 2', async () => {
    const dir = copyToy((y) => y.replace('    rationale: Une commande ne dépasse', '    rationalle: Une commande ne dépasse'));
    const e = env();
    expect((await run(['check', dir], e)).exitCode).toBe(2);
    expect(e.stdout()).toContain(`${join(dir, 'v1/order.yaml')}:${lineOf(dir, 'rationalle')}:5: clé inconnue « rationalle »`);
  });

  it('adds the maintenance checks: an example for each severity, the id names the subject, both languages', async () => {
    const dir = copyToy((y) =>
      y
        .replace("        - { severity: warning, input: { qty: 6 } }\n", '')
        .replace('id: order/untagged', 'id: cart/untagged')
        .replace("title: { fr: Rôle du titulaire, en: Owner role }", "title: { fr: Rôle du titulaire, en: ' ' }"),
    );
    const e = env();
    expect((await run(['check', dir, '--format', 'json'], e)).exitCode).toBe(2);
    const out = JSON.parse(e.stdout()) as { problems: { line: number; code: string; message: string }[] };
    expect(out.problems.map((p) => p.code).sort()).toEqual(['bad-id', 'missing-example', 'missing-translation']);
    expect(out.problems.find((p) => p.code === 'bad-id')).toMatchObject({ line: lineOf(dir, 'cart/untagged'), message: 'identifiant « cart/untagged » : le préfixe doit nommer le sujet « order »' });
    expect(out.problems.find((p) => p.code === 'missing-translation')?.line).toBe(lineOf(dir, "en: ' '"));
    expect(out.problems.find((p) => p.code === 'missing-example')?.message).toContain('« warning »');
  });

  it('speaks English and prints GitHub annotations on request', async () => {
    const dir = copyToy((y) => y.replace('    rationale: Une commande ne dépasse', '    rationalle: Une commande ne dépasse'));
    const e = env();
    await run(['check', dir, '--format', 'github', '--lang', 'en'], e);
    expect(e.stdout()).toContain(`::error file=${join(dir, 'v1/order.yaml')},line=${lineOf(dir, 'rationalle')},col=5,title=cadre rules check%3A schema::unknown key "rationalle"`);
  });
});

describe('cadre rules test (toy domain)', () => {
  it('runs every example and ends with the count line', async () => {
    const e = env();
    expect((await run(['test', 'test/fixtures/toy-rules'], e)).exitCode).toBe(0);
    const lines = e.stdout().trimEnd().split('\n');
    expect(lines).toContain('✓ order/too-many › fires 1');
    expect(lines).toContain("✓ order/too-many › passes 2 (avant 2020, pas d'avertissement)");
    expect(lines.at(-1)).toBe('8 passed, 0 failed');
  });

  it('runs test files, reports failures with their place, exit 1', async () => {
    const dir = copyToy();
    mkdirSync(join(dir, 'tests'));
    writeFileSync(
      join(dir, 'tests/orders.yaml'),
      `format: 1
tests:
  - name: gros volume
    document: { kind: order, date: 2021-06-01, qty: 40, tags: [a] }
    expect: { outcome: non-compliant, findings: [{ rule: order/too-many, severity: error }] }
  - name: invité de confiance
    subject: order
    input: { owner: { name: Ana, role: guest }, tags: [trusted] }
    expect: { passes: [order/owner-role] }
  - name: attente fausse
    document: { kind: order, date: 2021-06-01, qty: 2, tags: [a] }
    expect: { fires: [order/too-many] }
`,
    );
    const e = env();
    expect((await run(['test', dir], e)).exitCode).toBe(1);
    const out = e.stdout();
    expect(out).toContain('✓ tests/orders.yaml › gros volume');
    expect(out).toContain('✓ tests/orders.yaml › invité de confiance');
    expect(out).toContain(`✗ tests/orders.yaml › attente fausse\n    ${join(dir, 'tests/orders.yaml')}:10:5\n    order/too-many devait se déclencher ; constatations : aucune`);
    expect(out.trimEnd().split('\n').at(-1)).toBe('10 passed, 1 failed');
  });

  it('reports a bad test file at file:line:column, exit 2', async () => {
    const dir = copyToy();
    mkdirSync(join(dir, 'tests'));
    writeFileSync(join(dir, 'tests/bad.yaml'), 'format: 1\ntests:\n  - name: x\n    document: { kind: order, date: 2021-06-01 }\n    expect: { fires: [order/nope], outcom: compliant }\n');
    const e = env();
    expect((await run(['test', dir], e)).exitCode).toBe(2);
    expect(e.stderr()).toContain(`${join(dir, 'tests/bad.yaml')}:5:23: règle inconnue « order/nope »`);
    expect(e.stderr()).toContain(`${join(dir, 'tests/bad.yaml')}:5:36: clé inconnue « outcom »`);
  });

  it('--coverage lists the rules and --threshold fails under it', async () => {
    const e = env();
    expect((await run(['test', 'test/fixtures/toy-rules', '--coverage', '--threshold', '100'], e)).exitCode).toBe(0);
    expect(e.stdout()).toContain('3/3 règles couvertes (100 %)');
    // order/untagged without examples never fires: 2 rules of 3 covered, under a 100 % threshold.
    const dir = copyToy((y) => y.replace('      fires: [{ input: { tags: [z] } }]\n      passes: [{ input: { tags: [b] } }]', '      fires: []\n      passes: []'));
    const e2 = env();
    expect((await run(['test', dir, '--coverage', '--threshold', '100'], e2)).exitCode).toBe(1);
    expect(e2.stdout()).toMatch(/✗ order\/untagged +0 \/ +\d+ \/ +0/);
    expect(e2.stdout()).toContain('2/3 règles couvertes (66.6 %)');
    expect(e2.stdout()).toContain('✖ couverture 66.6 % sous le seuil de 100 %');
    expect(e2.stdout().trimEnd().split('\n').at(-1)).toBe('6 passed, 0 failed');
    expect((await run(['test', dir, '--coverage', '--threshold', '60'], env())).exitCode).toBe(0);
  });
});

describe('cadre rules diff (toy domain, folders)', () => {
  it('names the changed rule and field, the documents that flip, and checks the version step', async () => {
    const dir = copyToy((y) => y.replace('max: { default: 10,', 'max: { default: 5,'));
    const e = env();
    const r = await run(['diff', 'test/fixtures/toy-rules', dir, '--format', 'json', '--samples', '3000'], e);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(e.stdout()) as { rules: { rules: { id: string; fields: { path: string; before: unknown; after: unknown }[] }[] }; verdicts: { checked: number; changes: { doc: { label: string }; gained: string[]; severityChanged: { ruleId: string }[] }[]; byRule: { ruleId: string }[] }; semver: { required: string; ok: boolean } };
    expect(out.rules.rules).toEqual([{ id: 'order/too-many', status: 'changed', subject: 'order', fields: [{ path: 'params.max.default', before: 10, after: 5 }] }]);
    expect(out.verdicts.byRule.map((b) => b.ruleId)).toEqual(['order/too-many']);
    expect(out.verdicts.changes.length).toBeGreaterThan(2);
    expect(out.verdicts.changes.some((c) => c.doc.label.startsWith('example order/too-many'))).toBe(true);
    expect(out.verdicts.changes.some((c) => c.doc.label.startsWith('generated order #'))).toBe(true);
    expect(out.semver).toMatchObject({ required: 'major', ok: false });
  });

  it('is satisfied by a major step, and renders Markdown for a pull request', async () => {
    const dir = copyToy((y) => y.replace('max: { default: 10,', 'max: { default: 5,'));
    writeFileSync(join(dir, 'ruleset.yaml'), readFileSync(join(dir, 'ruleset.yaml'), 'utf8').replace('version: 1.2.0', 'version: 2.0.0'));
    const e = env();
    expect((await run(['diff', 'test/fixtures/toy-rules', dir, '--format', 'markdown', '--samples', '100'], e)).exitCode).toBe(0);
    expect(e.stdout()).toContain('✅ version 1.2.0 → 2.0.0 (major) conforme à la politique (requis : major)');
    expect(e.stdout()).toContain('| `order/too-many` | modifiée | params.max.default: 10 → 5 |');
  });

  it('is deterministic: the same seed gives the same output', async () => {
    const dir = copyToy((y) => y.replace('max: { default: 10,', 'max: { default: 5,'));
    const a = env();
    const b = env();
    await run(['diff', 'test/fixtures/toy-rules', dir, '--samples', '200', '--seed', '7'], a);
    await run(['diff', 'test/fixtures/toy-rules', dir, '--samples', '200', '--seed', '7'], b);
    expect(a.stdout()).toBe(b.stdout());
  });

  it('says when a revision does not exist, and writes nothing to --output', async () => {
    const e = env();
    const output = join(mkdtempSync(join(tmpdir(), 'cadre-out-')), 'diff.md');
    expect((await run(['diff', 'no-such-revision-xyz', 'test/fixtures/toy-rules', '--output', output], e)).exitCode).toBe(2);
    expect(e.stderr()).toContain('révision git introuvable « no-such-revision-xyz »');
    expect(existsSync(output)).toBe(false);
  });
});

describe('cadre rules export and docs (toy domain)', () => {
  it('exports to json-rules-engine', async () => {
    const e = env();
    expect((await run(['export', 'test/fixtures/toy-rules', '--target', 'json-rules-engine'], e)).exitCode).toBe(0);
    const out = JSON.parse(e.stdout()) as { format: string; subjects: { order: { name: string }[] } };
    expect(out.format).toBe('cadre/json-rules-engine@1');
    expect(out.subjects.order.map((r) => r.name)).toContain('order/too-many#2');
    const bad = env();
    expect((await run(['export', 'test/fixtures/toy-rules', '--target', 'drools'], bad)).exitCode).toBe(2);
    expect(bad.stderr()).toContain('cible inconnue « drools »');
  });

  it('writes one page per rule and an index, and --check tells when they are stale', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cadre-docs-')), 'rules');
    const e = env();
    expect((await run(['docs', 'test/fixtures/toy-rules', '--output', out], e)).exitCode).toBe(0);
    const page = readFileSync(join(out, 'order/too-many.md'), 'utf8');
    expect(page).toContain("# Trop d'articles");
    expect(page).toContain('[Règlement jouet art. 1](https://example.test/art1) — *vérifié*');
    expect(page).toContain('| `max` | `10` | 1 – … | plafond |');
    expect(page).toContain('operator: greaterThan');
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('| [`order/too-many`](order/too-many.md) | erreur / avertissement | Trop d\'articles |');
    expect((await run(['docs', 'test/fixtures/toy-rules', '--output', out, '--check'], env())).exitCode).toBe(0);
    writeFileSync(join(out, 'order/too-many.md'), 'stale');
    const stale = env();
    expect((await run(['docs', 'test/fixtures/toy-rules', '--output', out, '--check'], stale)).exitCode).toBe(1);
    expect(stale.stderr()).toContain('order/too-many.md');
  });
});
