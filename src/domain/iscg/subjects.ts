/**
 * The structured subjects of the ISCG domain (`post`, `action`, `sharing`) as the engine sees
 * them: parser, top-level fields, derived facts, JSON Schema and base example. Nothing here loads
 * zod: fields and JSON Schemas are generated from the zod schemas (`npm run generate`), and the
 * parser runs zod only for a document that the generated fast parser refuses.
 * @module
 */
import type { SubjectDefinition } from '../../core/types.js';
import { BASE_ACTION, BASE_POST, BASE_SHARING } from './base-documents.js';
import { actionFacts } from './facts/action.js';
import { postFacts } from './facts/post.js';
import { sharingFacts } from './facts/sharing.js';
import { SUBJECT_FIELDS } from './parse/generated/fast-parsers.js';
import { SUBJECT_JSON_SCHEMAS } from './parse/generated/json-schemas.js';
import { structuredParser } from './parse/structured.js';
import { preloadZod } from './parse/zod-parser.js';

// zod words the errors of invalid documents; it loads in the background (on demand in the CLI).
preloadZod();

/**
 * The `post` subject: a structured fiche de poste, dated by `effectiveDate`.
 *
 * @example
 * postSubject.parse({ kind: 'post' }, 'fr').ok; // false (id, employer… missing)
 */
export const postSubject: SubjectDefinition = {
  name: 'post',
  parse: structuredParser('post'),
  dateField: 'effectiveDate',
  fields: SUBJECT_FIELDS.post,
  facts: postFacts,
  jsonSchema: SUBJECT_JSON_SCHEMAS.post,
  exampleBase: BASE_POST,
  exportable: true,
};

/**
 * The `action` subject: one act of the social worker, dated by `date`.
 *
 * @example
 * actionSubject.facts['followUpDays']?.compute(
 *   { date: '2024-03-01', followUp: { startedOn: '2024-02-01', handOffPlanned: false } },
 *   { asOf: '2024-03-01' },
 * ); // 29
 */
export const actionSubject: SubjectDefinition = {
  name: 'action',
  parse: structuredParser('action'),
  dateField: 'date',
  fields: SUBJECT_FIELDS.action,
  facts: actionFacts,
  jsonSchema: SUBJECT_JSON_SCHEMAS.action,
  exampleBase: BASE_ACTION,
  exportable: true,
};

/**
 * The `sharing` subject: one disclosure of information about a person, dated by `date`.
 *
 * @example
 * sharingSubject.fields.includes('legalBasis'); // true
 */
export const sharingSubject: SubjectDefinition = {
  name: 'sharing',
  parse: structuredParser('sharing'),
  dateField: 'date',
  fields: SUBJECT_FIELDS.sharing,
  facts: sharingFacts,
  jsonSchema: SUBJECT_JSON_SCHEMAS.sharing,
  exampleBase: BASE_SHARING,
  exportable: true,
};
