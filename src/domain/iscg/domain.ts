/**
 * The ISCG domain as the engine sees it: its subjects (post, action, sharing, post-text)
 * and the text operators. The one registration point between `core` and the ISCG model.
 * @module
 */
import type { DomainDefinition } from '../../core/types.js';
import { postTextSubject, textOperators } from '../../text/index.js';
import { actionSubject, postSubject, sharingSubject } from './subjects.js';

/**
 * The ISCG domain definition.
 * @example
 * iscgDomain.subjects.map((s) => s.name); // ['post', 'action', 'sharing', 'post-text']
 */
export const iscgDomain: DomainDefinition = {
  name: 'iscg',
  subjects: [{ ...postSubject, linkedText: { field: 'description', subject: 'post-text' } }, actionSubject, sharingSubject, postTextSubject],
  operators: [...textOperators],
};
