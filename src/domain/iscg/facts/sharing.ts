/**
 * Derived facts of the `sharing` subject: the sender's secrecy, public employer.
 * @module
 */
import type { DerivedFact } from '../../../core/types.js';
import { defineFact, isPublicEmployerKind, read, readList } from './read.js';

/** The sender's secrecy as the rules see it. */
export type SecretStatus = 'profession' | 'mission' | 'none';

/**
 * The sender's secrecy: `from.secretBound` when given; otherwise `profession` for a holder of
 * the DEASS (secret by profession, CASF L.411-3), else `none` — a secrecy by mission (child
 * welfare, CASF L.221-6) depends on the post, not the diploma, and must be stated.
 *
 * @example
 * deriveSecretStatus({ from: { employer: { kind: 'ccas' }, diplomas: [{ code: 'DEASS' }] } }); // 'profession'
 * deriveSecretStatus({ from: { employer: { kind: 'ccas' }, diplomas: [{ code: 'DEES' }] } });  // 'none'
 */
export function deriveSecretStatus(document: Record<string, unknown>): SecretStatus {
  const stated = read(document, 'from', 'secretBound');
  if (stated === 'profession' || stated === 'mission' || stated === 'none') return stated;
  const diplomas = readList(document, 'from', 'diplomas') ?? [];
  return diplomas.some((diploma) => read(diploma, 'code') === 'DEASS') ? 'profession' : 'none';
}

/** Derived facts of a sharing, by name (rule files use these names). */
export const sharingFacts: Record<string, DerivedFact> = {
  secretStatus: defineFact(
    "Secret auquel l'émetteur est tenu : from.secretBound s'il est donné, sinon profession pour un DEASS, sinon none",
    (document) => deriveSecretStatus(document),
  ),
  senderEmployerIsPublic: defineFact("L'employeur de l'émetteur est public (tout employeur sauf une association)", (document) =>
    isPublicEmployerKind(read(document, 'from', 'employer', 'kind')),
  ),
};
