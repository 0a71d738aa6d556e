/**
 * Text that is safe inside GitHub-flavoured Markdown: table cells, inline code, links.
 * @module
 */

/**
 * Escapes text for a Markdown table cell (pipes, line breaks, HTML, emphasis markers).
 * @example
 * mdCell('a | b\nc <d>'); // 'a \\| b<br>c &lt;d&gt;'
 */
export function mdCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

/**
 * Inline code that survives backticks in the text.
 * @example
 * mdCode('a`b'); // '``a`b``'
 */
export function mdCode(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/**
 * A Markdown link whose label is code.
 * @example
 * mdCodeLink('action/short-term', 'https://x/action/short-term.md'); // '[`action/short-term`](https://x/action/short-term.md)'
 */
export function mdCodeLink(label: string, url: string): string {
  return `[${mdCode(label)}](${url.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

/**
 * Text inside raw HTML of a Markdown page (`<summary>`, `<sub>`): HTML escapes only, since
 * Markdown is not parsed there.
 * @example
 * htmlText('a < b [x]'); // 'a &lt; b [x]'
 */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}
