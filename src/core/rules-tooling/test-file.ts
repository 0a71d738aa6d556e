/**
 * Rule test files (`<ruleset>/tests/*.yaml`), in the spirit of `opa test` and `cedar run-tests`:
 * documents with the findings expected of them. Read with positions; every problem is reported
 * at file:line:column, in French.
 *
 * ```yaml
 * format: 1
 * tests:
 *   - name: suivi de 120 jours sans relais
 *     document: { kind: action, date: 2024-07-30, … }   # a whole document (its kind names the subject)
 *     # or: subject: action + input: { … }  (merged into the subject's base example, as rule examples)
 *     # or: subject: post-text + text: "…"
 *     asOf: 2024-07-30                                   # optional check date
 *     expect:
 *       outcome: compliant                               # optional
 *       fires: [action/short-term, { rule: action/x, severity: warning }]   # these fire (at least)
 *       passes: [action/no-coercion]                     # these stay silent
 *       findings: [action/short-term]                    # exactly these fire (info included)
 * ```
 * @module
 */
import { readFile } from 'node:fs/promises';
import { isIsoDate } from '../dates.js';
import { parseYamlSource, type YamlSource } from '../loader/yaml-source.js';
import { SEVERITIES, type Origin, type Outcome, type Severity } from '../types.js';
import type { CheckProblem } from './maintenance-checks.js';

/** An expected finding: a rule id and, optionally, its severity. */
export interface ExpectedFinding {
  ruleId: string;
  severity?: Severity;
}

/** What a test case expects of a document's report. */
export interface Expectation {
  outcome?: Outcome;
  fires?: ExpectedFinding[];
  passes?: string[];
  findings?: ExpectedFinding[];
}

/** One test of a test file, as written. */
export interface FileTest {
  name: string;
  subject?: string;
  document?: unknown;
  input?: unknown;
  text?: string;
  asOf?: string;
  expect: Expectation;
  origin: Origin;
}

const OUTCOMES: readonly Outcome[] = ['compliant', 'non-compliant', 'needs-review', 'invalid-input'];
const TEST_KEYS = ['name', 'subject', 'document', 'input', 'text', 'asOf', 'expect', 'note'];
const EXPECT_KEYS = ['outcome', 'fires', 'passes', 'findings'];
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads and checks a test file. `ruleIds` are the rules that exist (an unknown id is a problem).
 * @example
 * const { tests, problems } = await readTestFile('rules/iscg/tests/action.yaml', new Set(ids));
 */
export async function readTestFile(file: string, ruleIds: ReadonlySet<string>): Promise<{ tests: FileTest[]; problems: CheckProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'erreur';
    return { tests: [], problems: [{ code: 'io', file, line: 1, column: 1, message: `lecture impossible (${code})`, messageEn: `cannot read (${code})` }] };
  }
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return { tests: [], problems: parsed.problems };
  return checkTestFile(parsed.source, ruleIds);
}

function checkTestFile(src: YamlSource, ruleIds: ReadonlySet<string>): { tests: FileTest[]; problems: CheckProblem[] } {
  const problems: CheckProblem[] = [];
  const at = (pointer: string, message: string, messageEn: string, key = false): void => {
    problems.push({ code: 'schema', file: src.file, ...src.position(pointer, key), message, messageEn });
  };
  const root = src.value;
  if (!isObject(root)) {
    at('', 'un fichier de tests est un objet { format: 1, tests: [ … ] }', 'a test file is an object { format: 1, tests: [ … ] }');
    return { tests: [], problems };
  }
  for (const k of Object.keys(root)) if (k !== 'format' && k !== 'tests') at(`/${k}`, `clé inconnue « ${k} » (clés admises : format, tests)`, `unknown key "${k}" (allowed: format, tests)`, true);
  if (root['format'] !== 1) at('/format', 'format: 1 attendu', 'expected format: 1');
  if (!Array.isArray(root['tests'])) {
    at('/tests', 'liste « tests » manquante', 'missing "tests" list');
    return { tests: [], problems };
  }
  const tests: FileTest[] = [];
  root['tests'].forEach((raw: unknown, i) => {
    const p = `/tests/${i}`;
    if (!isObject(raw)) return at(p, 'un test est un objet', 'a test is an object');
    for (const k of Object.keys(raw)) if (!TEST_KEYS.includes(k)) at(`${p}/${k}`, `clé inconnue « ${k} » : vérifiez l'orthographe (clés admises : ${TEST_KEYS.join(', ')})`, `unknown key "${k}": check the spelling (allowed: ${TEST_KEYS.join(', ')})`, true);
    if (typeof raw['name'] !== 'string' || raw['name'].trim() === '') at(p, 'champ obligatoire manquant « name »', 'missing required field "name"');
    const given = ['document', 'input', 'text'].filter((k) => k in raw);
    if (given.length !== 1) at(p, 'un test donne exactement un de « document », « input », « text »', 'a test gives exactly one of "document", "input", "text"');
    if (('input' in raw || 'text' in raw) && typeof raw['subject'] !== 'string') at(p, '« subject » est obligatoire avec « input » ou « text »', '"subject" is required with "input" or "text"');
    if ('text' in raw && typeof raw['text'] !== 'string') at(`${p}/text`, '« text » doit être un texte', '"text" must be a string');
    if ('document' in raw && !isObject(raw['document'])) at(`${p}/document`, '« document » doit être un objet', '"document" must be an object');
    if ('document' in raw && isObject(raw['document']) && typeof raw['subject'] !== 'string' && typeof raw['document']['kind'] !== 'string') at(`${p}/document`, 'le document n’a pas de « kind » : donnez « subject »', 'the document has no "kind": give "subject"');
    if (raw['asOf'] !== undefined && !isIsoDate(raw['asOf'])) at(`${p}/asOf`, `date invalide « ${String(raw['asOf'])} » : attendu AAAA-MM-JJ`, `invalid date "${String(raw['asOf'])}"`);
    const expect = checkExpect(raw['expect'], `${p}/expect`, at, ruleIds);
    if (!expect) return;
    const test: FileTest = { name: String(raw['name'] ?? `test ${i + 1}`), expect, origin: { file: src.file, ...src.position(p) } };
    if (typeof raw['subject'] === 'string') test.subject = raw['subject'];
    if ('document' in raw) test.document = raw['document'];
    if ('input' in raw) test.input = raw['input'];
    if (typeof raw['text'] === 'string') test.text = raw['text'];
    if (isIsoDate(raw['asOf'])) test.asOf = raw['asOf'];
    tests.push(test);
  });
  return { tests: problems.length > 0 ? [] : tests, problems };
}

type At = (pointer: string, message: string, messageEn: string, key?: boolean) => void;

function checkExpect(raw: unknown, p: string, at: At, ruleIds: ReadonlySet<string>): Expectation | undefined {
  if (!isObject(raw)) {
    at(p, '« expect » manquant : un objet avec outcome, fires, passes ou findings', 'missing "expect": an object with outcome, fires, passes or findings');
    return undefined;
  }
  for (const k of Object.keys(raw)) if (!EXPECT_KEYS.includes(k)) at(`${p}/${k}`, `clé inconnue « ${k} » : vérifiez l'orthographe (clés admises : ${EXPECT_KEYS.join(', ')})`, `unknown key "${k}" (allowed: ${EXPECT_KEYS.join(', ')})`, true);
  const out: Expectation = {};
  if (raw['outcome'] !== undefined) {
    if (OUTCOMES.includes(raw['outcome'] as Outcome)) out.outcome = raw['outcome'] as Outcome;
    else at(`${p}/outcome`, `issue inconnue « ${String(raw['outcome'])} » (attendu : ${OUTCOMES.join(', ')})`, `unknown outcome "${String(raw['outcome'])}"`);
  }
  for (const key of ['fires', 'findings'] as const) {
    if (raw[key] === undefined) continue;
    if (!Array.isArray(raw[key])) {
      at(`${p}/${key}`, `« ${key} » doit être une liste d'identifiants de règles`, `"${key}" must be a list of rule ids`);
      continue;
    }
    out[key] = (raw[key] as unknown[]).flatMap((item, i): ExpectedFinding[] => {
      const ip = `${p}/${key}/${i}`;
      const ruleId = typeof item === 'string' ? item : isObject(item) && typeof item['rule'] === 'string' ? item['rule'] : undefined;
      const severity = isObject(item) ? item['severity'] : undefined;
      if (ruleId === undefined) return at(ip, 'attendu un identifiant de règle ou { rule, severity }', 'expected a rule id or { rule, severity }'), [];
      if (!ruleIds.has(ruleId)) return at(isObject(item) ? `${ip}/rule` : ip, `règle inconnue « ${ruleId} »`, `unknown rule "${ruleId}"`), [];
      if (severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(severity)) return at(`${ip}/severity`, `sévérité inconnue « ${String(severity)} » (attendu : ${SEVERITIES.join(', ')})`, `unknown severity "${String(severity)}"`), [];
      return [severity === undefined ? { ruleId } : { ruleId, severity: severity as Severity }];
    });
  }
  if (raw['passes'] !== undefined) {
    if (!Array.isArray(raw['passes'])) at(`${p}/passes`, '« passes » doit être une liste d’identifiants de règles', '"passes" must be a list of rule ids');
    else
      out.passes = (raw['passes'] as unknown[]).filter((id, i) => {
        if (typeof id === 'string' && ruleIds.has(id)) return true;
        at(`${p}/passes/${i}`, `règle inconnue « ${String(id)} »`, `unknown rule "${String(id)}"`);
        return false;
      }) as string[];
  }
  if (Object.keys(out).length === 0) at(p, '« expect » ne dit rien : donnez outcome, fires, passes ou findings', '"expect" says nothing: give outcome, fires, passes or findings');
  return out;
}
