/**
 * The flat layout HR staff keep: one row per level, all indicators of a level in one cell
 * separated by line breaks, and the competency's name and definition often only on its first
 * row (or in merged cells, which exceljs already repeats on every row).
 */
import type { Worksheet } from 'exceljs';
import {
  type ColumnKey,
  type DictionaryImportOptions,
  type DictionaryImportResult,
  type DraftEntry,
  type DraftLevel,
  finishImport,
  newDraft,
  ProblemList,
  type Row,
} from './dictionary-import';
import {
  aliasesFor,
  checkHeader,
  readEntryFields,
  readLevelNumber,
  requiredEntryColumns,
  rowsWithinLimit,
  setLevelDescription,
} from './dictionary-rows';
import { findHeaderRow } from './xlsx-cells';

export const flatColumns = [
  'kode',
  'nama',
  'definisi',
  'urusan',
  'sub_urusan',
  'kelompok',
  'level',
  'deskripsi',
  'indikator',
] as const satisfies readonly ColumnKey[];

export type FlatColumn = (typeof flatColumns)[number];

/** The columns the flat layout must have: affair and group only when no default covers them. */
export function flatRequiredColumns(
  options: Pick<DictionaryImportOptions, 'defaultGovernmentAffair' | 'defaultGroup'>,
): ColumnKey[] {
  return [...requiredEntryColumns(options), 'level', 'deskripsi', 'indikator'];
}

export function readFlatSheet(
  worksheet: Worksheet,
  options: DictionaryImportOptions,
): DictionaryImportResult {
  const problems = new ProblemList();
  const sheet = worksheet.name;
  const header = findHeaderRow<ColumnKey>(worksheet, aliasesFor(flatColumns));
  const required = flatRequiredColumns(options);
  const rows = checkHeader(sheet, header, required, problems)
    ? rowsWithinLimit(worksheet, header, problems)
    : null;
  if (rows === null) return { ok: false, format: 'flat', problems: problems.items };
  const drafts = groupByCode(sheet, rows, problems);
  return finishImport('flat', drafts, problems, options, { rows: rows.length, sheetOrder: [sheet] });
}

/** Rows of the same code form one entry wherever they are; a row without a code continues the
 * entry above it, as in sheets where the code is written once per block. */
function groupByCode(sheet: string, rows: Row[], problems: ProblemList): DraftEntry[] {
  const drafts = new Map<string, DraftEntry>();
  let previous: DraftEntry | null = null;
  for (const row of rows) {
    const code = problems.text(sheet, row, 'kode')?.trim();
    if (code === undefined) continue;
    if (!code && !previous) {
      problems.add(sheet, row.row, 'kode', 'ENTRY_CODE_REQUIRED', 'Kode kompetensi wajib diisi.');
      continue;
    }
    const key = code.toUpperCase();
    let draft: DraftEntry | null | undefined = code ? drafts.get(key) : previous;
    if (!draft) {
      draft = newDraft(code, sheet, row.row, sheet);
      drafts.set(key, draft);
    }
    readEntryFields(draft, row, problems);
    readLevelRow(draft, row, problems);
    previous = draft;
  }
  return [...drafts.values()];
}

function readLevelRow(draft: DraftEntry, row: Row, problems: ProblemList): void {
  const sheet = draft.levelSheet;
  const description = problems.text(sheet, row, 'deskripsi');
  const indicators = problems.text(sheet, row, 'indikator');
  const level = readLevelNumber(draft, row, problems);
  if (level === null) return;
  const existing = draft.levels.get(level);
  if (existing) {
    problems.add(
      sheet,
      row.row,
      'level',
      'DUPLICATE_LEVEL',
      `Level ${level} untuk kode ${draft.code} sudah ada di baris ${existing.row}.`,
    );
    return;
  }
  const draftLevel: DraftLevel = { row: row.row, description: '', descriptionRow: row.row, indicators: [] };
  draft.levels.set(level, draftLevel);
  if (description === null) draft.reported.add(`levels.${level}.description`);
  else setLevelDescription(draft, draftLevel, description, row.row, problems);
  if (indicators === null) draft.reported.add(`levels.${level}.behaviourIndicators`);
  else {
    draftLevel.indicators = splitIndicators(indicators).map((text, order) => ({ order, row: row.row, text }));
  }
}

// "1." "1)" "(1)" "2.1" "a." and bullets: people number indicators by hand; the numbers are
// presentation, the order of the lines already carries the sequence.
const leadingMarker = /^\s*(?:\d+(?:\.\d+)+[.)]?|\(?\d+[.)]|\(?[a-z][.)](?=\s)|[-–—•*·▪●◦‣∙○■□►➢✓])\s*/iu;

/** One indicator per non-empty line, without its hand-typed number or bullet. */
export function splitIndicators(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(leadingMarker, '').trim())
    .filter(Boolean);
}
