/**
 * `cadre rules docs [DIR] [--output DIR] [--check]`: one Markdown page per rule and an index,
 * generated from the rules (docs/rules/ by default); `--check` tells whether the pages are fresh.
 * @module
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { CommandResult } from '../io.js';
import { rulePages, type DocPage } from '../../format/rule-pages.js';
import { parseRulesArgs } from './args.js';
import { defaultEnv, defaultRulesDir, loadRules, usage, type RulesEnv } from './context.js';
import { rulesHelp } from './help.js';

/**
 * Runs `cadre rules docs`.
 * @example
 * await run(['rules/iscg', '--output', 'docs/rules']);
 */
export async function run(argv: string[], given?: RulesEnv): Promise<CommandResult> {
  const env = given ?? (await defaultEnv());
  const parsed = parseRulesArgs(argv, { output: { type: 'string', short: 'o' }, check: { type: 'boolean' } });
  if (!parsed.ok) return { exitCode: usage(env, parsed.lang, parsed.message, parsed.message) };
  const { lang, values, positionals } = parsed;
  if (values['help']) {
    env.out(rulesHelp(lang, 'docs'));
    return { exitCode: 0 };
  }
  if (positionals.length > 1) return { exitCode: usage(env, lang, 'un seul dossier de règles à la fois', 'one rules folder at a time') };
  const loaded = await loadRules(positionals[0] ?? defaultRulesDir(), env, lang);
  if (!loaded) return { exitCode: 2 };
  const out = typeof values['output'] === 'string' ? values['output'] : 'docs/rules';
  const pages = rulePages(loaded.ruleset, lang);
  if (values['check'] === true) {
    const stale = await stalePages(out, pages);
    if (stale.length === 0) {
      env.out(lang === 'en' ? `✔ ${out}: ${pages.length} pages up to date\n` : `✔ ${out} : ${pages.length} pages à jour\n`);
      return { exitCode: 0 };
    }
    for (const s of stale) env.err(`${join(out, s)}\n`);
    env.err(lang === 'en' ? `cadre: ${stale.length} page(s) of ${out} are not up to date: run cadre rules docs --output ${out}\n` : `cadre : ${stale.length} page(s) de ${out} ne sont pas à jour : lancez cadre rules docs --output ${out}\n`);
    return { exitCode: 1 };
  }
  try {
    // Pages of rules that no longer exist must go: the folder holds the generated pages only.
    for (const old of await markdownFiles(out)) if (!pages.some((p) => p.path === old)) await rm(join(out, old));
    for (const page of pages) {
      await mkdir(dirname(join(out, page.path)), { recursive: true });
      await writeFile(join(out, page.path), page.text);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'erreur';
    return { exitCode: usage(env, lang, `impossible d'écrire dans ${out} (${code})`, `cannot write to ${out} (${code})`) };
  }
  env.out(lang === 'en' ? `${pages.length} pages written to ${out}\n` : `${pages.length} pages écrites dans ${out}\n`);
  return { exitCode: 0 };
}

async function markdownFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\\/g, '/'));
  } catch {
    return [];
  }
}

async function stalePages(dir: string, pages: readonly DocPage[]): Promise<string[]> {
  const stale: string[] = [];
  for (const page of pages) {
    const current = await readFile(join(dir, page.path), 'utf8').catch(() => undefined);
    if (current !== page.text) stale.push(page.path);
  }
  for (const file of await markdownFiles(dir)) if (!pages.some((p) => p.path === file)) stale.push(file);
  return stale.sort();
}
