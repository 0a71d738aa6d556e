import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseOf, foldWord, isLowerLetter, isUpperLetter, isWordChar, isWordCode, LetterCase } from '../../src/text/fold.js';
import { punctLexeme, TokenKind, wordLexeme } from '../../src/text/lexeme.js';
import { atomId, atomsOf } from '../../src/text/pattern/atoms.js';
import { tokenIndex } from '../../src/text/pattern/token-index.js';
import { stemFrench } from '../../src/text/stem.js';
import { surfaceLexeme } from '../../src/text/surface.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Letters, accents in both cases, combining marks, ligatures, digits and a few non-letters. */
const letters = fc.constantFrom(...'aeiouyrstnlEÉÈÊÀÇÔŒÆßéèêëàâîïôöûüçœæ', '\u0301', '\u0327', 'ﬁ', '1', '9', 'İ', 'ǅ', '\ud835\udc9c');
const run = fc.array(letters, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));

describe('lexemes', () => {
  it('shares one record per folded form, with the stem of the form', () => {
    const a = wordLexeme('participation');
    expect(wordLexeme('participation')).toBe(a);
    expect(a).toMatchObject({ kind: TokenKind.Word, form: 'participation', stem: stemFrench('participation') });
    expect(punctLexeme(':')).toMatchObject({ kind: TokenKind.Punct, form: ':', stem: ':' });
    expect(punctLexeme(':')).toBe(punctLexeme(':'));
  });

  it('gives every token of a text the lexeme of its form and stem', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(run, fc.constantFrom(' ', '. ', ', ', "l'", '-', '\n', '(e)s ', '·e ')), { maxLength: 40 }), (parts) => {
        const t = tokenize(parts.join(''));
        for (let i = 0; i < t.count; i++) {
          const lexeme = t.lexeme[i];
          expect(lexeme?.form).toBe(t.form[i]);
          expect(lexeme?.stem).toBe(t.stem[i]);
          expect(lexeme?.kind).toBe(t.kind[i]);
          if (lexeme?.kind === TokenKind.Word) expect(lexeme.stem).toBe(stemFrench(lexeme.form));
        }
      }),
    );
  });
});

describe('lexemes of runs as written', () => {
  it('are those of the folded run, whatever was looked up before', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 30 }), (runs) => {
        const text = runs.join(' ');
        let start = 0;
        for (const r of runs) {
          const lexeme = surfaceLexeme(text, start, start + r.length);
          expect(lexeme.form).toBe(foldWord(r));
          expect(lexeme.stem).toBe(stemFrench(foldWord(r)));
          start += r.length + 1;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stay right when the table starts again past its size', () => {
    // More distinct runs than the table keeps at its largest (it doubles, then empties), then the first ones again.
    const words = Array.from({ length: 40_000 }, (_, k) => `Mot${k.toString(36)}é`);
    const text = words.join(' ');
    const check = (k: number): void => {
      const start = words.slice(0, k).reduce((sum, w) => sum + w.length + 1, 0);
      expect(surfaceLexeme(text, start, start + (words[k] as string).length).form).toBe(foldWord(words[k] as string));
    };
    let start = 0;
    for (const w of words) {
      surfaceLexeme(text, start, start + w.length);
      start += w.length + 1;
    }
    for (const k of [0, 1, 511, 512, 32_767, 32_768, 39_999]) check(k);
  });

  it('tell apart runs that differ only in case or accent, and keep their common form', () => {
    const text = 'Enquête enquete ENQUÊTE enquêté';
    expect(surfaceLexeme(text, 0, 7).form).toBe('enquete');
    expect(surfaceLexeme(text, 8, 15)).toBe(surfaceLexeme(text, 0, 7));
    expect(surfaceLexeme(text, 16, 23).form).toBe('enquete');
    expect(surfaceLexeme(text, 24, 31).form).toBe('enquete');
  });
});

describe('word characters', () => {
  it('are the letters, digits and combining marks of Unicode, for every code unit', () => {
    const pattern = /^[\p{L}\p{N}\p{M}]$/u;
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (isWordCode(code) !== pattern.test(ch) || isWordChar(ch) !== pattern.test(ch)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(isWordCode(Number.NaN)).toBe(false);
    expect(isWordChar('')).toBe(false);
  });
});

describe('index of a text', () => {
  it('lists each lexeme once, with the increasing positions of exactly its tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(run, fc.constantFrom(' ', ', ', '. ', ' le ', ' Le ')), { maxLength: 60 }), (parts) => {
        const t = tokenize(parts.join(''));
        const index = tokenIndex(t);
        expect(new Set(index.lexemes).size).toBe(index.lexemes.length);
        const seen: number[] = [];
        index.lexemes.forEach((lexeme, k) => {
          const positions = index.positions[k] as number[];
          expect(positions).toEqual([...positions].sort((x, y) => x - y));
          for (const p of positions) expect(t.lexeme[p]).toBe(lexeme);
          seen.push(...positions);
        });
        expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: t.count }, (_, i) => i));
        // Built once, kept on the table.
        expect(tokenIndex(t)).toBe(index);
      }),
    );
  });

  it('keeps two texts indexed in turn apart, though they share lexemes', () => {
    const a = tokenize('le suivi du suivi');
    const b = tokenize('suivi, le');
    const ia = tokenIndex(a);
    const ib = tokenIndex(b);
    expect(ia.positions[ia.lexemes.findIndex((l) => l.form === 'suivi')]).toEqual([1, 3]);
    expect(ib.positions[ib.lexemes.findIndex((l) => l.form === 'suivi')]).toEqual([0]);
  });
});

describe('atoms of a lexeme', () => {
  it('follow the atoms numbered after they were first asked for', () => {
    const lexeme = wordLexeme('zygomatiques');
    const before = atomsOf(lexeme);
    const prefix = atomId('prefix', 'zygom');
    const stem = atomId('stem', stemFrench('zygomatiques'));
    expect(before).not.toContain(prefix);
    const after = atomsOf(lexeme);
    expect(after).toContain(prefix);
    expect(after).toContain(stem);
    expect(atomsOf(lexeme)).toBe(after);
  });
});

describe('letter case', () => {
  it('is that of toLowerCase and toUpperCase, for every code unit', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      const expected = lower === upper ? LetterCase.None : ch === upper ? LetterCase.Upper : ch === lower ? LetterCase.Lower : LetterCase.Other;
      if (caseOf(code) !== expected || isUpperLetter(ch) !== (ch !== lower && ch === upper) || isLowerLetter(ch) !== (ch !== upper && ch === lower)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(caseOf(Number.NaN)).toBe(LetterCase.None);
    expect(isUpperLetter('')).toBe(false);
  });
});
