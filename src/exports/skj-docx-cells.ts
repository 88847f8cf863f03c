/** Small helpers shared by the readers of an SKJ laid out in Word tables. */
import type { GridCell } from './docx-reader';

/** A note of the reader about one document, in the words people read. */
export interface ReadNote {
  code: string;
  message: string;
}

/** Lower case, single spaces, no punctuation at the ends: how a header or label is compared. */
export function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.:;,()-]+|[\s.:;,()*-]+$/g, '')
    .trim();
}

/** Without leading numbering: "1. Integritas", "A. Manajerial", "2) Jenjang", "a." are unnumbered. */
export function withoutNumbering(text: string): string {
  return text
    .replace(/^\s*(?:[0-9]{1,3}|[A-Ea-e]|[IVX]{1,4})\s*[.)]\s*/, '')
    .replace(/^\s*[0-9]{1,2}\s+(?=\D)/, '');
}

/** Without a list bullet: "1.", "a)", "-", "•". */
export function withoutBullet(text: string): string {
  return text.replace(/^\s*(?:[0-9]{1,3}[.)]|[a-z][.)]|[-–•·▪*])\s*/, '').trim();
}

/** The distinct cells of the given grid columns of a row, in column order. */
export function distinctCells(row: (GridCell | null)[], columns: readonly number[]): GridCell[] {
  const seen = new Set<number>();
  const cells: GridCell[] = [];
  for (const column of columns) {
    const cell = row[column];
    if (!cell || seen.has(cell.id)) continue;
    seen.add(cell.id);
    cells.push(cell);
  }
  return cells;
}

/** An empty value as documents write it: "", "-", "–", "belum ditetapkan". */
export function isBlank(text: string | null | undefined): boolean {
  const value = plain(text ?? '');
  return (
    value === '' || value === '-' || value === '–' || value === 'belum ditetapkan' || value === 'tidak ada'
  );
}
