/**
 * `JSON.stringify(report)`, byte for byte, for streams of reports: a rule's sources, its
 * documentation URL and the ruleset block are the same in every report, so their JSON is kept and
 * reused (a rule's sources are half of a finding's text). Anything of another shape than the
 * engine's reports goes to `JSON.stringify` itself.
 * @module
 */
import type { Finding, Report, Source } from '../core/types.js';

const REPORT_KEYS = ['reportVersion', 'ruleset', 'subject', 'asOf', 'outcome', 'findings', 'inputErrors'];
const RULESET_KEYS = ['name', 'edition', 'version', 'digest'];
const FINDING_KEYS = ['ruleId', 'severity', 'message', 'location', 'sources', 'docUrl', 'evidence'];
const SOURCE_KEYS = ['ref', 'url', 'status'];
const SOURCE_KEYS_NO_URL = ['ref', 'status'];

/** Whether `value`'s enumerable keys are `keys`, in that order (the last `optional` ones may be missing). */
function hasKeys(value: object, keys: readonly string[], optional: number): boolean {
  let i = 0;
  for (const key in value) {
    if (key !== keys[i]) return false;
    i++;
  }
  return i >= keys.length - optional;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
/** JSON.stringify calls a `toJSON` found on these prototypes: then it alone can write a report. */
const PROTOTYPES = [Object.prototype, Array.prototype] as { toJSON?: unknown }[];

/** A source whose JSON can be reused: string fields, in the order of the model. */
function isPlainSource(s: unknown): s is Source {
  if (!isObject(s)) return false;
  const { ref, url, status } = s as Source;
  return typeof ref === 'string' && typeof status === 'string' && (url === undefined ? hasKeys(s, SOURCE_KEYS_NO_URL, 0) : typeof url === 'string' && hasKeys(s, SOURCE_KEYS, 0));
}

/** Reports to JSON, with the JSON of what repeats between reports computed once. */
export class ReportSerializer {
  private readonly sources = new Map<string, { sources: Source[]; json: string }>();
  private readonly strings = new Map<string, string>();
  private ruleset: { value: Report['ruleset']; json: string } | undefined;

  /**
   * The JSON text of a report: exactly `JSON.stringify(report)`.
   * @example
   * new ReportSerializer().serialize(report) === JSON.stringify(report); // true
   */
  serialize(report: Report): string {
    return `{${this.members(report)}`;
  }

  /**
   * The same text without its opening brace (to put other members before the report's).
   * @example
   * `{"line":3,${serializer.members(report)}`;
   */
  members(report: Report): string {
    const r = report as unknown as Record<string, unknown>;
    if (
      PROTOTYPES.some((p) => p.toJSON !== undefined) ||
      !isObject(report) ||
      !hasKeys(report, REPORT_KEYS, 0) ||
      r['reportVersion'] !== 1 ||
      !isObject(r['ruleset']) ||
      typeof r['subject'] !== 'string' ||
      typeof r['asOf'] !== 'string' ||
      typeof r['outcome'] !== 'string' ||
      !Array.isArray(r['findings']) ||
      !Array.isArray(r['inputErrors'])
    ) {
      return JSON.stringify(report).slice(1);
    }
    let findings = '';
    for (let i = 0; i < report.findings.length; i++) {
      const json = this.finding(report.findings[i]);
      if (json === undefined) return JSON.stringify(report).slice(1);
      findings += i === 0 ? json : `,${json}`;
    }
    return `"reportVersion":1,"ruleset":${this.rulesetJson(report.ruleset)},"subject":${JSON.stringify(report.subject)},"asOf":${JSON.stringify(report.asOf)},"outcome":${JSON.stringify(report.outcome)},"findings":[${findings}],"inputErrors":${JSON.stringify(report.inputErrors)}}`;
  }

  private finding(f: Finding | undefined): string | undefined {
    if (!isObject(f)) return undefined;
    const evidence = f.evidence !== undefined;
    if (!hasKeys(f, FINDING_KEYS, 1) || typeof f.ruleId !== 'string' || typeof f.severity !== 'string' || typeof f.message !== 'string' || typeof f.docUrl !== 'string' || !isObject(f.location)) {
      return undefined;
    }
    const sources = this.sourcesJson(f.ruleId, f.sources);
    if (sources === undefined) return undefined;
    const tail = evidence ? `,"evidence":${JSON.stringify(f.evidence)}` : '';
    return `{"ruleId":${this.string(f.ruleId)},"severity":${this.string(f.severity)},"message":${JSON.stringify(f.message)},"location":${JSON.stringify(f.location)},"sources":${sources},"docUrl":${this.string(f.docUrl)}${tail}}`;
  }

  /** The JSON of a rule's sources, reused while they are the same as last time. */
  private sourcesJson(ruleId: string, sources: unknown): string | undefined {
    if (!Array.isArray(sources)) return undefined;
    const known = this.sources.get(ruleId);
    if (known && sameSources(known.sources, sources)) return known.json;
    const json = JSON.stringify(sources);
    if (sources.every(isPlainSource)) this.sources.set(ruleId, { sources: sources.map((s) => ({ ...(s as Source) })), json });
    return json;
  }

  private rulesetJson(value: Report['ruleset']): string {
    const known = this.ruleset?.value;
    if (known && known.name === value.name && known.edition === value.edition && known.version === value.version && known.digest === value.digest && hasKeys(value, RULESET_KEYS, 0)) {
      return (this.ruleset as { json: string }).json;
    }
    const json = JSON.stringify(value);
    const plain = hasKeys(value, RULESET_KEYS, 0) && [value.name, value.version, value.digest].every((v) => typeof v === 'string') && (value.edition === null || typeof value.edition === 'string');
    if (plain) this.ruleset = { value: { ...value }, json };
    return json;
  }

  private string(value: string): string {
    let json = this.strings.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      if (this.strings.size < 10_000) this.strings.set(value, json);
    }
    return json;
  }
}

/** Same sources as cached ones (plain): same string values, same keys in the same order. */
function sameSources(cached: readonly Source[], sources: readonly unknown[]): boolean {
  if (cached.length !== sources.length) return false;
  for (let i = 0; i < cached.length; i++) {
    const x = cached[i] as Source;
    const y = sources[i] as Source;
    if (!isObject(y) || x.ref !== y.ref || x.url !== y.url || x.status !== y.status) return false;
    if (!hasKeys(y, x.url === undefined ? SOURCE_KEYS_NO_URL : SOURCE_KEYS, 0)) return false;
  }
  return true;
}
