/**
 * pdfmake set up once for the server: its bundled Roboto (Latin with Indonesian's letters and
 * diacritics), embedded in every PDF; no URL access and no local files but those fonts. Page setup
 * matches the Word documents (A4 portrait, margins left 3 cm, top and bottom 2.5 cm, right 2 cm).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, StyleDictionary, TDocumentDefinitions, Watermark } from 'pdfmake/interfaces';
import { draftWatermark } from './standard-outline';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

pdfmake.setFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));

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

export const defaultStyle = { font: 'Roboto', fontSize: 10.5, lineHeight: 1.1 };

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

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
