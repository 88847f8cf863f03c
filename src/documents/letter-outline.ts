/**
 * The shape every official letter of SKJ takes, independent of the file format: a decree
 * (Keputusan), a nota dinas, a Surat Perintah Tugas, a schedule. A document is a letterhead and a
 * list of blocks; `pdf-letter.ts` and `docx-letter.ts` draw the same blocks, so both formats carry
 * the same text. Standards in a decree's lampiran are drawn by the standard writers.
 */
import type { Letterhead, SignatureBlockOutline } from './official-outline';
import type { StandardOutline } from './standard-outline';

export interface LabelledItem {
  /** "a." / "1." / "KESATU" — or '' for a continuation. */
  marker: string;
  text: string;
}

export type LetterBlock =
  /** Centred lines, bold: "KEPUTUSAN WALI KOTA CONTOH", "NOMOR 800/12/2026". */
  | { kind: 'heading'; lines: string[]; size?: 'title' | 'normal' }
  | { kind: 'paragraph'; text: string; align?: 'left' | 'center' | 'justify'; bold?: boolean }
  /** "Menimbang : a. …" — a label column, a colon, then marked items. */
  | { kind: 'labelled'; label: string; items: LabelledItem[] }
  /** "Yth. : …" rows of a nota dinas head. */
  | { kind: 'fields'; rows: [label: string, value: string][] }
  | {
      kind: 'table';
      headers: string[];
      rows: string[][];
      /** Relative column widths. */
      widths: number[];
      /** Cells drawn shaded (a schedule's weeks), same shape as `rows`. */
      shaded?: boolean[][];
      /** Columns centred. */
      centered?: number[];
    }
  | { kind: 'signature'; block: SignatureBlockOutline; before?: string[] }
  /** Carbon-copy list: "Tembusan: 1. …". */
  | { kind: 'list'; title: string; items: string[] }
  | { kind: 'pageBreak' }
  /** Standards in full (a decree's lampiran), without their own letterhead and signature. */
  | { kind: 'standards'; standards: StandardOutline[] };

export interface LetterDocument {
  /** File and PDF title, e.g. "Keputusan Standar Kompetensi Jabatan". */
  title: string;
  letterhead: Letterhead | null;
  blocks: LetterBlock[];
  /** Footer text on every page (beside "Halaman X dari Y"). */
  footer: string;
  orientation: 'portrait' | 'landscape';
  /** Agency name in the running header; null for none (a decree's first page carries the heading). */
  runningHeader: string | null;
  /** The date the document is stamped with (DOCX package dates): the same input gives the same bytes. */
  stampedAt: Date;
}
