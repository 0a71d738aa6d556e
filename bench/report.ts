/**
 * The bench's results: the keys of `bench/results.json`, the targets of the issue, the table.
 * @module
 */
import type { ChecksResult } from './checks.js';
import type { CliResult } from './cli.js';
import type { LintResult } from './lint.js';
import type { CallStats } from './measure.js';

/** A target: the key's value must be at least `min` or at most `max`. */
export interface Target {
  min?: number;
  max?: number;
}

/** The targets of the performance issue. */
export const TARGETS = {
  checkerVsJre: { min: 100 },
  checkerVsHandwritten: { max: 2 },
  lintMBps: { min: 2 },
  lintScaling100x: { max: 120 },
  cliVsNode: { max: 3 },
  jsonlDocsPerSec: { min: 50_000 },
  jsonlPeakRssMB: { max: 200 },
} satisfies Record<string, Target>;

type Key = keyof typeof TARGETS;

/** The content of `bench/results.json` (`null`: section not run or not measurable). */
export type Results = Record<Key, number | null> & {
  targets: typeof TARGETS;
  machine: { cores: number; cpu: string; node: string; platform: string };
  date: string;
  durationSeconds: number;
  details: { checks: ChecksResult | null; lint: LintResult | null; cli: CliResult | null };
};

/**
 * Whether a value meets its target.
 * @example
 * meets(412, { min: 100 }); // true
 */
export function meets(value: number, target: Target): boolean {
  return (target.min === undefined || value >= target.min) && (target.max === undefined || value <= target.max);
}

const fmt = (n: number, digits = 2): string => n.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const stats = (s: CallStats): string => `${fmt(s.medianUs)} / ${fmt(s.p99Us)} µs, ${fmt(s.perSecond, 0)} /s`;

/**
 * The table printed at the end of a run.
 * @example
 * process.stdout.write(printTable(results));
 */
export function printTable(r: Results): string {
  const rows: [string, string, string][] = [];
  const checks = r.details.checks;
  if (checks) {
    for (const name of ['action', 'sharing', 'post'] as const) {
      const s = checks.subjects[name];
      rows.push([`validate${name[0]?.toUpperCase()}${name.slice(1)} (médiane / p99, débit)`, stats(s), `${fmt(100 * s.nonCompliantShare, 0)} % non conformes`]);
    }
    rows.push(['json-rules-engine, actions (médiane / p99, débit)', stats(checks.jsonRulesEngine), 'faits déjà analysés']);
    rows.push(['écrit à la main, actions (médiane / p99, débit)', stats(checks.handwritten), '']);
    rows.push(['validateAction sur entrée invalide (zod)', stats(checks.invalidInput), 'pour information']);
  }
  const lint = r.details.lint;
  if (lint && 'skipped' in lint) rows.push(['fiches en texte libre', 'non mesuré', lint.skipped]);
  if (lint && 'scaling' in lint) {
    rows.push(['fiches : passe la plus rapide / médiane', `${fmt(lint.lintMBps)} / ${fmt(lint.lintMBpsMedian)} Mo/s`, `${lint.fiches} fiches, ${fmt(lint.megabytes)} Mo`]);
    for (const s of lint.scaling) rows.push([`une fiche ×${s.repeat} (${fmt(s.kilobytes, 0)} ko), la plus rapide / médiane`, `${fmt(s.ms)} / ${fmt(s.medianMs)} ms`, '']);
  }
  const cli = r.details.cli;
  if (cli) {
    rows.push(['node -e "" / cadre validate (médianes)', `${fmt(cli.nodeMs, 0)} / ${fmt(cli.cadreValidateMs, 0)} ms`, '']);
    for (const j of cli.jsonl) rows.push([`cadre validate --jsonl, ${fmt(j.lines, 0)} lignes`, `${fmt(j.docsPerSec, 0)} doc/s (médiane ${fmt(j.medianDocsPerSec, 0)}), ${fmt(j.peakRssMB, 0)} Mo`, `${fmt(j.seconds)} s`]);
  }
  for (const key of Object.keys(TARGETS) as Key[]) {
    const value = r[key];
    const target: Target = TARGETS[key];
    const goal = target.min !== undefined ? `≥ ${fmt(target.min, 0)}` : `≤ ${fmt(target.max ?? 0, 0)}`;
    rows.push([key, value === null ? '—' : fmt(value), value === null ? `${goal} (non mesuré)` : `${goal} ${meets(value, target) ? '✓' : '✗'}`]);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]): string => `${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}\n`;
  return `\n${line(['Mesure', 'Valeur', 'Cible / note'])}${line(widths.map((w) => '-'.repeat(w)))}${rows.map(line).join('')}\n${r.machine.cores} cœurs, ${r.machine.cpu}, Node ${r.machine.node}, ${r.date}\n`;
}
