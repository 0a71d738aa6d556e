import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf, makeZip } from '../../scripts/make-fiche-fixtures.js';
import { extractText, htmlToText } from '../../src/text/index.js';
import { FICHES } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-extract-'));
const file = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('extractText', () => {
  it('reads text and Markdown as they are (UTF-8, BOM removed)', async () => {
    expect(await extractText(file('a.txt', '\uFEFFEmployeur : CIAS'))).toEqual({ ok: true, text: 'Employeur : CIAS', format: 'txt' });
    const md = await extractText(join(FICHES, '01-conforme-cias.md'));
    expect(md.ok && md.format === 'md' && md.text.startsWith('# Intervenant')).toBe(true);
  });

  it('reads .docx with headings and list items kept as structure', async () => {
    const r = await extractText(file('f.docx', makeDocx([{ h: 'Missions' }, { li: 'accueil' }, { p: 'Texte' }])));
    expect(r).toEqual({ ok: true, text: '# Missions\n\n• accueil\nTexte', format: 'docx' });
  });

  it('reads .pdf', async () => {
    const r = await extractText(file('f.pdf', makePdf(['Employeur : CIAS de Mende', 'Profil : DEASS'])));
    expect(r).toEqual({ ok: true, text: 'Employeur : CIAS de Mende\nProfil : DEASS', format: 'pdf' });
  });

  it('gives an empty text for an empty file', async () => {
    for (const name of ['e.txt', 'e.md', 'e.docx', 'e.pdf']) {
      expect(await extractText(file(name, ''))).toMatchObject({ ok: true, text: '' });
    }
  });

  it('refuses binary junk and invalid UTF-8 with a clear message', async () => {
    const junk = await extractText(file('junk.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff])));
    expect(junk).toMatchObject({ ok: false, error: { message: expect.stringMatching(/octets nuls/) } });
    const latin1 = await extractText(file('latin1.txt', Buffer.from('Employeur : « Ville »', 'latin1')));
    expect(latin1).toMatchObject({ ok: false, error: { message: expect.stringMatching(/UTF-8/) } });
  });

  it('refuses corrupt .docx and .pdf', async () => {
    for (const [name, data] of [['c.docx', 'PK\u0003\u0004 pas une archive'], ['c.pdf', '%PDF-1.4\n1 0 obj << >>\n%%EOF'], ['n.pdf', 'pas un pdf'], ['z.docx', makeZip([{ name: 'a.txt', data: Buffer.from('a') }])]] as const) {
      const r = await extractText(file(name, data));
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/illisible/);
    }
  });

  it('refuses a zip bomb before inflating it', async () => {
    const big = Buffer.alloc(30 * 1024 * 1024);
    const bomb = makeZip([{ name: 'word/document.xml', data: big }]);
    const r = await extractText(file('bomb.docx', bomb));
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/refusé/) } });
  });

  it('refuses an archive whose entries inflate beyond what they declare', async () => {
    const honest = makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    const packed = deflateRawSync(Buffer.alloc(5 * 1024 * 1024));
    // Rebuild with a lying size: declared 13 bytes, inflates to 5 MB.
    const lying = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(13) }]);
    const liar = Buffer.concat([lying.subarray(0, 30 + 17), packed]);
    expect(honest.length).toBeGreaterThan(0);
    const r = await extractText(file('liar.docx', liar));
    expect(r.ok).toBe(false);
  });

  it('reports a missing file and an unsupported format', async () => {
    expect(await extractText(join(dir, 'absent.txt'))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/introuvable/) } });
    expect(await extractText(file('x.odt', 'x'))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/non pris en charge/) } });
  });

  it('turns mammoth HTML into structured text', () => {
    expect(htmlToText('<h1>Missions</h1><ul><li>accueil<ul><li>écoute</li></ul></li></ul><p>A &amp; B</p>')).toBe('# Missions\n\n- accueil\n  - écoute\n\nA & B');
  });
});
