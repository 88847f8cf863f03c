/** The formulation record (Dokumen Rumusan Kompetensi) as a PDF, the same layout as the Word one. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  defaultStyle,
  documentInfo,
  gridLayout,
  pageFooter,
  pageHeader,
  pageMargins,
  renderPdf,
  styles,
  watermark,
} from './pdf-common';
import { standardContent, standardFooterText } from './pdf-standard';
import {
  blankName,
  noHistory,
  type RecordDocumentInput,
  type RecordOutline,
  recordOutline,
  type SignatureBlock,
} from './record-outline';

function historyTable(outline: RecordOutline): Content {
  if (outline.historyRows.length === 0) return { text: noHistory };
  const body: TableCell[][] = [
    outline.historyHeaders.map((text) => ({ text, style: ['cell', 'tableHeader'] })),
    ...outline.historyRows.map((row) =>
      row.map((text, k) => ({ text, style: 'cell', ...(k === 0 ? { alignment: 'center' as const } : {}) })),
    ),
  ];
  return {
    layout: gridLayout,
    table: { headerRows: 1, dontBreakRows: true, widths: [18, 62, 80, 90, 74, '*'], body },
  };
}

function signature(block: SignatureBlock): Content {
  return {
    unbreakable: true,
    alignment: 'center',
    margin: [0, 6, 0, 12],
    stack: [
      block.date ? `Tanggal ${block.date}` : 'Tanggal ....................',
      block.caption,
      { text: block.role, bold: true },
      {
        text: block.name ?? blankName,
        bold: true,
        decoration: block.name ? 'underline' : undefined,
        margin: [0, 48, 0, 0],
      },
      block.nip,
    ],
  };
}

function signatureGrid(outline: RecordOutline): Content {
  const rows: Content[] = [];
  for (let k = 0; k < outline.signatures.length; k += 2) {
    rows.push({ columns: outline.signatures.slice(k, k + 2).map(signature), columnGap: 20 });
  }
  return { stack: rows };
}

export async function renderRecordPdf(input: RecordDocumentInput): Promise<Buffer> {
  const outline = recordOutline(input);
  const standard = outline.standard;
  const lead: Content[] = [
    { text: outline.title, style: 'title', margin: [0, 0, 0, 2] },
    { text: outline.subtitle, alignment: 'center', margin: [0, 0, 0, 16] },
  ];
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    info: documentInfo(`Rumusan Kompetensi ${standard.positionName}`, standard.agencyName),
    ...(standard.isDraft ? { watermark } : {}),
    header: () => pageHeader(standard.agencyName, 'Dokumen Rumusan Kompetensi'),
    footer: (currentPage, pageCount) => pageFooter(standardFooterText(standard), currentPage, pageCount),
    content: [
      ...standardContent(standard, lead),
      { text: outline.historyTitle, style: 'section' },
      historyTable(outline),
      { text: outline.signaturesTitle, style: 'section' },
      signatureGrid(outline),
    ],
    defaultStyle,
    styles,
  });
}
