/**
 * `cadre validate --jsonl` on awkward input, as users run it: line breaks of every kind, a byte
 * order mark, blank lines, invalid JSON, a line of several megabytes (longer than a read and than
 * a block), a last line without a break, a missing file among others; from a file, from stdin.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const action = (date: string): string => JSON.stringify({ kind: 'action', date, type: 'listening', person: { role: 'victim', minor: false }, consent: { status: 'given' } });
const sharing = JSON.stringify({ kind: 'sharing' });
const long = JSON.stringify({ kind: 'post', title: 'x'.repeat(3_000_000) });

/** The input, line by line (the break after each), and what each line is. */
const LINES: [string, string][] = [
  [`\ufeff${action('2025-01-02')}`, '\r\n'], // 1: a byte order mark: not JSON
  [action('2025-01-03'), '\r'], // 2: a carriage return alone
  ['   ', '\n'], // 3: blank
  ['', '\n'], // 4: blank
  ['{pas du JSON', '\r\n'], // 5
  [long, '\n'], // 6: 3 MB
  [sharing, '\n'], // 7
  ['', '\n'], // 8: blank
  [action('2025-01-04'), ''], // 9: no final break
];
const INPUT = LINES.map(([line, end]) => line + end).join('');

interface Line {
  file: string;
  line: number;
  outcome: string;
  inputErrors: { line?: number; message: string }[];
}

describe('cadre validate --jsonl on awkward input', () => {
  it('numbers lines as they are in the file and reports each non-blank one, in order', () => {
    const file = join(dir, 'lot «é».jsonl');
    writeFileSync(file, INPUT);
    const r = runCli(['validate', '--jsonl', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    const reports = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
    expect(reports.map((x) => [x.line, x.outcome])).toEqual([
      [1, 'invalid-input'],
      [2, 'compliant'],
      [5, 'invalid-input'],
      [6, 'invalid-input'],
      [7, 'invalid-input'],
      [9, 'compliant'],
    ]);
    expect(reports.every((x) => x.file === file)).toBe(true);
    expect(reports[0]?.inputErrors[0]?.message).toMatch(/^JSON invalide : /);
    expect(reports[2]?.inputErrors[0]).toMatchObject({ line: 5, column: 1 });
    // Each line is the report of `check`, with its file and line first.
    const [, second] = r.stdout.split('\n');
    expect(second).toBe(JSON.stringify({ file, line: 2, ...check(JSON.parse(action('2025-01-03'))) }));
  });

  it('reads stdin the same way, and goes on past a missing file', () => {
    const file = join(dir, 'lot.jsonl');
    writeFileSync(file, INPUT);
    const fromFile = runCli(['validate', '--jsonl', join(dir, 'absent.jsonl'), file]);
    expect(fromFile.stderr).toBe(`cadre : ${join(dir, 'absent.jsonl')} : fichier introuvable\n`);
    expect(fromFile.code).toBe(2);
    const fromStdin = runCli(['validate', '--jsonl'], { input: INPUT });
    expect(fromStdin.stdout).toBe(fromFile.stdout.replaceAll(`"file":${JSON.stringify(file)}`, '"file":"<stdin>"'));
  });

  it('exit code: 0 when every document is compliant, 1 at the failure threshold', () => {
    expect(runCli(['validate', '--jsonl'], { input: `${action('2025-01-02')}\n\n${action('2025-01-03')}\n` }).code).toBe(0);
    const failing = JSON.stringify({ kind: 'action', date: '2025-01-02', type: 'complaint-intake', person: { role: 'victim', minor: false }, consent: { status: 'given' } });
    expect(runCli(['validate', '--jsonl'], { input: `${action('2025-01-02')}\n${failing}\n` }).code).toBe(1);
  });

  it('writes nothing and exits 0 on empty input', () => {
    const r = runCli(['validate', '--jsonl'], { input: '' });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });
});
