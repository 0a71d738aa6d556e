/**
 * .docx files: zip safety check first (central directory, then bounded inflation), then mammoth
 * (loaded only now: the CLI starts faster without it) converts the document to HTML, which
 * {@link htmlToText} turns into structured text.
 * @module
 */
import { htmlToText } from './html-text.js';
import { extractError, type ExtractResult } from './result.js';
import { checkZip, MAX_RATIO, MAX_UNCOMPRESSED, verifyInflation } from './zip.js';

const CORRUPT = extractError(
  'Le fichier .docx est illisible : archive corrompue ou ce n’est pas un document Word (.docx).',
  'The .docx file cannot be read: corrupt archive, or not a Word (.docx) document.',
);
const BOMB = extractError(
  `Le fichier .docx est refusé : une fois décompressé il dépasserait ${MAX_UNCOMPRESSED / 1024 / 1024} Mo ou un taux de compression de ${MAX_RATIO} (archive piégée ?).`,
  `The .docx file is refused: uncompressed it would exceed ${MAX_UNCOMPRESSED / 1024 / 1024} MB or a compression ratio of ${MAX_RATIO} (zip bomb?).`,
);

/**
 * Extracts the text of a .docx file.
 *
 * @example
 * ```ts
 * const r = await extractDocx(await readFile('fiche.docx'));
 * if (r.ok) console.log(r.text);
 * ```
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractResult> {
  const check = checkZip(bytes);
  if (!check.ok) return check.reason === 'not-zip' ? CORRUPT : BOMB;
  if (!check.entries.some((e) => e.name === 'word/document.xml')) return CORRUPT;
  if (!(await verifyInflation(bytes, check.entries))) return BOMB;
  try {
    const mammoth = await import('mammoth');
    const convert = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
    const result = await convert({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { ok: true, text: htmlToText(result.value), format: 'docx' };
  } catch {
    return CORRUPT;
  }
}
