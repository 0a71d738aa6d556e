/**
 * `kind: sharing` — one disclosure of information about a person, MODEL.md.
 * @module
 */
import { z } from 'zod';
import { consentSchema, dated, diplomaSchema, employerSchema, personSchema } from './common.js';

/** Kinds of secrecy the sender is bound by. */
export const SECRET_BOUNDS = ['profession', 'mission', 'none'] as const;
/** Recipients. */
export const RECIPIENT_KINDS = [
  'police', 'gendarmerie', 'procureur', 'juge', 'crip', 'pcd', 'mayor', 'prefet',
  'sector-social-services', 'child-protection-professional', 'health-professional', 'statistics', 'other',
] as const;
/** Purposes of a disclosure. */
export const PURPOSES = [
  'investigation', 'child-protection', 'coordination', 'hand-off', 'danger-prevention',
  'requisition-response', 'statistics', 'other',
] as const;
/** Legal bases, in today's numbering of the articles. */
export const LEGAL_BASES = [
  'consent', 'cp-226-14-1', 'cp-226-14-2', 'cp-226-14-3', 'cp-226-14-4', 'cp-223-6', 'casf-l226-2-1',
  'casf-l226-2-2', 'casf-l226-4', 'casf-l121-6-2', 'cpp-40', 'requisition', 'none',
] as const;
/** Categories of information disclosed. */
export const CONTENT_CATEGORIES = [
  'identity', 'contact', 'address', 'social-situation', 'family-situation', 'health', 'offence',
  'interview-notes', 'need-for-coordination', 'aggregate-statistics', 'weapon-danger',
] as const;
/** Whether the person (for a minor: the parents) was told. */
export const PERSON_INFORMED = ['informed', 'not-informed', 'contrary-to-interest'] as const;
/** Authorities that issue a requisition. */
export const REQUISITION_AUTHORITIES = ['opj', 'procureur', 'juge'] as const;

const category = z.enum(CONTENT_CATEGORIES);

/** Schema of a `sharing` document. */
export const sharingSchema = z.strictObject({
  kind: z.literal('sharing').describe("Sujet du document : sharing (une transmission d'informations)").optional(),
  date: dated('Date de la transmission'),
  from: z
    .strictObject({
      employer: employerSchema,
      diplomas: z.array(diplomaSchema).describe("Diplômes de l'émetteur").optional(),
      secretBound: z
        .enum(SECRET_BOUNDS)
        .describe('Secret auquel l’émetteur est tenu ; à défaut : profession pour un DEASS, sinon none')
        .optional(),
    })
    .describe("Émetteur de l'information"),
  to: z
    .strictObject({
      kind: z.enum(RECIPIENT_KINDS).describe('Destinataire'),
      boundBySecret: z.boolean().describe('Le destinataire est lui-même tenu au secret').optional(),
    })
    .describe("Destinataire de l'information"),
  purpose: z.enum(PURPOSES).describe('Finalité de la transmission'),
  legalBasis: z.enum(LEGAL_BASES).describe('Fondement juridique (numérotation actuelle des articles)'),
  person: personSchema,
  consent: consentSchema.optional(),
  content: z
    .strictObject({
      categories: z.array(category).describe("Catégories d'informations transmises"),
      strictlyNecessary: z.boolean().describe('Limité au strict nécessaire'),
    })
    .describe('Contenu transmis'),
  personInformed: z
    .enum(PERSON_INFORMED)
    .describe('La personne (pour un mineur : ses parents) a été informée')
    .optional(),
  requisition: z
    .strictObject({
      written: z.boolean().describe('Réquisition écrite'),
      authority: z.enum(REQUISITION_AUTHORITIES).describe('Autorité requérante'),
      documents: z.array(category).describe("Catégories d'informations visées par la réquisition"),
    })
    .describe('Réquisition reçue')
    .optional(),
  copyToPcd: z
    .boolean()
    .describe('Copie au président du conseil départemental du signalement direct au procureur')
    .optional(),
});
/** A `sharing` document. */
export type Sharing = z.infer<typeof sharingSchema>;
