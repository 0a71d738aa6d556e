/**
 * `npm run bench`: measures the built package (checks, text linter, command line), compares it
 * with json-rules-engine and with hand-written code in the same process, prints a table and
 * writes `bench/results.json`. A benchmark, not a test: it fails only when the three
 * implementations disagree, never on a figure; the table says which targets are met.
 *
 *   npm run bench                  # everything
 *   npm run bench -- --only checks # one section: checks, lint or cli
 * @module
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchChecks, type ChecksResult } from './checks.js';
import { benchCli, type CliResult } from './cli.js';
import { benchLint, type LintResult } from './lint.js';
import { loadCadre, loadTextModule } from './package.js';
import { printTable, TARGETS, type Results } from './report.js';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<void> {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const started = Date.now();
  const cadre = await loadCadre();
  let checks: ChecksResult | undefined;
  let lint: LintResult | undefined;
  let cli: CliResult | undefined;
  if (!only || only === 'checks') {
    log('1. Vérifications');
    checks = await benchChecks(cadre, 10_000, log);
  }
  if (!only || only === 'lint') {
    log('2. Fiches en texte libre');
    lint = await benchLint(cadre, await loadTextModule(), log);
  }
  if (!only || only === 'cli') {
    log('3. Ligne de commande');
    cli = await benchCli({ startupRuns: 15, jsonlLines: [10_000, 100_000, 300_000], jsonlRuns: (lines) => (lines === 100_000 ? 5 : 3) }, log);
  }
  // The figure is on 100,000 lines; 10,000 and 300,000 show the memory stays flat.
  const big = cli?.jsonl.find((run) => run.lines === 100_000);
  const results: Results = {
    checkerVsJre: checks?.checkerVsJre ?? null,
    checkerVsHandwritten: checks?.checkerVsHandwritten ?? null,
    lintMBps: lint && 'lintMBps' in lint ? lint.lintMBps : null,
    lintScaling100x: lint && 'lintScaling100x' in lint ? lint.lintScaling100x : null,
    cliVsNode: cli?.cliVsNode ?? null,
    jsonlDocsPerSec: big?.docsPerSec ?? null,
    jsonlPeakRssMB: big?.peakRssMB ?? null,
    targets: TARGETS,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'inconnu', node: process.version, platform: `${process.platform}-${process.arch}` },
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    details: { checks: checks ?? null, lint: lint ?? null, cli: cli ?? null },
  };
  if (!only) writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(printTable(results));
  if (!only) log(`écrit : bench/results.json (${results.durationSeconds} s)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`banc : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
