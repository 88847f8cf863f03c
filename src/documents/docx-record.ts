/** The formulation record (Dokumen Rumusan Kompetensi) as a Word document. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  documentProperties,
  ListCounter,
  pageFooter,
  pageHeader,
  sectionProperties,
  textWidth,
} from './docx-common';
import { packDocx } from './docx-pack';
import { standardBlocks, standardFooterText } from './docx-standard';
import {
  blankName,
  noHistory,
  type RecordDocumentInput,
  type RecordOutline,
  recordOutline,
  type SignatureBlock,
} from './record-outline';

const para = (text: string, options: { bold?: boolean; center?: boolean; style?: string } = {}) =>
  new Paragraph({
    style: options.style ?? 'SkjCell',
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    children: [options.bold ? new TextRun({ text, bold: true }) : new TextRun(text)],
  });

const historyWidths = [450, 1450, 1800, 2000, 1650, textWidth - 7350];

function historyTable(outline: RecordOutline): Table | Paragraph {
  if (outline.historyRows.length === 0) return new Paragraph(noHistory);
  const shade = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: historyWidths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({
        tableHeader: true,
        children: outline.historyHeaders.map(
          (text, k) =>
            new TableCell({
              width: { size: historyWidths[k]!, type: WidthType.DXA },
              shading: shade,
              children: [para(text, { bold: true, center: true })],
            }),
        ),
      }),
      ...outline.historyRows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map(
              (text, k) =>
                new TableCell({
                  width: { size: historyWidths[k]!, type: WidthType.DXA },
                  children: [para(text, { center: k === 0 })],
                }),
            ),
          }),
      ),
    ],
  });
}

function signatureCell(block: SignatureBlock, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      para(block.date ? `Tanggal ${block.date}` : 'Tanggal ....................', { center: true }),
      para(block.caption, { center: true }),
      para(block.role, { bold: true, center: true }),
      new Paragraph({ spacing: { before: 900 }, children: [] }),
      new Paragraph({
        style: 'SkjCell',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: block.name ?? blankName, bold: true, underline: block.name ? {} : undefined }),
        ],
      }),
      para(block.nip, { center: true }),
    ],
  });
}

function signatureTable(outline: RecordOutline): Table {
  const half = Math.floor(textWidth / 2);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const rows: TableRow[] = [];
  for (let k = 0; k < outline.signatures.length; k += 2) {
    const pair = outline.signatures.slice(k, k + 2);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: pair.map((block) => signatureCell(block, half)),
      }),
    );
  }
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    margins: { top: 120, bottom: 240, left: 80, right: 80 },
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows,
  });
}

export async function renderRecordDocx(input: RecordDocumentInput): Promise<Buffer> {
  const outline = recordOutline(input);
  const standard = outline.standard;
  const lead = [
    new Paragraph({ style: 'SkjTitle', children: [new TextRun(outline.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun(outline.subtitle)],
    }),
  ];
  const properties = documentProperties(`Rumusan Kompetensi ${standard.positionName}`, standard.agencyName);
  const document = new Document({
    ...properties,
    sections: [
      {
        properties: sectionProperties,
        headers: { default: pageHeader(standard.agencyName, 'Dokumen Rumusan Kompetensi', standard.isDraft) },
        footers: { default: pageFooter(standardFooterText(standard)) },
        children: [
          ...standardBlocks(standard, new ListCounter(), lead),
          new Paragraph({ style: 'SkjSection', children: [new TextRun(outline.historyTitle)] }),
          historyTable(outline),
          new Paragraph({ style: 'SkjSection', children: [new TextRun(outline.signaturesTitle)] }),
          signatureTable(outline),
        ],
      },
    ],
  });
  // The ratification date, not the clock: the same ratified version gives the same bytes.
  return packDocx(document, properties, input.meta.ratifiedAt ?? input.meta.generatedAt);
}
