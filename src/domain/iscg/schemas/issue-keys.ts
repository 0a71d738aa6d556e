/**
 * Keys of the domain-specific validation problems. The schemas attach a key to an issue (in
 * `params.key` of a custom issue, or as a marked message); `parse/messages.ts` turns it into a
 * French or English sentence. No human text lives in the schemas' issues.
 * @module
 */

/** A validation problem that zod has no code for. */
export type IssueKey = 'bare-other' | 'other-requires-field' | 'level-out-of-scale';

/** Prefix of a message that is a key to translate, not a text (set by a schema's own `error`). */
export const ISSUE_KEY_MARKER = 'cadre-issue:';

/**
 * The marked message of a key, for a schema's `error` option.
 *
 * @example
 * markIssue('bare-other'); // 'cadre-issue:bare-other'
 */
export function markIssue(key: IssueKey): string {
  return `${ISSUE_KEY_MARKER}${key}`;
}

/**
 * The key of a marked message, or `undefined` for an ordinary message.
 *
 * @example
 * issueKeyOf('cadre-issue:bare-other'); // 'bare-other'
 * issueKeyOf('Invalid input');          // undefined
 */
export function issueKeyOf(message: unknown): IssueKey | undefined {
  if (typeof message !== 'string' || !message.startsWith(ISSUE_KEY_MARKER)) return undefined;
  const key = message.slice(ISSUE_KEY_MARKER.length);
  return isIssueKey(key) ? key : undefined;
}

/**
 * Whether a string is one of the issue keys.
 *
 * @example
 * isIssueKey('level-out-of-scale'); // true
 */
export function isIssueKey(value: unknown): value is IssueKey {
  return value === 'bare-other' || value === 'other-requires-field' || value === 'level-out-of-scale';
}
