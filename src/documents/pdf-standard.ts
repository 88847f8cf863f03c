/**
 * One standard as pdfmake content, the same outline and layout as the Word document: header
 * fields, I Ikhtisar Jabatan, II Standar Kompetensi (header row repeated on every page, indicators
 * as numbered lists), III Persyaratan Jabatan. `renderStandardPdf` wraps it in a document.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { hasLetterhead } from './official-outline';
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
import { pdfLetterhead, pdfSignature } from './pdf-official';
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

const header = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
  text,
  style: ['cell', 'tableHeader'],
  ...extra,
});
const cellText = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
  text,
  style: 'cell',
  ...extra,
});

function identityTable(outline: StandardOutline): Content {
  return {
    layout: 'noBorders',
    table: {
      widths: [110, 8, '*'],
      body: outline.identity.map(([label, value], k) => [label, ':', { text: value, bold: k === 0 }]),
    },
  };
}

const competencyWidths = [0.24, 0.075, 0.27].map((share) => share * textWidth);

function jobDescription(outline: StandardOutline): Content[] {
  if (outline.jobDescription.length === 0) return [];
  return [
    { text: sectionTitles.jobDescription, bold: true, margin: [0, 8, 0, 4] },
    // A copy: pdfmake turns list items into objects, in place.
    { ol: [...outline.jobDescription], separator: '.' },
  ];
}

function competencyTable(groups: CompetencyGroup[]): Content {
  const body: TableCell[][] = [competencyHeaders.map((text) => header(text))];
  for (const group of groups) {
    body.push([{ text: group.title, style: ['cell', 'group'], colSpan: 4 }, '', '', '']);
    if (group.rows.length === 0) body.push([cellText('-', { colSpan: 4, alignment: 'center' }), '', '', '']);
    for (const row of group.rows) {
      body.push([
        cellText(`${row.number}. ${row.name}`),
        cellText(String(row.level), { alignment: 'center' }),
        cellText(row.description),
        // A copy: pdfmake turns the items of a list it is given into objects, in place.
        row.indicators.length > 0
          ? { ol: [...row.indicators], style: 'cell', separator: '.' }
          : cellText('-'),
      ]);
    }
  }
  return {
    layout: gridLayout,
    // A row never splits across pages: its indicators stay with its name and level.
    table: { headerRows: 1, dontBreakRows: true, widths: [...competencyWidths, '*'], body },
  };
}

const markWidth = 42;

function requirementTable(groups: RequirementGroup[]): Content {
  const body: TableCell[][] = [
    [
      header(requirementHeaders.kind, { rowSpan: 2 }),
      header(requirementHeaders.detail, { rowSpan: 2, colSpan: 2 }),
      '',
      header(requirementHeaders.importance, { colSpan: 3 }),
      '',
      '',
    ],
    ['', '', '', ...importanceColumns.map((importance) => header(importanceName(importance)))],
  ];
  for (const group of groups) {
    group.lines.forEach((line, k) => {
      const row: TableCell[] = [
        k === 0 ? cellText(group.title, { bold: true, rowSpan: group.lines.length }) : '',
      ];
      if (line.label === null) {
        row.push(cellText(line.text, { colSpan: 2 }), '');
      } else {
        let span = 1;
        while (line.label !== '' && group.lines[k + span]?.label === '') span++;
        row.push(line.label === '' ? '' : cellText(line.label, { rowSpan: span }), cellText(line.text));
      }
      for (const importance of importanceColumns) {
        row.push(
          cellText(line.importance === importance ? importanceMark : '', { alignment: 'center', bold: true }),
        );
      }
      body.push(row);
    });
  }
  return {
    layout: gridLayout,
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: [95, 70, '*', markWidth, markWidth, markWidth],
      body,
    },
  };
}

/** The body of one standard; `lead` goes first (the book's table-of-contents items). */
export function standardContent(outline: StandardOutline, lead: Content[] = []): Content[] {
  return [
    ...lead,
    ...(hasLetterhead(outline.letterhead) ? [pdfLetterhead(outline.letterhead)] : []),
    { text: outline.title, style: 'title' },
    identityTable(outline),
    { text: outline.levelHeading, style: 'levelHeading' },
    { text: sectionTitles.summary, style: 'section' },
    { text: outline.summary, alignment: 'justify' },
    ...jobDescription(outline),
    { text: sectionTitles.competencies, style: 'section' },
    competencyTable(outline.competencyGroups),
    { text: sectionTitles.requirements, style: 'section' },
    requirementTable(outline.requirementGroups),
    ...(outline.adoptionNote
      ? [{ text: outline.adoptionNote, style: 'small', margin: [0, 8, 0, 0] } as Content]
      : []),
    ...(outline.approval ? [pdfSignature(outline.approval)] : []),
  ];
}

export function standardFooterText(outline: StandardOutline): string {
  return `${outline.positionName} · ${outline.statusLine}`;
}

export async function renderStandardPdf(input: StandardDocumentInput): Promise<Buffer> {
  const outline = standardOutline(input);
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    info: documentInfo(`SKJ ${outline.positionName}`, outline.agencyName),
    ...(outline.isDraft ? { watermark } : {}),
    header: () => pageHeader(outline.agencyName, 'Standar Kompetensi Jabatan'),
    footer: (currentPage, pageCount) => pageFooter(standardFooterText(outline), currentPage, pageCount),
    content: standardContent(outline),
    defaultStyle,
    styles,
  });
}
