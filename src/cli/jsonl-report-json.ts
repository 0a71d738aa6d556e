/**
 * `JSON.stringify(report)`, byte for byte and already in UTF-8, for streams of reports: what is the
 * same from one report to the next — a rule's sources (half of a finding's text), its URL, the
 * ruleset block, the start of a finding, a message seen before — is encoded once and copied; only
 * the rest (the date, a new message, a line number) is encoded. Anything of another shape than
 * the engine's reports goes to `JSON.stringify` itself.
 * @module
 */
import type { Finding, Report, Source } from '../core/types.js';
import { ByteWriter, utf8 } from './jsonl-bytes.js';

const REPORT_KEYS = ['reportVersion', 'ruleset', 'subject', 'asOf', 'outcome', 'findings', 'inputErrors'];
const RULESET_KEYS = ['name', 'edition', 'version', 'digest'];
const FINDING_KEYS = ['ruleId', 'severity', 'message', 'location', 'sources', 'docUrl', 'evidence'];
const SOURCE_KEYS = ['ref', 'url', 'status'];
const SOURCE_KEYS_NO_URL = ['ref', 'status'];
const POINTER_KEYS = ['pointer'];

/** Messages kept encoded, at most (they repeat: most interpolate a value from a short list). */
const MESSAGES_KEPT = 4096;
/** Longest message kept encoded (UTF-16 units). */
const MESSAGE_KEPT_LENGTH = 4096;
/** Report starts (ruleset block and subject) kept encoded, at most. */
const STARTS_KEPT = 16;
/** Locations kept encoded per rule, at most. */
const POINTERS_KEPT = 256;

const COMMA = utf8(',');
const NEWLINE = utf8('\n');
const FINDINGS_END_NO_ERRORS = utf8('],"inputErrors":[]}');
const FINDINGS_END = utf8('],"inputErrors":');
const CLOSE = utf8('}');
const EVIDENCE = utf8(',"evidence":');

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
/** Whether JSON.stringify would call a `toJSON` found on the prototypes of objects or arrays: then it alone can write a report. */
const toJsonOnPrototypes = (): boolean => (Object.prototype as { toJSON?: unknown }).toJSON !== undefined || (Array.prototype as { toJSON?: unknown }).toJSON !== undefined;

/** A source whose JSON can be reused: string fields, in the order of the model. */
function isPlainSource(s: unknown): s is Source {
  if (!isObject(s)) return false;
  const { ref, url, status } = s as Source;
  return typeof ref === 'string' && typeof status === 'string' && (url === undefined ? hasKeys(s, SOURCE_KEYS_NO_URL, 0) : typeof url === 'string' && hasKeys(s, SOURCE_KEYS, 0));
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

/** What is encoded once per rule: its sources and URL, and the starts and ends of its findings. */
interface RuleBytes {
  /** A copy of the sources the bytes were made from (compared with each finding's). */
  sources: Source[];
  /** The sources the bytes were made from when they were frozen (array and objects): known by identity. */
  frozen: readonly unknown[] | undefined;
  docUrl: string;
  /** `,"sources":[…],"docUrl":"…"`. */
  sourcesAndUrl: Uint8Array;
  /** `{"ruleId":"…","severity":"…","message":`, by severity. */
  starts: Map<string, Uint8Array>;
  /** `,"location":{"pointer":"…"},"sources":[…],"docUrl":"…"`, by pointer. */
  ends: Map<string, Uint8Array>;
}

/** Reports to UTF-8 JSON, with what repeats between reports encoded once. */
export class ReportSerializer {
  private readonly rules = new Map<string, RuleBytes>();
  private readonly messages = new Map<string, Uint8Array>();
  /** `,"reportVersion":1,"ruleset":{…},"subject":"…","asOf":`, by ruleset block and subject. */
  private readonly starts: { ruleset: Report['ruleset']; subject: string; bytes: Uint8Array }[] = [];
  /** `,"outcome":"…","findings":[`, by outcome. */
  private readonly outcomes = new Map<string, Uint8Array>();

  /**
   * Writes one report line: `JSON.stringify({ file, line, ...report })` and a line feed, where
   * `head` is the UTF-8 of `{"file":"…","line":`.
   * @example
   * serializer.writeLine(out, utf8('{"file":"a.jsonl","line":'), 3, report);
   */
  writeLine(out: ByteWriter, head: Uint8Array, line: number, report: Report): void {
    out.bytes(head);
    out.uint(line);
    if (!this.writeMembers(out, report)) {
      out.bytes(COMMA);
      out.text(JSON.stringify(report).slice(1));
    }
    out.bytes(NEWLINE);
  }

  /**
   * The JSON text of a report: exactly `JSON.stringify(report)` (the same path as {@link writeLine}).
   * @example
   * new ReportSerializer().serialize(report) === JSON.stringify(report); // true
   */
  serialize(report: Report): string {
    const out = new ByteWriter();
    if (!this.writeMembers(out, report)) return JSON.stringify(report);
    return `{${out.take().toString('utf8').slice(1)}`;
  }

  /**
   * Writes `,"reportVersion":…}` (the report's members after a comma, and its closing brace);
   * false, having written nothing, when the report is not of the engine's plain shape.
   */
  private writeMembers(out: ByteWriter, report: Report): boolean {
    const r = report as unknown as Record<string, unknown>;
    if (
      toJsonOnPrototypes() ||
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
      return false;
    }
    const findings = report.findings;
    for (let i = 0; i < findings.length; i++) if (!this.isPlainFinding(findings[i])) return false;
    const start = this.start(report.ruleset, report.subject);
    if (start === undefined) return false;
    out.bytes(start);
    out.jsonString(report.asOf);
    out.bytes(this.outcome(report.outcome));
    for (let i = 0; i < findings.length; i++) {
      if (i > 0) out.bytes(COMMA);
      this.writeFinding(out, findings[i] as Finding);
    }
    if (report.inputErrors.length === 0) {
      out.bytes(FINDINGS_END_NO_ERRORS);
    } else {
      out.bytes(FINDINGS_END);
      out.text(JSON.stringify(report.inputErrors));
      out.bytes(CLOSE);
    }
    return true;
  }

  /** Whether a finding has the shape this serializer writes (else the report goes to JSON.stringify). */
  private isPlainFinding(f: Finding | undefined): boolean {
    return (
      isObject(f) &&
      hasKeys(f, FINDING_KEYS, 1) &&
      typeof f.ruleId === 'string' &&
      typeof f.severity === 'string' &&
      typeof f.message === 'string' &&
      typeof f.docUrl === 'string' &&
      isObject(f.location) &&
      Array.isArray(f.sources)
    );
  }

  private writeFinding(out: ByteWriter, f: Finding): void {
    const rule = this.rule(f.ruleId, f.sources, f.docUrl);
    if (rule === undefined) {
      // Sources of an unusual shape: written by JSON.stringify, in place.
      const { ruleId, severity, message, location, sources, docUrl } = f;
      out.text(JSON.stringify({ ruleId, severity, message, location, sources, docUrl }).slice(0, -1));
    } else {
      out.bytes(this.findingStart(rule, f.ruleId, f.severity));
      const message = this.messages.get(f.message);
      if (message !== undefined) out.bytes(message);
      else this.writeMessage(out, f.message);
      const pointer = (f.location as { pointer?: unknown }).pointer;
      if (typeof pointer === 'string' && hasKeys(f.location, POINTER_KEYS, 0)) {
        out.bytes(this.findingEnd(rule, pointer));
      } else {
        out.text(`,"location":${JSON.stringify(f.location)}`);
        out.bytes(rule.sourcesAndUrl);
      }
    }
    if (f.evidence !== undefined) {
      out.bytes(EVIDENCE);
      out.text(JSON.stringify(f.evidence));
    }
    out.bytes(CLOSE);
  }

  private writeMessage(out: ByteWriter, message: string): void {
    const json = JSON.stringify(message);
    if (this.messages.size < MESSAGES_KEPT && message.length <= MESSAGE_KEPT_LENGTH) {
      const bytes = utf8(json);
      this.messages.set(message, bytes);
      out.bytes(bytes);
    } else {
      out.text(json);
    }
  }

  /** The encoded parts of a rule, while its sources and URL are those they were made from. */
  private rule(ruleId: string, sources: unknown[], docUrl: string): RuleBytes | undefined {
    const known = this.rules.get(ruleId);
    if (known !== undefined && known.docUrl === docUrl && (known.frozen === sources || sameSources(known.sources, sources))) return known;
    if (!sources.every(isPlainSource)) return undefined;
    const copy = (sources as Source[]).map((s) => ({ ...s }));
    const frozen = Object.isFrozen(sources) && sources.every((source) => Object.isFrozen(source)) ? sources : undefined;
    const rule: RuleBytes = { sources: copy, frozen, docUrl, sourcesAndUrl: utf8(`,"sources":${JSON.stringify(copy)},"docUrl":${JSON.stringify(docUrl)}`), starts: new Map(), ends: new Map() };
    this.rules.set(ruleId, rule);
    return rule;
  }

  private findingStart(rule: RuleBytes, ruleId: string, severity: string): Uint8Array {
    let bytes = rule.starts.get(severity);
    if (bytes === undefined) {
      bytes = utf8(`{"ruleId":${JSON.stringify(ruleId)},"severity":${JSON.stringify(severity)},"message":`);
      rule.starts.set(severity, bytes);
    }
    return bytes;
  }

  private findingEnd(rule: RuleBytes, pointer: string): Uint8Array {
    let bytes = rule.ends.get(pointer);
    if (bytes === undefined) {
      const sourcesAndUrl = Buffer.from(rule.sourcesAndUrl).toString('utf8');
      bytes = utf8(`,"location":${JSON.stringify({ pointer })}${sourcesAndUrl}`);
      if (rule.ends.size < POINTERS_KEPT) rule.ends.set(pointer, bytes);
    }
    return bytes;
  }

  /** `,"reportVersion":1,"ruleset":{…},"subject":"…","asOf":` (undefined: a ruleset block of another shape). */
  private start(ruleset: Report['ruleset'], subject: string): Uint8Array | undefined {
    // A few entries: the subjects, with the edition in force or none (invalid input).
    for (const known of this.starts) {
      const r = known.ruleset;
      if (known.subject === subject && r.edition === ruleset.edition && r.digest === ruleset.digest && r.name === ruleset.name && r.version === ruleset.version && hasKeys(ruleset, RULESET_KEYS, 0)) {
        return known.bytes;
      }
    }
    const plain = hasKeys(ruleset, RULESET_KEYS, 0) && [ruleset.name, ruleset.version, ruleset.digest].every((v) => typeof v === 'string') && (ruleset.edition === null || typeof ruleset.edition === 'string');
    if (!plain) return undefined;
    const bytes = utf8(`,"reportVersion":1,"ruleset":${JSON.stringify(ruleset)},"subject":${JSON.stringify(subject)},"asOf":`);
    if (this.starts.length >= STARTS_KEPT) this.starts.shift();
    this.starts.push({ ruleset: { ...ruleset }, subject, bytes });
    return bytes;
  }

  private outcome(outcome: string): Uint8Array {
    let bytes = this.outcomes.get(outcome);
    if (bytes === undefined) {
      bytes = utf8(`,"outcome":${JSON.stringify(outcome)},"findings":[`);
      if (this.outcomes.size < 64) this.outcomes.set(outcome, bytes);
    }
    return bytes;
  }
}
