import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-lint-'));
const write = (name: string, text: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

interface JsonOut {
  results: { file: string; outcome: string; subject: string; findings: { ruleId: string; severity: string; location: { line?: number; column?: number; endLine?: number; endColumn?: number; pointer?: string }; sources: unknown[]; message: string }[] }[];
}

describe('cadre lint', () => {
  it('lints a Word fiche: findings with the passage line and column, French message and sources', () => {
    const r = runCli(['lint', 'test/corpus/fiches/44-word-gendarmerie.docx', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = (JSON.parse(r.stdout) as JsonOut).results[0]!;
    expect(report.subject).toBe('post-text');
    const employer = report.findings.find((f) => f.ruleId === 'text/police-employer');
    expect(employer).toMatchObject({ severity: 'error', location: { line: expect.any(Number), column: expect.any(Number) } });
    expect(employer?.sources.length).toBeGreaterThan(0);
    expect(employer?.message).toMatch(/employeur/i);
  });

  it('lints a PDF and a Markdown fiche in stylish format', () => {
    const r = runCli(['lint', 'test/corpus/fiches/48-pdf-problemes.pdf', 'test/corpus/fiches/04-convocations.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('48-pdf-problemes.pdf');
    expect(r.stdout).toContain('text/coercion');
    expect(r.stdout).toMatch(/\n {2}\d+:\d+ +erreur/);
    expect(r.stdout).toContain('source : ');
  });

  it('raises nothing on negated and excluded tasks', () => {
    const file = write(
      'negations.md',
      `# Intervenant social en commissariat

Employeur : conseil départemental du Gers, qui exerce l'autorité hiérarchique ; le commissariat d'Auch exerce une autorité fonctionnelle.

L'intervenant accueille, écoute et oriente les victimes, les mis en cause et les personnes en détresse, avec leur accord : ils restent libres de refuser.
Il est soumis au secret professionnel.

Ne relèvent pas de ses missions :
- le recueil des plaintes ;
- la participation aux auditions ;
- la rédaction de procès-verbaux.

Profil : diplôme d'État d'assistant de service social ou d'éducateur spécialisé.
`,
    );
    const r = runCli(['lint', file, '--format', 'json']);
    expect((JSON.parse(r.stdout) as JsonOut).results[0]?.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('checks a YAML post with a description with both rule families', () => {
    const file = write('post.yaml', `kind: post\nid: p1\neffectiveDate: 2024-01-01\nemployer: { kind: departement }\nhierarchicalAuthority: { kind: employer }\nfunctionalAuthority: { kind: police }\nmissions: [evaluation, proximity-intervention, orientation, hearing-participation]\ndescription: |\n  L'intervenant participe aux auditions des victimes.\n`);
    const out = JSON.parse(runCli(['lint', file, '--format', 'json']).stdout) as JsonOut;
    const ids = out.results[0]!.findings.map((f) => f.ruleId);
    expect(ids).toContain('post/missions-no-inquiry');
    expect(ids).toContain('text/inquiry-tasks');
    const text = out.results[0]!.findings.find((f) => f.ruleId === 'text/inquiry-tasks');
    expect(text?.location).toMatchObject({ pointer: '/description', line: 1 });
  });

  it('--show-text prints the extracted text with line numbers', () => {
    const r = runCli(['lint', '--show-text', 'test/corpus/fiches/43-word-conforme.docx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*1\s/m);
  });

  it('bad files: binary junk named .txt, a corrupt docx, a missing file — a clear error and exit 2', () => {
    const junk = write('junk.txt', Buffer.from([0, 159, 146, 150, 0, 1, 2]));
    const corrupt = write('corrupt.docx', 'PK\u0003\u0004 not really a zip');
    for (const file of [junk, corrupt, join(dir, 'absent.md')]) {
      const r = runCli(['lint', file]);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).not.toMatch(/\n\s+at /);
      expect(r.stderr.length, file).toBeGreaterThan(0);
    }
  });

  it('an empty fiche gets the missing-* warnings', () => {
    const r = runCli(['lint', write('vide.txt', ''), '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as JsonOut).results[0]!.findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['text/missing-hierarchy', 'text/missing-libre-adhesion', 'text/missing-secrecy', 'text/qualification']));
  });
});
