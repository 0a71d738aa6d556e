/**
 * .pdf files, through unpdf (PDF.js), loaded only when a PDF is read. Line breaks are those of the
 * PDF's text layout; the analyser copes with lost ones (a lead-in governs the rest of its line).
 * @module
 */
import { extractError, type ExtractResult } from './result.js';

const CORRUPT = extractError(
  'Le fichier .pdf est illisible (corrompu, chiffré ou ce n’est pas un PDF).',
  'The .pdf file cannot be read (corrupt, encrypted, or not a PDF).',
);

/**
 * Extracts the text of a PDF.
 *
 * @example
 * ```ts
 * const r = await extractPdf(await readFile('fiche.pdf'));
 * if (r.ok) console.log(r.text);
 * ```
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractResult> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return CORRUPT;
  try {
    const { getDocumentProxy, extractText } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
    try {
      const { text } = await extractText(pdf, { mergePages: true });
      return { ok: true, text, format: 'pdf' };
    } finally {
      await pdf.destroy();
    }
  } catch {
    return CORRUPT;
  }
}
