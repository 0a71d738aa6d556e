/**
 * Shared pieces of the input model (MODEL.md, "Shared pieces"): dates, diplomas and their
 * levels, employers, consent, persons. Every object is closed.
 * @module
 */
import { z } from 'zod';
import { LEVEL_SCALES, LEVELS_1969, normalizeLevel } from '../levels.js';
import { markIssue } from './issue-keys.js';

/** Diploma codes of the model; `OTHER` needs a `label` and a `level`. */
export const DIPLOMA_CODES = [
  'DEASS', 'DEES', 'DECESF', 'DEETS', 'DEEJE', 'BTS-ESF', 'DEME', 'DETISF', 'DEAES',
  'CAFERUIS', 'DEMF', 'DEIS', 'CAFDES', 'MASTER-PSYCHOLOGIE', 'LICENCE-DROIT', 'MASTER-DROIT', 'OTHER',
] as const;
/** A diploma code. */
export type DiplomaCode = (typeof DIPLOMA_CODES)[number];
/** The codes that may stand alone (every code but `OTHER`, which needs its label and level). */
export const NAMED_DIPLOMA_CODES = DIPLOMA_CODES.filter(
  (code): code is Exclude<DiplomaCode, 'OTHER'> => code !== 'OTHER',
);

/** Kinds of employer. Public employers: all but `association`. */
export const EMPLOYER_KINDS = [
  'departement', 'commune', 'epci', 'cias', 'ccas', 'association', 'state', 'police', 'gendarmerie',
] as const;
/** Consent statuses. */
export const CONSENT_STATUSES = ['given', 'refused', 'withdrawn', 'not-asked'] as const;
/** Roles of the person concerned. */
export const PERSON_ROLES = ['victim', 'mis-en-cause', 'family', 'other'] as const;

/** A real calendar date `YYYY-MM-DD` (2024-02-30 is rejected). */
export const dateSchema = z.iso.date();

/**
 * A date field with its French description.
 *
 * @example
 * const obtained = dated("Date d'obtention du diplôme");
 */
export function dated(description: string): typeof dateSchema {
  return dateSchema.describe(`${description} (AAAA-MM-JJ)`);
}

/** A level in one of the two scales; the value must fit the scale (1969: I..V, CNCP: 1..8). */
export const levelSchema = z
  .strictObject({
    scale: z.enum(LEVEL_SCALES).describe('Échelle : nomenclature de 1969 ou cadre national des certifications (2019)'),
    value: z
      .union([z.string(), z.number()])
      .describe('Niveau : « I » à « V » (1969), 1 à 8 (CNCP 2019, nombre ou chiffre en texte)'),
  })
  .superRefine((level, ctx) => {
    if (normalizeLevel(level) === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], input: level.value, params: { key: 'level-out-of-scale', scale: level.scale } });
    }
  })
  .meta({
    description: "Niveau de qualification, dans l'échelle indiquée",
    allOf: [
      { if: { properties: { scale: { const: '1969' } } }, then: { properties: { value: { enum: [...LEVELS_1969] } } } },
      {
        if: { properties: { scale: { const: 'cncp-2019' } } },
        then: {
          properties: {
            value: {
              anyOf: [
                { type: 'integer', minimum: 1, maximum: 8 },
                { type: 'string', enum: ['1', '2', '3', '4', '5', '6', '7', '8'] },
              ],
            },
          },
        },
      },
    ],
  });

/** A diploma: a code, and for `OTHER` its label and level. */
export const diplomaSchema = z
  .strictObject({
    code: z.enum(DIPLOMA_CODES).describe('Code du diplôme (OTHER : préciser label et level)'),
    obtained: dated("Date d'obtention (les cinq DE du travail social obtenus à partir de 2021 sont de niveau 6)").optional(),
    label: z.string().min(1).describe('Intitulé du diplôme (obligatoire pour OTHER)').optional(),
    level: levelSchema.optional(),
  })
  .superRefine((diploma, ctx) => {
    if (diploma.code !== 'OTHER') return;
    for (const field of ['label', 'level'] as const) {
      if (diploma[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], input: undefined, params: { key: 'other-requires-field', field } });
      }
    }
  })
  .meta({
    description: 'Diplôme détenu ou exigé',
    if: { properties: { code: { const: 'OTHER' } }, required: ['code'] },
    // `properties` repeated so that strict validators (ajv strictRequired) accept the `required`.
    then: { properties: { label: true, level: true }, required: ['label', 'level'] },
  });
/** A diploma of the model. */
export type Diploma = z.infer<typeof diplomaSchema>;

/** An item of `qualifications.required`: a code (not a bare `OTHER`) or a diploma. */
export const requiredDiplomaSchema = z
  .union([
    z.enum(NAMED_DIPLOMA_CODES, {
      error: (issue) => (issue.input === 'OTHER' ? markIssue('bare-other') : undefined),
    }),
    diplomaSchema,
  ])
  .describe('Diplôme exigé : un code, ou un objet diplôme (obligatoire pour OTHER, avec label et level)');
/** An item of `qualifications.required`. */
export type RequiredDiploma = z.infer<typeof requiredDiplomaSchema>;

/** An employer. */
export const employerSchema = z
  .strictObject({
    kind: z
      .enum(EMPLOYER_KINDS)
      .describe('Nature de l’employeur ; tous sont publics sauf association'),
    name: z.string().describe('Nom de l’employeur').optional(),
  })
  .describe('Employeur');
/** An employer of the model. */
export type Employer = z.infer<typeof employerSchema>;

/** The person's consent. */
export const consentSchema = z
  .strictObject({
    status: z.enum(CONSENT_STATUSES).describe('Consentement : donné, refusé, retiré ou non demandé'),
    recordedOn: dated('Date à laquelle le consentement a été recueilli').optional(),
  })
  .describe('Consentement de la personne');

/** The person concerned. */
export const personSchema = z
  .strictObject({
    role: z.enum(PERSON_ROLES).describe('Rôle : victime, mis en cause, famille, autre'),
    minor: z.boolean().describe('La personne est mineure'),
    vulnerable: z
      .boolean()
      .describe("Personne hors d'état de se protéger en raison de son âge ou de son incapacité physique ou psychique")
      .optional(),
    conjugalViolenceVictim: z.boolean().describe('Victime de violences conjugales').optional(),
  })
  .describe('Personne concernée');
