/**
 * Rekapitulasi Kelas Jabatan dan Persediaan Pegawai as an Excel workbook: per job grade the number
 * of positions, B (in place), K (required) and B − K, with the total; the sign as on the map.
 */
import ExcelJS from 'exceljs';
import type { StaffingRecapRow } from '../domain/position-map';

export async function staffingRecapWorkbook(recap: {
  agencyName: string;
  scopeName: string | null;
  rows: StaffingRecapRow[];
  total: StaffingRecapRow;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SKJ';
  const sheet = workbook.addWorksheet('Rekapitulasi', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 5 }],
  });
  sheet.columns = [
    { key: 'no', width: 6 },
    { key: 'grade', width: 18 },
    { key: 'positions', width: 14 },
    { key: 'headcount', width: 14 },
    { key: 'required', width: 14 },
    { key: 'difference', width: 14 },
  ];
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = 'REKAPITULASI KELAS JABATAN DAN PERSEDIAAN PEGAWAI';
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.mergeCells('A2:F2');
  sheet.getCell('A2').value = [recap.agencyName.toUpperCase(), recap.scopeName].filter(Boolean).join(' · ');
  sheet.mergeCells('A3:F3');
  sheet.getCell('A3').value =
    'B = pegawai yang ada (bezetting); K = kebutuhan; +/- = B − K (negatif: kurang pegawai).';
  sheet.getCell('A3').font = { italic: true, size: 9 };
  const header = sheet.getRow(5);
  header.values = ['No', 'Kelas Jabatan', 'Jumlah Jabatan', 'B', 'K', '+/-'];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  const border = { style: 'thin' as const };
  const frame = (row: ExcelJS.Row) =>
    row.eachCell((cell) => {
      cell.border = { top: border, bottom: border, left: border, right: border };
    });
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  frame(header);
  recap.rows.forEach((r, k) => {
    const row = sheet.addRow({
      no: k + 1,
      grade: r.jobGrade === null ? 'Belum dievaluasi' : r.jobGrade,
      positions: r.positions,
      headcount: r.headcount,
      required: r.requiredHeadcount,
      difference: r.difference,
    });
    row.getCell('grade').alignment = { horizontal: 'center' };
    if (r.difference < 0) row.getCell('difference').font = { color: { argb: 'FFC00000' } };
    frame(row);
  });
  const total = sheet.addRow({
    no: '',
    grade: 'JUMLAH',
    positions: recap.total.positions,
    headcount: recap.total.headcount,
    required: recap.total.requiredHeadcount,
    difference: recap.total.difference,
  });
  total.font = { bold: true };
  frame(total);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
