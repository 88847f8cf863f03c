/**
 * A job description (uraian jabatan) as a Word document in the layout of the SKJ documents (page,
 * styles, header and footer of docx-common.ts): title, identity lines, then the numbered sections
 * of the outline as paragraphs, real numbered lists and real tables with a repeated header row.
 */
import {
  AlignmentType,
  Document,
  type FileChild,
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
  indicatorList,
  ListCounter,
  pageFooter,
  pageHeader,
  sectionProperties,
  textWidth,
} from './docx-common';
import { packDocx } from './docx-pack';
import {
  type JobDescriptionDocumentInput,
  type JobDescriptionOutline,
  jobDescriptionOutline,
  type OutlineBlock,
} from './job-description-outline';
import { emptyValue } from './standard-outline';

const headerShade = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' };
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
const none = { style: 'none' as const, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

function cellParagraph(text: string, options: { bold?: boolean; center?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: 'SkjCell',
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    children: [options.bold ? new TextRun({ text, bold: true }) : new TextRun(text)],
  });
}

function cell(children: Paragraph[], width: number, shade = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(shade ? { shading: headerShade } : {}),
  });
}

function gridTable(block: Extract<OutlineBlock, { kind: 'table' }>): Table {
  const widths = block.widths.map((share) => Math.round(share * textWidth));
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.headers.map((text, k) =>
        cell([cellParagraph(text, { bold: true, center: true })], widths[k]!, true),
      ),
    }),
    ...block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map((text, k) => cell([cellParagraph(text, { center: k === 0 })], widths[k]!)),
        }),
    ),
  ];
  if (block.footer) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: block.footer.map((text, k) => cell([cellParagraph(text, { bold: true })], widths[k]!)),
      }),
    );
  }
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    rows,
  });
}

/** Label : values, values one per line (numbered when more than one). */
function pairsTable(block: Extract<OutlineBlock, { kind: 'pairs' }>, lists: ListCounter): Table {
  const widths = [3000, 300, textWidth - 3300];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    borders: noBorders,
    rows: block.rows.map(([label, values]) => {
      const instance = values.length > 1 ? lists.take() : 0;
      const paragraphs = values.map((text) =>
        values.length > 1
          ? new Paragraph({
              numbering: { reference: indicatorList, level: 0, instance },
              children: [new TextRun(text)],
            })
          : new Paragraph({ children: [new TextRun(text)] }),
      );
      return new TableRow({
        children: [
          cell([new Paragraph({ children: [new TextRun(label)] })], widths[0]!),
          cell([new Paragraph(':')], widths[1]!),
          cell(paragraphs, widths[2]!),
        ],
      });
    }),
  });
}

function blockContent(block: OutlineBlock, lists: ListCounter): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(block.text)] })];
    case 'list': {
      if (block.items.length === 0) return [new Paragraph({ children: [new TextRun(emptyValue)] })];
      const instance = lists.take();
      return block.items.map(
        (text) =>
          new Paragraph({
            numbering: { reference: indicatorList, level: 0, instance },
            children: [new TextRun(text)],
          }),
      );
    }
    case 'table':
      return [gridTable(block)];
    case 'pairs':
      return [pairsTable(block, lists)];
  }
}

function identityTable(outline: JobDescriptionOutline): Table {
  const widths = [2600, 300, textWidth - 2900];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    borders: noBorders,
    rows: outline.identity.map(
      ([label, value], k) =>
        new TableRow({
          children: [
            cell([new Paragraph({ children: [new TextRun(label)] })], widths[0]!),
            cell([new Paragraph(':')], widths[1]!),
            cell([new Paragraph({ children: [new TextRun({ text: value, bold: k === 0 })] })], widths[2]!),
          ],
        }),
    ),
  });
}

export function jobDescriptionBlocks(outline: JobDescriptionOutline): FileChild[] {
  const lists = new ListCounter();
  return [
    new Paragraph({ style: 'SkjTitle', spacing: { after: 0 }, children: [new TextRun(outline.title)] }),
    new Paragraph({
      style: 'SkjTitle',
      spacing: { after: 240 },
      children: [new TextRun({ text: outline.levelHeading, size: 24 })],
    }),
    identityTable(outline),
    ...outline.sections.flatMap((section) => [
      new Paragraph({ style: 'SkjSection', children: [new TextRun(section.title)] }),
      ...section.blocks.flatMap((block) => blockContent(block, lists)),
    ]),
  ];
}

export async function renderJobDescriptionDocx(input: JobDescriptionDocumentInput): Promise<Buffer> {
  const outline = jobDescriptionOutline(input);
  const properties = documentProperties(`Uraian Jabatan ${outline.positionName}`, outline.agencyName);
  properties.subject = 'Uraian Jabatan (hasil analisis jabatan)';
  const document = new Document({
    ...properties,
    sections: [
      {
        properties: sectionProperties,
        headers: { default: pageHeader(outline.agencyName, 'Uraian Jabatan', outline.isDraft) },
        footers: { default: pageFooter(`${outline.positionName} · ${outline.statusLine}`) },
        children: jobDescriptionBlocks(outline),
      },
    ],
  });
  // The ratification date, not the clock: the same ratified version gives the same bytes.
  return packDocx(document, properties, input.meta.ratifiedAt ?? input.meta.generatedAt);
}
