/**
 * Import of task details from .xlsx or .csv in the flat layout HR staff use (one row per task:
 * task, output, volume, time, unit), replacing the tasks of the position's job description as a
 * new version. All-or-nothing with a row report: one bad row and nothing is written.
 */
import { findJobDescription } from '../db/repositories/job-description-repository';
import { type JobTask, timeUnitAliases } from '../domain/job-description';
import { taskIssues } from '../domain/workload';
import {
  type TaskColumn,
  taskColumnAliases,
  taskColumnNames,
  taskRequiredColumns,
} from '../exports/job-description-task-columns';
import type { ServiceContext } from './context';
import { rejectImport, tableProblems } from './import-problems';
import { loadEditablePosition, validJobDescription } from './job-description-access';
import { getJobDescription } from './read-job-description';
import { writeJobDescription } from './save-job-description';

export const maxImportedTasks = 300;

/**
 * A positive figure as HR staff type it: "12", "2,5" (decimal comma), "1.200" or "1.200,5"
 * (dots grouping thousands, the Indonesian way), "0.5" (a dot that is not a thousands group).
 * null when it is not a number.
 */
export function parseFigure(text: string): number | null {
  const value = text.replace(/\s+/g, '');
  let normalized: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)) normalized = value.replace(/\./g, '').replace(',', '.');
  else if (/^\d+([.,]\d+)?$/.test(value)) normalized = value.replace(',', '.');
  else return null;
  const number = Number(normalized);
  return Number.isFinite(number) ? number : null;
}

export function parseTimeUnit(text: string): JobTask['unit'] | null {
  return timeUnitAliases[text.trim().toLowerCase()] ?? null;
}

export async function importJobDescriptionTasks(
  ctx: ServiceContext,
  positionId: string,
  bytes: Uint8Array,
  fileName: string,
  revision: number | undefined,
) {
  const position = await loadEditablePosition(ctx, positionId);
  const { readTable } = await import('../exports/tabular');
  const table = await readTable<TaskColumn>(bytes, fileName, taskColumnAliases);
  const problems = tableProblems(
    table,
    taskRequiredColumns,
    taskColumnNames,
    'Berkas tidak berisi baris tugas.',
  );
  if (table.rows.length > maxImportedTasks) {
    problems.push({
      row: 1,
      column: null,
      code: 'TOO_MANY_TASKS',
      message: `Paling banyak ${maxImportedTasks} tugas per jabatan; berkas berisi ${table.rows.length}.`,
    });
  }
  const tasks: JobTask[] = [];
  if (problems.length === 0) {
    for (const source of table.rows) {
      const cell = (key: TaskColumn) => source.cells.get(key) ?? '';
      const volumeText = cell('volume');
      const timeText = cell('time');
      const unitText = cell('unit');
      const task: JobTask = {
        task: cell('task'),
        output: cell('output'),
        volume: parseFigure(volumeText) ?? Number.NaN,
        time: parseFigure(timeText) ?? Number.NaN,
        unit: parseTimeUnit(unitText) ?? (unitText as JobTask['unit']),
      };
      // The domain's task rules, reported per cell with the row number of the sheet.
      for (const issue of taskIssues(task, tasks.length)) {
        const typed = { volume: volumeText, time: timeText, unit: unitText }[issue.field as 'volume'];
        problems.push({
          row: source.row,
          column: taskColumnNames[issue.field],
          code: issue.code,
          message: messageFor(issue.field, issue.message, typed),
        });
      }
      tasks.push(task);
    }
  }
  if (problems.length > 0) rejectImport(problems, 'tugas');
  const existing = await findJobDescription(ctx.db, position.id);
  const base = existing?.content ?? (await getJobDescription(ctx, position.id)).content;
  const content = validJobDescription({ ...base, tasks });
  const saved = await writeJobDescription(ctx, position, content, { revision, source: 'import' });
  return { ...saved, tasks: tasks.length, format: table.format };
}

/** The row report names the cell, so the "Tugas n" prefix of the domain message is replaced. */
function messageFor(field: string, message: string, typed: string | undefined): string {
  const text = message.replace(/^Tugas \d+: /, '');
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  if ((field === 'volume' || field === 'time') && typed) return `${capitalized} ("${typed}")`;
  if (field === 'unit') return `Satuan waktu "${typed ?? ''}" tidak dikenal: isi menit, jam atau hari.`;
  return capitalized;
}
