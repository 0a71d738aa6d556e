/**
 * `showText`: a text with line numbers (`cadre lint --show-text`).
 * @module
 */

/**
 * Prints a text with its 1-based line numbers, right-aligned, as findings refer to them.
 *
 * @example
 * ```ts
 * showText('Employeur : CIAS\nMissions'); // '1 | Employeur : CIAS\n2 | Missions'
 * ```
 */
export function showText(text: string): string {
  const lines = text.normalize('NFC').split('\n');
  const width = String(lines.length).length;
  return lines.map((line, i) => `${String(i + 1).padStart(width)} | ${line.replace(/\r$/, '')}`).join('\n');
}
