/**
 * Parser of the token-pattern language. Errors are French messages, thrown as
 * {@link PatternSyntaxError} (the operators turn them into `checkValue` messages).
 * @module
 */
import { tokenize, TokenKind } from '../tokenize.js';
import { MAX_GAP, type ParsedPattern, type PatternNode, type WordMode } from './ast.js';

/** A pattern that cannot be parsed; `message` is in French. */
export class PatternSyntaxError extends Error {
  override name = 'PatternSyntaxError';
}

type Lexeme =
  | { k: '(' | ')' | '|' | '?' }
  | { k: 'gap'; max: number }
  | { k: 'chunk'; text: string; exact: boolean; prefix: boolean };

const PUNCT_LITERALS = new Set([':', ',', ';', '/', '-']);
const SPECIAL = new Set(['(', ')', '|', '?', '~']);

function lex(src: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '|' || ch === '?') {
      out.push({ k: ch });
      i++;
      continue;
    }
    if (ch === '~') {
      let j = i + 1;
      while (j < src.length && /[0-9]/.test(src[j] as string)) j++;
      const max = j === i + 1 ? 3 : Number(src.slice(i + 1, j));
      if (!(max >= 1 && max <= MAX_GAP)) {
        throw new PatternSyntaxError(`écart « ${src.slice(i, j)} » invalide : le nombre de mots doit aller de 1 à ${MAX_GAP}`);
      }
      out.push({ k: 'gap', max });
      i = j;
      continue;
    }
    let j = i;
    while (j < src.length && !/\s/.test(src[j] as string) && !SPECIAL.has(src[j] as string)) j++;
    let text = src.slice(i, j);
    const exact = text.startsWith('=');
    if (exact) text = text.slice(1);
    const prefix = text.endsWith('*');
    if (prefix) text = text.slice(0, -1);
    if (text.includes('*') || text.includes('=')) {
      throw new PatternSyntaxError(`« ${src.slice(i, j)} » : « = » se place devant un mot, « * » après un mot`);
    }
    if (text === '') throw new PatternSyntaxError(`« ${src.slice(i, j)} » : mot vide`);
    if (exact && prefix) throw new PatternSyntaxError(`« ${src.slice(i, j)} » : « = » et « * » ne se combinent pas`);
    out.push({ k: 'chunk', text, exact, prefix });
    i = j;
  }
  return out;
}

/** Turns a chunk of text into word/punctuation atoms, tokenised like the text itself. */
function chunkNodes(chunk: { text: string; exact: boolean; prefix: boolean }): PatternNode[] {
  if (PUNCT_LITERALS.has(chunk.text)) return [{ type: 'punct', value: chunk.text }];
  // An elided word that ends the chunk ("l'", "de l'", "qu'") is the full word, as in the text
  // ("l'intervenant" is read "le intervenant"): the tokeniser expands an elision only before a
  // letter, so one is added, then dropped.
  // The bare letter stays an alternative: SMS-style text drops the apostrophe ("sous l autorite").
  const elided = /['\u2019\u02bc\u2018\u00b4`]$/.test(chunk.text);
  const t = tokenize(elided ? `${chunk.text}x` : chunk.text);
  const count = elided ? t.count - 1 : t.count;
  const bare = elided ? tokenize(chunk.text) : undefined;
  const nodes: PatternNode[] = [];
  for (let i = 0; i < count; i++) {
    if (t.kind[i] !== TokenKind.Word) {
      throw new PatternSyntaxError(`« ${chunk.text} » : caractère « ${t.form[i]} » inattendu dans un mot (écrire la ponctuation à part : « : », « , », « ; », « / », « - »)`);
    }
    const last = i === count - 1;
    const mode: WordMode = chunk.exact ? 'exact' : chunk.prefix && last ? 'prefix' : chunk.prefix ? 'exact' : 'stem';
    const node: PatternNode = { type: 'word', mode, value: mode === 'stem' ? (t.stem[i] as string) : (t.form[i] as string) };
    const letter = last && bare !== undefined && bare.count === count ? (bare.form[i] as string) : undefined;
    nodes.push(letter !== undefined && letter !== node.value ? { type: 'alt', options: [node, { type: 'word', mode: 'exact', value: letter }] } : node);
  }
  if (nodes.length === 0) throw new PatternSyntaxError(`« ${chunk.text} » ne contient aucun mot`);
  return nodes;
}

class Parser {
  private pos = 0;
  constructor(private readonly lexemes: Lexeme[]) {}

  parseAlt(): PatternNode {
    const options: PatternNode[] = [this.parseSeq()];
    while (this.peek()?.k === '|') {
      this.pos++;
      options.push(this.parseSeq());
    }
    return options.length === 1 ? (options[0] as PatternNode) : { type: 'alt', options };
  }

  private parseSeq(): PatternNode {
    const items: PatternNode[] = [];
    for (;;) {
      const lx = this.peek();
      if (!lx || lx.k === '|' || lx.k === ')') break;
      this.pos++;
      let nodes: PatternNode[];
      if (lx.k === '(') {
        const inner = this.parseAlt();
        if (this.peek()?.k !== ')') throw new PatternSyntaxError('parenthèse fermante « ) » manquante');
        this.pos++;
        nodes = [inner];
      } else if (lx.k === 'gap') {
        nodes = [{ type: 'gap', max: lx.max }];
      } else if (lx.k === 'chunk') {
        nodes = chunkNodes(lx);
      } else {
        throw new PatternSyntaxError(`« ${lx.k} » inattendu : « ? » suit un mot ou une parenthèse`);
      }
      if (this.peek()?.k === '?') {
        this.pos++;
        const last = nodes.pop() as PatternNode;
        if (last.type === 'gap') throw new PatternSyntaxError('un écart « ~N » est déjà facultatif : pas de « ? » après lui');
        nodes.push({ type: 'opt', node: last });
      }
      items.push(...nodes);
    }
    if (items.length === 0) throw new PatternSyntaxError('alternative vide (« || », « (| » ou parenthèses vides)');
    return items.length === 1 ? (items[0] as PatternNode) : { type: 'seq', items };
  }

  peek(): Lexeme | undefined {
    return this.lexemes[this.pos];
  }
}

/** Whether a node can match no token at all. */
function nullable(node: PatternNode): boolean {
  switch (node.type) {
    case 'word':
    case 'punct':
      return false;
    case 'opt':
    case 'gap':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.options.some(nullable);
    default: {
      const never: never = node;
      return never;
    }
  }
}

/** Whether a node can begin (or end, with `atEnd`) with a gap. */
function edgeGap(node: PatternNode, atEnd: boolean): boolean {
  switch (node.type) {
    case 'gap':
      return true;
    case 'word':
    case 'punct':
      return false;
    case 'opt':
      return edgeGap(node.node, atEnd);
    case 'alt':
      return node.options.some((o) => edgeGap(o, atEnd));
    case 'seq': {
      const items = atEnd ? [...node.items].reverse() : node.items;
      for (const item of items) {
        if (edgeGap(item, atEnd)) return true;
        if (!nullable(item)) return false;
      }
      return false;
    }
    default: {
      const never: never = node;
      return never;
    }
  }
}

/**
 * Parses one pattern.
 *
 * @example
 * ```ts
 * const p = parsePattern('(participer | assister) ~4 auditions');
 * p.root.type; // 'seq'
 * ```
 */
export function parsePattern(source: string): ParsedPattern {
  let src = source.trim();
  let polarity: ParsedPattern['polarity'] = 'affirmed';
  let anchored = false;
  if (src.startsWith('!')) {
    polarity = 'denied';
    src = src.slice(1).trimStart();
  }
  if (src.startsWith('^')) {
    anchored = true;
    src = src.slice(1);
  }
  let anchoredEnd = false;
  if (src.endsWith('$')) {
    anchoredEnd = true;
    src = src.slice(0, -1);
  }
  if (src.includes('^') || src.includes('!') || src.includes('$')) {
    throw new PatternSyntaxError('« ! » et « ^ » ne peuvent être qu’au début du motif (« ! » d’abord), « $ » qu’à la fin');
  }
  const lexemes = lex(src);
  if (lexemes.length === 0) throw new PatternSyntaxError('motif vide');
  const parser = new Parser(lexemes);
  const root = parser.parseAlt();
  const rest = parser.peek();
  if (rest) throw new PatternSyntaxError(rest.k === ')' ? 'parenthèse fermante « ) » sans ouvrante' : `« ${rest.k} » inattendu`);
  if (nullable(root)) throw new PatternSyntaxError('le motif peut ne reconnaître aucun mot : au moins un mot doit être obligatoire');
  if (edgeGap(root, false)) throw new PatternSyntaxError('un motif ne peut pas commencer par un écart « ~N »');
  if (edgeGap(root, true)) throw new PatternSyntaxError('un motif ne peut pas finir par un écart « ~N »');
  return { source, anchored, anchoredEnd, polarity, root };
}
