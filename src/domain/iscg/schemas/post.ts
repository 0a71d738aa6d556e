/**
 * `kind: post` — a structured post definition (fiche de poste), MODEL.md.
 * @module
 */
import { z } from 'zod';
import { dated, diplomaSchema, employerSchema, requiredDiplomaSchema } from './common.js';

/** Missions within the 2006 framework. */
export const FRAMEWORK_MISSIONS = [
  'reception', 'listening', 'evaluation', 'proximity-intervention', 'information', 'orientation',
  'access-facilitation', 'mediation', 'early-detection', 'liaison', 'statistics-reporting',
  'child-protection-referral', 'steering-participation',
] as const;
/** Missions outside the framework (inquiry, coercion, long-term follow-up). */
export const OUTSIDE_MISSIONS = [
  'complaint-intake', 'hearing-participation', 'procedure-writing', 'procedure-software',
  'evidence-gathering', 'investigation-support', 'summons', 'intelligence-gathering', 'long-term-follow-up',
] as const;
/** Every mission value. */
export const MISSIONS = [...FRAMEWORK_MISSIONS, ...OUTSIDE_MISSIONS] as const;
/** Kinds of hierarchical authority. */
export const HIERARCHICAL_AUTHORITY_KINDS = ['employer', 'police', 'gendarmerie', 'prefecture', 'other'] as const;
/** Kinds of functional authority. */
export const FUNCTIONAL_AUTHORITY_KINDS = ['police', 'gendarmerie', 'none'] as const;
/** Kinds of police or gendarmerie unit where the post is placed. */
export const UNIT_KINDS = ['commissariat', 'brigade', 'compagnie', 'groupement'] as const;
/** Beneficiaries of the post. */
export const BENEFICIARIES = ['victims', 'mis-en-cause', 'minors', 'adults', 'families', 'persons-in-distress'] as const;
/** How cases reach the post. */
export const REFERRAL_SOURCES = [
  'mains-courantes', 'police-referral', 'gendarmerie-referral', 'external-services', 'self-referral',
] as const;
/** Parties of the partnership convention. */
export const CONVENTION_PARTIES = [
  'state', 'departement', 'commune', 'epci', 'police', 'gendarmerie', 'procureur', 'association',
] as const;

const optionalFlag = (description: string) => z.boolean().describe(description).optional();

/** Schema of a `post` document. */
export const postSchema = z.strictObject({
  kind: z.literal('post').describe('Sujet du document : post (fiche de poste structurée)').optional(),
  id: z.string().min(1).describe('Identifiant de la fiche'),
  title: z.string().describe('Intitulé du poste').optional(),
  effectiveDate: dated("Date d'effet de la fiche ; date de vérification par défaut").optional(),
  employer: employerSchema,
  hierarchicalAuthority: z
    .strictObject({
      kind: z.enum(HIERARCHICAL_AUTHORITY_KINDS).describe("Qui exerce l'autorité hiérarchique"),
      title: z.string().describe('Fonction du responsable hiérarchique').optional(),
    })
    .describe('Autorité hiérarchique (le cadre la confie à l’employeur)'),
  functionalAuthority: z
    .strictObject({
      kind: z.enum(FUNCTIONAL_AUTHORITY_KINDS).describe("Qui exerce l'autorité fonctionnelle"),
      title: z.string().describe('Fonction du référent fonctionnel').optional(),
    })
    .describe('Autorité fonctionnelle (commissariat ou unité de gendarmerie)')
    .optional(),
  placement: z
    .strictObject({
      units: z
        .array(
          z.strictObject({
            kind: z.enum(UNIT_KINDS).describe("Nature de l'unité"),
            name: z.string().describe("Nom de l'unité").optional(),
          }),
        )
        .describe("Unités de police ou de gendarmerie où s'exerce le poste"),
      confidentialOffice: optionalFlag('Bureau permettant des entretiens confidentiels'),
    })
    .describe("Lieu d'exercice")
    .optional(),
  missions: z.array(z.enum(MISSIONS)).describe('Missions du poste (liste, éventuellement vide)'),
  beneficiaries: z.array(z.enum(BENEFICIARIES)).describe('Publics reçus').optional(),
  referralSources: z.array(z.enum(REFERRAL_SOURCES)).describe('Modes de saisine').optional(),
  qualifications: z
    .strictObject({
      required: z.array(requiredDiplomaSchema).describe("Diplômes exigés : l'un quelconque qualifie un candidat"),
    })
    .describe('Qualification exigée')
    .optional(),
  holder: z
    .strictObject({ diplomas: z.array(diplomaSchema).describe('Diplômes du titulaire') })
    .describe('Titulaire du poste, s’il y en a un')
    .optional(),
  convention: z
    .strictObject({
      signed: z.boolean().describe('La convention est signée'),
      parties: z.array(z.enum(CONVENTION_PARTIES)).describe('Signataires'),
      years: z.number().positive().describe('Durée en années').optional(),
    })
    .describe('Convention de partenariat')
    .optional(),
  steeringCommittee: optionalFlag('Un comité de pilotage suit le poste'),
  reporting: z
    .strictObject({
      statisticsGrid: optionalFlag('Grille statistique renseignée'),
      annualReport: optionalFlag("Rapport annuel d'activité"),
    })
    .describe('Évaluation et bilan')
    .optional(),
  principles: z
    .strictObject({
      libreAdhesion: optionalFlag('La fiche énonce la libre adhésion de la personne'),
      professionalSecrecy: optionalFlag('La fiche énonce le secret professionnel et la confidentialité'),
    })
    .describe('Principes énoncés par la fiche')
    .optional(),
  description: z.string().describe('Texte libre de la fiche, vérifié par les règles post-text').optional(),
});
/** A `post` document. */
export type Post = z.infer<typeof postSchema>;
