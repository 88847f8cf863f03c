/**
 * The letterhead and signature block of official documents, drawn as Word content. An SVG logo
 * goes in as SVG with a blank PNG fallback (Word 2016+ and LibreOffice draw the SVG; an older Word
 * shows the blank): SKJ has no rasterizer, see docs/decisions/0020-official-documents.md.
 */
import { crc32, deflateSync } from 'node:zlib';
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { textWidth } from './docx-common';
import type { Letterhead, SignatureBlockOutline } from './official-outline';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

let blank: Buffer | null = null;
/** A 1 × 1 transparent PNG: the fallback Word requires beside an SVG. */
function transparentPng(): Buffer {
  if (blank) return blank;
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  blank = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0, 0, 0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
  return blank;
}

const logoHeightPx = 80;

function logoRun(head: Letterhead): ImageRun | null {
  if (!head.logo) return null;
  const height = logoHeightPx;
  const width = Math.round(Math.min(120, (height * head.logo.width) / head.logo.height));
  const transformation = { width, height };
  if (head.logo.contentType === 'image/svg+xml') {
    return new ImageRun({
      type: 'svg',
      data: Buffer.from(head.logo.bytes),
      fallback: { type: 'png', data: transparentPng() },
      transformation,
    });
  }
  return new ImageRun({ type: 'png', data: Buffer.from(head.logo.bytes), transformation });
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** Kop surat: logo on the left, agency lines centred, a thick-thin rule below. */
export function docxLetterhead(head: Letterhead, width = textWidth): FileChild[] {
  const image = logoRun(head);
  const lines = [
    ...head.names.map(
      (name, k) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: name, bold: true, size: k === 0 ? 28 : 25 })],
        }),
    ),
    ...head.details.map(
      (detail) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: detail, size: 17 })],
        }),
    ),
  ];
  const logoWidth = image ? 1900 : 0;
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: image ? [logoWidth, width - 2 * logoWidth, logoWidth] : [width],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          ...(image
            ? [
                new TableCell({
                  width: { size: logoWidth, type: WidthType.DXA },
                  verticalAlign: VerticalAlignTable.CENTER,
                  children: [new Paragraph({ children: [image] })],
                }),
              ]
            : []),
          new TableCell({
            width: { size: width - 2 * logoWidth, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: lines.length > 0 ? lines : [new Paragraph('')],
          }),
          ...(image
            ? [
                new TableCell({
                  width: { size: logoWidth, type: WidthType.DXA },
                  children: [new Paragraph('')],
                }),
              ]
            : []),
        ],
      }),
    ],
  });
  const rule = new Paragraph({
    spacing: { after: 240 },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 1 } },
    children: [],
  });
  return [table, rule];
}

/** The signature block on the right half; kept on one page. */
export function docxSignature(
  block: SignatureBlockOutline,
  options: { before?: string[] } = {},
): FileChild[] {
  const half = Math.round(textWidth / 2);
  const line = (text: string, extra: { bold?: boolean; underline?: boolean; before?: number } = {}) =>
    new Paragraph({
      keepNext: true,
      keepLines: true,
      ...(extra.before ? { spacing: { before: extra.before } } : {}),
      children: [
        new TextRun({
          text,
          ...(extra.bold ? { bold: true } : {}),
          ...(extra.underline ? { underline: {} } : {}),
        }),
      ],
    });
  const lines = [
    ...(options.before ?? []).map((text) => line(text)),
    ...(block.placeLine ? [line(block.placeLine)] : []),
    ...(block.dateLine ? [line(block.dateLine)] : []),
    line(block.title, { bold: true, before: 120 }),
    line(block.name, { bold: true, underline: true, before: 1100 }),
    ...(block.nipLine ? [line(block.nipLine)] : []),
  ];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [] }),
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: [textWidth - half, half],
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: textWidth - half, type: WidthType.DXA },
              children: [new Paragraph('')],
            }),
            new TableCell({ width: { size: half, type: WidthType.DXA }, children: lines }),
          ],
        }),
      ],
    }),
  ];
}
