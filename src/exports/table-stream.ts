/**
 * An uploaded table (.csv or .xlsx) read as a stream of rows of text cells keyed by column, for
 * the imports of civil servants and assessment results: neither the file nor its rows are ever
 * whole in memory. CSV goes through `CsvStreamParser` (UTF-8, or Windows-1252 as older Excel saves
 * it); .xlsx (at most 10 MB, after the zip guards) through exceljs' streaming reader, first sheet,
 * header among the first 10 rows. Row numbers are those a person sees: the
 * file's line (CSV, first line of a multi-line row) or the sheet's row.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError } from '../domain/errors';
import { type CsvRow, CsvStreamParser, CsvSyntaxError, detectDelimiter } from './csv';
import {
  type ColumnAliases,
  cellText,
  checkedText,
  type HeaderMatch,
  isBlank,
  matchHeaderRow,
  normalizeHeader,
} from './xlsx-cells';
import { inspectXlsx, maxFileBytes as maxXlsxBytes, maxRows as maxXlsxRows } from './xlsx-limits';

export const maxCsvBytes = 64 * 1024 * 1024;
export const maxCsvRows = 1_000_000;

export interface CellProblem<K extends string> {
  column: K;
  /** `INVALID_TEXT`, or why an .xlsx cell is not text (`cellText`'s code). */
  code: string;
  message: string;
}

export interface StreamedRow<K extends string> {
  row: number;
  /** Non-empty cells, trimmed. */
  cells: Map<K, string>;
  problems: CellProblem<K>[];
}

export interface TableStream<K extends string> {
  format: 'csv' | 'xlsx';
  /** The known columns the header has. */
  columns: Set<K>;
  /**
   * The data rows under the header that have any cell (blank rows are left out), in batches as
   * they are read (one promise per batch, not per row: 750,000 rows are read in about a second).
   * A batch holds at most `batchRows` rows and the event loop gets a turn before each: reading and
   * checking a batch is one synchronous slice of the thread every request shares.
   */
  batches: AsyncIterable<StreamedRow<K>[]>;
}

export const batchRows = 250;
/** Text handed to the CSV parser at once (a read of the stored file can be 1 MiB). */
const parseChars = 64 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `rows` in slices of `batchRows`, each after a turn of the event loop. */
async function* sliced<T>(rows: T[]): AsyncGenerator<T[]> {
  for (let from = 0; from < rows.length; from += batchRows) {
    await nextTurn();
    yield rows.length <= batchRows ? rows : rows.slice(from, from + batchRows);
  }
}

/** Opens the stored file again from its start (it is read more than once). */
export type OpenFile = () => Readable;

const emptyFile = () => new DomainError('EMPTY_FILE', 'Berkas kosong.');

async function firstBytes(open: OpenFile): Promise<Buffer> {
  const stream = open();
  try {
    for await (const chunk of stream) if ((chunk as Buffer).length > 0) return chunk as Buffer;
    return Buffer.alloc(0);
  } finally {
    stream.destroy();
  }
}

export async function openTableStream<K extends string>(
  open: OpenFile,
  fileName: string,
  aliases: ColumnAliases<K>,
): Promise<TableStream<K>> {
  const head = await firstBytes(open);
  if (head.length === 0) throw emptyFile();
  if (head[0] === 0x50 && head[1] === 0x4b) return openXlsx(open, aliases);
  if (/\.xlsx?$/i.test(fileName)) {
    throw new DomainError(
      'INVALID_FILE',
      'Berkas bukan .xlsx yang sah. Simpan ulang sebagai Excel Workbook (.xlsx).',
    );
  }
  return openCsv(open, aliases);
}

// ---------------------------------------------------------------------------------------------
// CSV

/** UTF-8 when every byte sequence is (read through once, without keeping the text), else Windows-1252. */
async function csvEncoding(open: OpenFile): Promise<'utf-8' | 'windows-1252'> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  try {
    for await (const chunk of open()) {
      bytes += (chunk as Buffer).length;
      if (bytes > maxCsvBytes) {
        throw new DomainError('FILE_TOO_LARGE', `Berkas CSV melebihi ${maxCsvBytes / 1024 / 1024} MB.`);
      }
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch (error) {
    if (error instanceof TypeError) return 'windows-1252';
    throw error;
  }
}

async function* decodeText(open: OpenFile, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of open()) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The header line, and the text again from the beginning of the file. */
async function peekFirstLine(chunks: AsyncGenerator<string>) {
  let prefix = '';
  let next = await chunks.next();
  while (!next.done) {
    prefix += next.value;
    if (/[\r\n]/.test(prefix)) break;
    next = await chunks.next();
  }
  const text = prefix.charCodeAt(0) === 0xfeff ? prefix.slice(1) : prefix;
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const whole = async function* () {
    if (prefix) yield prefix;
    if (next.done) return;
    for await (const chunk of chunks) yield chunk;
  };
  return { firstLine, whole };
}

const invalidCsv = (error: CsvSyntaxError) =>
  new DomainError('INVALID_CSV', `CSV tidak dapat dibaca: ${error.message}`, { row: error.row });

async function openCsv<K extends string>(open: OpenFile, aliases: ColumnAliases<K>): Promise<TableStream<K>> {
  const encoding = await csvEncoding(open);
  const { firstLine, whole } = await peekFirstLine(decodeText(open, encoding));
  // NUL in the header line: a binary file or UTF-16 text, not a CSV. Further down it is a bad cell.
  if (firstLine.includes('\u0000'))
    throw new DomainError('INVALID_FILE', 'Berkas bukan .xlsx atau CSV teks.');
  const parser = new CsvStreamParser(detectDelimiter(firstLine));
  const text = whole();
  /** Records as the text arrives, the last ones at its end. */
  const records = async function* () {
    try {
      for await (const chunk of text) {
        for (let at = 0; at < chunk.length; at += parseChars) {
          if (at > 0) await nextTurn();
          const batch = parser.push(chunk.length <= parseChars ? chunk : chunk.slice(at, at + parseChars));
          if (batch.length > 0) yield batch;
        }
      }
      yield parser.end();
    } catch (error) {
      throw error instanceof CsvSyntaxError ? invalidCsv(error) : error;
    }
  };
  const source = records();
  let pending: CsvRow[] = [];
  while (pending.length === 0) {
    const next = await source.next();
    if (next.done) throw new DomainError('EMPTY_FILE', 'Berkas CSV kosong.');
    pending = next.value;
  }
  const byAlias = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[])
    for (const alias of aliases[key] ?? []) byAlias.set(alias, key);
  const columns = new Map<K, number>();
  pending[0]!.cells.forEach((cell, index) => {
    const key = byAlias.get(normalizeHeader(cell));
    if (key !== undefined && !columns.has(key)) columns.set(key, index);
  });
  const wanted = [...columns];
  let count = 0;
  const toRows = (records: CsvRow[]): StreamedRow<K>[] => {
    count += records.length;
    if (count > maxCsvRows) {
      throw new DomainError(
        'TOO_MANY_ROWS',
        `CSV berisi lebih dari ${maxCsvRows.toLocaleString('id-ID')} baris.`,
      );
    }
    const rows: StreamedRow<K>[] = [];
    for (const record of records) {
      const cells = new Map<K, string>();
      const problems: CellProblem<K>[] = [];
      for (const [key, index] of wanted) {
        const read = checkedText(record.cells[index]?.trim() ?? '');
        if (!read.ok) problems.push({ column: key, code: read.code, message: read.message });
        else if (read.value !== '') cells.set(key, read.value);
      }
      if (cells.size > 0 || problems.length > 0) rows.push({ row: record.row, cells, problems });
    }
    return rows;
  };
  const batches = async function* (): AsyncGenerator<StreamedRow<K>[]> {
    const first = pending.slice(1);
    pending = [];
    for await (const records of sliced(first)) {
      const rows = toRows(records);
      if (rows.length > 0) yield rows;
    }
    for await (const parsed of source) {
      for await (const records of sliced(parsed)) {
        const rows = toRows(records);
        if (rows.length > 0) yield rows;
      }
    }
  };
  return { format: 'csv', columns: new Set(columns.keys()), batches: batches() };
}

// ---------------------------------------------------------------------------------------------
// .xlsx

async function readWhole(open: OpenFile, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of open()) {
    bytes += (chunk as Buffer).length;
    if (bytes > limit) {
      throw new DomainError(
        'FILE_TOO_LARGE',
        `Berkas .xlsx melebihi ${limit / 1024 / 1024} MB; simpan sebagai CSV untuk data sebesar ini.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, bytes);
}

const headerSearchRows = 10;

async function openXlsx<K extends string>(
  open: OpenFile,
  aliases: ColumnAliases<K>,
): Promise<TableStream<K>> {
  // The zip guards read the directory at the end of the archive: the file (≤ 10 MB) is read whole
  // once; the sheet's rows are then streamed, never built into a workbook.
  const bytes = await readWhole(open, maxXlsxBytes);
  inspectXlsx(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const sheets = reader[Symbol.asyncIterator]();
  let sheet: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
  try {
    sheet = await sheets.next();
  } catch {
    throw new DomainError('INVALID_FILE', 'Berkas .xlsx tidak dapat dibaca.');
  }
  if (sheet.done) throw new DomainError('INVALID_FILE', 'Berkas .xlsx tidak berisi lembar kerja.');
  const sheetRows = sheet.value[Symbol.asyncIterator]();
  const readRow = async (): Promise<ExcelJS.Row | null> => {
    try {
      const next = await sheetRows.next();
      return next.done ? null : next.value;
    } catch {
      throw new DomainError('INVALID_FILE', 'Berkas .xlsx tidak dapat dibaca.');
    }
  };
  // The header: among the first rows, the one with the most known columns (a title block above
  // the table is common); row 1 when none matches.
  const early: ExcelJS.Row[] = [];
  let pending = await readRow();
  while (pending && pending.number <= headerSearchRows) {
    early.push(pending);
    pending = await readRow();
  }
  let header: HeaderMatch<K> = matchHeaderRow(
    early.find((r) => r.number === 1),
    1,
    aliases,
  );
  for (const row of early) {
    const candidate = matchHeaderRow(row, row.number, aliases);
    if (candidate.columns.size > header.columns.size) header = candidate;
  }
  let count = 0;
  const toRow = (row: ExcelJS.Row): StreamedRow<K> | null => {
    if (row.number <= header.row || !row.hasValues) return null;
    const cells = new Map<K, string>();
    const problems: CellProblem<K>[] = [];
    let any = false;
    for (const [key, column] of header.columns) {
      const value = row.getCell(column).value;
      if (isBlank(value)) continue;
      any = true;
      const text = cellText(value);
      if (text.ok) cells.set(key, text.value.trim());
      else problems.push({ column: key, code: text.code, message: text.message });
    }
    if (!any) return null;
    if (++count > maxXlsxRows) {
      throw new DomainError(
        'TOO_MANY_ROWS',
        `Lembar berisi lebih dari ${maxXlsxRows.toLocaleString('id-ID')} baris; pecah berkas, atau gunakan CSV.`,
      );
    }
    return { row: row.number, cells, problems };
  };
  const batches = async function* (): AsyncGenerator<StreamedRow<K>[]> {
    let batch: StreamedRow<K>[] = [];
    for (const row of early) {
      const read = toRow(row);
      if (read) batch.push(read);
    }
    for (let row = pending; row; row = await readRow()) {
      const read = toRow(row);
      if (read) batch.push(read);
      if (batch.length >= batchRows) {
        yield batch;
        batch = [];
        await nextTurn();
      }
    }
    if (batch.length > 0) yield batch;
  };
  return { format: 'xlsx', columns: new Set(header.columns.keys()), batches: batches() };
}
