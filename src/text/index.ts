/**
 * French free-text analysis for fiches de poste: extraction (txt, md, docx, pdf), normalisation,
 * tokens, negation / exclusion / quotation scopes, the token-pattern language and the text
 * operators `affirms` / `lacks` of the `post-text` subject.
 * @module
 */
export { analyseText, type AnalysedText } from './analyse.js';
export { textOperators, spanHit, MAX_HITS } from './operators.js';
export { postTextSubject } from './subject.js';
export { showText } from './show.js';
export { extractText, formatOf, type ExtractResult, type TextFormat } from './extract/index.js';
export { htmlToText } from './extract/html-text.js';
export { compileTextValue, matchTextValue, isAnalysedText, TextValueError, type CompiledTextValue } from './text-value.js';
export { parsePattern, PatternSyntaxError } from './pattern/parse.js';
export { foldWord } from './fold.js';
export { stemFrench } from './stem.js';
export { tokenize, type TokenTable } from './tokenize.js';
