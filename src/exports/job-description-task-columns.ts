/**
 * The columns of the job description's task sheet (written by job-description-tasks-xlsx.ts, read
 * back by the task import), apart from the workbook writer so the import and its template do not
 * load exceljs at start.
 */
/** The import's column keys and their accepted header spellings (normalized, see xlsx-cells.ts). */
export const taskColumnAliases = {
  task: ['uraian tugas', 'rincian tugas', 'tugas', 'uraian', 'task'],
  output: ['hasil kerja', 'output', 'hasil', 'satuan hasil'],
  volume: ['volume', 'jumlah hasil', 'volume per tahun', 'jumlah hasil per tahun', 'jumlah', 'volume kerja'],
  time: ['waktu penyelesaian', 'waktu', 'norma waktu', 'waktu penyelesaian per hasil', 'time'],
  unit: ['satuan waktu', 'satuan', 'unit', 'time unit'],
} as const;
export type TaskColumn = keyof typeof taskColumnAliases;

/** Every task column must be there. */
export const taskRequiredColumns = ['task', 'output', 'volume', 'time', 'unit'] as const;

export const taskColumnNames: Record<TaskColumn, string> = {
  task: 'Uraian Tugas',
  output: 'Hasil Kerja',
  volume: 'Volume (per tahun)',
  time: 'Waktu Penyelesaian',
  unit: 'Satuan Waktu',
};
