/**
 * Resolves a side of `cadre rules diff`: a rules folder as is, or a git revision whose rules
 * folder is copied into a temporary folder (`git ls-tree` + `git cat-file`: nothing is checked
 * out, the work tree and the index are left alone).
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** A side of the comparison, ready to load. */
export type Side = { ok: true; dir: string; label: string; display(file: string): string } | { ok: false; message: string; messageEn: string };

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A folder if `ref` is one, else the folder `rulesDir` at the git revision `ref`.
 * @example
 * resolveSide('origin/main', 'rules/iscg'); // { ok: true, dir: '/tmp/cadre-rev-…/rules', label: 'origin/main', … }
 */
export function resolveSide(ref: string, rulesDir: string): Side {
  if (isDir(ref)) return { ok: true, dir: ref, label: ref, display: (f) => f };
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], process.cwd()).trim();
  } catch {
    return { ok: false, message: `« ${ref} » n'est pas un dossier, et le dossier courant n'est pas un dépôt git : impossible d'y lire une révision`, messageEn: `"${ref}" is not a folder, and the current folder is not a git repository: cannot read a revision` };
  }
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top).trim();
  } catch {
    return { ok: false, message: `révision git introuvable « ${ref} » (ni un dossier, ni une branche, une étiquette ou un commit de ce dépôt)`, messageEn: `git revision not found "${ref}" (neither a folder nor a branch, tag or commit of this repository)` };
  }
  const inRepo = relative(top, resolve(rulesDir)).replace(/\\/g, '/');
  const files = git(['ls-tree', '-r', '--name-only', '--full-tree', commit, '--', inRepo], top)
    .split('\n')
    .filter((f) => f !== '');
  if (files.length === 0) {
    return { ok: false, message: `le dossier ${inRepo} n'existe pas à la révision « ${ref} »`, messageEn: `folder ${inRepo} does not exist at revision "${ref}"` };
  }
  const out = join(mkdtempSync(join(tmpdir(), 'cadre-rev-')), 'rules');
  for (const file of files) {
    const target = join(out, relative(inRepo, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, execFileSync('git', ['cat-file', 'blob', `${commit}:${file}`], { cwd: top, maxBuffer: 256 * 1024 * 1024 }));
  }
  const short = commit.slice(0, 12);
  return { ok: true, dir: out, label: `${ref}@${short}`, display: (f) => (f.startsWith(out) ? `${ref}:${join(inRepo, relative(out, f)).replace(/\\/g, '/')}` : f) };
}
