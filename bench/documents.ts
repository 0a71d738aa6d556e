/**
 * The bench's documents: seeded, valid by the input model, about half of them non-compliant
 * (an error finding), the others compliant or with warnings and reviews only. Each violation
 * makes one rule fire, so every rule of a subject is exercised.
 * @module
 */
import { dateBetween, daysBefore, seeded, type Random } from './random.js';
import { EMPLOYER_KINDS } from '../src/domain/iscg/schemas/common.js';
import { INITIATORS, PROCEDURE_STAGES } from '../src/domain/iscg/schemas/action.js';
import { FRAMEWORK_MISSIONS } from '../src/domain/iscg/schemas/post.js';

/** A generated document. */
export type Doc = Record<string, unknown>;

/** The seed of every document set of the bench. */
export const SEED = 20061221;

const PUBLIC_OR_ASSOCIATION = EMPLOYER_KINDS.filter((k) => k !== 'police' && k !== 'gendarmerie');
const CONSENT_ACTS = ['proximity-intervention', 'mediation', 'accompaniment', 'home-visit', 'hand-off', 'hearing-accompaniment'];
const FREE_ACTS = ['reception', 'listening', 'evaluation', 'information', 'orientation', 'child-protection-referral'];
const INQUIRY_ACTS = ['complaint-intake', 'hearing-participation', 'procedure-writing', 'evidence-gathering', 'procedure-software'];
const SOCIAL_DE = ['DEASS', 'DEES', 'DECESF', 'DEETS', 'DEEJE'];

/**
 * `count` action documents, the same on every run.
 * @example
 * actionDocuments(3)[0]?.kind; // 'action'
 */
export function actionDocuments(count: number, seed = SEED): Doc[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const doc = compliantAction(random);
    if (random.chance(0.25)) random.pick(ACTION_SOFT)(doc, random);
    if (random.chance(0.5)) {
      random.pick(ACTION_ERRORS)(doc, random);
      if (random.chance(0.2)) random.pick(ACTION_ERRORS)(doc, random);
    }
    return asJson(doc);
  });
}

function compliantAction(random: Random): Doc {
  const date = dateBetween(random, '2007-01-01', '2026-06-30');
  const type = random.pick([...FREE_ACTS, ...CONSENT_ACTS]);
  const doc: Doc = {
    kind: 'action',
    date,
    type,
    person: { role: type === 'hearing-accompaniment' ? 'victim' : random.pick(['victim', 'family', 'other', 'mis-en-cause']), minor: random.chance(0.2) },
    consent: random.chance(0.3) ? { status: 'given', recordedOn: date } : { status: 'given' },
    requestedBy: 'person',
  };
  if (random.chance(0.8)) {
    const employer = { kind: random.pick(PUBLIC_OR_ASSOCIATION) };
    doc['worker'] = random.chance(0.5) ? { employer, diplomas: [{ code: random.pick(SOCIAL_DE) }] } : { employer };
  }
  if (random.chance(0.7)) doc['initiatedBy'] = random.pick(INITIATORS);
  if (random.chance(0.2)) doc['instructedBy'] = random.pick([{ kind: 'employer', hierarchical: true }, { kind: 'police', hierarchical: false }]);
  if (random.chance(0.2)) doc['coercion'] = { mandatory: false, conditionsPoliceHelp: false, visitWithoutConsent: false };
  if (random.chance(0.2)) doc['procedure'] = { stage: random.pick(PROCEDURE_STAGES), roleInProcedure: false };
  if (random.chance(0.4)) {
    const days = random.int(0, 200);
    doc['followUp'] = { startedOn: daysBefore(date, days), handOffPlanned: days > 90 || random.chance(0.5) };
  }
  if (random.chance(0.3)) {
    const minorInDanger = random.chance(0.5);
    doc['situation'] = { minorInDanger, imminentDanger: false };
    if (minorInDanger) doc['childProtection'] = { referral: random.pick(['information-preoccupante', 'signalement']) };
  }
  return doc;
}

type Change = (doc: Doc, random: Random) => void;

/** Changes that give a warning or a review, never an error. */
const ACTION_SOFT: Change[] = [
  (doc) => Object.assign(doc, { type: 'hearing-accompaniment', person: { role: 'victim', minor: false }, requestedBy: undefined }),
  (doc, random) => Object.assign(doc, { type: random.pick(CONSENT_ACTS.slice(0, 5)), consent: { status: 'refused' }, situation: { imminentDanger: true } }),
  (doc, random) => Object.assign(doc, { type: 'listening', followUp: { startedOn: daysBefore(doc['date'] as string, random.int(91, 400)), handOffPlanned: false } }),
];

/** Changes that each make one error fire. */
const ACTION_ERRORS: Change[] = [
  (doc, random) => Object.assign(doc, { type: random.pick(INQUIRY_ACTS) }),
  (doc, random) => Object.assign(doc, { procedure: { stage: random.pick(PROCEDURE_STAGES), roleInProcedure: true } }),
  (doc) => Object.assign(doc, { type: 'hearing-accompaniment', person: { role: 'mis-en-cause', minor: false } }),
  (doc, random) => Object.assign(doc, { type: 'hearing-accompaniment', requestedBy: random.pick(['police', 'gendarmerie', 'judicial', 'worker']) }),
  (doc) => Object.assign(doc, { type: 'summons' }),
  (doc, random) => Object.assign(doc, { coercion: { [random.pick(['mandatory', 'conditionsPoliceHelp', 'visitWithoutConsent'])]: true } }),
  (doc, random) => Object.assign(doc, { type: random.pick(CONSENT_ACTS), consent: { status: 'not-asked' }, situation: { imminentDanger: false } }),
  (doc, random) => Object.assign(doc, { type: random.pick(['evaluation', 'listening', 'mediation']), consent: { status: random.pick(['refused', 'withdrawn']) } }),
  (doc, random) => Object.assign(doc, { instructedBy: { kind: random.pick(['police', 'gendarmerie']), hierarchical: true } }),
  (doc, random) => Object.assign(doc, { worker: { employer: { kind: random.pick(['police', 'gendarmerie']) } } }),
  (doc, random) =>
    Object.assign(doc, {
      date: dateBetween(random, '2007-03-07', '2026-06-30'),
      situation: { minorInDanger: true },
      childProtection: random.chance(0.5) ? { referral: 'none' } : undefined,
      followUp: undefined,
    }),
];

/**
 * `count` sharing documents, the same on every run.
 * @example
 * sharingDocuments(3)[0]?.kind; // 'sharing'
 */
export function sharingDocuments(count: number, seed = SEED): Doc[] {
  const random = seeded(seed + 1);
  return Array.from({ length: count }, () => {
    const doc = random.pick(SHARING_TEMPLATES)(random);
    if (random.chance(0.2)) random.pick(SHARING_SOFT)(doc, random);
    if (random.chance(0.5)) random.pick(SHARING_ERRORS)(doc, random);
    return asJson(doc);
  });
}

function sender(random: Random): Doc {
  const employer = { kind: random.pick(PUBLIC_OR_ASSOCIATION) };
  return random.chance(0.6) ? { employer, diplomas: [{ code: random.pick(SOCIAL_DE) }] } : { employer };
}

type Template = (random: Random) => Doc;

/** Compliant disclosures of several kinds. */
const SHARING_TEMPLATES: Template[] = [
  (random) => ({
    kind: 'sharing', date: dateBetween(random, '2007-01-01', '2026-06-30'), from: sender(random),
    to: { kind: random.pick(['sector-social-services', 'other', 'health-professional']) }, purpose: 'hand-off', legalBasis: 'consent',
    person: { role: random.pick(['victim', 'family', 'other']), minor: false }, consent: { status: 'given' },
    content: { categories: random.pick([['identity', 'social-situation'], ['identity', 'contact'], ['need-for-coordination']]), strictlyNecessary: true },
    personInformed: 'informed',
  }),
  (random) => ({
    kind: 'sharing', date: dateBetween(random, '2007-03-07', '2026-06-30'), from: sender(random), to: { kind: 'crip' },
    purpose: 'child-protection', legalBasis: 'casf-l226-2-1', person: { role: 'victim', minor: true },
    content: { categories: ['identity', 'family-situation'], strictlyNecessary: true }, personInformed: random.pick(['informed', 'contrary-to-interest']),
  }),
  (random) => ({
    kind: 'sharing', date: dateBetween(random, '2007-01-01', '2026-06-30'), from: sender(random), to: { kind: 'statistics' },
    purpose: 'statistics', legalBasis: 'none', person: { role: 'other', minor: false },
    content: { categories: ['aggregate-statistics'], strictlyNecessary: true },
  }),
  (random) => ({
    kind: 'sharing', date: dateBetween(random, '2007-01-01', '2026-06-30'), from: sender(random), to: { kind: random.pick(['police', 'gendarmerie']) },
    purpose: 'requisition-response', legalBasis: 'requisition', person: { role: random.pick(['victim', 'mis-en-cause']), minor: false },
    content: { categories: ['identity', 'contact'], strictlyNecessary: true },
    requisition: { written: true, authority: 'opj', documents: ['identity', 'contact', 'address'] },
  }),
  (random) => ({
    kind: 'sharing', date: dateBetween(random, '2007-03-07', '2026-06-30'), from: sender(random), to: { kind: 'procureur' },
    purpose: 'child-protection', legalBasis: 'casf-l226-4', person: { role: 'victim', minor: true },
    content: { categories: ['identity', 'family-situation'], strictlyNecessary: true }, copyToPcd: true, personInformed: 'contrary-to-interest',
  }),
];

/** Changes that give a warning only. */
const SHARING_SOFT: Change[] = [
  (doc) => Object.assign(doc, { content: { ...(doc['content'] as Doc), strictlyNecessary: false } }),
  (doc) => Object.assign(doc, { legalBasis: 'consent', consent: { status: 'given' }, personInformed: 'not-informed', to: { kind: 'sector-social-services' }, purpose: 'hand-off', person: { role: 'victim', minor: false } }),
];

/** Changes that each make one error fire. */
const SHARING_ERRORS: Change[] = [
  (doc) => Object.assign(doc, { legalBasis: 'none', to: { kind: 'mayor' } }),
  (doc) => Object.assign(doc, { legalBasis: 'consent', consent: { status: 'refused' } }),
  (doc) => Object.assign(doc, { legalBasis: 'casf-l226-2-2', to: { kind: 'police', boundBySecret: false } }),
  (doc) => Object.assign(doc, { purpose: 'investigation', legalBasis: 'consent', consent: { status: 'given' } }),
  (doc) => Object.assign(doc, { legalBasis: 'requisition', to: { kind: 'police' }, requisition: { written: true, authority: 'opj', documents: ['address'] } }),
  (doc) => Object.assign(doc, { to: { kind: 'statistics' }, legalBasis: 'none', content: { categories: ['aggregate-statistics', 'identity'], strictlyNecessary: true } }),
  (doc, random) => Object.assign(doc, { legalBasis: random.pick(['cp-226-14-2', 'cp-226-14-3']) }),
  (doc) => Object.assign(doc, { legalBasis: 'cp-226-14-4', to: { kind: 'prefet' }, content: { categories: ['identity'], strictlyNecessary: true } }),
  (doc) => Object.assign(doc, { legalBasis: 'casf-l121-6-2', to: { kind: 'mayor' }, content: { categories: ['identity', 'health'], strictlyNecessary: true } }),
  (doc) => Object.assign(doc, { legalBasis: 'cpp-40', to: { kind: 'procureur' }, from: { employer: { kind: 'association' } } }),
];

/**
 * `count` post documents (structured fiches, without free-text description), the same on every run.
 * @example
 * postDocuments(3)[0]?.kind; // 'post'
 */
export function postDocuments(count: number, seed = SEED): Doc[] {
  const random = seeded(seed + 2);
  return Array.from({ length: count }, (_, i) => {
    const doc = compliantPost(random, i);
    if (random.chance(0.3)) random.pick(POST_SOFT)(doc, random);
    if (random.chance(0.5)) random.pick(POST_ERRORS)(doc, random);
    return asJson(doc);
  });
}

function compliantPost(random: Random, index: number): Doc {
  const employer = random.pick(['departement', 'commune', 'association', 'ccas', 'epci']);
  const missions = [...new Set(['evaluation', 'proximity-intervention', random.pick(['orientation', 'access-facilitation']), ...random.subset(FRAMEWORK_MISSIONS, 0.4)])];
  return {
    kind: 'post',
    id: `poste-${index + 1}`,
    title: 'Intervenant social en commissariat et gendarmerie',
    effectiveDate: dateBetween(random, '2007-01-01', '2026-06-30'),
    employer: { kind: employer },
    hierarchicalAuthority: { kind: 'employer' },
    functionalAuthority: { kind: random.pick(['police', 'gendarmerie']) },
    placement: { units: [{ kind: random.pick(['commissariat', 'brigade', 'compagnie']) }], confidentialOffice: true },
    missions,
    beneficiaries: ['victims', 'mis-en-cause', 'minors', 'adults', 'families', 'persons-in-distress'],
    referralSources: random.subset(['mains-courantes', 'police-referral', 'gendarmerie-referral', 'external-services', 'self-referral'], 0.6),
    qualifications: { required: random.subset(SOCIAL_DE, 0.6).concat('DEASS') },
    convention: { signed: true, parties: ['state', employer === 'commune' ? 'commune' : 'departement', 'police'], years: random.int(1, 5) },
    steeringCommittee: true,
    reporting: { statisticsGrid: true, annualReport: true },
    principles: { libreAdhesion: true, professionalSecrecy: true },
  };
}

/** Changes that give a warning or an info only. */
const POST_SOFT: Change[] = [
  (doc) => Object.assign(doc, { functionalAuthority: undefined }),
  (doc) => Object.assign(doc, { beneficiaries: ['victims', 'adults'] }),
  (doc) => Object.assign(doc, { qualifications: { required: ['DEME'] } }),
  (doc) => Object.assign(doc, { principles: { libreAdhesion: true } }),
  (doc) => Object.assign(doc, { convention: undefined, steeringCommittee: false }),
];

/** Changes that each make one error fire. */
const POST_ERRORS: Change[] = [
  (doc, random) => Object.assign(doc, { employer: { kind: random.pick(['police', 'gendarmerie']) } }),
  (doc, random) => Object.assign(doc, { hierarchicalAuthority: { kind: random.pick(['police', 'gendarmerie', 'other']) } }),
  (doc, random) => Object.assign(doc, { missions: [...(doc['missions'] as string[]), random.pick(['complaint-intake', 'hearing-participation', 'investigation-support'])] }),
  (doc) => Object.assign(doc, { missions: [...(doc['missions'] as string[]), 'summons'] }),
];

/**
 * The document as an app receives it, parsed from JSON: the `undefined` members a change left
 * disappear, and objects have the shapes `JSON.parse` gives them.
 * @example
 * asJson({ a: 1, b: undefined }); // { a: 1 }
 */
export function asJson(doc: Doc): Doc {
  return JSON.parse(JSON.stringify(doc)) as Doc;
}
