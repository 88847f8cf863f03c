/**
 * The position map as a chart PDF (peta jabatan: every position of a unit arranged by authority,
 * the Ministry's deck) in a vertical layout (a superior above its subordinates) or a horizontal one
 * (left to right), A3 or A4 landscape; and the Rekapitulasi Kelas Jabatan dan Persediaan Pegawai
 * as a PDF. Each box: name, class, B (in place), K (required) and B − K.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  type MapPosition,
  type MapUnit,
  type StaffingRecapRow,
  signedDifference,
} from '../domain/position-map';
import { findJobLevel } from '../domain/reference';
import { formatDate } from './dates';
import type { Letterhead } from './official-outline';
import {
  defaultStyle,
  documentInfo,
  gridLayout,
  type PdfReport,
  pageFooter,
  renderPdfReport,
  styles,
} from './pdf-common';
import { pdfLetterhead } from './pdf-official';
import type { ChartLayout, ChartPaper } from './position-chart-options';

export type { ChartLayout, ChartPaper } from './position-chart-options';

export interface PositionChartInput {
  agencyName: string;
  scopeName: string | null;
  letterhead: Letterhead;
  units: MapUnit[];
  layout: ChartLayout;
  paper: ChartPaper;
  generatedAt: Date;
}

const cm = (value: number) => (value * 72) / 2.54;
const chartMargins: [number, number, number, number] = [cm(1.5), cm(1.5), cm(1.5), cm(1.8)];

function box(p: MapPosition): Content {
  const level = findJobLevel(p.jobLevel)?.name ?? p.jobLevel;
  const grade = p.jobGrade === null ? 'kelas -' : `kelas ${p.jobGrade}`;
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: p.name, bold: true, fontSize: 7.5 },
              { text: `${level} · ${grade}`, fontSize: 6.5, color: '#404040' },
              {
                text: `B ${p.headcount} · K ${p.requiredHeadcount} · ${signedDifference(p.headcount - p.requiredHeadcount)}`,
                fontSize: 6.5,
                bold: p.headcount < p.requiredHeadcount,
                color: p.headcount < p.requiredHeadcount ? '#b00000' : '#000000',
              },
            ],
            fillColor: p.positionGroup === 'functional' ? '#f3f6fb' : '#ffffff',
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.7,
      vLineWidth: () => 0.7,
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
}

/** A superior above its subordinates, the subordinates side by side under a connecting line. */
function verticalNode(p: MapPosition): Content {
  // A box keeps its width however wide its column is, so a lone position does not span the page.
  if (p.children.length === 0)
    return {
      margin: [2, 0, 2, 0],
      columns: [
        { width: '*', text: '' },
        { width: 120, stack: [box(p)] },
        { width: '*', text: '' },
      ],
    };
  return {
    margin: [2, 0, 2, 0],
    stack: [
      {
        columns: [
          { width: '*', text: '' },
          { width: 120, stack: [box(p)] },
          { width: '*', text: '' },
        ],
      },
      {
        margin: [0, 4, 0, 0],
        table: {
          widths: p.children.map(() => '*'),
          body: [p.children.map((c) => ({ stack: [verticalNode(c)], margin: [0, 4, 0, 0] }) as TableCell)],
        },
        layout: {
          hLineWidth: (i: number) => (i === 0 ? 0.7 : 0),
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => 0,
        },
      },
    ],
  };
}

/** Left to right: a superior, then its subordinates stacked to its right. */
function horizontalNode(p: MapPosition): Content {
  if (p.children.length === 0) return { columns: [{ width: 150, stack: [box(p)] }], margin: [0, 2, 0, 2] };
  return {
    margin: [0, 2, 0, 2],
    columns: [
      { width: 150, stack: [box(p)] },
      {
        width: '*',
        table: { widths: ['*'], body: p.children.map((c) => [{ stack: [horizontalNode(c)] } as TableCell]) },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 0.7 : 0),
          paddingLeft: () => 8,
          paddingRight: () => 0,
        },
      },
    ],
    columnGap: 6,
  };
}

function unitSections(units: MapUnit[], path: string[] = []): { title: string; positions: MapPosition[] }[] {
  return units.flatMap((u) => [
    ...(u.positions.length > 0 ? [{ title: [...path, u.name].join(' › '), positions: u.positions }] : []),
    ...unitSections(u.children, [...path, u.name]),
  ]);
}

export async function renderPositionChartPdf(input: PositionChartInput): Promise<PdfReport> {
  const sections = unitSections(input.units);
  const node = input.layout === 'vertical' ? verticalNode : horizontalNode;
  const title = `PETA JABATAN ${input.agencyName.toUpperCase()}`;
  const content: Content[] = [
    pdfLetterhead(input.letterhead, (input.paper === 'A3' ? cm(42) : cm(29.7)) - cm(3)),
    { text: title, style: 'title' },
    ...(input.scopeName
      ? [{ text: input.scopeName, alignment: 'center', margin: [0, 0, 0, 6] } as Content]
      : []),
    {
      text: 'B = pegawai yang ada; K = kebutuhan; +/- = B − K (negatif: kurang pegawai).',
      style: 'small',
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    ...sections.flatMap((section, k) => [
      {
        text: section.title,
        style: 'section',
        // Units follow each other rather than one per page.
        margin: [0, k > 0 ? 14 : 0, 0, 4],
      } as Content,
      ...(input.layout === 'vertical'
        ? [
            {
              columns: section.positions.map((p) => ({ width: '*', stack: [node(p)] })),
              columnGap: 8,
            } as Content,
          ]
        : section.positions.map(node)),
    ]),
  ];
  if (sections.length === 0) content.push({ text: 'Belum ada jabatan pada peta ini.' });
  return renderPdfReport({
    pageSize: input.paper,
    pageOrientation: 'landscape',
    pageMargins: chartMargins,
    info: documentInfo(`Peta Jabatan ${input.agencyName}`, input.agencyName),
    footer: (currentPage, pageCount) =>
      ({
        ...(pageFooter(
          `Peta jabatan · dicetak ${formatDate(input.generatedAt)}`,
          currentPage,
          pageCount,
        ) as object),
        margin: [chartMargins[0], 12, chartMargins[2], 0],
      }) as Content,
    content,
    defaultStyle: { ...defaultStyle, fontSize: 8 },
    styles,
  });
}

export async function renderStaffingRecapPdf(input: {
  agencyName: string;
  scopeName: string | null;
  letterhead: Letterhead;
  rows: StaffingRecapRow[];
  total: StaffingRecapRow;
  generatedAt: Date;
}): Promise<PdfReport> {
  const line = (r: StaffingRecapRow, label: string, bold = false): TableCell[] =>
    [
      label,
      r.jobGrade === null && !bold ? 'Belum dievaluasi' : bold ? 'JUMLAH' : String(r.jobGrade),
      r.positions,
      r.headcount,
      r.requiredHeadcount,
      signedDifference(r.difference),
    ].map((value, k) => ({
      text: String(value),
      style: 'cell',
      alignment: k === 0 || k >= 2 ? 'center' : 'center',
      bold,
      ...(k === 5 && r.difference < 0 ? { color: '#b00000' } : {}),
    }));
  const body: TableCell[][] = [
    ['No', 'Kelas Jabatan', 'Jumlah Jabatan', 'B', 'K', '+/-'].map((text) => ({
      text,
      style: ['cell', 'tableHeader'],
    })),
    ...input.rows.map((r, k) => line(r, String(k + 1))),
    line(input.total, '', true),
  ];
  return renderPdfReport({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [cm(3), cm(2.5), cm(2), cm(2.5)],
    info: documentInfo(`Rekapitulasi Kelas Jabatan ${input.agencyName}`, input.agencyName),
    footer: (currentPage, pageCount) =>
      pageFooter(
        `Rekapitulasi kelas jabatan · dicetak ${formatDate(input.generatedAt)}`,
        currentPage,
        pageCount,
      ),
    content: [
      pdfLetterhead(input.letterhead),
      { text: 'REKAPITULASI KELAS JABATAN DAN PERSEDIAAN PEGAWAI', style: 'title' },
      ...(input.scopeName
        ? [{ text: input.scopeName, alignment: 'center', margin: [0, 0, 0, 6] } as Content]
        : []),
      {
        text: 'B = pegawai yang ada (bezetting); K = kebutuhan; +/- = B − K (negatif: kurang pegawai).',
        style: 'small',
        margin: [0, 0, 0, 8],
      },
      {
        layout: gridLayout,
        table: { headerRows: 1, dontBreakRows: true, widths: [30, '*', 80, 50, 50, 50], body },
      },
    ],
    defaultStyle,
    styles,
  });
}
