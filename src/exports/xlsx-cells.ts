/**
 * Reading cells and header rows of a worksheet the way a person filled them: formulas count as
 * their cached result, rich text as plain text, numbers as text where text is expected, and
 * headers match whatever case, spacing or punctuation the person typed.
 */
import type ExcelJS from 'exceljs';
import { normalizeLineBreaks, textFault, textFaultMessages } from '../domain/text';

export type CellRead<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

const fail = (code: string, message: string): CellRead<never> => ({ ok: false, code, message });

/**
 * Text of a cell; '' for an empty cell. Dates and error values are refused, never guessed; so are
 * control characters and bidi overrides (INVALID_TEXT), which would be stored as invisible junk.
 */
export function cellText(value: ExcelJS.CellValue): CellRead<string> {
  const read = rawCellText(value);
  return read.ok ? checkedText(read.value) : read;
}

/** A text read from a table cell (line ends normalized), or INVALID_TEXT: shared with CSV. */
export function checkedText(value: string): CellRead<string> {
  const normalized = normalizeLineBreaks(value);
  const fault = textFault(normalized, { multiline: true });
  if (fault)
    return fail('INVALID_TEXT', `Sel ${textFaultMessages[fault]}. Hapus karakter itu lalu impor ulang.`);
  return { ok: true, value: normalized };
}

function rawCellText(value: ExcelJS.CellValue): CellRead<string> {
  if (value === null || value === undefined) return { ok: true, value: '' };
  if (typeof value === 'string') return { ok: true, value };
  if (typeof value === 'number') return { ok: true, value: Number.isFinite(value) ? String(value) : '' };
  if (typeof value === 'boolean') return { ok: true, value: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    return fail(
      'CELL_IS_DATE',
      'Sel berisi tanggal, padahal yang diharapkan teks. Ubah format sel menjadi Teks.',
    );
  }
  if ('error' in value) return fail('CELL_ERROR', `Sel berisi galat Excel ${value.error}. Perbaiki isinya.`);
  if ('richText' in value) return { ok: true, value: value.richText.map((part) => part.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined) {
      return fail(
        'FORMULA_WITHOUT_RESULT',
        'Sel berisi rumus tanpa nilai tersimpan. Buka berkas di Excel, simpan ulang, lalu unggah kembali.',
      );
    }
    return rawCellText(value.result);
  }
  // Hyperlink cells: exceljs may hand back rich text in `text` despite its declared string type.
  if ('hyperlink' in value) return rawCellText(value.text as ExcelJS.CellValue);
  return fail('CELL_UNREADABLE', 'Isi sel tidak dapat dibaca sebagai teks.');
}

/**
 * A whole number from a number or a text such as "3" or "Level 3"; null for an empty cell.
 * Dates are refused: Excel turns "1/2" and similar typing into dates silently.
 */
export function cellInteger(value: ExcelJS.CellValue): CellRead<number | null> {
  const text = cellText(value);
  if (!text.ok) return text;
  const trimmed = text.value.trim();
  if (!trimmed) return { ok: true, value: null };
  const match = /^(?:level|tingkat)?\s*(-?\d+(?:[.,]\d+)?)$/i.exec(trimmed);
  const number = match?.[1] === undefined ? Number.NaN : Number(match[1].replace(',', '.'));
  if (!Number.isInteger(number)) return fail('NOT_AN_INTEGER', `"${trimmed}" bukan bilangan bulat.`);
  return { ok: true, value: number };
}

/** "Kode Kompetensi*", "kode_kompetensi" and "KODE  KOMPETENSI (wajib)" all become "kode kompetensi". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Accepted spellings per column key, already normalized by `normalizeHeader`. */
export type ColumnAliases<K extends string> = Partial<Record<K, readonly string[]>>;

export interface HeaderMatch<K extends string> {
  row: number;
  columns: Map<K, number>;
  /** Keys found in more than one column; the first column wins. */
  duplicates: K[];
}

/** Maps each known column key to its column number, using `aliases` (already normalized). */
export function matchHeader<K extends string>(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  aliases: ColumnAliases<K>,
): HeaderMatch<K> {
  return matchHeaderRow(worksheet.findRow(rowNumber), rowNumber, aliases);
}

/** `matchHeader` of one row as read (also from exceljs' streaming reader, which has no worksheet). */
export function matchHeaderRow<K extends string>(
  row: ExcelJS.Row | undefined,
  rowNumber: number,
  aliases: ColumnAliases<K>,
): HeaderMatch<K> {
  const byAlias = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[])
    for (const alias of aliases[key] ?? []) byAlias.set(alias, key);
  const match: HeaderMatch<K> = { row: rowNumber, columns: new Map(), duplicates: [] };
  row?.eachCell((cell, column) => {
    const text = cellText(cell.value);
    const key = text.ok ? byAlias.get(normalizeHeader(text.value)) : undefined;
    if (key === undefined) return;
    if (match.columns.has(key)) match.duplicates.push(key);
    else match.columns.set(key, column);
  });
  return match;
}

/** The header among the first rows with the most known columns: HR sheets often carry a title
 * block above the table. Row 1 when nothing matches. */
export function findHeaderRow<K extends string>(
  worksheet: ExcelJS.Worksheet,
  aliases: ColumnAliases<K>,
  searchRows = 10,
): HeaderMatch<K> {
  let best = matchHeader(worksheet, 1, aliases);
  for (let row = 2; row <= searchRows; row++) {
    const candidate = matchHeader(worksheet, row, aliases);
    if (candidate.columns.size > best.columns.size) best = candidate;
  }
  return best;
}

export interface SheetRow<K extends string> {
  row: number;
  cells: Map<K, ExcelJS.CellValue>;
}

export type DataRows<K extends string> = { rows: SheetRow<K>[]; overflowRow: null } | { overflowRow: number };

/**
 * The non-empty rows under the header, keyed by column. Stops at the first row beyond `maxRows`
 * so an oversized sheet is refused before anything is built from it.
 */
export function readDataRows<K extends string>(
  worksheet: ExcelJS.Worksheet,
  header: HeaderMatch<K>,
  maxRows: number,
): DataRows<K> {
  const rows: SheetRow<K>[] = [];
  for (let rowNumber = header.row + 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    if (!row?.hasValues) continue;
    const cells = new Map<K, ExcelJS.CellValue>();
    for (const [key, column] of header.columns) {
      const value = row.getCell(column).value;
      if (!isBlank(value)) cells.set(key, value);
    }
    if (cells.size === 0) continue;
    if (rows.length === maxRows) return { overflowRow: rowNumber };
    rows.push({ row: rowNumber, cells });
  }
  return { rows, overflowRow: null };
}

export function isBlank(value: ExcelJS.CellValue): boolean {
  const text = cellText(value);
  return text.ok && text.value.trim() === '';
}
