/**
 * The per-unit workload summary (rekapitulasi analisis beban kerja) as an Excel workbook: one row
 * per position under its unit with its workload, the need with two decimals, the required
 * headcount (K), the employees in place (B), and the shortage (kekurangan) or surplus (kelebihan).
 */
import ExcelJS from 'exceljs';
import type { WorkloadSummary } from '../services/workload-summary';

const border = {
  top: { style: 'thin' as const },
  bottom: { style: 'thin' as const },
  left: { style: 'thin' as const },
  right: { style: 'thin' as const },
};

export async function workloadSummaryWorkbook(summary: WorkloadSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SKJ';
  const sheet = workbook.addWorksheet('Rekapitulasi ABK', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 5 }],
  });
  sheet.columns = [
    { key: 'no', width: 6 },
    { key: 'unit', width: 34 },
    { key: 'name', width: 46 },
    { key: 'minutes', width: 16 },
    { key: 'need', width: 12 },
    { key: 'required', width: 8 },
    { key: 'headcount', width: 8 },
    { key: 'shortage', width: 12 },
    { key: 'surplus', width: 12 },
    { key: 'note', width: 28 },
  ];
  sheet.mergeCells('A1:J1');
  sheet.getCell('A1').value = `REKAPITULASI ANALISIS BEBAN KERJA ${summary.orgUnit.name.toUpperCase()}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells('A2:J2');
  sheet.getCell('A2').value = summary.agency.name;
  sheet.mergeCells('A3:J3');
  sheet.getCell('A3').value =
    `Waktu kerja efektif ${summary.settings.effectiveMinutesPerYear.toLocaleString('id-ID')} menit/tahun; ` +
    'kebutuhan = jumlah (volume × waktu penyelesaian) / waktu kerja efektif, dibulatkan setengah ke atas, paling sedikit 1.';
  const header = sheet.getRow(5);
  header.values = [
    'No',
    'Unit Organisasi',
    'Nama Jabatan',
    'Beban Kerja (menit/tahun)',
    'Kebutuhan (desimal)',
    'K',
    'B',
    'Kekurangan',
    'Kelebihan',
    'Keterangan',
  ];
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = border;
  });
  let rowNumber = 6;
  let no = 0;
  for (const unit of summary.units) {
    for (const p of unit.positions) {
      const row = sheet.getRow(rowNumber++);
      row.values = [
        ++no,
        `${'  '.repeat(unit.depth)}${unit.name}`,
        p.name,
        p.workloadMinutes ?? null,
        p.workloadNeed ?? null,
        p.requiredHeadcount,
        p.headcount,
        Math.max(0, -p.difference),
        Math.max(0, p.difference),
        p.hasJobDescription ? '' : 'Belum ada uraian jabatan (K diisi manual)',
      ];
      row.getCell(5).numFmt = '0.00';
      row.eachCell((cell) => {
        cell.border = border;
      });
    }
  }
  const total = sheet.getRow(rowNumber);
  total.values = [
    '',
    'Jumlah',
    `${summary.totals.positions} jabatan`,
    null,
    summary.totals.workloadNeed,
    summary.totals.requiredHeadcount,
    summary.totals.headcount,
    summary.totals.shortage,
    summary.totals.surplus,
    '',
  ];
  total.font = { bold: true };
  total.getCell(5).numFmt = '0.00';
  total.eachCell((cell) => {
    cell.border = border;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
