/**
 * The `post-text` subject: a free-text fiche de poste.
 * @module
 */
import type { Lang, SubjectDefinition } from '../core/types.js';
import { analyseText } from './analyse.js';

const NOT_A_STRING: Record<Lang, string> = {
  fr: 'Le texte de la fiche doit être une chaîne de caractères.',
  en: 'The text of the fiche must be a string.',
};

/**
 * Subject `post-text`: the input is the text of the fiche; the rules see one fact, `text`
 * (an {@link AnalysedText}).
 *
 * @example
 * ```ts
 * const r = postTextSubject.parse('Employeur : CIAS', 'fr');
 * r.ok; // true
 * ```
 */
export const postTextSubject: SubjectDefinition = {
  name: 'post-text',
  parse(input, lang) {
    if (typeof input !== 'string') return { ok: false, errors: [{ pointer: '', message: NOT_A_STRING[lang] ?? NOT_A_STRING.fr }] };
    return { ok: true, value: { text: analyseText(input) } };
  },
  fields: ['text'],
  facts: {},
  jsonSchema: { type: 'string' },
  // The examples of post-text rules are whole texts: there is nothing to merge them into.
  exampleBase: '' as unknown as Record<string, unknown>,
  exportable: false,
};
