/**
 * Bad input never throws: every validate* function returns a report for any JSON value,
 * never pollutes prototypes, and names the place of each problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, lintPostText, validateAction, validatePost, validateSharing } from '../../src/index.js';
import { arbitraryJsonArb } from '../support/iscg-arbitraries.js';

const FUNCTIONS = { validatePost, validateAction, validateSharing, check, lintPostText };

describe('bad input', () => {
  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    it(`${name} returns a report for any JSON value and never throws`, () => {
      fc.assert(
        fc.property(arbitraryJsonArb, fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (value, lang) => {
          const report = fn(value, { lang });
          expect(report.reportVersion).toBe(1);
          expect(['compliant', 'non-compliant', 'needs-review', 'invalid-input']).toContain(report.outcome);
          if (report.outcome === 'invalid-input') {
            expect(report.inputErrors.length).toBeGreaterThan(0);
            for (const e of report.inputErrors) expect(e.pointer === '' || e.pointer.startsWith('/')).toBe(true);
          }
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('reports __proto__ and constructor keys as unknown keys, without pollution', () => {
    const input = JSON.parse('{"kind":"action","date":"2025-01-10","type":"listening","person":{"role":"victim","minor":false},"consent":{"status":"given"},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    const report = validateAction(input);
    expect(report.outcome).toBe('invalid-input');
    expect(report.inputErrors.map((e) => e.pointer).sort()).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names each problem by JSON pointer, in French by default and in English on request', () => {
    const bad = { kind: 'sharing', date: '2025-01-10', from: { employer: { kind: 'polis' } }, to: { kind: 'police' }, purpose: 'investigation', legalBasis: 'none', person: { role: 'victim', minor: false }, content: { categories: ['identity'] }, extra: 1 };
    const fr = validateSharing(bad);
    expect(fr.outcome).toBe('invalid-input');
    expect(fr.inputErrors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/from/employer/kind', '/content/strictlyNecessary', '/extra']));
    expect(fr.inputErrors.find((e) => e.pointer === '/from/employer/kind')?.message).toMatch(/polis/);
    const en = validateSharing(bad, { lang: 'en' });
    expect(en.inputErrors.map((e) => e.message).join(' ')).not.toEqual(fr.inputErrors.map((e) => e.message).join(' '));
  });

  it('gives invalid-input at /date before the 2006 edition, saying when it starts', () => {
    const report = validateAction({ kind: 'action', date: '2006-12-20', type: 'listening', person: { role: 'victim', minor: false }, consent: { status: 'given' } });
    expect(report.outcome).toBe('invalid-input');
    expect(report.inputErrors).toEqual([{ pointer: '/date', message: expect.stringContaining('2006-12-21') }]);
    const post = validatePost({ kind: 'post', id: 'p', effectiveDate: '2005-01-01', employer: { kind: 'departement' }, hierarchicalAuthority: { kind: 'employer' }, missions: [] });
    expect(post.inputErrors[0]?.pointer).toBe('/effectiveDate');
  });

  it('check() asks for a kind', () => {
    expect(check({ date: '2025-01-01' }).inputErrors).toEqual([{ pointer: '/kind', message: expect.stringContaining('kind') }]);
    expect(check([]).inputErrors[0]?.pointer).toBe('');
  });
});
