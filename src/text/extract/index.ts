/**
 * `extractText(path)`: the text of a fiche file (.txt, .md, .docx, .pdf). Never throws.
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractDocx } from './docx.js';
import { extractPdf } from './pdf.js';
import { decodePlainText } from './plain.js';
import { extractError, type ExtractResult, type TextFormat } from './result.js';

export type { ExtractResult, TextFormat } from './result.js';

/** Largest file read (50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const FORMATS: Record<string, TextFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.docx': 'docx', '.pdf': 'pdf',
};

/**
 * The format of a file, from its extension (`undefined` when not supported).
 *
 * @example
 * ```ts
 * formatOf('fiche.DOCX'); // 'docx'
 * ```
 */
export function formatOf(path: string): TextFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/**
 * Reads a fiche file and returns its text. An empty file gives an empty text.
 *
 * @example
 * ```ts
 * const r = await extractText('fiches/poste.docx');
 * if (r.ok) console.log(r.format, r.text.length);
 * else console.error(r.error.message);
 * ```
 */
export async function extractText(path: string): Promise<ExtractResult> {
  const format = formatOf(path);
  if (!format) {
    return extractError(
      `Format non pris en charge : « ${extname(path) || path} ». Formats lus : .txt, .md, .docx, .pdf.`,
      `Unsupported format: "${extname(path) || path}". Supported: .txt, .md, .docx, .pdf.`,
    );
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return extractError(`« ${path} » n’est pas un fichier.`, `"${path}" is not a file.`);
    if (info.size > MAX_FILE_BYTES) {
      return extractError(`Fichier trop gros (${Math.round(info.size / 1024 / 1024)} Mo, maximum 50 Mo).`, `File too large (max 50 MB).`);
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? extractError(`Fichier introuvable : ${path}`, `File not found: ${path}`)
      : extractError(`Lecture impossible de ${path} (${code ?? 'erreur'}).`, `Cannot read ${path} (${code ?? 'error'}).`);
  }
  if (bytes.length === 0) return { ok: true, text: '', format };
  switch (format) {
    case 'txt':
    case 'md':
      return decodePlainText(bytes, format);
    case 'docx':
      return extractDocx(bytes);
    case 'pdf':
      return extractPdf(bytes);
    default: {
      const never: never = format;
      return never;
    }
  }
}
