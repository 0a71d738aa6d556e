/**
 * The ISCG domain as the engine sees it: its subjects (post, action, sharing, post-text)
 * and the text operators. The one registration point between `core` and the ISCG model.
 * @module
 */
import type { DomainDefinition } from '../../core/types.js';
// Not through text/index.ts: that one also exports the file extractors (Node only), and the
// domain must stay bundlable for a browser.
import { postTextSubject } from '../../text/subject.js';
import { textOperators } from '../../text/operators.js';
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
