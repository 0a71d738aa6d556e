/**
 * Precompiles the shipped ISCG ruleset: loads rules/iscg (YAML, checked) and writes
 * src/domain/iscg/generated/ruleset.ts, so that the package parses no YAML and reads no file
 * at import (it also runs in a browser bundle). A test fails when the file is stale.
 *
 *   npx tsx scripts/generate-ruleset.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { collectRuleset } from '../src/core/loader/load-ruleset.js';
import { formatProblem } from '../src/core/errors.js';
import { iscgDomain } from '../src/domain/iscg/domain.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the precompiled ruleset goes. */
export const RULESET_MODULE = join(root, 'src/domain/iscg/generated/ruleset.ts');

/**
 * Renders the module text of the precompiled ruleset.
 * @example
 * const text = await renderRulesetModule();
 */
export async function renderRulesetModule(): Promise<string> {
  const cwd = process.cwd();
  process.chdir(root); // file names in origins are relative to the repository
  try {
    const { ruleset, problems } = await collectRuleset('rules/iscg', [iscgDomain]);
    if (!ruleset || problems.length > 0) throw new Error(problems.map((p) => formatProblem(p)).join('\n'));
    const json = JSON.stringify(ruleset);
    return `// Généré par scripts/generate-ruleset.ts à partir de rules/iscg : ne pas modifier à la main.
import type { Ruleset } from '../../../core/types.js';

/** The shipped ISCG ruleset, resolved (version ${ruleset.version}, ${ruleset.rules.length} rules). */
export const ISCG_RULESET: Ruleset = JSON.parse(${JSON.stringify(json)}) as Ruleset;
`;
  } finally {
    process.chdir(cwd);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  renderRulesetModule().then(
    (text) => {
      mkdirSync(dirname(RULESET_MODULE), { recursive: true });
      writeFileSync(RULESET_MODULE, text);
      process.stdout.write(`écrit : ${RULESET_MODULE}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
