/**
 * The row report shared by the all-or-nothing imports of tables (civil servants, assessment
 * results, job description tasks, standards): problems found before anything is written, and the
 * one IMPORT_REJECTED error that carries them.
 */
import { DomainError } from '../domain/errors';
import type { Table } from '../exports/tabular';

export interface ImportRowProblem {
  sheet?: string;
  row: number;
  column: string | null;
  code: string;
  message: string;
}

/** Unreadable cells, missing required columns, and an empty table, in the column names people see. */
export function tableProblems<K extends string>(
  table: Table<K>,
  required: readonly K[],
  columnNames: Record<K, string>,
  noRowsMessage: string,
): ImportRowProblem[] {
  const problems: ImportRowProblem[] = table.cellProblems.map((p) => ({
    row: p.row,
    column: columnNames[p.column],
    code: p.code === 'INVALID_TEXT' ? p.code : 'CELL_UNREADABLE',
    message: p.message,
  }));
  for (const column of required) {
    if (!table.columns.has(column)) {
      problems.push({
        row: 1,
        column: columnNames[column],
        code: 'MISSING_COLUMN',
        message: `Kolom "${columnNames[column]}" tidak ditemukan.`,
      });
    }
  }
  if (table.rows.length === 0 && problems.length === 0) {
    problems.push({ row: 1, column: null, code: 'NO_ROWS', message: noRowsMessage });
  }
  return problems;
}

/** Nothing is written: the first 1,000 problems by sheet and row, and how many there were. */
export function rejectImport(problems: ImportRowProblem[], what = 'data'): never {
  problems.sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row);
  throw new DomainError(
    'IMPORT_REJECTED',
    `Tidak ada ${what} yang disimpan karena ada ${problems.length} masalah pada berkas. Perbaiki baris yang disebutkan lalu impor ulang.`,
    { problems: problems.slice(0, 1000), total: problems.length },
  );
}
