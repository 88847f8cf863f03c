/** An official letter (`LetterDocument`) as a PDF: letterhead, blocks, running footer. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { LetterBlock, LetterDocument } from './letter-outline';
import {
  defaultStyle,
  documentInfo,
  gridLayout,
  margins,
  type PdfReport,
  pageFooter,
  pageHeader,
  pageMargins,
  renderPdfReport,
  styles,
} from './pdf-common';
import { pdfLetterhead, pdfSignature } from './pdf-official';
import { standardContent } from './pdf-standard';

const cm = (value: number) => (value * 72) / 2.54;

function widthOf(document: LetterDocument): number {
  const pageWidth = document.orientation === 'landscape' ? cm(29.7) : cm(21);
  return pageWidth - margins.left - margins.right;
}

function block(item: LetterBlock, width: number): Content[] {
  switch (item.kind) {
    case 'heading':
      return [
        {
          stack: item.lines.map((line) => ({ text: line, bold: true })),
          alignment: 'center',
          fontSize: item.size === 'title' ? 12.5 : 11,
          margin: [0, 4, 0, 10],
        },
      ];
    case 'paragraph':
      return [
        {
          text: item.text,
          alignment: item.align ?? 'justify',
          bold: item.bold ?? false,
          margin: [0, 0, 0, 6],
        },
      ];
    case 'labelled':
      return [
        {
          margin: [0, 0, 0, 8],
          layout: 'noBorders',
          table: {
            widths: [80, 8, 26, '*'],
            dontBreakRows: true,
            body: item.items.map((entry, k) => [
              k === 0 ? { text: item.label } : '',
              k === 0 ? ':' : '',
              { text: entry.marker },
              { text: entry.text, alignment: 'justify' },
            ]),
          },
        },
      ];
    case 'fields':
      return [
        {
          margin: [0, 0, 0, 8],
          layout: 'noBorders',
          table: {
            widths: [80, 8, '*'],
            body: item.rows.map(([label, value]) => [label, ':', value]),
          },
        },
      ];
    case 'table': {
      const total = item.widths.reduce((a, b) => a + b, 0);
      const body: TableCell[][] = [
        item.headers.map((text) => ({ text, style: ['cell', 'tableHeader'] })),
        ...item.rows.map((row, r) =>
          row.map((text, c) => ({
            text,
            style: 'cell',
            ...(item.centered?.includes(c) ? { alignment: 'center' as const } : {}),
            ...(item.shaded?.[r]?.[c] ? { fillColor: '#5b7fb8' } : {}),
          })),
        ),
      ];
      // A table of many narrow columns (a schedule's weeks) gets thinner cell padding.
      const padding = item.widths.length > 12 ? 2 : 4;
      return [
        {
          layout: { ...gridLayout, paddingLeft: () => padding, paddingRight: () => padding },
          margin: [0, 0, 0, 8],
          table: {
            headerRows: 1,
            dontBreakRows: true,
            // pdfmake's widths leave out each cell's padding and rules: take those off first, or a
            // wide table runs off the page.
            widths: item.widths.map(
              (w) => (w / total) * (width - item.widths.length * (2 * padding + 0.5) - 1),
            ),
            body,
          },
        },
      ];
    }
    case 'signature':
      return [pdfSignature(item.block, item.before ? { before: item.before } : {})];
    case 'list':
      return [
        { text: item.title, margin: [0, 14, 0, 2] },
        { ol: [...item.items], separator: '.' },
      ];
    case 'pageBreak':
      return [{ text: '', pageBreak: 'after' }];
    case 'standards':
      return item.standards.flatMap((outline, k) => [
        ...standardContent({
          ...outline,
          letterhead: { names: [], details: [], logo: null },
          approval: null,
        }),
        ...(k < item.standards.length - 1 ? [{ text: '', pageBreak: 'after' } as Content] : []),
      ]);
  }
}

export async function renderLetterPdf(document: LetterDocument): Promise<PdfReport> {
  const width = widthOf(document);
  return renderPdfReport({
    pageSize: 'A4',
    pageOrientation: document.orientation,
    pageMargins,
    info: documentInfo(document.title, document.letterhead?.names[0] ?? ''),
    ...(document.runningHeader ? { header: () => pageHeader(document.runningHeader!, document.title) } : {}),
    footer: (currentPage, pageCount) => pageFooter(document.footer, currentPage, pageCount),
    content: [
      ...(document.letterhead ? [pdfLetterhead(document.letterhead, width)] : []),
      ...document.blocks.flatMap((item) => block(item, width)),
    ],
    defaultStyle,
    styles,
  });
}
