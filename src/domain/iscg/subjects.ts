/**
 * The structured subjects of the ISCG domain (`post`, `action`, `sharing`) as the engine sees
 * them: parser, top-level fields, derived facts, JSON Schema and base example.
 * @module
 */
import type { SubjectDefinition } from '../../core/types.js';
import { BASE_ACTION, BASE_POST, BASE_SHARING } from './base-documents.js';
import { actionFacts } from './facts/action.js';
import { postFacts } from './facts/post.js';
import { sharingFacts } from './facts/sharing.js';
import { parseAction, parsePost, parseSharing } from './parse/parse.js';
import { actionSchema } from './schemas/action.js';
import { buildSubjectJsonSchema } from './schemas/json-schema.js';
import { postSchema } from './schemas/post.js';
import { sharingSchema } from './schemas/sharing.js';

/**
 * The `post` subject: a structured fiche de poste, dated by `effectiveDate`.
 *
 * @example
 * postSubject.parse({ kind: 'post' }, 'fr').ok; // false (id, employer… missing)
 */
export const postSubject: SubjectDefinition = {
  name: 'post',
  parse: parsePost,
  dateField: 'effectiveDate',
  fields: Object.freeze(Object.keys(postSchema.shape)),
  facts: postFacts,
  jsonSchema: buildSubjectJsonSchema('post'),
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
  parse: parseAction,
  dateField: 'date',
  fields: Object.freeze(Object.keys(actionSchema.shape)),
  facts: actionFacts,
  jsonSchema: buildSubjectJsonSchema('action'),
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
  parse: parseSharing,
  dateField: 'date',
  fields: Object.freeze(Object.keys(sharingSchema.shape)),
  facts: sharingFacts,
  jsonSchema: buildSubjectJsonSchema('sharing'),
  exampleBase: BASE_SHARING,
  exportable: true,
};
