/**
 * An uploaded table (.xlsx or .csv) as text cells keyed by column, for imports whose rows are
 * plain values (civil servants, assessment results). Headers are matched by their accepted
 * spellings; the .xlsx goes through the zip guards first. Large CSVs are allowed (assessment
 * centres deliver hundreds of thousands of rows); .xlsx keeps the dictionary import's limits.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../domain/errors';
import { parseCsv } from './csv';
import {
  type ColumnAliases,
  cellText,
  checkedText,
  findHeaderRow,
  normalizeHeader,
  readDataRows,
} from './xlsx-cells';
import { inspectXlsx, maxRows as maxXlsxRows } from './xlsx-limits';

export const maxCsvBytes = 64 * 1024 * 1024;
export const maxCsvRows = 1_000_000;

export interface TableRow<K extends string> {
  row: number;
  cells: Map<K, string>;
}

export interface Table<K extends string> {
  format: 'xlsx' | 'csv';
  columns: Set<K>;
  rows: TableRow<K>[];
  /**
   * Cells that could not be read as text (formula without result, error value, date…; `code`
   * from `cellText`), or whose text holds control characters (`INVALID_TEXT`).
   */
  cellProblems: { row: number; column: K; code: string; message: string }[];
  /** Every non-empty header cell as typed, with the column it was read as (null: not read). */
  headers: { text: string; column: K | null }[];
}

function isXlsx(bytes: Uint8Array) {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function readTable<K extends string>(
  bytes: Uint8Array,
  fileName: string,
  aliases: ColumnAliases<K>,
): Promise<Table<K>> {
  if (bytes.length === 0) throw new DomainError('EMPTY_FILE', 'Berkas kosong.');
  if (isXlsx(bytes)) return readXlsx(bytes, aliases);
  if (/\.xlsx?$/i.test(fileName)) {
    throw new DomainError(
      'INVALID_FILE',
      'Berkas bukan .xlsx yang sah. Simpan ulang sebagai Excel Workbook (.xlsx).',
    );
  }
  return readCsvTable(bytes, aliases);
}

async function readXlsx<K extends string>(bytes: Uint8Array, aliases: ColumnAliases<K>): Promise<Table<K>> {
  inspectXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('INVALID_FILE', 'Berkas .xlsx tidak dapat dibaca.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('INVALID_FILE', 'Berkas .xlsx tidak berisi lembar kerja.');
  const header = findHeaderRow(sheet, aliases);
  const data = readDataRows(sheet, header, maxXlsxRows);
  if (data.overflowRow !== null) {
    throw new DomainError(
      'TOO_MANY_ROWS',
      `Lembar berisi lebih dari ${maxXlsxRows.toLocaleString('id-ID')} baris; pecah berkas, atau gunakan CSV.`,
    );
  }
  const rows: TableRow<K>[] = [];
  const cellProblems: Table<K>['cellProblems'] = [];
  for (const source of data.rows) {
    const cells = new Map<K, string>();
    for (const [key, value] of source.cells) {
      const text = cellText(value);
      if (text.ok) cells.set(key, text.value.trim());
      else cellProblems.push({ row: source.row, column: key, code: text.code, message: text.message });
    }
    rows.push({ row: source.row, cells });
  }
  const byColumn = new Map([...header.columns].map(([key, column]) => [column, key]));
  const headers: Table<K>['headers'] = [];
  sheet.findRow(header.row)?.eachCell((cell, column) => {
    const text = cellText(cell.value);
    if (text.ok && text.value.trim())
      headers.push({ text: text.value.trim(), column: byColumn.get(column) ?? null });
  });
  return { format: 'xlsx', columns: new Set(header.columns.keys()), rows, cellProblems, headers };
}

function readCsvTable<K extends string>(bytes: Uint8Array, aliases: ColumnAliases<K>): Table<K> {
  if (bytes.length > maxCsvBytes) {
    throw new DomainError('FILE_TOO_LARGE', `Berkas CSV melebihi ${maxCsvBytes / 1024 / 1024} MB.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older Excel saves CSV in the Windows code page: read it as such rather than refuse.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // NUL in the header line: a binary file or UTF-16 text, not a CSV. Further down it is a bad cell.
  const firstLineEnd = text.indexOf('\n');
  if (text.slice(0, firstLineEnd === -1 ? undefined : firstLineEnd).includes('\u0000')) {
    throw new DomainError('INVALID_FILE', 'Berkas bukan .xlsx atau CSV teks.');
  }
  const parsed = parseCsv(text, maxCsvRows + 1);
  if (!parsed.ok) throw new DomainError('INVALID_CSV', `CSV tidak dapat dibaca: ${parsed.message}`);
  const [head, ...body] = parsed.rows;
  if (!head) throw new DomainError('EMPTY_FILE', 'Berkas CSV kosong.');
  if (body.length > maxCsvRows) {
    throw new DomainError(
      'TOO_MANY_ROWS',
      `CSV berisi lebih dari ${maxCsvRows.toLocaleString('id-ID')} baris.`,
    );
  }
  const byAlias = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[])
    for (const alias of aliases[key] ?? []) byAlias.set(alias, key);
  const columns = new Map<K, number>();
  const headers: Table<K>['headers'] = [];
  head.cells.forEach((cell, index) => {
    const key = byAlias.get(normalizeHeader(cell));
    const read = key !== undefined && !columns.has(key);
    if (read) columns.set(key, index);
    if (cell.trim()) headers.push({ text: cell.trim(), column: read ? key : null });
  });
  const rows: TableRow<K>[] = [];
  const cellProblems: Table<K>['cellProblems'] = [];
  for (const source of body) {
    const cells = new Map<K, string>();
    for (const [key, index] of columns) {
      const read = checkedText(source.cells[index]?.trim() ?? '');
      if (!read.ok)
        cellProblems.push({ row: source.row, column: key, code: read.code, message: read.message });
      else if (read.value !== '') cells.set(key, read.value);
    }
    if (cells.size > 0) rows.push({ row: source.row, cells });
  }
  return { format: 'csv', columns: new Set(columns.keys()), rows, cellProblems, headers };
}
