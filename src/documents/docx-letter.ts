/** An official letter (`LetterDocument`) as a Word document: the same blocks as the PDF. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { documentProperties, indicatorList, ListCounter, page, pageFooter, pageHeader } from './docx-common';
import { docxLetterhead, docxSignature } from './docx-official';
import { packDocx } from './docx-pack';
import { standardBlocks } from './docx-standard';
import type { LetterBlock, LetterDocument } from './letter-outline';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
const headerShade = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' };
const weekShade = { type: ShadingType.CLEAR, color: 'auto', fill: '5B7FB8' };

const text = (
  value: string,
  options: { bold?: boolean; align?: 'left' | 'center' | 'justify'; style?: string } = {},
) =>
  new Paragraph({
    ...(options.style ? { style: options.style } : {}),
    ...(options.align === 'center'
      ? { alignment: AlignmentType.CENTER }
      : options.align === 'justify'
        ? { alignment: AlignmentType.JUSTIFIED }
        : {}),
    children: [new TextRun({ text: value, ...(options.bold ? { bold: true } : {}) })],
  });

function cell(children: Paragraph[], width: number, extra: { shading?: typeof headerShade } = {}) {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children, ...extra });
}

function plainTable(widths: number[], rows: Paragraph[][][], cantSplit = true): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: rows.map(
      (cells) =>
        new TableRow({ cantSplit, children: cells.map((children, k) => cell(children, widths[k]!)) }),
    ),
  });
}

function block(item: LetterBlock, width: number, lists: ListCounter): FileChild[] {
  switch (item.kind) {
    case 'heading':
      return [
        ...item.lines.map(
          (line) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              keepNext: true,
              children: [new TextRun({ text: line, bold: true, size: item.size === 'title' ? 25 : 22 })],
            }),
        ),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          alignment:
            item.align === 'center'
              ? AlignmentType.CENTER
              : item.align === 'left'
                ? AlignmentType.LEFT
                : AlignmentType.JUSTIFIED,
          children: [new TextRun({ text: item.text, ...(item.bold ? { bold: true } : {}) })],
        }),
      ];
    case 'labelled':
      return [
        plainTable(
          [1600, 250, 550, width - 2400],
          item.items.map((entry, k) => [
            [text(k === 0 ? item.label : '')],
            [text(k === 0 ? ':' : '')],
            [text(entry.marker)],
            [text(entry.text, { align: 'justify' })],
          ]),
        ),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'fields':
      return [
        plainTable(
          [1600, 250, width - 1850],
          item.rows.map(([label, value]) => [[text(label)], [text(':')], [text(value)]]),
        ),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'table': {
      const total = item.widths.reduce((a, b) => a + b, 0);
      const widths = item.widths.map((w) => Math.floor((w / total) * width));
      const center = (c: number) => (item.centered?.includes(c) ? 'center' : 'left') as 'center' | 'left';
      return [
        new Table({
          width: { size: width, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          margins: { top: 30, bottom: 30, left: 60, right: 60 },
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: item.headers.map((h, c) =>
                cell([text(h, { bold: true, align: 'center', style: 'SkjCell' })], widths[c]!, {
                  shading: headerShade,
                }),
              ),
            }),
            ...item.rows.map(
              (row, r) =>
                new TableRow({
                  cantSplit: true,
                  children: row.map((value, c) =>
                    cell(
                      [text(value, { align: center(c), style: 'SkjCell' })],
                      widths[c]!,
                      item.shaded?.[r]?.[c] ? { shading: weekShade } : {},
                    ),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    }
    case 'signature':
      return docxSignature(item.block, item.before ? { before: item.before } : {});
    case 'list': {
      const instance = lists.take();
      return [
        new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [new TextRun(item.title)] }),
        ...item.items.map(
          (entry) =>
            new Paragraph({
              numbering: { reference: indicatorList, level: 0, instance },
              children: [new TextRun(entry)],
            }),
        ),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'standards':
      return item.standards.flatMap((outline, k) => [
        ...standardBlocks(
          { ...outline, letterhead: { names: [], details: [], logo: null }, approval: null },
          lists,
        ),
        ...(k < item.standards.length - 1 ? [new Paragraph({ children: [new PageBreak()] })] : []),
      ]);
  }
}

export async function renderLetterDocx(document: LetterDocument): Promise<Buffer> {
  const landscape = document.orientation === 'landscape';
  const width = (landscape ? page.height : page.width) - page.margin.left - page.margin.right;
  const lists = new ListCounter();
  const agency = document.letterhead?.names[0] ?? document.runningHeader ?? '';
  const properties = documentProperties(document.title, agency);
  const children: FileChild[] = [
    ...(document.letterhead ? docxLetterhead(document.letterhead, width) : []),
    ...document.blocks.flatMap((item) => block(item, width, lists)),
  ];
  const doc = new Document({
    ...properties,
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: {
              width: page.width,
              height: page.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: page.margin,
          },
        },
        ...(document.runningHeader
          ? { headers: { default: pageHeader(document.runningHeader, document.title, false) } }
          : {}),
        footers: { default: pageFooter(document.footer) },
        children,
      },
    ],
  });
  return packDocx(doc, properties, document.stampedAt);
}
