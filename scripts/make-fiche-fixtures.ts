/**
 * Writes the .docx and .pdf fiches of the post-text corpus (test/corpus/fiches/), with minimal
 * writers (zip + WordprocessingML, PDF 1.4 with a standard font) and no dependency, so that the
 * extraction is tested on real files. Run: `npx tsx scripts/make-fiche-fixtures.ts`; the files
 * are committed.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** A block of a fiche: heading, paragraph or bulleted item. */
type Block = { h: string } | { p: string } | { li: string };

const OUT = join(import.meta.dirname, '..', 'test', 'corpus', 'fiches');

// ---------- zip ----------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * CRC-32 of bytes (zip checksum).
 * @example
 * crc32(Buffer.from('abc')); // 0x352441c2
 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip archive of the given files (deflated).
 * @example
 * makeZip([{ name: 'a.txt', data: Buffer.from('a') }]).length > 0; // true
 */
export function makeZip(files: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ---------- docx ----------

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal .docx of the blocks (headings use the Heading1 style; items are "•" paragraphs,
 * or bare paragraphs with `bullets: false`, as Word documents often lose their list marks).
 * @example
 * makeDocx([{ h: 'Missions' }, { li: 'accueil' }]).subarray(0, 2).toString(); // 'PK'
 */
export function makeDocx(blocks: Block[], bullets = true): Buffer {
  const paragraph = (b: Block): string => {
    if ('h' in b) return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${xmlEscape(b.h)}</w:t></w:r></w:p>`;
    const text = 'li' in b ? (bullets ? `• ${b.li}` : b.li) : b.p;
    return `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  };
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files = [
    { name: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>` },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>` },
    { name: 'word/styles.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>` },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${blocks.map(paragraph).join('')}</w:body></w:document>` },
  ];
  return makeZip(files.map((f) => ({ name: f.name, data: Buffer.from(f.data, 'utf8') })));
}

// ---------- pdf ----------

const WIN_ANSI: Record<string, number> = { '€': 0x80, '…': 0x85, Œ: 0x8c, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, œ: 0x9c };

function pdfString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    const byte = code <= 0xff ? code : 0x3f;
    const c = String.fromCharCode(byte);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return `(${out})`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A minimal PDF (Helvetica, WinAnsi) of text lines, 50 lines a page; `width` wraps paragraphs.
 * @example
 * makePdf(['Employeur : CIAS']).subarray(0, 5).toString(); // '%PDF-'
 */
export function makePdf(paragraphs: string[], width = 95): Buffer {
  const lines = paragraphs.flatMap((p) => (p === '' ? [''] : wrap(p, width)));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 50) pages.push(lines.slice(i, i + 50));
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((page, i) => {
    const content = page.map((l, k) => `BT /F1 10 Tf 40 ${800 - 15 * k} Td ${pdfString(l)} Tj ET`).join('\n');
    objects[4 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objects[5 + 2 * i] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

// ---------- the fiches ----------

const WORD_CONFORME: Block[] = [
  { h: 'Intervenant social en commissariat — Ville de Rodez' },
  { p: 'Employeur : Ville de Rodez (CCAS). L’intervenant est placé sous l’autorité hiérarchique de la directrice du CCAS et sous l’autorité fonctionnelle du commissaire.' },
  { h: 'Missions' },
  { li: 'accueillir et écouter les victimes, les mis en cause et les personnes en détresse ;' },
  { li: 'évaluer les besoins sociaux et orienter vers le droit commun ;' },
  { li: 'passer le relais aux services de secteur.' },
  { h: 'Principes' },
  { p: 'L’intervention repose sur la libre adhésion des personnes ; l’intervenant est soumis au secret professionnel.' },
  { h: 'Profil' },
  { p: 'Diplôme d’État d’assistant de service social ou d’éducateur spécialisé.' },
];

const WORD_GENDARMERIE: Block[] = [
  { h: 'Recrutement — intervenant social' },
  { p: 'Employeur : Groupement de gendarmerie de l’Aveyron.' },
  { h: 'Missions' },
  { li: 'accueillir les victimes à la brigade ;' },
  { li: 'participer aux auditions des victimes mineures ;' },
  { li: 'orienter vers les partenaires.' },
  { p: 'Le titulaire est tenu au secret professionnel.' },
  { p: 'Profil : DEASS ou DEES.' },
];

const WORD_EXCLUSIONS: Block[] = [
  { h: 'Intervenante sociale en gendarmerie — Compagnie d’Espalion' },
  { p: 'Employeur : CIAS Nord-Aveyron ; autorité hiérarchique : la directrice du CIAS ; autorité fonctionnelle : le commandant de compagnie.' },
  { p: 'Missions : accueil, écoute, évaluation et orientation de toute personne en difficulté, victime ou mise en cause.' },
  { p: 'Sont exclus de ses missions :' },
  { li: 'la prise de plainte ;' },
  { li: 'la participation aux auditions ;' },
  { li: 'la transmission du contenu des entretiens aux enquêteurs.' },
  { p: 'Elle intervient avec l’accord des personnes et dans le respect du secret professionnel.' },
  { p: 'Profil : DEASS ou DECESF.' },
];

const PDF_CONFORME = [
  'Intervenant social en gendarmerie – Compagnie de Saint-Gaudens',
  '',
  'Employeur : Conseil départemental de la Haute-Garonne. L’intervenant est placé sous l’autorité hiérarchique du responsable de la Maison des solidarités et sous l’autorité fonctionnelle du commandant de compagnie.',
  '',
  'Missions : accueil, écoute, évaluation et orientation des victimes, des mis en cause et des personnes en détresse ; intervention de proximité ; passage de relais aux services de droit commun.',
  '',
  'L’intervenant ne recueille pas les plaintes et ne participe pas aux auditions. Il intervient avec l’accord des personnes et est soumis au secret professionnel.',
  '',
  'Profil : DEASS, DEES ou DECESF.',
];

const PDF_LIGNE_UNIQUE = [
  'Intervenant social en commissariat – Ville de Tarbes. Employeur : Ville de Tarbes ; autorité hiérarchique : le directeur du CCAS ; autorité fonctionnelle : le commissaire. Missions : accueil, écoute, évaluation, orientation de toute personne en difficulté. Sont exclus : • la prise de plainte • la rédaction de procès-verbaux • la participation aux gardes à vue. Il intervient avec l’accord des personnes, dans le respect du secret professionnel. Profil : DEASS ou DEES.',
];

const PDF_PROBLEMES = [
  'POSTE D’INTERVENANTE SOCIALE – BRIGADE DE VIC-FEZENSAC',
  '',
  'Employeur : association Solidarité Gers ; autorité hiérarchique : la directrice de l’association.',
  '',
  'L’intervenante intervient exclusivement auprès des victimes. Elle convoque les victimes signalées par les gendarmes et leur remet une convocation écrite.',
  '',
  'Elle transmet chaque mois au maire la liste des personnes reçues.',
  '',
  'Elle agit avec l’accord des personnes. Profil : DEASS.',
];

const WORD_NOTE_NEVERS: Block[] = [
  { h: 'Annexe technique — Intervenant social de la circonscription de sécurité publique de Nevers' },
  { h: 'Positionnement' },
  { p: 'Employeur : Ville de Nevers. L’intervenant est placé sous l’autorité hiérarchique du directeur de la tranquillité publique de la Ville et sous l’autorité fonctionnelle du commissaire.' },
  { h: 'Missions' },
  { li: 'exploiter les mains courantes et proposer un rendez-vous aux personnes repérées ;' },
  { li: 'accueillir, écouter et orienter les victimes, les mis en cause et leurs proches ;' },
  { li: 'tenir à la disposition du commissaire la liste des personnes reçues ;' },
  { li: 'renseigner la grille statistique nationale.' },
  { h: 'Principes' },
  { p: 'Intervention avec l’accord des personnes ; secret professionnel.' },
  { h: 'Profil' },
  { p: 'DEASS exigé ; connaissance des violences intrafamiliales.' },
];

const PDF_CONVENTION_LONGUE = [
  'CONVENTION DE PARTENARIAT RELATIVE À L’INTERVENANT SOCIAL EN GENDARMERIE – DÉPARTEMENT DE LA SOMME',
  '',
  'ANNEXE 2 : FICHE DE POSTE',
  '',
  'Préambule. La présente fiche précise les missions de l’intervenant social affecté auprès des brigades de la compagnie d’Abbeville, conformément à la circulaire du 21 décembre 2006 et au cadre de référence qui lui est annexé. Elle a été élaborée par le comité de pilotage réunissant la préfecture, le Département, le groupement de gendarmerie et les partenaires associatifs.',
  '',
  'Article 1 – Employeur. Le Département de la Somme est l’employeur de l’intervenant, qui est placé sous l’autorité hiérarchique du responsable de la circonscription d’action sociale d’Abbeville. Le commandant de compagnie exerce une autorité fonctionnelle.',
  '',
  'Article 2 – Lieu d’exercice. L’intervenant dispose d’un bureau à la brigade d’Abbeville, garantissant la confidentialité des entretiens, et tient des permanences dans les brigades de Rue, Saint-Valery-sur-Somme et Crécy-en-Ponthieu.',
  '',
  'Article 3 – Public. Le dispositif s’adresse aux victimes de violences intrafamiliales et aux personnes vulnérables. Les auteurs de violences ne relèvent pas du dispositif ; ils sont orientés vers le SPIP ou vers les associations spécialisées.',
  '',
  'Article 4 – Saisine. Les gendarmes transmettent à l’intervenant les situations repérées lors de leurs interventions. Un rendez-vous obligatoire est fixé à chaque victime dans les soixante-douze heures suivant l’intervention des gendarmes.',
  '',
  'Article 5 – Missions. L’intervenant évalue les besoins sociaux, informe les personnes de leurs droits, les oriente vers les services compétents et facilite leur accès aux dispositifs de droit commun. Il passe le relais aux services de secteur dans les meilleurs délais.',
  '',
  'Article 6 – Limites. L’intervenant ne prend pas de plainte, ne rédige pas de procès-verbal et n’assiste pas aux auditions. Il n’a pas accès aux logiciels de procédure.',
  '',
  'Article 7 – Secret. L’intervenant est soumis au secret professionnel. Il ne transmet aux gendarmes aucune information relevant de ce secret, hors les cas prévus par la loi.',
  '',
  'Article 8 – Évaluation. L’intervenant renseigne la grille statistique nationale, anonyme, et rédige un rapport d’activité annuel présenté au comité de pilotage. Aucune donnée nominative n’y figure.',
  '',
  'Article 9 – Qualification. Le poste est pourvu par un titulaire du diplôme d’État d’éducateur spécialisé ou d’assistant de service social, disposant d’une expérience auprès des publics vulnérables.',
  '',
  'Article 10 – Durée. La présente convention est conclue pour trois ans à compter de sa signature. Elle peut être dénoncée par l’une des parties avec un préavis de trois mois. Les parties se réunissent chaque année en comité de pilotage pour examiner le bilan du dispositif et, le cas échéant, adapter la présente fiche de poste.',
  '',
  'Fait à Amiens, en quatre exemplaires originaux.',
  '',
  'Le Préfet de la Somme          Le Président du Conseil départemental          Le Commandant du groupement de gendarmerie',
];

writeFileSync(join(OUT, '43-word-conforme.docx'), makeDocx(WORD_CONFORME));
writeFileSync(join(OUT, '44-word-gendarmerie.docx'), makeDocx(WORD_GENDARMERIE));
writeFileSync(join(OUT, '45-word-exclusions-sans-puces.docx'), makeDocx(WORD_EXCLUSIONS, false));
writeFileSync(join(OUT, '46-pdf-conforme.pdf'), makePdf(PDF_CONFORME));
writeFileSync(join(OUT, '47-pdf-ligne-unique.pdf'), makePdf(PDF_LIGNE_UNIQUE));
writeFileSync(join(OUT, '48-pdf-problemes.pdf'), makePdf(PDF_PROBLEMES));
writeFileSync(join(OUT, '63-word-annexe-nevers.docx'), makeDocx(WORD_NOTE_NEVERS));
writeFileSync(join(OUT, '64-pdf-convention-longue.pdf'), makePdf(PDF_CONVENTION_LONGUE, 70));
console.log(`fiches .docx et .pdf écrites dans ${OUT}`);
