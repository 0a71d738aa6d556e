/**
 * Result of a text extraction: the text, or an error in French and English. Never thrown.
 * @module
 */

/** Formats `extractText` reads. */
export type TextFormat = 'txt' | 'md' | 'docx' | 'pdf';

/** Extraction result. */
export type ExtractResult =
  | { ok: true; text: string; format: TextFormat }
  | { ok: false; error: { message: string; messageEn: string } };

/**
 * Builds a failed {@link ExtractResult}.
 *
 * @example
 * ```ts
 * extractError('Fichier vide.', 'Empty file.').ok; // false
 * ```
 */
export function extractError(message: string, messageEn: string): ExtractResult {
  return { ok: false, error: { message, messageEn } };
}
