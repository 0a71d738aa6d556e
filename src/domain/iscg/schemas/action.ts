/**
 * `kind: action` — one act of the social worker in a case, MODEL.md.
 * @module
 */
import { z } from 'zod';
import { consentSchema, dated, diplomaSchema, employerSchema, personSchema } from './common.js';

/** Types of act. */
export const ACTION_TYPES = [
  'reception', 'listening', 'evaluation', 'information', 'orientation', 'proximity-intervention',
  'mediation', 'accompaniment', 'home-visit', 'hand-off', 'hearing-accompaniment',
  'child-protection-referral', 'complaint-intake', 'hearing-participation', 'procedure-writing',
  'evidence-gathering', 'procedure-software', 'summons',
] as const;
/** Who initiated the case. */
export const INITIATORS = ['person', 'police', 'gendarmerie', 'external-service', 'worker', 'judicial'] as const;
/** Who asked for this act. */
export const REQUESTERS = ['person', 'worker', 'police', 'gendarmerie', 'judicial', 'external-service'] as const;
/** Who may give an instruction. */
export const INSTRUCTOR_KINDS = ['employer', 'police', 'gendarmerie', 'judicial'] as const;
/** Stages of a criminal procedure. */
export const PROCEDURE_STAGES = ['none', 'enquete-preliminaire', 'flagrance', 'instruction', 'garde-a-vue'] as const;
/** Child-protection referrals. */
export const CHILD_PROTECTION_REFERRALS = ['none', 'information-preoccupante', 'signalement'] as const;

const optionalFlag = (description: string) => z.boolean().describe(description).optional();

/** Schema of an `action` document. */
export const actionSchema = z.strictObject({
  kind: z.literal('action').describe("Sujet du document : action (un acte de l'intervenant)").optional(),
  date: dated("Date de l'acte"),
  type: z.enum(ACTION_TYPES).describe("Nature de l'acte"),
  worker: z
    .strictObject({
      employer: employerSchema,
      diplomas: z.array(diplomaSchema).describe("Diplômes de l'intervenant").optional(),
    })
    .describe("L'intervenant social")
    .optional(),
  person: personSchema,
  consent: consentSchema,
  initiatedBy: z.enum(INITIATORS).describe('Origine de la prise en charge').optional(),
  requestedBy: z.enum(REQUESTERS).describe('Qui a demandé cet acte').optional(),
  instructedBy: z
    .strictObject({
      kind: z.enum(INSTRUCTOR_KINDS).describe("Qui a donné l'instruction"),
      hierarchical: z.boolean().describe('Instruction donnée comme un ordre hiérarchique'),
    })
    .describe('Instruction reçue')
    .optional(),
  coercion: z
    .strictObject({
      mandatory: optionalFlag('Rendez-vous ou entretien imposé'),
      conditionsPoliceHelp: optionalFlag("L'aide des forces de l'ordre est conditionnée à l'entretien"),
      visitWithoutConsent: optionalFlag('Visite sans le consentement de la personne'),
    })
    .describe('Contrainte exercée sur la personne')
    .optional(),
  procedure: z
    .strictObject({
      stage: z.enum(PROCEDURE_STAGES).describe('Stade de la procédure pénale'),
      roleInProcedure: optionalFlag("L'intervenant joue un rôle dans la procédure"),
    })
    .describe('Procédure pénale en cours')
    .optional(),
  followUp: z
    .strictObject({
      startedOn: dated('Début du suivi'),
      handOffPlanned: z.boolean().describe('Un relais vers les services de droit commun est prévu'),
    })
    .describe('Suivi de la personne')
    .optional(),
  situation: z
    .strictObject({
      minorInDanger: optionalFlag('Un mineur est en danger ou en risque de l’être'),
      imminentDanger: optionalFlag('Péril imminent pour une personne'),
    })
    .describe('Situation constatée')
    .optional(),
  childProtection: z
    .strictObject({
      referral: z.enum(CHILD_PROTECTION_REFERRALS).describe('Information préoccupante ou signalement transmis'),
    })
    .describe("Protection de l'enfance")
    .optional(),
});
/** An `action` document. */
export type Action = z.infer<typeof actionSchema>;
