/**
 * fast-check arbitraries of ISCG documents, valid by the zod schemas and biased so that every
 * rule of the post, action and sharing catalogs both fires and stays silent on some inputs:
 * enum values drawn uniformly (forbidden ones included), optional fields often absent, booleans
 * true / false / absent, dates around the pivots of the ruleset, follow-ups around 90 days,
 * diplomas around the 2021 reform, and documents close to the compliant base documents.
 * @module
 */
import fc from 'fast-check';
import {
  ACTION_TYPES, BASE_ACTION, BASE_POST, BASE_SHARING, BENEFICIARIES, CHILD_PROTECTION_REFERRALS, CONSENT_STATUSES,
  CONTENT_CATEGORIES, CONVENTION_PARTIES, EMPLOYER_KINDS, FRAMEWORK_MISSIONS, FUNCTIONAL_AUTHORITY_KINDS,
  HIERARCHICAL_AUTHORITY_KINDS, INITIATORS, INSTRUCTOR_KINDS, LEGAL_BASES, NAMED_DIPLOMA_CODES, OUTSIDE_MISSIONS,
  PERSON_INFORMED, PERSON_ROLES, PROCEDURE_STAGES, PURPOSES, RECIPIENT_KINDS, REFERRAL_SOURCES, REQUESTERS,
  REQUISITION_AUTHORITIES, SECRET_BOUNDS, UNIT_KINDS, actionSchema, mergeExample, postSchema, sharingSchema,
} from '../../src/domain/iscg/index.js';
import {
  FIRST_DAY, LAST_DAY, bool, dateArb, dateOf, dayIn, obj, obtainedArb, oneOf, someOf, subset, withScenarios, type Doc,
} from './arbitrary-builders.js';

export { PIVOT_DATES, dateArb } from './arbitrary-builders.js';

const levelArb = fc.oneof(
  fc.record({ scale: fc.constant('1969'), value: oneOf(['I', 'II', 'III', 'IV', 'V']) }),
  fc.record({
    scale: fc.constant('cncp-2019'),
    value: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }).map(String)),
  }),
);

/** A diploma: a named code (social-work DE often), sometimes OTHER with its label and level. */
export const diplomaArb: fc.Arbitrary<Doc> = fc.oneof(
  { weight: 2, arbitrary: obj({ code: oneOf(NAMED_DIPLOMA_CODES) }, { obtained: obtainedArb }) },
  { weight: 2, arbitrary: obj({ code: oneOf(['DEASS', 'DEES', 'DECESF', 'DEETS', 'DEEJE']) }, { obtained: obtainedArb }) },
  {
    weight: 1,
    arbitrary: obj(
      { code: fc.constant('OTHER'), label: oneOf(['DU de victimologie', 'Licence professionnelle', 'Diplôme étranger']), level: levelArb },
      { obtained: obtainedArb },
    ),
  },
);
const requiredItemArb = fc.oneof(oneOf(NAMED_DIPLOMA_CODES), diplomaArb);

const employerArb = obj({ kind: oneOf(EMPLOYER_KINDS) }, { name: oneOf(['Conseil départemental', 'Ville de Lille', 'France Victimes 59']) }, 4);
const personArb = obj({ role: oneOf(PERSON_ROLES), minor: bool }, { vulnerable: bool, conjugalViolenceVictim: bool });
const consentArb = obj({ status: oneOf(CONSENT_STATUSES) }, { recordedOn: dateArb }, 3);

const missionsArb = fc.oneof(
  fc.tuple(subset(FRAMEWORK_MISSIONS), fc.oneof(fc.constant([]), subset(OUTSIDE_MISSIONS))).map(([inside, outside]) => [...inside, ...outside]),
  fc.constant([...BASE_POST.missions]),
  fc.constant([]),
);

/** Short fiche texts for `description` (the post-text rules read them). */
const DESCRIPTIONS = [
  "L'intervenant social est placé sous l'autorité hiérarchique du conseil départemental.",
  "Il participe aux auditions et rédige les procès-verbaux.",
  'Ne relèvent pas de ses missions : la prise de plainte, les auditions.',
  'Accueil, écoute et orientation, dans le respect de la libre adhésion et du secret professionnel.',
  '',
];

const randomPostArb: fc.Arbitrary<Doc> = obj(
  {
    id: fc.oneof(oneOf(['base', 'iscg-59-001', 'poste']), fc.string({ minLength: 1, maxLength: 8 })),
    employer: employerArb,
    hierarchicalAuthority: obj({ kind: oneOf(HIERARCHICAL_AUTHORITY_KINDS) }, { title: oneOf(['Directeur de l’action sociale']) }, 4),
    missions: missionsArb,
  },
  {
    kind: fc.constant('post'),
    title: oneOf(['Intervenant social en commissariat', 'ISCG']),
    effectiveDate: dateArb,
    functionalAuthority: obj({ kind: oneOf(FUNCTIONAL_AUTHORITY_KINDS) }, { title: oneOf(['Commissaire']) }, 4),
    placement: obj({ units: fc.array(obj({ kind: oneOf(UNIT_KINDS) }, { name: oneOf(['Lille-Sud']) }, 4), { maxLength: 2 }) }, { confidentialOffice: bool }),
    beneficiaries: fc.oneof(subset(BENEFICIARIES), fc.constant([...BENEFICIARIES])),
    referralSources: subset(REFERRAL_SOURCES),
    qualifications: obj({ required: fc.array(requiredItemArb, { maxLength: 4 }) }),
    holder: obj({ diplomas: fc.array(diplomaArb, { maxLength: 3 }) }),
    convention: obj(
      { signed: bool, parties: fc.oneof(subset(CONVENTION_PARTIES), fc.constant(['state', 'departement', 'police'])) },
      { years: fc.integer({ min: 1, max: 5 }) },
    ),
    steeringCommittee: bool,
    reporting: obj({}, { statisticsGrid: bool, annualReport: bool }),
    principles: obj({}, { libreAdhesion: bool, professionalSecrecy: bool }),
    description: oneOf(DESCRIPTIONS),
  },
);

const CORE_MISSIONS = ['evaluation', 'proximity-intervention', 'orientation'];
const postScenarios: fc.Arbitrary<Doc>[] = [
  fc.constant({ employer: { kind: 'state' }, hierarchicalAuthority: { kind: 'prefecture' } }),
  obj({ missions: oneOf([CORE_MISSIONS, [...CORE_MISSIONS, 'complaint-intake'], ['summons'], ['long-term-follow-up', 'evaluation']]) }),
  obj({ convention: obj({ signed: bool, parties: oneOf([['state', 'commune'], ['state'], ['departement', 'commune'], ['state', 'epci']]) }) }),
  obj({
    qualifications: obj({
      required: oneOf<unknown[]>([['DEME'], ['MASTER-PSYCHOLOGIE'], ['DEAES', 'DETISF'], [{ code: 'DEASS', obtained: '2022-07-01' }], []]),
    }),
  }, { holder: obj({ diplomas: oneOf<unknown[]>([[], [{ code: 'DEME' }], [{ code: 'LICENCE-DROIT' }], [{ code: 'DEES' }]]) }) }),
];

/** An action's follow-up length in days: anything up to 400, often 85–95. */
const followUpLengthArb = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 85, max: 95 }), oneOf([89, 90, 91]));

const randomActionArb: fc.Arbitrary<Doc> = fc
  .tuple(
    dayIn(FIRST_DAY, LAST_DAY),
    obj(
      { type: oneOf(ACTION_TYPES), person: personArb, consent: consentArb },
      {
        kind: fc.constant('action'),
        worker: obj({ employer: employerArb }, { diplomas: fc.array(diplomaArb, { maxLength: 2 }) }),
        initiatedBy: oneOf(INITIATORS),
        requestedBy: oneOf(REQUESTERS),
        instructedBy: obj({ kind: oneOf(INSTRUCTOR_KINDS), hierarchical: bool }),
        coercion: obj({}, { mandatory: bool, conditionsPoliceHelp: bool, visitWithoutConsent: bool }, 3),
        procedure: obj({ stage: oneOf(PROCEDURE_STAGES) }, { roleInProcedure: bool }),
        situation: obj({}, { minorInDanger: bool, imminentDanger: bool }),
        childProtection: obj({ referral: oneOf(CHILD_PROTECTION_REFERRALS) }),
      },
    ),
    fc.option(fc.record({ length: followUpLengthArb, handOffPlanned: bool }), { freq: 2, nil: undefined }),
  )
  .map(([day, action, followUp]) => ({
    ...action,
    date: dateOf(day),
    ...(followUp === undefined ? {} : { followUp: { startedOn: dateOf(day - followUp.length), handOffPlanned: followUp.handOffPlanned } }),
  }));

const CONSENT_ACTS = ['proximity-intervention', 'mediation', 'accompaniment', 'home-visit', 'hand-off', 'hearing-accompaniment'];
const actionScenarios: fc.Arbitrary<Doc>[] = [
  obj({
    type: fc.constant('hearing-accompaniment'),
    requestedBy: fc.constantFrom('person', 'police', 'judicial', null),
    person: obj({ role: oneOf(['victim', 'mis-en-cause']) }),
  }),
  obj({
    type: oneOf([...CONSENT_ACTS, 'information', 'orientation', 'evaluation', 'child-protection-referral']),
    consent: obj({ status: oneOf(CONSENT_STATUSES) }),
    situation: obj({}, { imminentDanger: bool }, 3),
  }),
  obj({
    situation: obj({ minorInDanger: fc.constant(true) }, { imminentDanger: bool }),
    childProtection: fc.oneof(fc.constant(null), obj({ referral: oneOf(CHILD_PROTECTION_REFERRALS) })),
  }),
];

const categoriesArb = fc.oneof(
  { weight: 3, arbitrary: subset(CONTENT_CATEGORIES) },
  { weight: 1, arbitrary: oneOf([['aggregate-statistics'], ['identity', 'need-for-coordination'], ['weapon-danger'], ['interview-notes']]) },
);

const randomSharingArb: fc.Arbitrary<Doc> = obj(
  {
    date: dateArb,
    from: obj({ employer: employerArb }, { diplomas: fc.array(diplomaArb, { maxLength: 2 }), secretBound: oneOf(SECRET_BOUNDS) }),
    to: obj({ kind: oneOf(RECIPIENT_KINDS) }, { boundBySecret: bool }),
    purpose: oneOf(PURPOSES),
    legalBasis: oneOf(LEGAL_BASES),
    person: personArb,
    content: obj({ categories: categoriesArb, strictlyNecessary: bool }),
  },
  {
    kind: fc.constant('sharing'),
    consent: consentArb,
    personInformed: oneOf(PERSON_INFORMED),
    requisition: obj({ written: bool, authority: oneOf(REQUISITION_AUTHORITIES), documents: subset(CONTENT_CATEGORIES), cover: bool }),
    copyToPcd: bool,
  },
);

const sharingScenarios: fc.Arbitrary<Doc>[] = [
  obj({
    to: obj({ kind: oneOf(['mayor', 'pcd']) }),
    legalBasis: fc.constant('casf-l121-6-2'),
    content: obj({
      categories: fc.oneof(
        someOf(['identity', 'need-for-coordination']),
        someOf(['identity', 'address', 'family-situation', 'health']),
        oneOf([['identity', 'family-situation'], ['need-for-coordination', 'address']]),
      ),
      strictlyNecessary: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    }),
  }),
  obj({
    legalBasis: fc.constant('requisition'),
    to: obj({ kind: oneOf(['police', 'gendarmerie', 'procureur', 'juge', 'crip']) }),
    purpose: fc.constant('requisition-response'),
    requisition: obj({ written: bool, authority: oneOf(REQUISITION_AUTHORITIES), documents: subset(CONTENT_CATEGORIES), cover: bool }),
  }),
  obj({
    to: obj({ kind: fc.constant('statistics') }),
    legalBasis: oneOf(['none', 'consent']),
    content: obj({ categories: oneOf([['aggregate-statistics'], ['aggregate-statistics', 'identity']]) }),
  }),
  obj({
    legalBasis: fc.constant('cp-226-14-4'),
    to: obj({ kind: oneOf(['prefet', 'police']) }),
    content: obj({ categories: oneOf([['weapon-danger', 'identity'], ['identity']]) }),
  }),
  obj({
    legalBasis: oneOf(['casf-l226-2-1', 'casf-l226-2-2', 'casf-l226-4']),
    to: obj({ kind: oneOf(['crip', 'pcd', 'procureur', 'child-protection-professional', 'sector-social-services', 'police']) }, { boundBySecret: bool }),
    person: obj({ role: oneOf(['victim', 'family']), minor: bool }),
    content: obj({ strictlyNecessary: bool }),
  }, { copyToPcd: bool, personInformed: oneOf(PERSON_INFORMED) }),
  obj({
    to: obj({ kind: oneOf(['police', 'gendarmerie']) }),
    legalBasis: oneOf(['consent', 'cp-223-6', 'cp-226-14-1', 'requisition', 'cpp-40', 'none']),
    purpose: oneOf(['investigation', 'danger-prevention']),
    content: obj({ categories: oneOf([['interview-notes'], ['identity']]) }),
  }),
  obj({ legalBasis: fc.constant('cpp-40'), to: obj({ kind: fc.constant('procureur') }), from: obj({ employer: obj({ kind: oneOf(['association', 'departement']) }) }) }),
  obj({
    legalBasis: fc.constant('cp-226-14-1'),
    to: obj({ kind: oneOf(RECIPIENT_KINDS) }),
    person: obj({ role: fc.constant('victim'), minor: bool }, { vulnerable: bool }),
  }),
];

/** Half the requisitions list every category sent (so `sharing/requisition` also stays silent). */
function coverRequisition(sharing: Doc): Doc {
  const requisition = sharing['requisition'] as Doc | undefined;
  if (requisition === undefined) return sharing;
  const { cover, documents, ...rest } = requisition;
  const sent = (sharing['content'] as { categories: string[] }).categories;
  const listed = cover === true ? [...new Set([...(documents as string[]), ...sent])] : documents;
  return { ...sharing, requisition: { ...rest, documents: listed } };
}

/** The base document with a few top-level fields taken from a random document, or deleted. */
function nearBase(base: Doc, random: fc.Arbitrary<Doc>, fields: readonly string[], deletable: readonly string[]): fc.Arbitrary<Doc> {
  return fc
    .tuple(random, fc.subarray([...fields], { minLength: 1, maxLength: 3 }), fc.subarray([...deletable], { maxLength: 2 }))
    .map(([doc, taken, deleted]) => {
      const patch: Doc = {};
      for (const key of deleted) patch[key] = null;
      for (const key of taken) if (key in doc) patch[key] = doc[key];
      return mergeExample(base, patch);
    });
}

/** Valid `post` documents: random ones and near-compliant ones, some steered by a scenario. */
export const postArb: fc.Arbitrary<Doc> = withScenarios(
  fc.oneof(randomPostArb, nearBase(BASE_POST, randomPostArb, Object.keys(postSchema.shape), ['functionalAuthority', 'placement', 'beneficiaries', 'qualifications', 'convention', 'steeringCommittee', 'reporting', 'principles'])),
  postScenarios,
);
/** Valid `action` documents: random ones and near-compliant ones, some steered by a scenario. */
export const actionArb: fc.Arbitrary<Doc> = withScenarios(
  fc.oneof(randomActionArb, nearBase(BASE_ACTION, randomActionArb, Object.keys(actionSchema.shape), ['worker', 'initiatedBy', 'requestedBy'])),
  actionScenarios,
);
/** Valid `sharing` documents: random ones and near-compliant ones, some steered by a scenario. */
export const sharingArb: fc.Arbitrary<Doc> = withScenarios(
  fc.oneof(randomSharingArb, nearBase(BASE_SHARING, randomSharingArb, Object.keys(sharingSchema.shape), ['consent', 'personInformed'])),
  sharingScenarios,
  1,
).map(coverRequisition);

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'kind', 'date', 'id', 'person', 'from'];
const keyArb = fc.oneof(oneOf(HOSTILE_KEYS), fc.string({ maxLength: 6 }));

/** An object parsed from JSON text, so `__proto__` is an own key as `JSON.parse` makes it. */
const hostileObjectArb = fc
  .array(fc.tuple(keyArb, fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 })
  .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown);

/** A valid document with garbage put somewhere in it (possibly under a hostile key). */
const damagedDocumentArb = fc
  .tuple(fc.oneof(postArb, actionArb, sharingArb), fc.array(fc.nat(), { maxLength: 4 }), keyArb, fc.jsonValue({ maxDepth: 2 }), bool)
  .map(([doc, route, key, garbage, replace]) => {
    const copy = structuredClone(doc) as unknown;
    let node = copy;
    for (const step of route) {
      const children = typeof node === 'object' && node !== null ? Object.values(node).filter((v) => typeof v === 'object' && v !== null) : [];
      if (children.length === 0) break;
      node = children[step % children.length];
    }
    if (typeof node !== 'object' || node === null) return copy;
    const keys = Object.keys(node);
    const target = replace && keys.length > 0 ? (keys[key.length % keys.length] ?? key) : key;
    // An array's length cannot be redefined as a property; damage another key instead.
    if (Array.isArray(node) && target === 'length') return copy;
    Object.defineProperty(node, target, { value: garbage, enumerable: true, writable: true, configurable: true });
    return copy;
  });

/** Garbage input: any JSON value, objects with hostile keys, valid documents damaged in one place. */
export const arbitraryJsonArb: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), hostileObjectArb, damagedDocumentArb);
