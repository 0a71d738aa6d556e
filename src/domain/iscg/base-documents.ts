/**
 * The compliant base document of each structured subject: rule examples are merged into it
 * (`mergeExample`), so an example states only what it changes. Rule files are written against
 * these exact documents: change them only together with the examples.
 * @module
 */
export { mergeExample } from './merge-example.js';

type DeepReadonly<T> = T extends readonly (infer I)[]
  ? readonly DeepReadonly<I>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/** Base `post`: a compliant fiche de poste (employer a département, functional link to the police). */
export const BASE_POST = deepFreeze({
  kind: 'post',
  id: 'base',
  effectiveDate: '2024-01-01',
  employer: { kind: 'departement' },
  hierarchicalAuthority: { kind: 'employer' },
  functionalAuthority: { kind: 'police' },
  placement: { units: [{ kind: 'commissariat' }], confidentialOffice: true },
  missions: ['reception', 'listening', 'evaluation', 'proximity-intervention', 'information', 'orientation', 'access-facilitation'],
  beneficiaries: ['victims', 'mis-en-cause', 'minors', 'adults', 'families', 'persons-in-distress'],
  referralSources: ['mains-courantes', 'police-referral', 'external-services', 'self-referral'],
  qualifications: { required: ['DEASS', 'DEES', 'DECESF'] },
  convention: { signed: true, parties: ['state', 'departement', 'police'], years: 3 },
  steeringCommittee: true,
  reporting: { statisticsGrid: true, annualReport: true },
  principles: { libreAdhesion: true, professionalSecrecy: true },
});

/** Base `action`: listening to an adult victim, with her consent, by a DEASS of the département. */
export const BASE_ACTION = deepFreeze({
  kind: 'action',
  date: '2024-03-01',
  type: 'listening',
  person: { role: 'victim', minor: false },
  consent: { status: 'given' },
  worker: { employer: { kind: 'departement' }, diplomas: [{ code: 'DEASS' }] },
  initiatedBy: 'police',
  requestedBy: 'person',
});

/** Base `sharing`: a hand-off to the sector social services, with the adult victim's consent. */
export const BASE_SHARING = deepFreeze({
  kind: 'sharing',
  date: '2024-03-01',
  from: { employer: { kind: 'departement' }, diplomas: [{ code: 'DEASS' }] },
  to: { kind: 'sector-social-services' },
  purpose: 'hand-off',
  legalBasis: 'consent',
  person: { role: 'victim', minor: false },
  consent: { status: 'given' },
  content: { categories: ['identity', 'social-situation'], strictlyNecessary: true },
  personInformed: 'informed',
});

/** The base documents by subject name. */
export const BASE_DOCUMENTS: Readonly<Record<'post' | 'action' | 'sharing', Readonly<Record<string, unknown>>>> = {
  post: BASE_POST,
  action: BASE_ACTION,
  sharing: BASE_SHARING,
};
