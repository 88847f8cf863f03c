/**
 * pdfmake set up once for the server: Noto Sans (full Latin-extended, OFL, `assets/fonts/`)
 * embedded and subset in every PDF, pdfmake's Roboto still registered for callers that name it; no
 * URL access and no local files but those fonts. A character the font lacks is reported in the
 * document and to the caller, never dropped silently (`renderPdfReport`). Page setup matches the
 * Word documents (A4 portrait, margins left 3 cm, top and bottom 2.5 cm, right 2 cm).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, StyleDictionary, TDocumentDefinitions, Watermark } from 'pdfmake/interfaces';
import { appRoot } from '../app-root';
import { fontCoverage, missingCharacters } from './font-coverage';
import { draftWatermark } from './standard-outline';

const require = createRequire(import.meta.url);
const robotoDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
export const notoDir = path.join(appRoot, 'assets', 'fonts');

pdfmake.setFonts({
  NotoSans: {
    normal: path.join(notoDir, 'NotoSans-Regular.ttf'),
    bold: path.join(notoDir, 'NotoSans-Bold.ttf'),
    italics: path.join(notoDir, 'NotoSans-Italic.ttf'),
    bolditalics: path.join(notoDir, 'NotoSans-BoldItalic.ttf'),
  },
  Roboto: {
    normal: path.join(robotoDir, 'Roboto-Regular.ttf'),
    bold: path.join(robotoDir, 'Roboto-Medium.ttf'),
    italics: path.join(robotoDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(robotoDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => {
  const resolved = path.resolve(file);
  return resolved.startsWith(robotoDir + path.sep) || resolved.startsWith(notoDir + path.sep);
});

/** The four faces share one character set; the regular face's cmap stands for all. */
let coverage: ReturnType<typeof fontCoverage> | null = null;
function pdfFontCoverage() {
  coverage ??= fontCoverage(fs.readFileSync(path.join(notoDir, 'NotoSans-Regular.ttf')));
  return coverage;
}

const cm = (value: number) => (value * 72) / 2.54;

export const margins = { left: cm(3), top: cm(2.5), right: cm(2), bottom: cm(2.5) };
/** Width between the margins, in points (16 cm). */
export const textWidth = cm(21) - margins.left - margins.right;
export const pageMargins: [number, number, number, number] = [
  margins.left,
  margins.top,
  margins.right,
  margins.bottom,
];

export const styles: StyleDictionary = {
  title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
  levelHeading: { fontSize: 12, bold: true, alignment: 'center', margin: [0, 10, 0, 0] },
  section: { fontSize: 11, bold: true, margin: [0, 12, 0, 6] },
  tableHeader: { bold: true, alignment: 'center', fillColor: '#d9d9d9' },
  group: { bold: true, fillColor: '#f2f2f2' },
  cell: { fontSize: 9.5 },
  small: { fontSize: 8, color: '#404040' },
  bookHeading: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
};

export const pdfFont = 'NotoSans';
export const defaultStyle = { font: pdfFont, fontSize: 10.5, lineHeight: 1.1 };

export const watermark: Watermark = {
  text: draftWatermark,
  color: '#a0a0a0',
  opacity: 0.25,
  bold: true,
};

export const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#404040',
  vLineColor: () => '#404040',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const rule = (y: number): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: y, x2: textWidth, y2: y, lineWidth: 0.5, lineColor: '#808080' }],
});

export function pageHeader(agencyName: string, right: string): Content {
  return {
    margin: [margins.left, cm(1.25), margins.right, 0],
    stack: [
      {
        columns: [
          { text: agencyName.toUpperCase(), bold: true, style: 'small' },
          { text: right, style: 'small', alignment: 'right' },
        ],
      },
      rule(3),
    ],
  };
}

export function pageFooter(left: string, currentPage: number, pageCount: number): Content {
  return {
    margin: [margins.left, 12, margins.right, 0],
    stack: [
      rule(0),
      {
        margin: [0, 3, 0, 0],
        columns: [
          { text: left, style: 'small' },
          { text: `Halaman ${currentPage} dari ${pageCount}`, style: 'small', alignment: 'right', width: 90 },
        ],
      },
    ],
  };
}

export function documentInfo(title: string, agencyName: string): TDocumentDefinitions['info'] {
  return {
    title,
    subject: 'Standar Kompetensi Jabatan (PermenPAN-RB 38/2017)',
    author: agencyName,
    creator: 'SKJ',
    producer: 'SKJ (pdfmake)',
  };
}

/** Every string of a content tree (text, list items, table cells, columns, stacks). */
function collectTexts(node: unknown, into: string[], depth = 0): void {
  if (depth > 200 || node === null || node === undefined) return;
  if (typeof node === 'string') {
    into.push(node);
    return;
  }
  if (typeof node === 'number') return;
  if (Array.isArray(node)) {
    for (const child of node) collectTexts(child, into, depth + 1);
    return;
  }
  if (typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'stack', 'columns', 'ol', 'ul', 'body', 'table', 'content']) {
      if (key in record) collectTexts(record[key], into, depth + 1);
    }
  }
}

/** Replaces every missing character in the tree's strings, in place (pdfmake would draw nothing). */
function replaceMissing(node: unknown, missing: ReadonlySet<string>, depth = 0): unknown {
  if (depth > 200) return node;
  if (typeof node === 'string') return [...node].map((c) => (missing.has(c) ? '\uFFFD' : c)).join('');
  if (Array.isArray(node)) {
    for (let k = 0; k < node.length; k++) node[k] = replaceMissing(node[k], missing, depth + 1);
    return node;
  }
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'stack', 'columns', 'ol', 'ul', 'body', 'table', 'content']) {
      if (key in record) record[key] = replaceMissing(record[key], missing, depth + 1);
    }
  }
  return node;
}

const codePointName = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Indonesian note listing characters the document's font lacks. */
export function missingCharactersNote(missing: readonly string[]): string {
  return `Catatan: ${missing.length} karakter tidak tersedia pada huruf dokumen ini dan ditampilkan sebagai \uFFFD: ${missing
    .map((c) => `"${c}" (${codePointName(c)})`)
    .join(', ')}. Teks aslinya tersimpan di SKJ dan utuh pada berkas DOCX.`;
}

export interface PdfReport {
  bytes: Buffer;
  /** Characters the embedded font cannot draw: shown as U+FFFD and listed at the end. */
  missingCharacters: string[];
}

/** Renders a PDF, reporting (in the document and in the result) characters the font lacks. */
export async function renderPdfReport(definition: TDocumentDefinitions): Promise<PdfReport> {
  const texts: string[] = [];
  collectTexts(definition.content, texts);
  const missing = missingCharacters(pdfFontCoverage(), texts);
  if (missing.length > 0) {
    replaceMissing(definition.content, new Set(missing));
    const note: Content = { text: missingCharactersNote(missing), style: 'small', margin: [0, 16, 0, 0] };
    definition.content = [
      ...(Array.isArray(definition.content) ? definition.content : [definition.content]),
      note,
    ];
    console.warn(
      `pdf: ${missing.length} character(s) not in the font: ${missing.map(codePointName).join(' ')}`,
    );
  }
  const bytes = await pdfmake.createPdf(definition).getBuffer();
  return { bytes, missingCharacters: missing };
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return (await renderPdfReport(definition)).bytes;
}
