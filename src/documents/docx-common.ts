/**
 * Page setup, styles, list numbering, header and footer shared by every SKJ Word document:
 * A4 portrait, margins left 3 cm, top and bottom 2.5 cm, right 2 cm, Arial 11 pt
 * (see docs/decisions/0007-documents.md).
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  type INumberingOptions,
  type ISectionOptions,
  type IStylesOptions,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { draftWatermark } from './standard-outline';

export const font = 'Arial';
const cm = (value: number) => Math.round(value * 566.93);

export const page = {
  width: cm(21),
  height: cm(29.7),
  margin: { top: cm(2.5), right: cm(2), bottom: cm(2.5), left: cm(3), header: cm(1.25), footer: cm(1.25) },
};
/** Width between the margins, in twips (16 cm). */
export const textWidth = page.width - page.margin.left - page.margin.right;

export const indicatorList = 'skj-indicators';

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font, size: 22 },
      paragraph: { spacing: { after: 0, line: 264 } },
    },
    heading1: {
      run: { font, size: 28, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
    },
    heading2: {
      run: { font, size: 26, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
    },
  },
  paragraphStyles: [
    {
      id: 'SkjTitle',
      name: 'SKJ Judul',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font, size: 28, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
    },
    {
      id: 'SkjSection',
      name: 'SKJ Bagian',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font, size: 22, bold: true },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
    {
      id: 'SkjCell',
      name: 'SKJ Sel Tabel',
      basedOn: 'Normal',
      run: { font, size: 20 },
      paragraph: { spacing: { before: 20, after: 20, line: 240 } },
    },
    {
      id: 'SkjSmall',
      name: 'SKJ Kecil',
      basedOn: 'Normal',
      run: { font, size: 16, color: '404040' },
    },
  ],
};

export const numbering: INumberingOptions = {
  config: [
    {
      reference: indicatorList,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 284, hanging: 284 } } },
        },
      ],
    },
  ],
};

/** A new list instance for each indicator cell, so every cell counts from 1. */
export class ListCounter {
  private next = 0;
  take(): number {
    return ++this.next;
  }
}

export const sectionProperties: ISectionOptions['properties'] = {
  page: {
    size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
    margin: page.margin,
  },
};

const rule = { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 };

/** Agency name on the left, the document kind on the right, and the DRAFT watermark when asked. */
export function pageHeader(agencyName: string, right: string, draft: boolean): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'SkjSmall',
        border: { bottom: rule },
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text: agencyName.toUpperCase(), bold: true }),
          new TextRun({ text: `\t${right}` }),
          ...(draft
            ? [new TextWatermark({ text: draftWatermark, font, color: 'C0C0C0', opacity: 0.45, bold: true })]
            : []),
        ],
      }),
    ],
  });
}

/** Position and version/status on the left, "Halaman X dari Y" on the right. */
export function pageFooter(left: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'SkjSmall',
        border: { top: rule },
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text: left }),
          new TextRun({ children: ['\tHalaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export function documentProperties(title: string, agencyName: string) {
  return {
    title,
    subject: 'Standar Kompetensi Jabatan (PermenPAN-RB 38/2017)',
    creator: `SKJ · ${agencyName}`,
    styles,
    numbering,
  };
}
