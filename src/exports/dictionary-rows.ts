/**
 * Reading the rows of a dictionary sheet into drafts, shared by both layouts: headers, the row
 * limit, level numbers, and values that may be given once and repeated (carry-forward) but
 * never contradicted.
 */
import type { Worksheet } from 'exceljs';
import {
  type ColumnKey,
  columnAliases,
  type DictionaryImportOptions,
  type DraftEntry,
  type DraftLevel,
  type EntryField,
  fieldColumns,
  type ProblemList,
  parseGroup,
  type Row,
} from './dictionary-import';
import { type CellRead, type ColumnAliases, cellInteger, type HeaderMatch, readDataRows } from './xlsx-cells';
import { maxRows } from './xlsx-limits';

/** Reads the entry-level columns of a row into the draft (name, definition, affair, group). */
export function readEntryFields(draft: DraftEntry, row: Row, problems: ProblemList): void {
  for (const field of Object.keys(fieldColumns) as EntryField[]) {
    const text = problems.text(draft.entrySheet, row, fieldColumns[field]);
    if (text === null) draft.reported.add(field);
    else if (field === 'group') setGroup(draft, text, row.row, problems);
    else setField(draft, field, text, row.row, problems);
  }
}

function setGroup(draft: DraftEntry, text: string, row: number, problems: ProblemList): void {
  if (!text.trim()) return;
  const group = parseGroup(text);
  if (group) {
    setField(draft, 'group', group, row, problems);
    return;
  }
  problems.add(
    draft.entrySheet,
    row,
    'kelompok',
    'ENTRY_GROUP_INVALID',
    `Kelompok "${text.trim()}" tidak dikenal; isi "generic" (generik) atau "specific" (spesifik).`,
  );
  draft.reported.add('group');
}

/** Sets a value given once per entry; a later different value is reported, not silently kept. */
function setField(draft: DraftEntry, field: EntryField, value: string, row: number, problems: ProblemList) {
  const trimmed = value.trim();
  if (!trimmed) return;
  const existing = draft.fields[field];
  if (!existing) {
    draft.fields[field] = { value: trimmed, row };
  } else if (existing.value !== trimmed) {
    problems.add(
      draft.entrySheet,
      row,
      fieldColumns[field],
      'VALUE_CONFLICT',
      `Isi kolom ${fieldColumns[field]} untuk kode ${draft.code} berbeda dengan baris ${existing.row}.`,
    );
  }
}

export function setLevelDescription(
  draft: DraftEntry,
  level: DraftLevel,
  text: string,
  row: number,
  problems: ProblemList,
) {
  const trimmed = text.trim();
  if (!trimmed) return;
  if (!level.description) {
    level.description = trimmed;
    level.descriptionRow = row;
  } else if (level.description !== trimmed) {
    problems.add(
      draft.levelSheet,
      row,
      'deskripsi',
      'VALUE_CONFLICT',
      `Deskripsi level untuk kode ${draft.code} berbeda dengan baris ${level.descriptionRow}.`,
    );
  }
}

/** Aliases of just the columns a sheet uses, so unrelated headers never count as content. */
export function aliasesFor(keys: readonly ColumnKey[]): ColumnAliases<ColumnKey> {
  const aliases: ColumnAliases<ColumnKey> = {};
  for (const key of keys) aliases[key] = columnAliases[key];
  return aliases;
}

/** Columns the entry needs from the file: affair and group only when no default covers them. */
export function requiredEntryColumns(
  options: Pick<DictionaryImportOptions, 'defaultGovernmentAffair' | 'defaultGroup'>,
): ColumnKey[] {
  return [
    'kode',
    'nama',
    'definisi',
    ...(options.defaultGovernmentAffair === undefined ? (['urusan'] as const) : []),
    ...(options.defaultGroup === undefined ? (['kelompok'] as const) : []),
  ];
}

/** Reports missing and doubled columns; false when the sheet cannot be read at all. */
export function checkHeader(
  sheet: string,
  header: HeaderMatch<ColumnKey>,
  required: readonly ColumnKey[],
  problems: ProblemList,
): boolean {
  for (const key of header.duplicates) {
    problems.add(
      sheet,
      header.row,
      key,
      'DUPLICATE_COLUMN',
      `Kolom ${key} muncul lebih dari sekali; yang dipakai kolom pertama.`,
    );
  }
  const missing = required.filter((key) => !header.columns.has(key));
  if (missing.length === 0) return true;
  problems.add(
    sheet,
    header.row,
    null,
    'MISSING_COLUMNS',
    `Kolom wajib tidak ditemukan di lembar ${sheet}: ${missing.join(', ')}.`,
  );
  return false;
}

/** The rows of a sheet, or null after reporting that it has more than `maxRows`. */
export function rowsWithinLimit(
  worksheet: Worksheet,
  header: HeaderMatch<ColumnKey>,
  problems: ProblemList,
): Row[] | null {
  const read = readDataRows(worksheet, header, maxRows);
  if (read.overflowRow === null) return read.rows;
  problems.add(
    worksheet.name,
    read.overflowRow,
    null,
    'TOO_MANY_ROWS',
    `Lembar ${worksheet.name} berisi lebih dari ${maxRows.toLocaleString('id-ID')} baris data; bagi menjadi beberapa berkas.`,
  );
  return null;
}

/** The level number of a row, or null after reporting why it is missing or not 1–5. */
export function readLevelNumber(draft: DraftEntry, row: Row, problems: ProblemList): number | null {
  const read = cellInteger(row.cells.get('level'));
  if (read.ok && read.value !== null && read.value >= 1 && read.value <= 5) return read.value;
  const [code, message] = levelProblem(read);
  problems.add(draft.levelSheet, row.row, 'level', code, message);
  // The entry will lack this level; saying so again as "not five levels" would only repeat it.
  draft.reported.add('levels');
  return null;
}

function levelProblem(read: CellRead<number | null>): [string, string] {
  if (!read.ok) {
    return read.code === 'NOT_AN_INTEGER'
      ? ['LEVEL_INVALID', `Level harus bilangan bulat 1–5. ${read.message}`]
      : [read.code, read.message];
  }
  if (read.value === null) return ['LEVEL_REQUIRED', 'Level wajib diisi (1–5).'];
  return ['LEVEL_OUT_OF_RANGE', `Level ${read.value} di luar rentang 1–5.`];
}
