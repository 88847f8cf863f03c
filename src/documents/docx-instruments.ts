/** The 360° questionnaire and the behavioural-event interview guide as Word documents. */
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
import { documentProperties, pageFooter, pageHeader, sectionProperties, textWidth } from './docx-common';
import { packDocx } from './docx-pack';
import {
  type InstrumentCompetency,
  type InstrumentInput,
  interviewGuideOutline,
  questionnaireOutline,
} from './instrument-outline';

const para = (text: string, options: { bold?: boolean; center?: boolean; style?: string } = {}) =>
  new Paragraph({
    style: options.style ?? 'SkjCell',
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    children: [options.bold ? new TextRun({ text, bold: true }) : new TextRun(text)],
  });

const section = (text: string) => new Paragraph({ style: 'SkjSection', children: [new TextRun(text)] });
const shade = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' };

function anchorTable(competency: InstrumentCompetency, withMark: boolean, cannotRate?: string): Table {
  const widths = withMark ? [1300, textWidth - 2100, 800] : [1300, textWidth - 1300];
  const cell = (k: number, children: Paragraph[], header = false) =>
    new TableCell({
      width: { size: widths[k]!, type: WidthType.DXA },
      ...(header ? { shading: shade } : {}),
      children,
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell(0, [para('Level', { bold: true, center: true })], true),
        cell(1, [para('Deskripsi dan indikator perilaku', { bold: true, center: true })], true),
        ...(withMark ? [cell(2, [para('Pilih (X)', { bold: true, center: true })], true)] : []),
      ],
    }),
    ...competency.anchors.map(
      (a) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(0, [para(a.label, { bold: true })]),
            cell(1, [para(a.description), ...a.indicators.map((i) => para(`• ${i}`))]),
            ...(withMark ? [cell(2, [para('')])] : []),
          ],
        }),
    ),
    ...(withMark && cannotRate
      ? [
          new TableRow({
            cantSplit: true,
            children: [cell(0, [para('—')]), cell(1, [para(cannotRate)]), cell(2, [para('')])],
          }),
        ]
      : []),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows,
  });
}

function titleBlock(title: string, positionLine: string, status: string): Paragraph[] {
  return [
    new Paragraph({ style: 'SkjTitle', children: [new TextRun(title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: positionLine, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun(status)],
    }),
  ];
}

async function render(
  input: InstrumentInput,
  kind: string,
  outline: { title: string; positionLine: string; statusLine: string; isDraft: boolean; agencyName: string },
  children: FileChild[],
) {
  const properties = documentProperties(`${outline.title} ${input.meta.positionName}`, outline.agencyName);
  const document = new Document({
    ...properties,
    sections: [
      {
        properties: sectionProperties,
        headers: { default: pageHeader(outline.agencyName, kind, outline.isDraft) },
        footers: { default: pageFooter(`${input.meta.positionName} · ${kind}`) },
        children: [...titleBlock(outline.title, outline.positionLine, outline.statusLine), ...children],
      },
    ],
  });
  return packDocx(document, properties, input.meta.ratifiedAt ?? input.meta.generatedAt);
}

export async function renderQuestionnaireDocx(input: InstrumentInput): Promise<Buffer> {
  const outline = questionnaireOutline(input);
  const children: FileChild[] = [
    section('Identitas'),
    ...outline.identity.map((field) =>
      para(`${field}: ....................................................`),
    ),
    para(
      `Hubungan penilai dengan pegawai yang dinilai: ${outline.relations.map((r) => `[ ] ${r}`).join('   ')}`,
    ),
    section('Petunjuk'),
    ...outline.instructions.map((text, k) => para(`${k + 1}. ${text}`)),
  ];
  for (const competency of outline.competencies) {
    children.push(section(competency.heading), anchorTable(competency, true, outline.cannotRate));
  }
  children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun(outline.closing)] }));
  return render(input, 'Kuesioner Penilaian 360°', outline, children);
}

export async function renderInterviewGuideDocx(input: InstrumentInput): Promise<Buffer> {
  const outline = interviewGuideOutline(input);
  const children: FileChild[] = [
    section('Identitas'),
    ...outline.identity.map((field) =>
      para(`${field}: ....................................................`),
    ),
    section('Petunjuk bagi pewawancara'),
    ...outline.instructions.map((text, k) => para(`${k + 1}. ${text}`)),
    section('Pertanyaan penggalian (STAR)'),
    ...outline.probes.map((p) => para(`${p.label}: ${p.questions}`)),
  ];
  for (const competency of outline.competencies) {
    children.push(
      section(competency.heading),
      para(`Perilaku yang dicari: ${competency.target}`),
      para('Pertanyaan utama:', { bold: true }),
      ...competency.questions.map((q, k) => para(`${k + 1}. ${q}`)),
      para('Acuan penilaian:', { bold: true }),
      anchorTable(competency, false),
      para(
        'Bukti perilaku: ................................................................................',
      ),
      para('Level yang ditetapkan: ........'),
    );
  }
  children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun(outline.scoring)] }));
  return render(input, 'Panduan Wawancara Perilaku', outline, children);
}
