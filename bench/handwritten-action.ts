/**
 * The speed limit: the eight action rules of CATALOG.md written by hand in plain TypeScript, as
 * an app developer would, with the same input validation (closed objects, enums, real calendar
 * dates, OTHER diplomas with their label and level) and the same report (messages, locations,
 * sources, documentation URLs, sorted findings, outcome). Texts (messages, sources, pointers)
 * come from the shipped ruleset once, at creation; the conditions are hand-written.
 * @module
 */
import type { Finding, Report, Ruleset, Severity, Source } from '../src/core/types.js';

type Doc = Record<string, unknown>;
type Fill = (values: Record<string, unknown>) => string;

const TYPES = new Set([
  'reception', 'listening', 'evaluation', 'information', 'orientation', 'proximity-intervention', 'mediation', 'accompaniment',
  'home-visit', 'hand-off', 'hearing-accompaniment', 'child-protection-referral', 'complaint-intake', 'hearing-participation',
  'procedure-writing', 'evidence-gathering', 'procedure-software', 'summons',
]);
const EMPLOYERS = new Set(['departement', 'commune', 'epci', 'cias', 'ccas', 'association', 'state', 'police', 'gendarmerie']);
const DIPLOMAS = new Set([
  'DEASS', 'DEES', 'DECESF', 'DEETS', 'DEEJE', 'BTS-ESF', 'DEME', 'DETISF', 'DEAES', 'CAFERUIS', 'DEMF', 'DEIS', 'CAFDES',
  'MASTER-PSYCHOLOGIE', 'LICENCE-DROIT', 'MASTER-DROIT', 'OTHER',
]);
const ROLES = new Set(['victim', 'mis-en-cause', 'family', 'other']);
const CONSENTS = new Set(['given', 'refused', 'withdrawn', 'not-asked']);
const ASKERS = new Set(['person', 'police', 'gendarmerie', 'external-service', 'worker', 'judicial']);
const INSTRUCTORS = new Set(['employer', 'police', 'gendarmerie', 'judicial']);
const STAGES = new Set(['none', 'enquete-preliminaire', 'flagrance', 'instruction', 'garde-a-vue']);
const REFERRALS = new Set(['none', 'information-preoccupante', 'signalement']);
const INQUIRY = new Set(['complaint-intake', 'hearing-participation', 'procedure-writing', 'evidence-gathering', 'procedure-software']);
const CONSENT_ACTS = new Set(['proximity-intervention', 'mediation', 'accompaniment', 'home-visit', 'hand-off', 'hearing-accompaniment']);
const AFTER_REFUSAL = new Set(['information', 'orientation', 'child-protection-referral']);
const LEVELS_1969 = new Set(['I', 'II', 'III', 'IV', 'V']);
const ACTION_KEYS = new Set(['kind', 'date', 'type', 'worker', 'person', 'consent', 'initiatedBy', 'requestedBy', 'instructedBy', 'coercion', 'procedure', 'followUp', 'situation', 'childProtection']);
const LEVEL_KEYS = new Set(['scale', 'value']);
const DIPLOMA_KEYS = new Set(['code', 'obtained', 'label', 'level']);
const PERSON_KEYS = new Set(['role', 'minor', 'vulnerable', 'conjugalViolenceVictim']);
const CONSENT_KEYS = new Set(['status', 'recordedOn']);
const WORKER_KEYS = new Set(['employer', 'diplomas']);
const EMPLOYER_KEYS = new Set(['kind', 'name']);
const INSTRUCTION_KEYS = new Set(['kind', 'hierarchical']);
const COERCION_KEYS = new Set(['mandatory', 'conditionsPoliceHelp', 'visitWithoutConsent']);
const PROCEDURE_KEYS = new Set(['stage', 'roleInProcedure']);
const FOLLOW_UP_KEYS = new Set(['startedOn', 'handOffPlanned']);
const SITUATION_KEYS = new Set(['minorInDanger', 'imminentDanger']);
const CHILD_PROTECTION_KEYS = new Set(['referral']);
const RANK: Record<Severity, number> = { error: 0, review: 1, warning: 2, info: 3 };
const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Whether every key of `o` is one of `keys` (closed objects). */
function only(o: Doc, keys: Set<string>): boolean {
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const optIn = (v: unknown, set: Set<string>): boolean => v === undefined || (typeof v === 'string' && set.has(v));

/** The digit at `i` of `v`, or NaN. */
function digit(v: string, i: number): number {
  const c = v.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/** `YYYY-MM-DD`, a real calendar date. */
function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const year = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const month = digit(v, 5) * 10 + digit(v, 6);
  const day = digit(v, 8) * 10 + digit(v, 9);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

function validLevel(l: unknown): boolean {
  if (!isObject(l) || !only(l, LEVEL_KEYS)) return false;
  if (l['scale'] === '1969') return typeof l['value'] === 'string' && LEVELS_1969.has(l['value']);
  if (l['scale'] !== 'cncp-2019') return false;
  const n = typeof l['value'] === 'string' && /^[0-9]$/.test(l['value']) ? Number(l['value']) : l['value'];
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 8;
}

function validDiploma(d: unknown): boolean {
  if (!isObject(d) || !only(d, DIPLOMA_KEYS)) return false;
  if (typeof d['code'] !== 'string' || !DIPLOMAS.has(d['code'])) return false;
  if (d['obtained'] !== undefined && !isDate(d['obtained'])) return false;
  if (d['label'] !== undefined && (typeof d['label'] !== 'string' || d['label'] === '')) return false;
  if (d['level'] !== undefined && !validLevel(d['level'])) return false;
  return d['code'] !== 'OTHER' || (d['label'] !== undefined && d['level'] !== undefined);
}

/** Whether an input is a valid action document (MODEL.md). */
function validAction(a: unknown): a is Doc {
  if (!isObject(a)) return false;
  if (!only(a, ACTION_KEYS) || (a['kind'] !== undefined && a['kind'] !== 'action')) return false;
  if (!isDate(a['date']) || typeof a['type'] !== 'string' || !TYPES.has(a['type'])) return false;
  const { person: p, consent: c, worker: w, instructedBy: i, coercion: co, procedure: pr, followUp: f, situation: s, childProtection: cp } = a;
  if (!isObject(p) || !only(p, PERSON_KEYS) || !optIn(p['role'], ROLES) || p['role'] === undefined) return false;
  if (typeof p['minor'] !== 'boolean' || !optBool(p['vulnerable']) || !optBool(p['conjugalViolenceVictim'])) return false;
  if (!isObject(c) || !only(c, CONSENT_KEYS) || typeof c['status'] !== 'string' || !CONSENTS.has(c['status'])) return false;
  if (c['recordedOn'] !== undefined && !isDate(c['recordedOn'])) return false;
  if (w !== undefined) {
    if (!isObject(w) || !only(w, WORKER_KEYS)) return false;
    const e = w['employer'];
    if (!isObject(e) || !only(e, EMPLOYER_KEYS) || typeof e['kind'] !== 'string' || !EMPLOYERS.has(e['kind'])) return false;
    if (e['name'] !== undefined && typeof e['name'] !== 'string') return false;
    if (w['diplomas'] !== undefined && (!Array.isArray(w['diplomas']) || !w['diplomas'].every(validDiploma))) return false;
  }
  if (!optIn(a['initiatedBy'], ASKERS) || !optIn(a['requestedBy'], ASKERS)) return false;
  if (i !== undefined && (!isObject(i) || !only(i, INSTRUCTION_KEYS) || !optIn(i['kind'], INSTRUCTORS) || i['kind'] === undefined || typeof i['hierarchical'] !== 'boolean')) return false;
  if (co !== undefined && (!isObject(co) || !only(co, COERCION_KEYS) || !optBool(co['mandatory']) || !optBool(co['conditionsPoliceHelp']) || !optBool(co['visitWithoutConsent']))) return false;
  if (pr !== undefined && (!isObject(pr) || !only(pr, PROCEDURE_KEYS) || !optIn(pr['stage'], STAGES) || pr['stage'] === undefined || !optBool(pr['roleInProcedure']))) return false;
  if (f !== undefined && (!isObject(f) || !only(f, FOLLOW_UP_KEYS) || !isDate(f['startedOn']) || typeof f['handOffPlanned'] !== 'boolean')) return false;
  if (s !== undefined && (!isObject(s) || !only(s, SITUATION_KEYS) || !optBool(s['minorInDanger']) || !optBool(s['imminentDanger']))) return false;
  return cp === undefined || (isObject(cp) && only(cp, CHILD_PROTECTION_KEYS) && optIn(cp['referral'], REFERRALS) && cp['referral'] !== undefined);
}

/** A message template made into a function once: `{{a.b}}` placeholders, values written as the engine writes them. */
function compileTemplate(text: string): Fill {
  const parts = text.split(/\{\{\s*([^}\s]+)\s*\}\}/);
  return (values) => {
    let out = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
      const v = values[parts[i] as string];
      out += (v === undefined || v === null || v === '' ? '(non renseigné)' : String(v)) + (parts[i + 1] as string);
    }
    return out;
  };
}

interface CaseText {
  ruleId: string;
  severity: Severity;
  fill: Fill;
  pointer: string;
  sources: Source[];
  docUrl: string;
}

/** The hand-written checker: `check(input)` gives the report of `validateAction(input)`. */
export interface HandwrittenAction {
  check(input: unknown): Report;
}

/**
 * Builds the hand-written action checker from the shipped ruleset's texts.
 * @example
 * const handwritten = createHandwrittenAction(ruleset);
 * handwritten.check({ date: '2025-03-01', type: 'summons', person: { role: 'victim', minor: false }, consent: { status: 'given' } }).outcome;
 * // 'non-compliant'
 */
export function createHandwrittenAction(ruleset: Ruleset): HandwrittenAction {
  const text = (id: string, index: number): CaseText => {
    const rule = ruleset.rules.find((r) => r.id === id);
    const c = rule?.cases[index];
    if (!rule || !c) throw new Error(`règle introuvable : ${id} #${index + 1}`);
    return { ruleId: id, severity: c.severity, fill: compileTemplate(c.message.fr), pointer: c.locate ?? '', sources: rule.sources, docUrl: `${ruleset.docBaseUrl}${id}.md` };
  };
  const [inquiryType, inquiryRole] = [text('action/no-inquiry-role', 0), text('action/no-inquiry-role', 1)];
  const hearing = [0, 1, 2].map((i) => text('action/hearing-accompaniment', i)) as [CaseText, CaseText, CaseText];
  const coercion = [0, 1, 2, 3].map((i) => text('action/no-coercion', i)) as [CaseText, CaseText, CaseText, CaseText];
  const consent = [0, 1, 2].map((i) => text('action/consent-required', i)) as [CaseText, CaseText, CaseText];
  const [orders, employer, shortTerm, childProtection] = [
    text('action/no-police-orders', 0), text('action/worker-employer', 0), text('action/short-term', 0), text('action/child-protection-referral', 0),
  ];
  const maxDays = ruleset.rules.find((r) => r.id === 'action/short-term')?.params['maxFollowUpDays']?.default as number;
  const ref = (edition: string | null) => ({ name: ruleset.name, edition, version: ruleset.version, digest: ruleset.digest });
  const finding = (t: CaseText, values: Record<string, unknown>): Finding => ({
    ruleId: t.ruleId, severity: t.severity, message: t.fill(values), location: { pointer: t.pointer }, sources: t.sources, docUrl: t.docUrl,
  });

  return {
    check(input) {
      if (!validAction(input)) {
        return { reportVersion: 1, ruleset: ref(null), subject: 'action', asOf: new Date().toISOString().slice(0, 10), outcome: 'invalid-input', findings: [], inputErrors: [{ pointer: '', message: 'Document invalide' }] };
      }
      const a = input as Doc & { date: string; type: string; person: Doc; consent: Doc };
      const date = a.date;
      if (date < '2006-12-21') {
        return { reportVersion: 1, ruleset: ref(null), subject: 'action', asOf: date, outcome: 'invalid-input', findings: [], inputErrors: [{ pointer: '/date', message: 'Aucune édition en vigueur' }] };
      }
      const type = a.type;
      const status = a.consent['status'] as string;
      const situation = a['situation'] as Doc | undefined;
      const danger = situation?.['imminentDanger'] === true;
      const procedure = a['procedure'] as Doc | undefined;
      const coercionOf = a['coercion'] as Doc | undefined;
      const instructed = a['instructedBy'] as Doc | undefined;
      const worker = a['worker'] as { employer: Doc } | undefined;
      const followUp = a['followUp'] as Doc | undefined;
      const protection = a['childProtection'] as Doc | undefined;
      const requestedBy = a['requestedBy'] as string | undefined;
      const found: Finding[] = [];

      if (INQUIRY.has(type)) found.push(finding(inquiryType, { type }));
      else if (procedure?.['roleInProcedure'] === true) found.push(finding(inquiryRole, { 'procedure.stage': procedure['stage'] }));
      if (type === 'hearing-accompaniment') {
        if (a.person['role'] === 'mis-en-cause') found.push(finding(hearing[0], {}));
        else if (requestedBy !== undefined && requestedBy !== 'person') found.push(finding(hearing[1], { requestedBy }));
        else if (requestedBy === undefined) found.push(finding(hearing[2], {}));
      }
      if (type === 'summons') found.push(finding(coercion[0], {}));
      else if (coercionOf?.['mandatory'] === true) found.push(finding(coercion[1], {}));
      else if (coercionOf?.['conditionsPoliceHelp'] === true) found.push(finding(coercion[2], {}));
      else if (coercionOf?.['visitWithoutConsent'] === true) found.push(finding(coercion[3], {}));
      const refused = status === 'refused' || status === 'withdrawn';
      if (CONSENT_ACTS.has(type) && status === 'not-asked' && !danger) found.push(finding(consent[0], { type }));
      else if (refused && !AFTER_REFUSAL.has(type) && !danger) found.push(finding(consent[1], { type, 'consent.status': status }));
      else if (refused && CONSENT_ACTS.has(type) && danger) found.push(finding(consent[2], { type, 'consent.status': status }));
      if ((instructed?.['kind'] === 'police' || instructed?.['kind'] === 'gendarmerie') && instructed['hierarchical'] === true) {
        found.push(finding(orders, { 'instructedBy.kind': instructed['kind'] }));
      }
      const employerKind = worker?.employer['kind'];
      if (employerKind === 'police' || employerKind === 'gendarmerie') found.push(finding(employer, { 'worker.employer.kind': employerKind }));
      if (type !== 'hand-off' && followUp?.['handOffPlanned'] === false) {
        const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${followUp['startedOn'] as string}T00:00:00Z`)) / 86_400_000);
        if (days > maxDays) found.push(finding(shortTerm, { 'followUp.startedOn': followUp['startedOn'], followUpDays: days, date, 'params.maxFollowUpDays': maxDays }));
      }
      if (date >= '2007-03-07' && situation?.['minorInDanger'] === true) {
        const referral = protection?.['referral'];
        if (referral !== 'information-preoccupante' && referral !== 'signalement') found.push(finding(childProtection, { 'childProtection.referral': referral }));
      }

      found.sort((x, y) => RANK[x.severity] - RANK[y.severity] || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
      const outcome = found.some((f) => f.severity === 'error') ? 'non-compliant' : found.some((f) => f.severity === 'review') ? 'needs-review' : 'compliant';
      return { reportVersion: 1, ruleset: ref('2006'), subject: 'action', asOf: date, outcome, findings: found, inputErrors: [] };
    },
  };
}
