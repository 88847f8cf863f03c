/**
 * Task details of a job description in the flat layout HR staff keep for workload analysis: one
 * row per task with the task, its output, the yearly volume, the time to finish one output and
 * the unit of that time, followed by the computed workload (ignored when the sheet is imported
 * back). The title block above the header carries the effective time and the result.
 */
import ExcelJS from 'exceljs';
import type { JobTask } from '../domain/job-description';
import { timeUnitNames, type WorkloadResult } from '../domain/workload';
import { taskColumnNames } from './job-description-task-columns';

const headerRow = 6;

export async function tasksWorkbook(input: {
  agencyName: string;
  positionName: string;
  orgUnitName: string | null;
  tasks: readonly JobTask[];
  workload: WorkloadResult;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SKJ';
  const sheet = workbook.addWorksheet('Uraian Tugas', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  sheet.columns = [
    { key: 'no', width: 6 },
    { key: 'task', width: 60 },
    { key: 'output', width: 30 },
    { key: 'volume', width: 14 },
    { key: 'time', width: 14 },
    { key: 'unit', width: 12 },
    { key: 'minutes', width: 18 },
    { key: 'people', width: 14 },
  ];
  const { workload } = input;
  const format = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 2 });
  sheet.getCell('A1').value = 'DAFTAR URAIAN TUGAS DAN BEBAN KERJA';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `Jabatan: ${input.positionName}`;
  sheet.getCell('A3').value = `Unit kerja: ${input.orgUnitName ?? '-'} · ${input.agencyName}`;
  sheet.getCell('A4').value =
    `Waktu kerja efektif ${format(workload.effectiveMinutesPerYear)} menit/tahun; beban kerja ` +
    `${format(workload.totalMinutes)} menit; kebutuhan pegawai ${format(workload.need)} → ${workload.requiredHeadcount} orang (dibulatkan setengah ke atas, paling sedikit 1).`;
  for (const cell of ['A2', 'A3', 'A4'])
    sheet.getCell(cell).font = { italic: true, color: { argb: 'FF404040' } };
  const header = sheet.getRow(headerRow);
  header.values = [
    'No',
    taskColumnNames.task,
    taskColumnNames.output,
    taskColumnNames.volume,
    taskColumnNames.time,
    taskColumnNames.unit,
    'Beban Kerja (menit/tahun)',
    'Kebutuhan Pegawai',
  ];
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  workload.rows.forEach((row, k) => {
    const line = sheet.getRow(headerRow + 1 + k);
    line.values = [
      k + 1,
      row.task,
      row.output,
      row.volume,
      row.time,
      timeUnitNames[row.unit],
      row.minutesPerYear,
      row.people,
    ];
    line.alignment = { vertical: 'top', wrapText: true };
    line.getCell(8).numFmt = '0.0000';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
