/** Compiled checker ≡ json-rules-engine on generated action documents (one file per subject: they run in parallel). */
import { describe, expect, it } from 'vitest';
import { actionArb } from '../support/iscg-arbitraries.js';
import { AGREEMENT_RUNS, checkAgreement } from '../support/agreement.js';

describe('compiled checker ≡ json-rules-engine', () => {
  it(`agrees on ${AGREEMENT_RUNS} generated action documents, and every rule case is reached`, async () => {
    expect(await checkAgreement('action', actionArb), 'rule cases never reached by the generator').toEqual([]);
  });
});
