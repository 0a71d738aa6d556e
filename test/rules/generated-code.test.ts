/**
 * The checker's generated code (one function per subject and edition) and the closures it
 * replaces give the same reports, byte for byte, on generated documents of every subject — the
 * closures are what runs where a Content Security Policy forbids generating code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRulesetFor } from '../../src/core/compile/compile-ruleset.js';
import { runCheck } from '../../src/core/check.js';
import { compileRuleset, iscgDomain } from '../../src/index.js';
import { actionArb, postArb, sharingArb } from '../support/iscg-arbitraries.js';

const ruleset = compileRuleset().ruleset;
const generated = compileRulesetFor(ruleset, iscgDomain);
const closures = compileRulesetFor(ruleset, iscgDomain, {}, { generateCode: false });
const strict = { 'action/short-term': { maxFollowUpDays: 30 } };
const generatedStrict = compileRulesetFor(ruleset, iscgDomain, strict);
const closuresStrict = compileRulesetFor(ruleset, iscgDomain, strict, { generateCode: false });

describe('generated checker ≡ closures', () => {
  for (const [subject, arb] of [['post', postArb], ['action', actionArb], ['sharing', sharingArb]] as const) {
    it(`gives the same ${subject} reports (French and English, verbose, with parameters)`, () => {
      expect(closures.subjects.get(subject)?.evaluators.get('2006')).toBeUndefined();
      expect(generated.subjects.get(subject)?.evaluators.get('2006')).toBeTypeOf('function');
      fc.assert(
        fc.property(arb, fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (doc, lang) => {
          expect(runCheck(generated, subject, doc, { lang, verbose: true })).toEqual(runCheck(closures, subject, doc, { lang, verbose: true }));
          expect(runCheck(generatedStrict, subject, doc, { lang })).toEqual(runCheck(closuresStrict, subject, doc, { lang }));
        }),
        { numRuns: subject === 'post' ? 1500 : 3000 },
      );
    });
  }
});
