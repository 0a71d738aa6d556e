/** Compiled checker ≡ json-rules-engine on generated sharing documents (one file per subject: they run in parallel). */
import { describe, expect, it } from 'vitest';
import { sharingArb } from '../support/iscg-arbitraries.js';
import { AGREEMENT_RUNS, checkAgreement } from '../support/agreement.js';

describe('compiled checker ≡ json-rules-engine', () => {
  it(`agrees on ${AGREEMENT_RUNS} generated sharing documents, and every rule case is reached`, async () => {
    expect(await checkAgreement('sharing', sharingArb), 'rule cases never reached by the generator').toEqual([]);
  });
});
