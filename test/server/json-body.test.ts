/**
 * The JSON body reader: the scanner that places a syntax error agrees with JSON.parse (it finds
 * an error exactly where JSON.parse refuses, and none in what it accepts), at any depth.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, locateSyntaxError, parseJsonBody } from '../../src/server/json-body.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('parseJsonBody', () => {
  it('gives the value of valid JSON, a byte-order mark at the start allowed', () => {
    expect(parseJsonBody('{"kind": "action", "n": [1, 2.5e3, null, true]}', 'fr')).toEqual({ ok: true, value: { kind: 'action', n: [1, 2500, null, true] } });
    expect(parseJsonBody('\uFEFF{"kind": "post"}', 'fr')).toEqual({ ok: true, value: { kind: 'post' } });
  });

  it('places the error of a truncated or damaged document, at any depth, quickly', () => {
    const deep = '['.repeat(200_000);
    const started = Date.now();
    const result = parseJsonBody(deep, 'en');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('Malformed JSON (line 1, column 200001): the document ends too early, expected a value (object, array, string, number, true, false or null).');
  });

  it('finds an error in every text JSON.parse refuses, within the text', () => {
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '}', ']', ',', ':', '"', "'", '\n', 'x', '-', '\\')).map(([json, at, insert]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0));
    });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string()), (text) => {
        fc.pre(!parses(text) && text.trim() !== '');
        const problem = locateSyntaxError(text);
        expect(problem.index).toBeGreaterThanOrEqual(0);
        expect(problem.index).toBeLessThanOrEqual(text.length);
        // no earlier error: what comes before is a valid beginning of a document (inside a string for these two)
        if (problem.kind !== 'control-character' && problem.kind !== 'bad-escape') expect(locateSyntaxError(text.slice(0, problem.index)).index).toBe(problem.index);
        else expect(text[problem.index] === '\\' || text.charCodeAt(problem.index) < 0x20).toBe(true);
        const result = parseJsonBody(text, 'fr');
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.status).toBe(400);
          expect(result.error.message).toMatch(/^JSON mal formé \(ligne \d+, colonne \d+\) : /);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseJsonBody(text, 'fr').ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('{\n  "a": }', 9)).toEqual({ line: 2, column: 8 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
