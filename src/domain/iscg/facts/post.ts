/**
 * Derived facts of the `post` subject: public employer, qualification levels and diplomas.
 * @module
 */
import type { DerivedFact } from '../../../core/types.js';
import { diplomaLabel, isSocialWorkDE, codeOf, reachesThreshold, type DiplomaInput } from '../diplomas.js';
import { scaleAt } from '../levels.js';
import { defineFact, diplomasOf, isPublicEmployerKind, read, readList } from './read.js';

/** The required diplomas, or `undefined` when none is required. */
function requiredDiplomas(document: Record<string, unknown>): DiplomaInput[] | undefined {
  const required = readList(document, 'qualifications', 'required');
  return required === undefined || required.length === 0 ? undefined : diplomasOf(required);
}

/** The holder's diplomas (possibly none), or `undefined` when there is no holder. */
function holderDiplomas(document: Record<string, unknown>): DiplomaInput[] | undefined {
  if (read(document, 'holder') === undefined) return undefined;
  return diplomasOf(readList(document, 'holder', 'diplomas') ?? []);
}

function labels(diplomas: DiplomaInput[] | undefined): string | undefined {
  return diplomas === undefined || diplomas.length === 0 ? undefined : diplomas.map((d) => diplomaLabel(d)).join(', ');
}

/** Derived facts of a post, by name (rule files use these names). */
export const postFacts: Record<string, DerivedFact> = {
  employerIsPublic: defineFact("L'employeur est public (tout employeur sauf une association)", (document) =>
    isPublicEmployerKind(read(document, 'employer', 'kind')),
  ),
  qualificationStated: defineFact('La fiche exige au moins un diplôme ou nomme un titulaire', (document) => {
    return requiredDiplomas(document) !== undefined || read(document, 'holder') !== undefined;
  }),
  requiredLevelOk: defineFact(
    "Un diplôme exigé atteint le niveau III (1969) / 5 (CNCP) à la date de vérification ; absent si aucun diplôme n'est exigé",
    (document, { asOf }) => requiredDiplomas(document)?.some((diploma) => reachesThreshold(diploma, asOf)),
  ),
  holderLevelOk: defineFact(
    'Un diplôme du titulaire atteint le niveau III (1969) / 5 (CNCP) à la date de vérification ; absent sans titulaire',
    (document, { asOf }) => holderDiplomas(document)?.some((diploma) => reachesThreshold(diploma, asOf)),
  ),
  requiredSocialWorkDE: defineFact(
    "Un diplôme exigé est l'un des cinq DE du travail social (DEASS, DEES, DECESF, DEETS, DEEJE)",
    (document) => requiredDiplomas(document)?.some((diploma) => isSocialWorkDE(codeOf(diploma))),
  ),
  holderSocialWorkDE: defineFact(
    "Le titulaire détient l'un des cinq DE du travail social (DEASS, DEES, DECESF, DEETS, DEEJE)",
    (document) => holderDiplomas(document)?.some((diploma) => isSocialWorkDE(codeOf(diploma))),
  ),
  requiredDiplomaLabels: defineFact('Intitulés des diplômes exigés, séparés par des virgules', (document) =>
    labels(requiredDiplomas(document)),
  ),
  holderDiplomaLabels: defineFact('Intitulés des diplômes du titulaire, séparés par des virgules', (document) =>
    labels(holderDiplomas(document)),
  ),
  levelScale: defineFact(
    'Échelle des niveaux à la date de vérification : 1969 avant le 9 janvier 2019, cncp-2019 ensuite',
    (_document, { asOf }) => scaleAt(asOf),
  ),
};
