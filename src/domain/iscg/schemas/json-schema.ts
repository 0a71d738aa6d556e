/**
 * JSON Schemas (draft 2020-12) of the structured subjects, generated from the zod schemas.
 * Built in memory (no file I/O: works in a browser bundle); `scripts/generate-schemas.ts`
 * writes the same objects to `schemas/*.schema.json`.
 * @module
 */
import { z } from 'zod';
import { actionSchema } from './action.js';
import { postSchema } from './post.js';
import { sharingSchema } from './sharing.js';

/** Base of the schemas' `$id`: a schema's id is `${SCHEMA_ID_BASE}${subject}.schema.json`. */
export const SCHEMA_ID_BASE = 'https://cadre.invalid/schemas/';

/** The structured subjects, which have a zod schema and a JSON Schema. */
export const STRUCTURED_SUBJECTS = ['post', 'action', 'sharing'] as const;
/** A structured subject. */
export type StructuredSubject = (typeof STRUCTURED_SUBJECTS)[number];

const SUBJECTS: Record<StructuredSubject, { schema: z.ZodType; title: string; description: string }> = {
  post: {
    schema: postSchema,
    title: 'Fiche de poste ISCG (structurée)',
    description:
      "Définition structurée d'un poste d'intervenant social en commissariat et gendarmerie " +
      '(document `kind: post`), vérifiée par les règles du cadre de référence de 2006.',
  },
  action: {
    schema: actionSchema,
    title: "Acte de l'intervenant social",
    description:
      "Un acte de l'intervenant social dans une situation (document `kind: action`) : nature, " +
      'personne concernée, consentement, instructions reçues, suivi.',
  },
  sharing: {
    schema: sharingSchema,
    title: "Transmission d'informations",
    description:
      "Une transmission d'informations sur une personne (document `kind: sharing`) : émetteur, " +
      'destinataire, finalité, fondement juridique, contenu.',
  },
};

/**
 * The JSON Schema of a subject, with `$schema`, `$id`, `title` and `description` first.
 *
 * @example
 * const schema = buildSubjectJsonSchema('action');
 * schema.$id;                  // 'https://cadre.invalid/schemas/action.schema.json'
 * schema.additionalProperties; // false
 */
export function buildSubjectJsonSchema(subject: StructuredSubject): Record<string, unknown> {
  const { schema, title, description } = SUBJECTS[subject];
  const generated: Record<string, unknown> = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  });
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_ID_BASE}${subject}.schema.json`, title, description, ...rest };
}
