/** The 360° questionnaire and the behavioural-event interview guide as PDFs, laid out as the Word ones. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  type InstrumentCompetency,
  type InstrumentInput,
  interviewGuideOutline,
  questionnaireOutline,
} from './instrument-outline';
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

function anchorTable(competency: InstrumentCompetency, withMark: boolean, cannotRate?: string): Content {
  const body: TableCell[][] = [
    [
      { text: 'Level', style: ['cell', 'tableHeader'] },
      { text: 'Deskripsi dan indikator perilaku', style: ['cell', 'tableHeader'] },
      ...(withMark ? [{ text: 'Pilih (X)', style: ['cell', 'tableHeader'] } as TableCell] : []),
    ],
    ...competency.anchors.map((a): TableCell[] => [
      { text: a.label, style: 'cell', bold: true },
      { stack: [a.description, { ul: a.indicators, margin: [0, 2, 0, 0] }], style: 'cell' },
      ...(withMark ? [{ text: '', style: 'cell' } as TableCell] : []),
    ]),
    ...(withMark && cannotRate
      ? [
          [
            { text: '—', style: 'cell' },
            { text: cannotRate, style: 'cell' },
            { text: '', style: 'cell' },
          ] as TableCell[],
        ]
      : []),
  ];
  return {
    layout: gridLayout,
    table: { headerRows: 1, dontBreakRows: true, widths: withMark ? [60, '*', 40] : [60, '*'], body },
  };
}

async function render(
  input: InstrumentInput,
  kind: string,
  outline: { title: string; positionLine: string; statusLine: string; isDraft: boolean; agencyName: string },
  content: Content[],
) {
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    info: documentInfo(`${outline.title} ${input.meta.positionName}`, outline.agencyName),
    ...(outline.isDraft ? { watermark } : {}),
    header: () => pageHeader(outline.agencyName, kind),
    footer: (currentPage, pageCount) =>
      pageFooter(`${input.meta.positionName} · ${kind}`, currentPage, pageCount),
    content: [
      { text: outline.title, style: 'title', margin: [0, 0, 0, 2] },
      { text: outline.positionLine, alignment: 'center', bold: true },
      { text: outline.statusLine, alignment: 'center', margin: [0, 0, 0, 12] },
      ...content,
    ],
    defaultStyle,
    styles,
  });
}

const blank = (field: string): Content => ({
  text: `${field}: ....................................................`,
});

export async function renderQuestionnairePdf(input: InstrumentInput): Promise<Buffer> {
  const outline = questionnaireOutline(input);
  const content: Content[] = [
    { text: 'Identitas', style: 'section' },
    ...outline.identity.map(blank),
    {
      text: `Hubungan penilai dengan pegawai yang dinilai: ${outline.relations.map((r) => `[ ] ${r}`).join('   ')}`,
    },
    { text: 'Petunjuk', style: 'section' },
    { ol: outline.instructions },
  ];
  for (const competency of outline.competencies) {
    content.push(
      { text: competency.heading, style: 'section' },
      anchorTable(competency, true, outline.cannotRate),
    );
  }
  content.push({ text: outline.closing, margin: [0, 12, 0, 0] });
  return render(input, 'Kuesioner Penilaian 360°', outline, content);
}

export async function renderInterviewGuidePdf(input: InstrumentInput): Promise<Buffer> {
  const outline = interviewGuideOutline(input);
  const content: Content[] = [
    { text: 'Identitas', style: 'section' },
    ...outline.identity.map(blank),
    { text: 'Petunjuk bagi pewawancara', style: 'section' },
    { ol: outline.instructions },
    { text: 'Pertanyaan penggalian (STAR)', style: 'section' },
    ...outline.probes.map((p): Content => ({ text: [{ text: `${p.label}: `, bold: true }, p.questions] })),
  ];
  for (const competency of outline.competencies) {
    content.push(
      { text: competency.heading, style: 'section' },
      { text: [{ text: 'Perilaku yang dicari: ', bold: true }, competency.target] },
      { text: 'Pertanyaan utama:', bold: true, margin: [0, 6, 0, 2] },
      { ol: competency.questions },
      { text: 'Acuan penilaian:', bold: true, margin: [0, 6, 0, 2] },
      anchorTable(competency, false),
      {
        text: 'Bukti perilaku: ................................................................................',
        margin: [0, 6, 0, 0],
      },
      { text: 'Level yang ditetapkan: ........' },
    );
  }
  content.push({ text: outline.scoring, margin: [0, 12, 0, 0] });
  return render(input, 'Panduan Wawancara Perilaku', outline, content);
}
