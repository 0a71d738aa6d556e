/**
 * Section 3 of the bench: the `cadre` command as users run it (the built package, in a child
 * process). Start-up: `cadre validate` on one small file against bare `node -e ""`, runs
 * interleaved, medians. Streams: `cadre validate --jsonl` on 10,000, 100,000 and 300,000 lines,
 * each run several times (the fastest run's documents per second, as for the checks: the machine
 * is shared, a single run can be twice as slow as the next; the median run is kept too) and the
 * child's peak RSS (reported by the child itself at
 * exit, the highest of the runs).
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

/** `--jsonl` runs on one file. */
export interface JsonlRun {
  lines: number;
  /** Wall time of the fastest run, start-up included. */
  seconds: number;
  /** Documents per second of the fastest run (as for the checks: slower runs measure the neighbours). */
  docsPerSec: number;
  /** Documents per second of the median run, for information. */
  medianDocsPerSec: number;
  /** The fastest and slowest runs (documents per second). */
  bestDocsPerSec: number;
  worstDocsPerSec: number;
  runs: number;
  /** The highest peak RSS of the runs. */
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
export async function benchCli(options: { startupRuns: number; jsonlLines: number[]; jsonlRuns?: number }, log: (line: string) => void): Promise<CliResult> {
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
    const runs = options.jsonlRuns ?? 3;
    for (const lines of options.jsonlLines) {
      log(`  cadre validate --jsonl : ${lines} lignes, ${runs} fois…`);
      const run = await runJsonl(dir, lines, runs);
      log(`    meilleure exécution ${Math.round(run.docsPerSec)} doc/s, médiane ${Math.round(run.medianDocsPerSec)}, la plus lente ${Math.round(run.worstDocsPerSec)} ; ${Math.round(run.peakRssMB)} Mo au plus`);
      jsonl.push(run);
    }
    return { nodeMs, cadreValidateMs, cliVsNode: cadreValidateMs / nodeMs, jsonl };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runJsonl(dir: string, lines: number, runs: number): Promise<JsonlRun> {
  const input = join(dir, `lot-${lines}.jsonl`);
  await writeJsonl(input, lines);
  const rssFile = join(dir, `rss-${lines}.txt`);
  const times: number[] = [];
  let peakRssMB = 0;
  for (let i = 0; i < runs; i++) {
    times.push(wallMs(['--import', PROBE, CLI, 'validate', '--jsonl', input], { ...process.env, CADRE_BENCH_RSS_FILE: rssFile }) / 1000);
    peakRssMB = Math.max(peakRssMB, Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  const seconds = Math.min(...times);
  return { lines, seconds, docsPerSec: lines / seconds, medianDocsPerSec: lines / quantile(times, 0.5), bestDocsPerSec: lines / seconds, worstDocsPerSec: lines / Math.max(...times), runs, peakRssMB };
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
