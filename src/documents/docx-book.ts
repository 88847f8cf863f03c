/**
 * The book of an agency's (or an org unit's) standards as one Word document: a cover, a table of
 * contents (a real TOC field, written with its entries so it shows before anyone updates fields),
 * then one Word section per position, so each position has its own header, footer and, while it
 * is not ratified, its own DRAFT watermark.
 */
import {
  AlignmentType,
  Document,
  type FileChild,
  HeadingLevel,
  type ISectionOptions,
  Packer,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import {
  type BookFailure,
  type BookInput,
  type BookProgress,
  type BookResult,
  bookTitle,
  buildEntries,
  coverLines,
  entryLabel,
  failedTitle,
  noUnitName,
  tocTitle,
  withoutStandardTitle,
} from './book-outline';
import { documentProperties, ListCounter, pageFooter, pageHeader, sectionProperties } from './docx-common';
import { standardBlocks, standardFooterText } from './docx-standard';

/** Page numbers need a layout pass that only Word or LibreOffice does; the entries are written now. */
const tocNote =
  'Nomor halaman daftar isi diisi oleh pengolah kata: di Word klik kanan daftar isi lalu pilih "Perbarui Bidang" (Update Field); di LibreOffice pilih Alat › Perbarui › Perbarui Semua.';

const centered = (text: string, options: { size?: number; bold?: boolean; before?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: 120 },
    children: [new TextRun({ text, size: options.size ?? 24, bold: options.bold ?? false })],
  });

function coverSection(lines: ReturnType<typeof coverLines>): ISectionOptions {
  return {
    properties: sectionProperties,
    children: [
      centered(bookTitle, { size: 36, bold: true, before: 3000 }),
      centered(lines.agency, { size: 30, bold: true, before: 480 }),
      ...(lines.scope ? [centered(lines.scope, { size: 26 })] : []),
      centered(lines.basis, { size: 22, before: 2400 }),
      centered(lines.counts, { size: 22, before: 480 }),
      centered(lines.date, { size: 22 }),
    ],
  };
}

function listSection(
  agencyName: string,
  withoutStandard: BookInput['positionsWithoutStandard'],
  failures: BookFailure[],
): ISectionOptions {
  const children: FileChild[] = [];
  const list = (title: string, items: string[]) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }));
    for (const item of items)
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
  };
  if (failures.length > 0)
    list(
      failedTitle,
      failures.map((f) => `${f.item}: ${f.message}`),
    );
  if (withoutStandard.length > 0) list(withoutStandardTitle, withoutStandard.map(entryLabel));
  return {
    properties: sectionProperties,
    headers: { default: pageHeader(agencyName, 'Buku Standar Kompetensi Jabatan', false) },
    footers: { default: pageFooter('Lampiran') },
    children,
  };
}

export async function renderBookDocx(book: BookInput, onProgress?: BookProgress): Promise<BookResult> {
  const lists = new ListCounter();
  const { built, failures } = await buildEntries(
    book,
    (outline, { number, startsUnit, unitName }) => {
      const lead: FileChild[] = [];
      if (startsUnit) {
        lead.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(unitName ?? noUnitName)],
          }),
        );
      }
      lead.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [new TextRun(`${number}. ${outline.positionName}`)],
        }),
      );
      const section: ISectionOptions = {
        properties: sectionProperties,
        headers: {
          default: pageHeader(book.agencyName, unitName ?? 'Standar Kompetensi Jabatan', outline.isDraft),
        },
        footers: { default: pageFooter(standardFooterText(outline)) },
        children: standardBlocks(outline, lists, lead),
      };
      return section;
    },
    onProgress,
  );
  const sections: ISectionOptions[] = [
    coverSection(coverLines(book, built)),
    {
      properties: sectionProperties,
      headers: { default: pageHeader(book.agencyName, 'Buku Standar Kompetensi Jabatan', false) },
      footers: { default: pageFooter(tocTitle) },
      children: [
        new Paragraph({ style: 'SkjTitle', spacing: { after: 240 }, children: [new TextRun(tocTitle)] }),
        new TableOfContents(tocTitle, { hyperlink: true, headingStyleRange: '1-2' }),
        new Paragraph({
          style: 'SkjSmall',
          spacing: { before: 240 },
          children: [new TextRun({ text: tocNote, italics: true })],
        }),
      ],
    },
    ...built.map((b) => b.built),
  ];
  if (failures.length > 0 || book.positionsWithoutStandard.length > 0) {
    sections.push(listSection(book.agencyName, book.positionsWithoutStandard, failures));
  }
  const document = new Document({
    ...documentProperties(bookTitle, book.agencyName),
    sections,
  });
  return { bytes: await Packer.toBuffer(document), failures };
}
