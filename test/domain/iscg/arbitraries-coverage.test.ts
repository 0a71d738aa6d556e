import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionFacts, sharingFacts } from '../../../src/domain/iscg/index.js';
import { actionArb, postArb, sharingArb } from '../../support/iscg-arbitraries.js';

type Doc = Record<string, unknown>;
const at = (doc: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Doc)[key] : undefined), doc);
const has = (doc: Doc, keys: string[], value: string): boolean => {
  const list = at(doc, ...keys);
  return Array.isArray(list) && list.includes(value);
};
const only = (doc: Doc, keys: string[], allowed: string[]): boolean => {
  const list = at(doc, ...keys);
  return Array.isArray(list) && list.every((item) => allowed.includes(item as string));
};
const CONSENT_ACTS = ['proximity-intervention', 'mediation', 'accompaniment', 'home-visit', 'hand-off', 'hearing-accompaniment'];

/** Rare conditions of the catalog that the generators must reach, both ways, in 1000 documents. */
const RARE: [string, fc.Arbitrary<Doc>, (doc: Doc) => boolean][] = [
  ['post : préfecture sous un employeur État', postArb, (d) => at(d, 'hierarchicalAuthority', 'kind') === 'prefecture' && at(d, 'employer', 'kind') === 'state'],
  ['post : aucun diplôme ni titulaire', postArb, (d) => at(d, 'qualifications') === undefined && at(d, 'holder') === undefined],
  ['post : titulaire sans diplôme', postArb, (d) => Array.isArray(at(d, 'holder', 'diplomas')) && (at(d, 'holder', 'diplomas') as unknown[]).length === 0],
  ['action : refus, acte à consentement, péril imminent', actionArb, (d) =>
    ['refused', 'withdrawn'].includes(at(d, 'consent', 'status') as string) && CONSENT_ACTS.includes(d['type'] as string) && at(d, 'situation', 'imminentDanger') === true],
  ['action : accompagnement à l’audition demandé par la victime', actionArb, (d) =>
    d['type'] === 'hearing-accompaniment' && d['requestedBy'] === 'person' && at(d, 'person', 'role') === 'victim'],
  ['action : accompagnement à l’audition sans demandeur', actionArb, (d) => d['type'] === 'hearing-accompaniment' && d['requestedBy'] === undefined],
  ['action : suivi de plus de 90 jours sans relais', actionArb, (d) =>
    d['type'] !== 'hand-off' && (actionFacts['followUpDays']?.compute(d, { asOf: '2024-01-01' }) as number) > 90 && at(d, 'followUp', 'handOffPlanned') === false],
  ['action : suivi d’exactement 90 jours', actionArb, (d) => actionFacts['followUpDays']?.compute(d, { asOf: '2024-01-01' }) === 90],
  ['sharing : réquisition écrite couvrant tout le contenu', sharingArb, (d) =>
    d['legalBasis'] === 'requisition' && at(d, 'requisition', 'written') === true && only(d, ['content', 'categories'], (at(d, 'requisition', 'documents') as string[] | undefined) ?? [])],
  ['sharing : maire, L.121-6-2, identité et coordination seulement', sharingArb, (d) =>
    ['mayor', 'pcd'].includes(at(d, 'to', 'kind') as string) && d['legalBasis'] === 'casf-l121-6-2' && at(d, 'content', 'strictlyNecessary') === true
    && only(d, ['content', 'categories'], ['identity', 'need-for-coordination'])],
  ['sharing : maire, L.121-6-2, au-delà de la coordination sans donnée sensible', sharingArb, (d) =>
    ['mayor', 'pcd'].includes(at(d, 'to', 'kind') as string) && d['legalBasis'] === 'casf-l121-6-2' && at(d, 'content', 'strictlyNecessary') === true
    && only(d, ['content', 'categories'], ['identity', 'need-for-coordination', 'contact', 'address', 'social-situation', 'family-situation'])
    && !only(d, ['content', 'categories'], ['identity', 'need-for-coordination'])],
  ['sharing : statistiques anonymes', sharingArb, (d) => at(d, 'to', 'kind') === 'statistics' && only(d, ['content', 'categories'], ['aggregate-statistics'])],
  ['sharing : préfet avec danger d’arme', sharingArb, (d) => d['legalBasis'] === 'cp-226-14-4' && has(d, ['content', 'categories'], 'weapon-danger')],
  ['sharing : secret partagé régulier', sharingArb, (d) =>
    d['legalBasis'] === 'casf-l226-2-2' && at(d, 'to', 'boundBySecret') === true && at(d, 'content', 'strictlyNecessary') === true],
  ['sharing : L.226-2-1, non nécessaire, émetteur tenu au secret', sharingArb, (d) =>
    d['legalBasis'] === 'casf-l226-2-1' && at(d, 'content', 'strictlyNecessary') === false && sharingFacts['secretStatus']?.compute(d, { asOf: '2024-01-01' }) !== 'none'],
  ['sharing : notes d’entretien à la police sur consentement', sharingArb, (d) =>
    ['police', 'gendarmerie'].includes(at(d, 'to', 'kind') as string) && has(d, ['content', 'categories'], 'interview-notes') && ['consent', 'cp-223-6'].includes(d['legalBasis'] as string)],
  ['sharing : article 40 par une association', sharingArb, (d) => d['legalBasis'] === 'cpp-40' && at(d, 'from', 'employer', 'kind') === 'association'],
];

describe('couverture des générateurs', () => {
  it.each(RARE)('atteint « %s » et son contraire', (_name, arb, predicate) => {
    const documents = fc.sample(arb, { numRuns: 1000, seed: 20_061_221 });
    const hits = documents.filter(predicate).length;
    expect(hits).toBeGreaterThanOrEqual(3);
    expect(hits).toBeLessThan(documents.length);
  });
});
