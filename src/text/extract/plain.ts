/**
 * Plain text and Markdown files: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary
 * content (NUL bytes) and invalid UTF-8 are refused with a clear message.
 * @module
 */
import { extractError, type ExtractResult, type TextFormat } from './result.js';

/**
 * Decodes the bytes of a `.txt` / `.md` file.
 *
 * @example
 * ```ts
 * decodePlainText(Buffer.from('Employeur : CIAS'), 'txt'); // { ok: true, text: 'Employeur : CIAS', format: 'txt' }
 * ```
 */
export function decodePlainText(bytes: Uint8Array, format: Extract<TextFormat, 'txt' | 'md'>): ExtractResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)), format };
    } catch {
      return extractError('Le fichier annonce de l’UTF-16 mais son contenu est invalide.', 'The file announces UTF-16 but its content is invalid.');
    }
  }
  if (bytes.includes(0)) {
    return extractError(
      'Le fichier contient des octets nuls : ce n’est pas un texte (fichier binaire ?). Exportez la fiche en texte, .docx ou .pdf.',
      'The file contains NUL bytes: it is not text (a binary file?). Export the fiche as text, .docx or .pdf.',
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, format };
  } catch {
    return extractError(
      'Le fichier n’est pas en UTF-8 valide. Enregistrez-le en UTF-8 (dans un éditeur : « Enregistrer sous… », codage UTF-8).',
      'The file is not valid UTF-8. Save it as UTF-8.',
    );
  }
}
