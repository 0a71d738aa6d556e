/**
 * The ISCG input model: zod schemas of the structured subjects, their parsers, JSON Schemas,
 * diploma and level tables, derived facts, base documents.
 * @module
 */
export { actionSubject, postSubject, sharingSubject } from './subjects.js';
export { parseAction, parsePost, parseSharing, parseWithSchema } from './parse/parse.js';
export {
  CONSENT_STATUSES, DIPLOMA_CODES, EMPLOYER_KINDS, NAMED_DIPLOMA_CODES, PERSON_ROLES,
  consentSchema, dateSchema, diplomaSchema, employerSchema, levelSchema, personSchema, requiredDiplomaSchema,
  type Diploma, type DiplomaCode, type Employer, type RequiredDiploma,
} from './schemas/common.js';
export {
  BENEFICIARIES, CONVENTION_PARTIES, FRAMEWORK_MISSIONS, FUNCTIONAL_AUTHORITY_KINDS, HIERARCHICAL_AUTHORITY_KINDS,
  MISSIONS, OUTSIDE_MISSIONS, REFERRAL_SOURCES, UNIT_KINDS, postSchema, type Post,
} from './schemas/post.js';
export {
  ACTION_TYPES, CHILD_PROTECTION_REFERRALS, INITIATORS, INSTRUCTOR_KINDS, PROCEDURE_STAGES, REQUESTERS,
  actionSchema, type Action,
} from './schemas/action.js';
export {
  CONTENT_CATEGORIES, LEGAL_BASES, PERSON_INFORMED, PURPOSES, RECIPIENT_KINDS, REQUISITION_AUTHORITIES, SECRET_BOUNDS,
  sharingSchema, type Sharing,
} from './schemas/sharing.js';
export { SCHEMA_ID_BASE, STRUCTURED_SUBJECTS, buildSubjectJsonSchema, type StructuredSubject } from './schemas/json-schema.js';
export {
  DE_REFORM_FIRST_DIPLOMAS, DIPLOMA_LABELS, DIPLOMA_LABELS_EN, SOCIAL_WORK_DE, codeOf, diplomaLabel, isSocialWorkDE,
  levelAt, reachesThreshold, type DiplomaInput, type SocialWorkDE,
} from './diplomas.js';
export {
  CNCP_START, LEVELS_1969, LEVEL_SCALES, convertLevel, meetsThreshold, normalizeLevel, scaleAt, to1969, toCncp,
  type Level, type Level1969, type LevelScale,
} from './levels.js';
export { dayNumber, daysBetween, isCalendarDate } from './dates.js';
export { postFacts } from './facts/post.js';
export { actionFacts } from './facts/action.js';
export { deriveSecretStatus, sharingFacts, type SecretStatus } from './facts/sharing.js';
export { BASE_ACTION, BASE_DOCUMENTS, BASE_POST, BASE_SHARING } from './base-documents.js';
export { mergeExample } from './merge-example.js';
