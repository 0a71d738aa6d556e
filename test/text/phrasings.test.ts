/**
 * Phrasings the linter had not seen when it was written: each passage of phrasings.ts gets, for
 * every rule it names, the verdict of a careful reviewer applying the catalogue (fires with that
 * severity, or not). Affirmed, negated, excluded, quoted, all-caps, inclusive-writing and
 * one-line-list forms of all eleven text/ rules.
 */
import { describe, expect, it } from 'vitest';
import { PHRASINGS, RULE, type RuleKey } from './phrasings.js';
import { lint } from './support.js';

describe('phrasings of fiches de poste, judged as the catalogue defines each rule', () => {
  it('has at least 150 passages covering every text/ rule, both firing and not', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
    for (const key of Object.keys(RULE) as RuleKey[]) {
      const verdicts = PHRASINGS.map(([, expected]) => expected[key]).filter((v) => v !== undefined);
      expect(verdicts.filter((v) => v !== null).length, key).toBeGreaterThanOrEqual(3);
      expect(verdicts.filter((v) => v === null).length, key).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(PHRASINGS.map(([text, expected]) => [text, expected] as const))('%s', async (text, expected) => {
    const findings = (await lint(text)).findings;
    const got: Record<string, string | null> = {};
    for (const key of Object.keys(expected) as RuleKey[]) {
      got[key] = findings.find((f) => f.ruleId === RULE[key])?.severity ?? null;
    }
    expect(got).toEqual(expected);
  });
});
