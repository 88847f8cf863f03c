/**
 * A job description (uraian jabatan) as pdfmake content, the same outline and layout as the Word
 * document: title, identity lines, numbered sections with lists and tables (header row repeated
 * on every page).
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  type JobDescriptionDocumentInput,
  type JobDescriptionOutline,
  jobDescriptionOutline,
  type OutlineBlock,
} from './job-description-outline';
import {
  defaultStyle,
  documentInfo,
  gridLayout,
  pageFooter,
  pageHeader,
  pageMargins,
  renderPdf,
  styles,
  textWidth,
  watermark,
} from './pdf-common';
import { emptyValue } from './standard-outline';

function blockContent(block: OutlineBlock): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: block.text, alignment: 'justify' };
    case 'list':
      // A copy: pdfmake turns the items of a list it is given into objects, in place.
      return block.items.length > 0 ? { ol: [...block.items], separator: '.' } : { text: emptyValue };
    case 'table': {
      const body: TableCell[][] = [
        block.headers.map((text) => ({ text, style: ['cell', 'tableHeader'] })),
        ...block.rows.map((row) =>
          row.map((text, k) => ({
            text,
            style: 'cell',
            ...(k === 0 ? { alignment: 'center' as const } : {}),
          })),
        ),
      ];
      if (block.footer) body.push(block.footer.map((text) => ({ text, style: 'cell', bold: true })));
      return {
        layout: gridLayout,
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.widths.map((share) => share * textWidth),
          body,
        },
      };
    }
    case 'pairs':
      return {
        layout: 'noBorders',
        table: {
          widths: [150, 8, '*'],
          body: block.rows.map(([label, values]) => [
            label,
            ':',
            values.length > 1 ? { ol: [...values], separator: '.' } : (values[0] ?? emptyValue),
          ]),
        },
      };
  }
}

export function jobDescriptionContent(outline: JobDescriptionOutline): Content[] {
  return [
    { text: outline.title, style: 'title', margin: [0, 0, 0, 0] },
    { text: outline.levelHeading, style: 'levelHeading', margin: [0, 0, 0, 10] },
    {
      layout: 'noBorders',
      table: {
        widths: [110, 8, '*'],
        body: outline.identity.map(([label, value], k) => [label, ':', { text: value, bold: k === 0 }]),
      },
    },
    ...outline.sections.flatMap((section): Content[] => [
      { text: section.title, style: 'section' },
      ...section.blocks.map(blockContent),
    ]),
  ];
}

export async function renderJobDescriptionPdf(input: JobDescriptionDocumentInput): Promise<Buffer> {
  const outline = jobDescriptionOutline(input);
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    info: {
      ...documentInfo(`Uraian Jabatan ${outline.positionName}`, outline.agencyName),
      subject: 'Uraian Jabatan',
    },
    ...(outline.isDraft ? { watermark } : {}),
    header: () => pageHeader(outline.agencyName, 'Uraian Jabatan'),
    footer: (currentPage, pageCount) =>
      pageFooter(`${outline.positionName} · ${outline.statusLine}`, currentPage, pageCount),
    content: jobDescriptionContent(outline),
    defaultStyle,
    styles,
  });
}
