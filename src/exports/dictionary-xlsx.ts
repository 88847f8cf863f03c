/**
 * Excel export and import of a technical competency dictionary. The export is the `skj` layout
 * (README, Kompetensi, Level); the import also accepts the flat one-row-per-level sheet HR staff
 * already keep. An import is all-or-nothing: entries only when the file has no problem at all.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../domain/errors';
import { type DictionaryEntry, normalizeEntry } from '../domain/technical-dictionary';
import type { DictionaryImportOptions, DictionaryImportResult } from './dictionary-import';
import { readFlatSheet } from './dictionary-xlsx-flat';
import { addReadmeSheet, type DictionaryMeta } from './dictionary-xlsx-readme';
import { type competencyColumns, type levelColumns, readSkjSheets } from './dictionary-xlsx-skj';
import { inspectXlsx } from './xlsx-limits';

export type { DictionaryImportOptions, DictionaryImportResult, ImportProblem } from './dictionary-import';
export type { DictionaryMeta } from './dictionary-xlsx-readme';

const competencyWidths: Record<(typeof competencyColumns)[number], number> = {
  kode: 16,
  nama: 36,
  definisi: 60,
  urusan: 42,
  sub_urusan: 28,
  kelompok: 12,
};
const levelWidths: Record<(typeof levelColumns)[number], number> = {
  kode: 16,
  level: 8,
  deskripsi: 60,
  no_indikator: 13,
  indikator: 70,
};

export async function writeDictionaryXlsx(meta: DictionaryMeta, entries: DictionaryEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SKJ';
  addReadmeSheet(workbook, meta);
  const normalized = entries.map(normalizeEntry);
  const competencies = addTableSheet(workbook, 'Kompetensi', competencyWidths);
  const levels = addTableSheet(workbook, 'Level', levelWidths);
  for (const entry of normalized) {
    competencies.addRow([
      entry.code,
      entry.name,
      entry.definition,
      entry.governmentAffair,
      entry.subAffair ?? '',
      entry.group,
    ]);
    for (const level of entry.levels) {
      const indicators = level.behaviourIndicators.length > 0 ? level.behaviourIndicators : [''];
      indicators.forEach((indicator, index) => {
        levels.addRow([entry.code, level.level, level.description, index + 1, indicator]);
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet whose first row names the columns: bold, frozen, filterable; long texts wrap. */
function addTableSheet(workbook: ExcelJS.Workbook, name: string, widths: Record<string, number>) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = Object.entries(widths).map(([key, width]) => ({
    header: key,
    key,
    width,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return sheet;
}

/**
 * Reads either layout. Oversized files, non-xlsx bytes and zip bombs are refused with a
 * `DomainError` before exceljs parses anything; everything wrong inside a readable file comes
 * back as `problems`.
 */
export async function readDictionaryXlsx(
  bytes: Uint8Array,
  options: DictionaryImportOptions,
): Promise<DictionaryImportResult> {
  inspectXlsx(bytes);
  const workbook = await loadWorkbook(bytes);
  const byName = (name: string) =>
    workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name);
  const competencies = byName('kompetensi');
  const levels = byName('level');
  if (competencies && levels) return readSkjSheets(competencies, levels, options);
  // The first sheet a person sees: a hidden one would be a template leftover, not the data.
  const first = workbook.worksheets.find((sheet) => sheet.state === 'visible') ?? workbook.worksheets[0];
  if (!first) {
    return {
      ok: false,
      format: null,
      problems: [
        {
          sheet: '',
          row: 1,
          column: null,
          code: 'NO_WORKSHEET',
          message: 'Berkas tidak berisi lembar kerja.',
        },
      ],
    };
  }
  return readFlatSheet(first, options);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; JSZip underneath takes any
    // Uint8Array, and a Node Buffer view avoids copying the upload.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new DomainError('NOT_XLSX', 'Berkas bukan file Excel .xlsx yang valid.');
  }
  return workbook;
}
