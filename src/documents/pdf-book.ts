/**
 * The book of standards as one PDF: a cover, a real table of contents with page numbers, then one
 * pdfmake section per position, each with its own header, footer and (while not ratified) DRAFT
 * watermark, in the same layout as the Word book.
 */
import type { Content, ContentSection } from 'pdfmake/interfaces';
import {
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
import {
  defaultStyle,
  documentInfo,
  pageFooter,
  pageHeader,
  pageMargins,
  renderPdf,
  styles,
  watermark,
} from './pdf-common';
import { standardContent, standardFooterText } from './pdf-standard';

const bookStyles = {
  ...styles,
  unitHeading: {
    fontSize: 13,
    bold: true,
    alignment: 'center' as const,
    margin: [0, 0, 0, 6] as [number, number, number, number],
  },
  positionHeading: {
    fontSize: 12,
    bold: true,
    alignment: 'center' as const,
    margin: [0, 0, 0, 4] as [number, number, number, number],
  },
  tocUnit: { bold: true },
};

function coverSection(lines: ReturnType<typeof coverLines>): ContentSection {
  return {
    header: null,
    footer: null,
    watermark: null,
    section: [
      { text: bookTitle, fontSize: 18, bold: true, alignment: 'center', margin: [0, 180, 0, 24] },
      { text: lines.agency, fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      ...(lines.scope ? [{ text: lines.scope, fontSize: 13, alignment: 'center' as const }] : []),
      { text: lines.basis, alignment: 'center', margin: [20, 140, 20, 24] },
      { text: lines.counts, alignment: 'center', margin: [0, 0, 0, 6] },
      { text: lines.date, alignment: 'center' },
    ],
  };
}

export async function renderBookPdf(book: BookInput, onProgress?: BookProgress): Promise<BookResult> {
  const bookHeader = () => pageHeader(book.agencyName, 'Buku Standar Kompetensi Jabatan');
  const { built, failures } = await buildEntries(
    book,
    (outline, { number, startsUnit, unitName }): ContentSection => {
      const lead: Content[] = [];
      if (startsUnit) {
        lead.push({
          text: unitName ?? noUnitName,
          style: 'unitHeading',
          tocItem: true,
          tocStyle: 'tocUnit',
          tocMargin: [0, 4, 0, 0],
        });
      }
      lead.push({
        text: `${number}. ${outline.positionName}`,
        style: 'positionHeading',
        tocItem: true,
        tocMargin: [12, 0, 0, 0],
      });
      const footerText = standardFooterText(outline);
      return {
        header: () => pageHeader(book.agencyName, unitName ?? 'Standar Kompetensi Jabatan'),
        footer: (currentPage: number, pageCount: number) => pageFooter(footerText, currentPage, pageCount),
        watermark: outline.isDraft ? watermark : null,
        section: standardContent(outline, lead),
      };
    },
    onProgress,
  );
  const content: ContentSection[] = [
    coverSection(coverLines(book, built)),
    {
      header: bookHeader,
      footer: (currentPage: number, pageCount: number) => pageFooter(tocTitle, currentPage, pageCount),
      watermark: null,
      section: { toc: { title: { text: tocTitle, style: 'title' } } },
    },
    ...built.map((b) => b.built),
  ];
  const appendix: Content[] = [];
  if (failures.length > 0) {
    appendix.push(
      { text: failedTitle, style: 'section' },
      { ul: failures.map((f) => `${f.item}: ${f.message}`) },
    );
  }
  if (book.positionsWithoutStandard.length > 0) {
    appendix.push(
      { text: withoutStandardTitle, style: 'section' },
      { ul: book.positionsWithoutStandard.map(entryLabel) },
    );
  }
  if (appendix.length > 0) {
    content.push({
      header: bookHeader,
      footer: (currentPage: number, pageCount: number) => pageFooter('Lampiran', currentPage, pageCount),
      watermark: null,
      section: appendix,
    });
  }
  const bytes = await renderPdf({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    info: documentInfo(bookTitle, book.agencyName),
    content,
    defaultStyle,
    styles: bookStyles,
  });
  return { bytes, failures };
}
