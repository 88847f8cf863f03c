/**
 * One standard as Word content in the official layout of seed 001: header fields, I Ikhtisar
 * Jabatan, II Standar Kompetensi (a real table, indicators as real numbered lists, the header row
 * repeated on every page), III Persyaratan Jabatan. `renderStandardDocx` wraps it in a document.
 */
import {
  AlignmentType,
  Document,
  type FileChild,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
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
import { docxLetterhead, docxSignature } from './docx-official';
import { packDocx } from './docx-pack';
import { hasLetterhead } from './official-outline';
import {
  type CompetencyGroup,
  competencyHeaders,
  importanceColumns,
  importanceMark,
  importanceName,
  type RequirementGroup,
  requirementHeaders,
  type StandardDocumentInput,
  type StandardOutline,
  sectionTitles,
  standardOutline,
} from './standard-outline';

const headerShade = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' };
const groupShade = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' };
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

function cellText(text: string, options: { bold?: boolean; center?: boolean } = {}): Paragraph {
  // Only what differs from the style: every property is XML written per cell, and a book has many.
  return new Paragraph({
    style: 'SkjCell',
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    children: [options.bold ? new TextRun({ text, bold: true }) : new TextRun(text)],
  });
}

function cell(
  children: Paragraph[],
  width: number,
  options: { columnSpan?: number; rowSpan?: number; shade?: typeof headerShade; middle?: boolean } = {},
): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    ...(options.shade ? { shading: options.shade } : {}),
    ...(options.middle ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
  });
}

/** Nama Jabatan … Kode Jabatan as label : value lines (a borderless table keeps the colons aligned). */
function identityTable(outline: StandardOutline): Table {
  const widths = [2600, 300, textWidth - 2900];
  const none = { style: 'none' as const, size: 0, color: 'FFFFFF' };
  const borders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    borders,
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

const competencyWidths = [2150, 700, 2450, textWidth - 5300];

function competencyTable(groups: CompetencyGroup[], lists: ListCounter): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: competencyHeaders.map((text, k) =>
      cell([cellText(text, { bold: true, center: true })], competencyWidths[k]!, {
        shade: headerShade,
        middle: true,
      }),
    ),
  });
  const rows: TableRow[] = [header];
  for (const group of groups) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell([cellText(group.title, { bold: true })], textWidth, { columnSpan: 4, shade: groupShade }),
        ],
      }),
    );
    if (group.rows.length === 0) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [cell([cellText('-', { center: true })], textWidth, { columnSpan: 4 })],
        }),
      );
    }
    for (const row of group.rows) {
      const instance = lists.take();
      const indicators =
        row.indicators.length > 0
          ? row.indicators.map(
              (text) =>
                new Paragraph({
                  style: 'SkjCell',
                  numbering: { reference: indicatorList, level: 0, instance },
                  children: [new TextRun(text)],
                }),
            )
          : [cellText('-')];
      // A row never splits across pages: its indicators stay with its name and level.
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell([cellText(`${row.number}. ${row.name}`)], competencyWidths[0]!),
            cell([cellText(String(row.level), { center: true })], competencyWidths[1]!),
            cell([cellText(row.description)], competencyWidths[2]!),
            cell(indicators, competencyWidths[3]!),
          ],
        }),
      );
    }
  }
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: competencyWidths,
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    rows,
  });
}

const markWidth = 850;
const requirementWidths = [2100, 1450, textWidth - 3550 - 3 * markWidth, markWidth, markWidth, markWidth];

function requirementTable(groups: RequirementGroup[]): Table {
  const headShade = { shade: headerShade, middle: true };
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell([cellText(requirementHeaders.kind, { bold: true, center: true })], requirementWidths[0]!, {
          ...headShade,
          rowSpan: 2,
        }),
        cell(
          [cellText(requirementHeaders.detail, { bold: true, center: true })],
          requirementWidths[1]! + requirementWidths[2]!,
          {
            ...headShade,
            rowSpan: 2,
            columnSpan: 2,
          },
        ),
        cell([cellText(requirementHeaders.importance, { bold: true, center: true })], 3 * markWidth, {
          ...headShade,
          columnSpan: 3,
        }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: 300, rule: HeightRule.ATLEAST },
      children: importanceColumns.map((importance) =>
        cell([cellText(importanceName(importance), { bold: true, center: true })], markWidth, headShade),
      ),
    }),
  ];
  for (const group of groups) {
    group.lines.forEach((line, k) => {
      const children: TableCell[] = [];
      if (k === 0) {
        children.push(
          cell([cellText(group.title, { bold: true })], requirementWidths[0]!, {
            rowSpan: group.lines.length,
          }),
        );
      }
      if (line.label === null) {
        children.push(
          cell([cellText(line.text)], requirementWidths[1]! + requirementWidths[2]!, { columnSpan: 2 }),
        );
      } else {
        if (line.label !== '') {
          let span = 1;
          while (group.lines[k + span]?.label === '') span++;
          children.push(cell([cellText(line.label)], requirementWidths[1]!, { rowSpan: span }));
        }
        children.push(cell([cellText(line.text)], requirementWidths[2]!));
      }
      for (const importance of importanceColumns) {
        const mark = line.importance === importance ? importanceMark : '';
        children.push(cell([cellText(mark, { bold: true, center: true })], markWidth, { middle: true }));
      }
      rows.push(new TableRow({ cantSplit: true, children }));
    });
  }
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: requirementWidths,
    layout: TableLayoutType.FIXED,
    margins: cellMargins,
    rows,
  });
}

function jobDescriptionBlocks(outline: StandardOutline, lists: ListCounter): FileChild[] {
  if (outline.jobDescription.length === 0) return [];
  const instance = lists.take();
  return [
    new Paragraph({
      spacing: { before: 160, after: 80 },
      keepNext: true,
      children: [new TextRun({ text: sectionTitles.jobDescription, bold: true })],
    }),
    ...outline.jobDescription.map(
      (task) =>
        new Paragraph({
          numbering: { reference: indicatorList, level: 0, instance },
          children: [new TextRun(task)],
        }),
    ),
  ];
}

function section(title: string): Paragraph {
  return new Paragraph({ style: 'SkjSection', children: [new TextRun(title)] });
}

/** The body of one standard; `lead` goes first (the book's headings for its table of contents). */
export function standardBlocks(
  outline: StandardOutline,
  lists: ListCounter,
  lead: FileChild[] = [],
): FileChild[] {
  return [
    ...lead,
    ...(hasLetterhead(outline.letterhead) ? docxLetterhead(outline.letterhead) : []),
    new Paragraph({ style: 'SkjTitle', spacing: { after: 240 }, children: [new TextRun(outline.title)] }),
    identityTable(outline),
    new Paragraph({
      style: 'SkjTitle',
      spacing: { before: 240, after: 0 },
      children: [new TextRun({ text: outline.levelHeading, size: 24 })],
    }),
    section(sectionTitles.summary),
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(outline.summary)] }),
    ...jobDescriptionBlocks(outline, lists),
    section(sectionTitles.competencies),
    competencyTable(outline.competencyGroups, lists),
    section(sectionTitles.requirements),
    requirementTable(outline.requirementGroups),
    ...(outline.adoptionNote
      ? [
          new Paragraph({
            style: 'SkjSmall',
            spacing: { before: 160 },
            children: [new TextRun(outline.adoptionNote)],
          }),
        ]
      : []),
    ...(outline.approval ? docxSignature(outline.approval) : []),
  ];
}

export function standardFooterText(outline: StandardOutline): string {
  return `${outline.positionName} · ${outline.statusLine}`;
}

export async function renderStandardDocx(input: StandardDocumentInput): Promise<Buffer> {
  const outline = standardOutline(input);
  const properties = documentProperties(`SKJ ${outline.positionName}`, outline.agencyName);
  const document = new Document({
    ...properties,
    sections: [
      {
        properties: sectionProperties,
        headers: { default: pageHeader(outline.agencyName, 'Standar Kompetensi Jabatan', outline.isDraft) },
        footers: { default: pageFooter(standardFooterText(outline)) },
        children: standardBlocks(outline, new ListCounter()),
      },
    ],
  });
  // The ratification date, not the clock: the same ratified version gives the same bytes.
  return packDocx(document, properties, input.meta.ratifiedAt ?? input.meta.generatedAt);
}
