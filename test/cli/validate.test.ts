import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-cli-'));
const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const ORDER_FROM_OPJ = `kind: action
date: 2025-05-12
type: hearing-accompaniment
person: { role: victim, minor: false }
consent: { status: given }
requestedBy: police
`;
const FINE = `kind: action
date: 2025-05-12
type: accompaniment
person: { role: victim, minor: false, conjugalViolenceVictim: true }
consent: { status: given, recordedOn: 2025-05-12 }
initiatedBy: police
requestedBy: person
followUp: { startedOn: 2025-04-30, handOffPlanned: true }
`;

describe('cadre validate', () => {
  it('prints findings with French messages and sources, exit 1 on errors', () => {
    const r = runCli(['validate', write('opj.yaml', ORDER_FROM_OPJ)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('opj.yaml');
    expect(r.stdout).toContain('action/hearing-accompaniment');
    expect(r.stdout).toContain('erreur');
    expect(r.stdout).toMatch(/source : /);
    expect(r.stdout).toContain('non conforme');
  });

  it('exit 0 on a compliant document; English with --lang en', () => {
    const file = write('fine.yaml', FINE);
    expect(runCli(['validate', file]).code).toBe(0);
    const en = runCli(['validate', write('opj2.yaml', ORDER_FROM_OPJ), '--lang', 'en']);
    expect(en.stdout).toContain('non-compliant');
    expect(en.stdout).not.toContain('non conforme');
  });

  it('--format json prints the versioned report with the file, several documents per YAML file', () => {
    const file = write('two.yaml', `${FINE}---\n${ORDER_FROM_OPJ}`);
    const r = runCli(['validate', file, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { reportVersion: number; results: { file: string; document: number; outcome: string; subject: string }[] };
    expect(out.reportVersion).toBe(1);
    expect(out.results.map((x) => [x.document, x.outcome, x.subject])).toEqual([
      [1, 'compliant', 'action'],
      [2, 'non-compliant', 'action'],
    ]);
    expect(out.results[0]?.file).toBe(file);
  });

  it('invalid input: exit 2, the place as line:column and pointer, nothing thrown', () => {
    const r = runCli(['validate', write('bad.yaml', 'kind: action\ndate: 2025-05-12\ntype: listening\nperson: { role: victime, minor: false }\nconsent: { status: given }\n'), '--format', 'json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { results: { outcome: string; inputErrors: { pointer: string; line: number; column: number; message: string }[] }[] };
    expect(out.results[0]?.outcome).toBe('invalid-input');
    expect(out.results[0]?.inputErrors[0]).toMatchObject({ pointer: '/person/role', line: 4 });
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('malformed YAML, malformed JSON, an empty file, a missing file: clear errors, exit 2, no stack trace', () => {
    for (const [name, text] of [['broken.yaml', 'kind: action\n  date: [2025'], ['broken.json', '{"kind": "action",'], ['empty.yaml', ''], ['binary.yaml', 'a\u0000b']] as const) {
      const r = runCli(['validate', write(name, text)]);
      expect(r.code, name).toBe(2);
      expect(r.stdout + r.stderr, name).toMatch(/invalide|vide|binaire/);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
    }
    const missing = runCli(['validate', join(dir, 'absent.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('fichier introuvable');
  });

  it('--as-of changes the check date; a date before 2006-12-21 is invalid input', () => {
    const file = write('early.yaml', FINE.replace('2025-05-12', '2006-12-01').replace(/2025-04-30/, '2006-11-30').replace('recordedOn: 2025-05-12', 'recordedOn: 2006-12-01'));
    const r = runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('2006-12-21');
    expect(runCli(['validate', file, '--as-of', '2007-01-01']).code).toBe(0);
    expect(runCli(['validate', file, '--as-of', '2007-02-30']).code).toBe(2);
  });

  it('--fail-on and --max-warnings set the exit code', () => {
    const warn = write('warn.yaml', FINE.replace('requestedBy: person\n', '').replace('type: accompaniment', 'type: hearing-accompaniment'));
    expect(runCli(['validate', warn]).code).toBe(0);
    expect(runCli(['validate', warn, '--fail-on', 'warning']).code).toBe(1);
    expect(runCli(['validate', warn, '--max-warnings', '0']).code).toBe(1);
    expect(runCli(['validate', warn, '--fail-on', 'oops']).code).toBe(2);
  });

  it('--output writes the report to a file', () => {
    const out = join(dir, 'report.json');
    const r = runCli(['validate', write('o.yaml', ORDER_FROM_OPJ), '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).results[0].outcome).toBe('non-compliant');
  });

  it('--jsonl reads one document per line from stdin and writes one report per line', () => {
    const lines = [JSON.stringify({ kind: 'action', date: '2025-05-12', type: 'summons', person: { role: 'victim', minor: false }, consent: { status: 'given' } }), '', '{oops', JSON.stringify({ kind: 'sharing' })].join('\n');
    const r = runCli(['validate', '--jsonl'], { input: lines });
    const reports = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; outcome: string });
    expect(reports.map((x) => [x.line, x.outcome])).toEqual([
      [1, 'non-compliant'],
      [3, 'invalid-input'],
      [4, 'invalid-input'],
    ]);
    expect(r.code).toBe(2);
  });

  it('bad rules given with --ruleset are reported at file:line:column, exit 2', () => {
    const r = runCli(['validate', write('x.yaml', FINE), '--ruleset', join(dir, 'no-rules-here')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ruleset\.yaml:1:1: .*fichier introuvable/);
  });

  it('usage errors: unknown option, unknown command, no file', () => {
    expect(runCli(['validate', '--nope']).stderr).toContain('option inconnue --nope');
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['validate']).code).toBe(2);
    expect(existsSync(dir)).toBe(true);
  });

  it('--help shows examples', () => {
    const r = runCli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exemples');
  });
});

describe('cadre explain', () => {
  it('prints a rule in French with its sources, params and examples', () => {
    const r = runCli(['explain', 'action/short-term']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('action/short-term');
    expect(r.stdout).toContain('Sources');
    expect(r.stdout).toContain('maxFollowUpDays = 90');
    expect(r.stdout).toContain('Exemples');
  });
  it('says so for an unknown rule', () => {
    const r = runCli(['explain', 'action/nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('règle inconnue');
  });
});
