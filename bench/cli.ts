/**
 * Section 3 of the bench: the `cadre` command as users run it (the built package, in a child
 * process). Start-up: `cadre validate` on one small file against bare `node -e ""`, runs
 * interleaved, medians. Streams: `cadre validate --jsonl` on 10,000 and 100,000 lines, documents
 * per second and the child's peak RSS (reported by the child itself at exit).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionDocuments, sharingDocuments } from './documents.js';
import { quantile } from './measure.js';
import { CLI } from './package.js';

/** What section 3 measures. */
export interface CliResult {
  nodeMs: number;
  cadreValidateMs: number;
  cliVsNode: number;
  jsonl: JsonlRun[];
}

/** One `--jsonl` run. */
export interface JsonlRun {
  lines: number;
  seconds: number;
  docsPerSec: number;
  peakRssMB: number;
}

const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

function wallMs(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore', env });
  if (run.error) throw run.error;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs section 3 in a scratch folder.
 * @example
 * const cli = await benchCli({ startupRuns: 15, jsonlLines: [10_000, 100_000] }, console.log);
 */
export async function benchCli(options: { startupRuns: number; jsonlLines: number[] }, log: (line: string) => void): Promise<CliResult> {
  const dir = join(tmpdir(), `cadre-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const file = join(dir, 'acte.yaml');
    writeFileSync(file, toYaml(actionDocuments(1)[0] as Record<string, unknown>));
    log(`  démarrage : cadre validate ${file} contre node -e "" (${options.startupRuns} fois chacun, en alternance)…`);
    wallMs([CLI, 'validate', file]); // warm the file cache
    const node: number[] = [];
    const cadre: number[] = [];
    for (let i = 0; i < options.startupRuns; i++) {
      node.push(wallMs(['-e', '']));
      cadre.push(wallMs([CLI, 'validate', file]));
    }
    const nodeMs = quantile(node, 0.5);
    const cadreValidateMs = quantile(cadre, 0.5);
    const jsonl: JsonlRun[] = [];
    for (const lines of options.jsonlLines) {
      log(`  cadre validate --jsonl : ${lines} lignes…`);
      jsonl.push(await runJsonl(dir, lines));
    }
    return { nodeMs, cadreValidateMs, cliVsNode: cadreValidateMs / nodeMs, jsonl };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runJsonl(dir: string, lines: number): Promise<JsonlRun> {
  const input = join(dir, `lot-${lines}.jsonl`);
  await writeJsonl(input, lines);
  const rssFile = join(dir, `rss-${lines}.txt`);
  const seconds = wallMs(['--import', PROBE, CLI, 'validate', '--jsonl', input], { ...process.env, CADRE_BENCH_RSS_FILE: rssFile }) / 1000;
  const peakRssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { lines, seconds, docsPerSec: lines / seconds, peakRssMB };
}

/**
 * A JSON Lines file as an audit replays it: the records of a year of cases, acts and disclosures
 * in turn (fiches de poste are few and checked one by one).
 */
async function writeJsonl(path: string, lines: number): Promise<void> {
  const half = Math.ceil(lines / 2);
  const sets = [actionDocuments(half, 1), sharingDocuments(half, 2)];
  const out = createWriteStream(path);
  for (let i = 0; i < lines; i++) {
    const doc = sets[i % 2]?.[Math.floor(i / 2)];
    if (!out.write(`${JSON.stringify(doc)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** A flat YAML rendering of a small document (two levels), enough for the start-up file. */
function toYaml(doc: Record<string, unknown>, indent = ''): string {
  return Object.entries(doc)
    .map(([key, value]) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? `${indent}${key}:\n${toYaml(value as Record<string, unknown>, `${indent}  `)}`
        : `${indent}${key}: ${JSON.stringify(value)}\n`,
    )
    .join('');
}
