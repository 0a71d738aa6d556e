/**
 * Turns the HTML that mammoth makes of a .docx into text that keeps the structure the analyser
 * reads: headings as `#` lines, list items as `-` lines (indented by nesting), paragraphs
 * separated by a blank line, table rows as lines of cells. A single linear pass over the tags.
 * @module
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Converts mammoth's HTML into structured plain text.
 *
 * @example
 * ```ts
 * htmlToText('<h1>Missions</h1><ul><li>accueil</li></ul><p>Texte</p>');
 * // '# Missions\n\n- accueil\n\nTexte'
 * ```
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  let listDepth = 0;
  const flush = (blank: boolean): void => {
    const content = line.replace(/[ \t]+/g, ' ').trim();
    if (content !== '' && !/^(#+|-)\s*$/.test(content)) out.push(line.replace(/[ \t]+$/, ''), ...(blank ? [''] : []));
    line = '';
  };
  const tag = /<\/?([a-zA-Z0-9]+)[^>]*>/g;
  let last = 0;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    line += decodeEntities(html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = (m[1] as string).toLowerCase();
    const closing = m[0][1] === '/';
    if (/^h[1-6]$/.test(name)) {
      if (closing) flush(true);
      else {
        flush(true);
        line = '#'.repeat(Number(name[1])) + ' ';
      }
    } else if (name === 'ul' || name === 'ol') {
      flush(false);
      listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
      if (closing && listDepth === 0) out.push('');
    } else if (name === 'li') {
      flush(false);
      if (!closing) line = '  '.repeat(Math.max(0, listDepth - 1)) + '- ';
    } else if (name === 'p') {
      // Word paragraphs are lines; a blank line would split an enumeration into blocks.
      flush(false);
    } else if (name === 'br') {
      flush(false);
    } else if (name === 'td' || name === 'th') {
      if (closing) line += ' | ';
    } else if (name === 'tr') {
      flush(false);
    } else if (name === 'table' && closing) {
      out.push('');
    }
  }
  line += decodeEntities(html.slice(last));
  flush(false);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
