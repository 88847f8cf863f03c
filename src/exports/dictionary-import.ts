/**
 * What both dictionary sheet layouts share once cells are read: the column names, the report
 * of problems, and turning draft entries into domain entries. A draft remembers the row each
 * value came from so the domain's findings (`checkEntries`) land on the cell a person must fix.
 */
import {
  type CompetencyGroup,
  checkEntries,
  type DictionaryEntry,
  type EntryLevel,
  entryLimits,
  normalizeEntry,
} from '../domain/technical-dictionary';
import { type CellRead, cellInteger, cellText, type SheetRow } from './xlsx-cells';

/** One thing wrong in an uploaded file. `row` is the Excel row number (header = 1 in the layout
 * we write); `column` is the canonical column name (`kode`, `indikator`, …), null for the sheet. */
export interface ImportProblem {
  sheet: string;
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export type DictionaryFormat = 'skj' | 'flat';

export type DictionaryImportResult =
  | { ok: true; format: DictionaryFormat; entries: DictionaryEntry[]; rows: number }
  | { ok: false; format: DictionaryFormat | null; problems: ImportProblem[] };

export interface DictionaryImportOptions {
  knownAffairs: ReadonlySet<string>;
  defaultGovernmentAffair?: string;
  defaultGroup?: CompetencyGroup;
}

/** Accepted spellings of each column, normalized as by `normalizeHeader`. */
export const columnAliases = {
  kode: ['kode', 'kode kompetensi'],
  nama: ['nama', 'nama kompetensi'],
  definisi: ['definisi', 'definisi kompetensi'],
  urusan: ['urusan', 'urusan pemerintahan'],
  sub_urusan: ['sub urusan', 'suburusan', 'sub urusan pemerintahan'],
  kelompok: ['kelompok', 'kelompok kompetensi'],
  level: ['level', 'tingkat', 'level kompetensi'],
  deskripsi: ['deskripsi', 'deskripsi level'],
  indikator: ['indikator', 'indikator perilaku', 'indikator kompetensi'],
  no_indikator: ['no indikator', 'nomor indikator'],
} as const satisfies Record<string, readonly string[]>;
export type ColumnKey = keyof typeof columnAliases;

export type Row = SheetRow<ColumnKey>;

export type EntryField = 'name' | 'definition' | 'governmentAffair' | 'subAffair' | 'group';

export const fieldColumns: Record<EntryField, ColumnKey> = {
  name: 'nama',
  definition: 'definisi',
  governmentAffair: 'urusan',
  subAffair: 'sub_urusan',
  group: 'kelompok',
};

export interface DraftLevel {
  row: number;
  description: string;
  descriptionRow: number;
  indicators: { order: number; row: number; text: string }[];
}

export interface DraftEntry {
  code: string;
  entrySheet: string;
  entryRow: number;
  levelSheet: string;
  fields: Partial<Record<EntryField, { value: string; row: number }>>;
  levels: Map<number, DraftLevel>;
  /** Paths already reported from a cell; the domain's finding on the same path would repeat it. */
  reported: Set<string>;
}

export class ProblemList {
  readonly items: ImportProblem[] = [];

  add(sheet: string, row: number, column: string | null, code: string, message: string): void {
    this.items.push({ sheet, row, column, code, message });
  }

  /** The cell's text, or null after reporting why it cannot be read. */
  text(sheet: string, row: Row, column: ColumnKey): string | null {
    return this.unwrap(sheet, row.row, column, cellText(row.cells.get(column)));
  }

  /** The cell's whole number; null when empty, undefined after reporting why it is not one. */
  integer(sheet: string, row: Row, column: ColumnKey): number | null | undefined {
    const read = cellInteger(row.cells.get(column));
    if (read.ok) return read.value;
    this.add(sheet, row.row, column, read.code, read.message);
    return undefined;
  }

  private unwrap<T>(sheet: string, row: number, column: ColumnKey, read: CellRead<T>): T | null {
    if (read.ok) return read.value;
    this.add(sheet, row, column, read.code, read.message);
    return null;
  }
}

export function newDraft(code: string, entrySheet: string, entryRow: number, levelSheet: string): DraftEntry {
  return { code, entrySheet, entryRow, levelSheet, fields: {}, levels: new Map(), reported: new Set() };
}

/** The canonical form of "generic"/"specific", accepting the Indonesian words; null if neither. */
export function parseGroup(text: string): CompetencyGroup | null {
  const value = text.trim().toLowerCase();
  if (value === 'generic' || value === 'generik') return 'generic';
  if (value === 'specific' || value === 'spesifik') return 'specific';
  return null;
}

/**
 * Fills defaults, runs the domain checks and decides: entries only when nothing at all is wrong.
 * `sheetOrder` sorts the report the way a person reads the file.
 */
export function finishImport(
  format: DictionaryFormat,
  drafts: DraftEntry[],
  problems: ProblemList,
  options: DictionaryImportOptions,
  context: { rows: number; sheetOrder: string[] },
): DictionaryImportResult {
  const entries = drafts.map((draft) => toEntry(draft, problems, options));
  for (const { index, problems: found } of checkEntries(entries, options.knownAffairs)) {
    const draft = drafts[index]!;
    for (const problem of found) {
      if (draft.reported.has(problem.path)) continue;
      const place = locate(draft, problem.path, problem.code);
      problems.add(place.sheet, place.row, place.column, problem.code, problem.message);
    }
  }
  if (problems.items.length > 0) {
    return { ok: false, format, problems: sortProblems(problems.items, context.sheetOrder) };
  }
  return { ok: true, format, entries: entries.map(normalizeEntry), rows: context.rows };
}

function toEntry(
  draft: DraftEntry,
  problems: ProblemList,
  options: DictionaryImportOptions,
): DictionaryEntry {
  const { fields } = draft;
  const affair = fields.governmentAffair?.value ?? options.defaultGovernmentAffair;
  if (affair === undefined) {
    problems.add(
      draft.entrySheet,
      draft.entryRow,
      'urusan',
      'AFFAIR_REQUIRED',
      `Urusan untuk kode ${draft.code} wajib diisi.`,
    );
    draft.reported.add('governmentAffair');
  }
  const group = (fields.group && parseGroup(fields.group.value)) || options.defaultGroup;
  if (group === undefined && !draft.reported.has('group')) {
    problems.add(
      draft.entrySheet,
      draft.entryRow,
      'kelompok',
      'GROUP_REQUIRED',
      `Kelompok untuk kode ${draft.code} wajib diisi.`,
    );
    draft.reported.add('group');
  }
  return {
    code: draft.code,
    name: fields.name?.value ?? '',
    definition: fields.definition?.value ?? '',
    governmentAffair: affair ?? '',
    subAffair: fields.subAffair?.value ?? null,
    // A group that could not be read was reported at its cell; 'generic' only keeps the type whole.
    group: group ?? 'generic',
    levels: [...draft.levels].map(([level, draftLevel]) => toLevel(level, draftLevel)),
  };
}

function toLevel(level: number, draft: DraftLevel): EntryLevel {
  const ordered = [...draft.indicators].sort((a, b) => a.order - b.order || a.row - b.row);
  return { level, description: draft.description, behaviourIndicators: ordered.map((i) => i.text) };
}

function locate(
  draft: DraftEntry,
  path: string,
  code: string,
): { sheet: string; row: number; column: string | null } {
  const [head, levelText, part] = path.split('.');
  const firstLevel = Math.min(...[...draft.levels.values()].map((l) => l.row));
  if (head === 'levels' && levelText === undefined) {
    return Number.isFinite(firstLevel)
      ? { sheet: draft.levelSheet, row: firstLevel, column: 'level' }
      : { sheet: draft.entrySheet, row: draft.entryRow, column: 'kode' };
  }
  if (head === 'levels') {
    const level = draft.levels.get(Number(levelText));
    const column = part === 'description' ? 'deskripsi' : 'indikator';
    // In the skj layout every indicator has its own row: point at the one that is too long.
    const tooLong = code === 'INDICATOR_TOO_LONG' ? level?.indicators.find(isTooLong)?.row : undefined;
    const row = part === 'description' ? level?.descriptionRow : (tooLong ?? level?.row);
    return { sheet: draft.levelSheet, row: row ?? draft.entryRow, column };
  }
  const field = head as EntryField;
  const column = head === 'code' ? 'kode' : (fieldColumns[field] ?? null);
  return { sheet: draft.entrySheet, row: draft.fields[field]?.row ?? draft.entryRow, column };
}

const isTooLong = (indicator: { text: string }) => indicator.text.length > entryLimits.indicator;

function sortProblems(problems: ImportProblem[], sheetOrder: string[]): ImportProblem[] {
  const sheetIndex = (sheet: string) => sheetOrder.indexOf(sheet);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        sheetIndex(a.problem.sheet) - sheetIndex(b.problem.sheet) ||
        a.problem.row - b.problem.row ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
