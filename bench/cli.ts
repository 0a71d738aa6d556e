/**
 * Section 3 of the bench: the `cadre` command as users run it (the built package, in a child
 * process). Start-up: `cadre validate` on one small file against bare `node -e ""`, runs
 * interleaved, medians. Streams: `cadre validate --jsonl` on 10,000, 100,000 and 300,000 lines,
 * each run several times — five times for 100,000, the issue's figure, three for the others —
 * the sizes taking turns, so that the runs of one size are spread over the whole section rather
 * than packed into a few seconds (the machine is shared: a single run can be twice as slow as the
 * next, for minutes at a time). Kept: the fastest run's documents per second, as for the checks,
 * with the median and slowest runs, and the child's peak RSS (reported by the child itself at
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
 * const cli = await benchCli({ startupRuns: 15, jsonlLines: [10_000, 100_000], jsonlRuns: (lines) => (lines === 100_000 ? 5 : 3) }, console.log);
 */
export async function benchCli(options: { startupRuns: number; jsonlLines: number[]; jsonlRuns?: (lines: number) => number }, log: (line: string) => void): Promise<CliResult> {
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
    const runsOf = options.jsonlRuns ?? (() => 3);
    const streams: JsonlStream[] = [];
    for (const lines of options.jsonlLines) streams.push(await jsonlFile(dir, lines));
    log(`  cadre validate --jsonl : ${streams.map((s) => `${s.lines} lignes ${runsOf(s.lines)} fois`).join(', ')}, en alternance…`);
    const most = Math.max(...streams.map((s) => runsOf(s.lines)));
    for (let round = 0; round < most; round++) {
      for (const stream of streams) if (round < runsOf(stream.lines)) runJsonl(stream);
    }
    const jsonl = streams.map((stream) => {
      const run = summary(stream);
      log(`    ${run.lines} lignes : meilleure exécution ${Math.round(run.docsPerSec)} doc/s, médiane ${Math.round(run.medianDocsPerSec)}, la plus lente ${Math.round(run.worstDocsPerSec)} ; ${Math.round(run.peakRssMB)} Mo au plus`);
      return run;
    });
    return { nodeMs, cadreValidateMs, cliVsNode: cadreValidateMs / nodeMs, jsonl };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A stream file and the runs made on it so far. */
interface JsonlStream {
  lines: number;
  input: string;
  rssFile: string;
  /** Wall times of the runs, in seconds. */
  times: number[];
  peakRssMB: number;
}

async function jsonlFile(dir: string, lines: number): Promise<JsonlStream> {
  const input = join(dir, `lot-${lines}.jsonl`);
  await writeJsonl(input, lines);
  return { lines, input, rssFile: join(dir, `rss-${lines}.txt`), times: [], peakRssMB: 0 };
}

/** One run of `cadre validate --jsonl` on the stream's file, added to its runs. */
function runJsonl(stream: JsonlStream): void {
  const env = { ...process.env, CADRE_BENCH_RSS_FILE: stream.rssFile };
  stream.times.push(wallMs(['--import', PROBE, CLI, 'validate', '--jsonl', stream.input], env) / 1000);
  stream.peakRssMB = Math.max(stream.peakRssMB, Number(readFileSync(stream.rssFile, 'utf8')) / 1024);
}

function summary({ lines, times, peakRssMB }: JsonlStream): JsonlRun {
  const seconds = Math.min(...times);
  return { lines, seconds, docsPerSec: lines / seconds, medianDocsPerSec: lines / quantile(times, 0.5), bestDocsPerSec: lines / seconds, worstDocsPerSec: lines / Math.max(...times), runs: times.length, peakRssMB };
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
