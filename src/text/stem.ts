/**
 * A light French stemmer working on folded words (no accents, lower case): it removes a plural
 * mark, then the longest inflectional or derivational suffix of a fixed list, then undoubles a
 * final consonant. It is not Snowball: it is tuned so that the forms a fiche de poste uses for one
 * lemma share a stem ("participe", "participera", "participation", "participer" → "particip"),
 * and it is applied the same way to the text and to the patterns of the rules.
 * @module
 */

/** Suffixes, longest first; each with the minimum length of the stem it leaves. */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['iquement', 3], ['issement', 3], ['ellement', 3], ['ivement', 3], ['eraient', 3], ['iraient', 3],
  ['issent', 3], ['issant', 3], ['issait', 3], ['assent', 3], ['ement', 3], ['ation', 3],
  ['erait', 3], ['irait', 3], ['erons', 3], ['eront', 3], ['irons', 3], ['iront', 3], ['aient', 3],
  ['ance', 3], ['ique', 3], ['isme', 3], ['iste', 3], ['able', 3], ['elle', 3], ['euse', 3],
  ['rice', 3], ['iere', 3], ['ante', 3], ['eur', 3], ['ere', 3], ['ier', 3], ['ive', 3], ['ite', 3],
  ['ale', 3], ['ant', 4], ['ent', 4], ['era', 3], ['ira', 3], ['ait', 3], ['ais', 3], ['ee', 3],
  ['ie', 3], ['if', 3], ['er', 3], ['ir', 3], ['re', 3], ['al', 3], ['el', 3], ['es', 3], ['is', 3],
  ['it', 3], ['e', 3], ['i', 3],
];

const UNDOUBLE = new Set(['ll', 'nn', 'tt', 'mm', 'pp']);

/**
 * Stems a folded French word. Words of three letters or less, and words with digits, are
 * returned unchanged.
 *
 * @example
 * ```ts
 * stemFrench('participation'); // 'particip'
 * stemFrench('auditionner');   // 'audition'
 * stemFrench('verbaux');       // 'verb'
 * ```
 */
export function stemFrench(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word)) return word;
  let w = word;
  if (w.length >= 5 && w.endsWith('aux')) w = w.slice(0, -3) + 'al';
  else if (w.length >= 5 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const [suffix, minStem] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length >= 4 && UNDOUBLE.has(w.slice(-2))) w = w.slice(0, -1);
  return w;
}
