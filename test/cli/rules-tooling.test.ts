/**
 * The generic helpers behind `cadre rules`: the seeded document generator, the rule diff, the
 * version policy. On the toy domain (core knows nothing of ISCG).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDocuments } from '../../src/core/rules-tooling/generate-documents.js';
import { seededRandom } from '../../src/core/rules-tooling/random.js';
import { canonical, diffRulesets, diffValues, type RulesetDiff } from '../../src/core/rules-tooling/diff-rules.js';
import { checkSemver, versionBump } from '../../src/core/rules-tooling/semver-policy.js';
import type { VerdictDiff } from '../../src/core/rules-tooling/diff-verdicts.js';
import { idMatchesSubject, RULE_ID_PATTERN } from '../../src/core/rules-tooling/maintenance-checks.js';
import { loadRulesetDir } from '../../src/core/loader/load-ruleset.js';
import { orderSubject, toyDomain } from '../support/toy-domain.js';

const noVerdicts: VerdictDiff = { checked: 0, byOrigin: { example: 0, test: 0, generated: 0 }, changes: [], byRule: [] };

describe('generateDocuments', () => {
  it('gives valid documents, the same for the same seed, others for another seed', () => {
    const a = generateDocuments(orderSubject, 300, 1);
    expect(a.documents).toHaveLength(300);
    for (const d of a.documents) expect(orderSubject.parse(d, 'fr').ok).toBe(true);
    expect(generateDocuments(orderSubject, 300, 1).documents).toEqual(a.documents);
    expect(generateDocuments(orderSubject, 300, 2).documents).not.toEqual(a.documents);
    expect(new Set(a.documents.map((d) => canonical(d))).size).toBeGreaterThan(100);
  });

  it('never throws and stays valid for any seed and count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 30 }), (seed, n) => {
        const g = generateDocuments(orderSubject, n, seed);
        return g.documents.length === n && g.documents.every((d) => orderSubject.parse(d, 'fr').ok);
      }),
      { numRuns: 50 },
    );
  });

  it('gives nothing for a subject whose schema is not an object (free text)', () => {
    expect(generateDocuments({ ...orderSubject, jsonSchema: { type: 'string' }, exampleBase: {} }, 10, 1).documents).toEqual([]);
  });

  it('seededRandom is reproducible and in range', () => {
    const r = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => r.int(3, 7));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(7);
    const again = seededRandom(42);
    expect(Array.from({ length: 1000 }, () => again.int(3, 7))).toEqual(xs);
  });
});

describe('diffRulesets', () => {
  it('finds the rules added, removed and changed, with the changed fields', async () => {
    const base = await loadRulesetDir('test/fixtures/toy-rules', [toyDomain]);
    const head = structuredClone(base);
    head.rules = head.rules.filter((r) => r.id !== 'order/untagged');
    head.rules.push({ ...structuredClone(base.rules[2]!), id: 'order/new-one' });
    const tooMany = head.rules.find((r) => r.id === 'order/too-many')!;
    tooMany.cases[1]!.severity = 'error';
    tooMany.title.fr = 'Trop !';
    const d = diffRulesets(base, head);
    expect(d.rules.map((r) => [r.id, r.status])).toEqual([
      ['order/new-one', 'added'],
      ['order/too-many', 'changed'],
      ['order/untagged', 'removed'],
    ]);
    expect(d.rules[1]!.fields).toEqual([
      { path: 'title.fr', before: "Trop d'articles", after: 'Trop !' },
      { path: 'cases[1].severity', before: 'warning', after: 'error' },
    ]);
    const check = checkSemver(d, noVerdicts);
    expect(check.required).toBe('major');
    expect(check.reasons.map((r) => r.bump).sort()).toEqual(['major', 'major', 'minor', 'patch']);
  });

  it('compares conditions as a whole and ignores key order', () => {
    expect(diffValues({ when: { all: [{ fact: 'a' }] } }, { when: { all: [{ fact: 'b' }] } }, '')).toEqual([{ path: 'when', before: { all: [{ fact: 'a' }] }, after: { all: [{ fact: 'b' }] } }]);
    expect(diffValues({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 }, '')).toEqual([]);
  });
});

describe('version policy', () => {
  const diff = (fields: RulesetDiff['rules'][number]['fields'], before = '1.0.0', after = '1.0.0'): RulesetDiff => ({
    version: { before, after },
    rules: [{ id: 'action/short-term', status: 'changed', subject: 'action', fields }],
    editions: [],
    ruleset: [],
  });
  it.each([
    [[{ path: 'params.maxFollowUpDays.default', before: 90, after: 30 }], 'major'],
    [[{ path: 'cases[0].severity', before: 'warning', after: 'error' }], 'major'],
    [[{ path: 'cases[0].severity', before: 'error', after: 'warning' }], 'minor'],
    [[{ path: 'cases[0].when', before: {}, after: { all: [] } }], 'minor'],
    [[{ path: 'params.maxFollowUpDays.maximum', after: 365 }], 'minor'],
    [[{ path: 'title.en', before: 'a', after: 'b' }], 'patch'],
    [[{ path: 'cases[0].message.fr', before: 'a', after: 'b' }], 'patch'],
    [[{ path: 'sources', before: [], after: [] }], 'patch'],
  ] as const)('%j requires a %s step', (fields, bump) => {
    expect(checkSemver(diff([...fields]), noVerdicts).required).toBe(bump);
  });

  it('accepts a large enough step, refuses a small one or a downgrade; 0.y.z needs only a minor step', () => {
    const major = [{ path: 'params.maxFollowUpDays.default', before: 90, after: 30 }];
    expect(checkSemver(diff(major, '1.4.2', '2.0.0'), noVerdicts).ok).toBe(true);
    expect(checkSemver(diff(major, '1.4.2', '1.5.0'), noVerdicts).ok).toBe(false);
    expect(checkSemver(diff(major, '0.4.2', '0.5.0'), noVerdicts).ok).toBe(true);
    expect(checkSemver(diff([], '1.0.0', '0.9.0'), noVerdicts).ok).toBe(false);
    const flips = { ...noVerdicts, changes: [{ doc: { label: 'x', origin: 'test' as const, subject: 'action', document: {} }, before: { outcome: 'compliant' as const, findings: [] }, after: { outcome: 'compliant' as const, findings: ['a:warning'] }, gained: ['a'], lost: [], severityChanged: [] }] };
    expect(checkSemver(diff([{ path: 'title.en', before: 'a', after: 'b' }], '1.0.0', '1.0.1'), flips)).toMatchObject({ required: 'minor', ok: false });
  });

  it('versionBump names the step', () => {
    expect([versionBump('1.2.3', '2.0.0'), versionBump('1.2.3', '1.3.0'), versionBump('1.2.3', '1.2.4'), versionBump('1.2.3', '1.2.3'), versionBump('1.2.3', '1.2.2'), versionBump('x', '1.0.0')]).toEqual(['major', 'minor', 'patch', 'none', 'downgrade', 'invalid']);
  });
});

describe('rule ids', () => {
  it('are subject/kebab-case, the prefix naming the subject or one of its words', () => {
    expect(RULE_ID_PATTERN.test('action/no-police-orders')).toBe(true);
    expect(RULE_ID_PATTERN.test('action/NoPolice')).toBe(false);
    expect(idMatchesSubject('text/inquiry-tasks', 'post-text')).toBe(true);
    expect(idMatchesSubject('sharing/x', 'action')).toBe(false);
  });
});
