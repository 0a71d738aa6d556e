/**
 * The `github` format: GitHub Actions workflow commands, one annotation per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE-ID::message`).
 * `error` → `::error`, `review` and `warning` → `::warning`, `info` → `::notice`; an input
 * error of an `invalid-input` report → `::error` titled `input/invalid`.
 * @module
 */
import type { Finding, InputError, Severity } from '../core/types.js';
import { INVALID_INPUT_RULE_ID } from './rule-info.js';
import type { FileResult, Formatter } from './types.js';

/**
 * Escapes the message of a workflow command (`%`, CR and LF, as the Actions toolkit does).
 * @example
 * escapeData('50% done\nnext'); // '50%25 done%0Anext'
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a property value of a workflow command (also `:` and `,`).
 * @example
 * escapeProperty('a,b:c'); // 'a%2Cb%3Ac'
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The workflow command of a severity.
 * @example
 * githubCommand('review'); // 'warning'
 */
export function githubCommand(severity: Severity): 'error' | 'warning' | 'notice' {
  switch (severity) {
    case 'error':
      return 'error';
    case 'review':
    case 'warning':
      return 'warning';
    case 'info':
      return 'notice';
    default: {
      const never: never = severity;
      return never;
    }
  }
}

/**
 * Formats results as workflow commands.
 * @example
 * formatGithub(results, ctx); // '::warning file=a.yaml,line=9,col=3,title=action/short-term::Suivi commencé…\n'
 */
export const formatGithub: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const e of r.report.inputErrors) lines.push(inputLine(r, e));
    for (const f of r.report.findings) lines.push(findingLine(r, f));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function findingLine(r: FileResult, f: Finding): string {
  const l = f.location;
  const props: [string, string | number | undefined][] = [
    ['file', r.file],
    ['line', l.line],
    ['col', l.line !== undefined ? l.column : undefined],
    ['endLine', l.line !== undefined ? l.endLine : undefined],
    ['endColumn', l.line !== undefined ? l.endColumn : undefined],
    ['title', f.ruleId],
  ];
  const where = l.line === undefined && l.pointer ? ` (${l.pointer})` : '';
  const doc = r.document !== undefined ? ` [document ${r.document}]` : '';
  return `::${githubCommand(f.severity)} ${properties(props)}::${escapeData(`${f.message}${where}${doc} — ${f.docUrl}`)}`;
}

function inputLine(r: FileResult, e: InputError): string {
  const props: [string, string | number | undefined][] = [
    ['file', r.file],
    ['line', e.line],
    ['col', e.line !== undefined ? e.column : undefined],
    ['title', INVALID_INPUT_RULE_ID],
  ];
  const where = e.pointer ? ` (${e.pointer})` : '';
  return `::error ${properties(props)}::${escapeData(`${e.message}${where}`)}`;
}

function properties(props: [string, string | number | undefined][]): string {
  return props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
}
