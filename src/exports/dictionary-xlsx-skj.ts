/**
 * The layout `writeDictionaryXlsx` produces: a `Kompetensi` sheet with one row per competency
 * and a `Level` sheet with one row per behaviour indicator. Columns are found by their header,
 * so a person may reorder them.
 */
import type { Worksheet } from 'exceljs';
import {
  type ColumnKey,
  type DictionaryImportOptions,
  type DictionaryImportResult,
  type DraftEntry,
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
import { matchHeader } from './xlsx-cells';

export const competencyColumns = [
  'kode',
  'nama',
  'definisi',
  'urusan',
  'sub_urusan',
  'kelompok',
] as const satisfies readonly ColumnKey[];
export const levelColumns = [
  'kode',
  'level',
  'deskripsi',
  'no_indikator',
  'indikator',
] as const satisfies readonly ColumnKey[];

export function readSkjSheets(
  competencies: Worksheet,
  levels: Worksheet,
  options: DictionaryImportOptions,
): DictionaryImportResult {
  const problems = new ProblemList();
  const competencyHeader = matchHeader<ColumnKey>(competencies, 1, aliasesFor(competencyColumns));
  const levelHeader = matchHeader<ColumnKey>(levels, 1, aliasesFor(levelColumns));
  const competencyHeaderOk = checkHeader(
    competencies.name,
    competencyHeader,
    requiredEntryColumns(options),
    problems,
  );
  const levelHeaderOk = checkHeader(
    levels.name,
    levelHeader,
    ['kode', 'level', 'deskripsi', 'indikator'],
    problems,
  );
  const competencyRows = competencyHeaderOk
    ? rowsWithinLimit(competencies, competencyHeader, problems)
    : null;
  const levelRows = levelHeaderOk ? rowsWithinLimit(levels, levelHeader, problems) : null;
  if (competencyRows === null || levelRows === null)
    return { ok: false, format: 'skj', problems: problems.items };
  const drafts = readCompetencyRows(competencies.name, levels.name, competencyRows, problems);
  readLevelRows(levels.name, levelRows, drafts, problems);
  return finishImport('skj', [...drafts.values()], problems, options, {
    rows: competencyRows.length + levelRows.length,
    sheetOrder: [competencies.name, levels.name],
  });
}

/** Drafts by upper-cased code: the domain treats codes that differ only in case as the same. */
function readCompetencyRows(
  sheet: string,
  levelSheet: string,
  rows: Row[],
  problems: ProblemList,
): Map<string, DraftEntry> {
  const drafts = new Map<string, DraftEntry>();
  for (const row of rows) {
    const code = problems.text(sheet, row, 'kode')?.trim();
    if (code === undefined) continue;
    if (!code) {
      problems.add(sheet, row.row, 'kode', 'ENTRY_CODE_REQUIRED', 'Kode kompetensi wajib diisi.');
      continue;
    }
    const existing = drafts.get(code.toUpperCase());
    if (existing) {
      problems.add(
        sheet,
        row.row,
        'kode',
        'DUPLICATE_ENTRY_CODE',
        `Kode ${code} sudah dipakai di baris ${existing.entryRow}; setiap kode hanya boleh muncul sekali.`,
      );
      continue;
    }
    const draft = newDraft(code, sheet, row.row, levelSheet);
    readEntryFields(draft, row, problems);
    drafts.set(code.toUpperCase(), draft);
  }
  return drafts;
}

function readLevelRows(
  sheet: string,
  rows: Row[],
  drafts: Map<string, DraftEntry>,
  problems: ProblemList,
): void {
  for (const row of rows) {
    const code = problems.text(sheet, row, 'kode')?.trim();
    if (code === undefined) continue;
    const draft = drafts.get(code.toUpperCase());
    if (!draft) {
      problems.add(
        sheet,
        row.row,
        'kode',
        code ? 'UNKNOWN_ENTRY_CODE' : 'ENTRY_CODE_REQUIRED',
        code ? `Kode ${code} tidak ada di lembar Kompetensi.` : 'Kode kompetensi wajib diisi.',
      );
      continue;
    }
    readIndicatorRow(draft, row, problems);
  }
}

function readIndicatorRow(draft: DraftEntry, row: Row, problems: ProblemList): void {
  const sheet = draft.levelSheet;
  const description = problems.text(sheet, row, 'deskripsi');
  const order = problems.integer(sheet, row, 'no_indikator');
  const indicator = problems.text(sheet, row, 'indikator');
  const level = readLevelNumber(draft, row, problems);
  if (level === null) return;
  let draftLevel = draft.levels.get(level);
  if (!draftLevel) {
    draftLevel = { row: row.row, description: '', descriptionRow: row.row, indicators: [] };
    draft.levels.set(level, draftLevel);
  }
  if (description === null) draft.reported.add(`levels.${level}.description`);
  else setLevelDescription(draft, draftLevel, description, row.row, problems);
  if (indicator === null) draft.reported.add(`levels.${level}.behaviourIndicators`);
  else if (indicator.trim()) {
    // Without a number an indicator keeps its place among the rows, after the numbered ones.
    draftLevel.indicators.push({
      order: order ?? Number.MAX_SAFE_INTEGER,
      row: row.row,
      text: indicator.trim(),
    });
  }
}
