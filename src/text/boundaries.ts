/**
 * Boundaries between tokens: how strongly token `i` is separated from token `i - 1`
 * (a new block, a new clause, a comma, nothing), and the sentence each token belongs to.
 * Patterns use them: a gap never crosses a clause boundary.
 * @module
 */
import { caseOf, LetterCase } from './fold.js';
import type { LineInfo } from './blocks.js';
import { TokenKind, type TokenTable } from './tokenize.js';
import { zeroedBytes, zeroedInts } from './slab.js';

/** Strength of the separation before a token. */
export const enum Boundary {
  None = 0,
  Comma = 1,
  Clause = 2,
  Block = 3,
}

/** Boundaries, sentence numbers and lines of the tokens. */
export interface TokenBoundaries {
  /** `Boundary` before each token. */
  brk: Uint8Array;
  /** Sentence number of each token (increasing). */
  sentence: Int32Array;
  /** 0-based line of each token. */
  line: Int32Array;
}

/** Punctuation that closes a clause. */
export const HARD_PUNCT = new Set(['.', '!', '?', ';', ':', '…', '•', '▪', '●', '◦', '‣', '·', '|', '-']);
/**
 * First words of the field labels of fiches de poste ("Profil :", "Principes :", "Lieu
 * d'exercice :"). Text extracted from PDF or Word often loses the line break before a label; a
 * capitalised label word followed by ':' within four words starts a new clause even mid-line.
 */
const FIELD_LABELS = new Set([
  'missions', 'mission', 'profil', 'profils', 'principes', 'principe', 'limites', 'limite', 'employeur', 'lieu', 'lieux', 'positionnement',
  'public', 'publics', 'conditions', 'qualification', 'qualifications', 'cadre', 'deontologie', 'ethique', 'autorite', 'rattachement',
  'lien', 'liens', 'activites', 'competences', 'savoir', 'savoirs', 'contexte', 'remuneration', 'horaires', 'diplome', 'diplomes',
  'formation', 'statut', 'poste', 'grade', 'candidature', 'candidatures', 'contact', 'duree', 'temps', 'date', 'encadrement',
  'hierarchie', 'superieur', 'responsable', 'partenaires', 'partenariat', 'moyens', 'evaluation', 'modalites', 'interdictions',
  'exclusions', 'objectifs', 'objet', 'secret', 'confidentialite', 'experience', 'permis', 'localisation', 'affectation',
  'beneficiaires', 'saisine', 'saisines', 'pilotage', 'financement', 'recrutement', 'niveau', 'specificites', 'avantages',
  'obligations', 'prerequis', 'territoire', 'intitule', 'fonctions', 'taches', 'environnement', 'relations', 'organisation',
]);

/** Capitalised mid-line, these start a sentence whose line break or period was lost ("… auditions Il intervient"). */
const SENTENCE_STARTERS = new Set([
  'il', 'elle', 'ils', 'elles', 'on', 'le', 'la', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'cet', 'cette', 'ce', 'ces',
  'chaque', 'toute', 'tout', 'tous', 'toutes', 'aucun', 'aucune', 'en', 'dans', 'pour', 'conformement', 'lorsque',
]);
/** After these, a capitalised word is a name ("commune de La Teste", "association Les Amis"). */
const NAME_LEADS = new Set([
  'de', 'du', 'des', 'd', 'a', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'avec', 'chez', 'dans', 'vers', 'entre', 'et', 'ou', 'le',
  'la', 'les', 'l', 'association', 'commune', 'ville', 'mairie', 'quartier', 'residence', 'rue', 'avenue', 'saint', 'sainte',
]);

/** Whether the word token `i`, capitalised, starts a clause though no punctuation precedes it. */
function lostBreakBefore(text: string, t: TokenTable, i: number): boolean {
  const start = t.start[i] as number;
  if (caseOf(text.charCodeAt(start)) !== LetterCase.Upper) return false;
  const form = t.form[i] as string;
  if (FIELD_LABELS.has(form)) {
    for (let k = i + 1; k <= i + 4 && k < t.count; k++) {
      if (t.kind[k] !== TokenKind.Word) return t.form[k] === ':';
    }
    return false;
  }
  if (!SENTENCE_STARTERS.has(form)) return false;
  // Mixed case only: "Il", "L'intervenant"; all-capitals words carry no signal.
  let k = start + 1;
  if (text[k] === "'" || text[k] === '’') k++;
  const next = text[k] ?? '';
  if (next !== next.toLowerCase()) return false;
  return !NAME_LEADS.has(t.form[i - 1] as string);
}

const ABBREVIATIONS = new Set(['art', 'cf', 'al', 'mme', 'mlle', 'dr', 'pr', 'st', 'ste', 'av', 'bd', 'tel', 'no', 'vol', 'chap', 'env', 'ex', 'min', 'max', 'hab', 'dept', 'nb']);

/** Whether a '.' token at index `i` ends a clause (not an abbreviation, a decimal, a reference). */
function periodIsHard(text: string, t: TokenTable, i: number): boolean {
  const after = text[(t.end[i] as number)] ?? ' ';
  if (/[\p{Ll}\p{N}]/u.test(after)) return false;
  if (i === 0 || t.kind[i - 1] !== TokenKind.Word || t.end[i - 1] !== t.start[i]) return true;
  const prev = t.form[i - 1] as string;
  return !(prev.length === 1 || ABBREVIATIONS.has(prev));
}

/**
 * Computes the boundaries of a token table over classified lines.
 *
 * @example
 * ```ts
 * const text = 'Il accueille. Il oriente';
 * const idx = buildLineIndex(text);
 * const b = computeBoundaries(text, tokenize(text), classifyLines(text, idx));
 * b.brk[3]; // Boundary.Clause (after the period)
 * ```
 */
export function computeBoundaries(text: string, t: TokenTable, lines: LineInfo[]): TokenBoundaries {
  const brk = zeroedBytes(t.count);
  const sentence = zeroedInts(t.count);
  const lineOfToken = zeroedInts(t.count);
  let l = 0;
  let sent = 0;
  let prevLine = -1;
  let prevHard = false;
  let prevForm = '';
  for (let i = 0; i < t.count; i++) {
    const start = t.start[i] as number;
    while (l + 1 < lines.length && (lines[l + 1] as LineInfo).start <= start) l++;
    lineOfToken[i] = l;
    const info = lines[l] as LineInfo;
    let b: Boundary = Boundary.None;
    if (l !== prevLine) {
      let blankBetween = false;
      let previous: LineInfo | undefined;
      for (let k = l - 1; k > prevLine && k >= 0; k--) {
        const li = lines[k] as LineInfo;
        if (li.kind === 'blank') blankBetween = true;
      }
      if (prevLine >= 0) previous = lines[prevLine];
      if (prevLine < 0 || info.kind === 'heading' || info.kind === 'item' || blankBetween || previous?.kind === 'heading') {
        b = Boundary.Block;
      } else if (prevHard || /[\p{Lu}\p{N}]/u.test(text[start] ?? '')) {
        b = Boundary.Clause;
      }
      prevLine = l;
    } else if (start < info.contentStart) {
      b = Boundary.Block;
    } else if (prevHard) {
      b = Boundary.Clause;
    } else if (t.kind[i] === TokenKind.Word && i > 0 && t.kind[i - 1] === TokenKind.Word && lostBreakBefore(text, t, i)) {
      b = Boundary.Clause;
    } else if (prevForm === ',') {
      b = Boundary.Comma;
    }
    if (b === Boundary.Clause && prevHard && i > 0 && prevForm !== ':') sent++;
    else if (b === Boundary.Block || (b === Boundary.Clause && !prevHard)) sent++;
    brk[i] = b;
    sentence[i] = sent;
    const form = t.form[i] as string;
    prevHard = t.kind[i] === TokenKind.Punct && HARD_PUNCT.has(form) && (form !== '.' || periodIsHard(text, t, i));
    prevForm = form;
  }
  return { brk, sentence, line: lineOfToken };
}
