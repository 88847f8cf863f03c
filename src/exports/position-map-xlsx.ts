/**
 * The position map (peta jabatan) as an Excel workbook, in the shape HR staff keep it: one row per
 * position under its unit, indented by authority, with the class (kelas jabatan), the number in
 * place (B, bezetting), the required number (K, kebutuhan) and the difference (+/-).
 */
import ExcelJS from 'exceljs';
import { flatten, type MapPosition, type MapUnit } from '../domain/position-map';
import { findJobLevel } from '../domain/reference';

const groupNames: Record<string, string> = {
  leadership: 'JPT',
  administrative: 'Administrasi',
  functional: 'Fungsional',
};

const statusNames: Record<string, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  verified: 'Diverifikasi',
  validated: 'Divalidasi',
  ratified: 'Ditetapkan',
};

function standardLabel(p: MapPosition): string {
  if (p.hasRatifiedStandard && p.standard?.status !== 'ratified') {
    return `Ditetapkan (revisi: ${statusNames[p.standard!.status] ?? p.standard!.status})`;
  }
  return p.standard ? (statusNames[p.standard.status] ?? p.standard.status) : 'Belum ada';
}

export async function positionMapWorkbook(map: {
  agency: { name: string };
  units: MapUnit[];
  totals: { positions: number; headcount: number; requiredHeadcount: number };
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SKJ';
  const sheet = workbook.addWorksheet('Peta Jabatan', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  sheet.columns = [
    { key: 'no', width: 6 },
    { key: 'unit', width: 36 },
    { key: 'name', width: 48 },
    { key: 'group', width: 14 },
    { key: 'level', width: 16 },
    { key: 'grade', width: 10 },
    { key: 'value', width: 10 },
    { key: 'headcount', width: 8 },
    { key: 'required', width: 8 },
    { key: 'gap', width: 8 },
    { key: 'standard', width: 22 },
  ];
  sheet.mergeCells('A1:K1');
  sheet.getCell('A1').value = `PETA JABATAN ${map.agency.name.toUpperCase()}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells('A2:K2');
  sheet.getCell('A2').value =
    `Jumlah jabatan ${map.totals.positions}; pegawai ${map.totals.headcount}; kebutuhan ${map.totals.requiredHeadcount}`;
  const header = sheet.getRow(4);
  header.values = [
    'No',
    'Unit Organisasi',
    'Nama Jabatan',
    'Kelompok',
    'Jenjang',
    'Kelas Jabatan',
    'Nilai Jabatan',
    'B',
    'K',
    '+/-',
    'SKJ',
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
  for (const [i, p] of flatten(map.units).entries()) {
    const gap = p.gap; // B − K, as the API and the map legend
    const row = sheet.addRow({
      no: i + 1,
      unit: p.unitPath.join(' › '),
      name: p.name,
      group: groupNames[p.positionGroup] ?? p.positionGroup,
      // People read level names ("JF Ahli Muda"), never the codes ("ahli-muda").
      level: findJobLevel(p.jobLevel)?.name ?? p.jobLevel,
      grade: p.jobGrade,
      value: p.jobValue,
      headcount: p.headcount,
      required: p.requiredHeadcount,
      gap,
      standard: standardLabel(p),
    });
    row.getCell('name').alignment = { indent: p.depth * 2, wrapText: true };
    row.getCell('unit').alignment = { wrapText: true };
    if (gap < 0) row.getCell('gap').font = { color: { argb: 'FFC00000' } };
  }
  sheet.autoFilter = { from: 'A4', to: 'K4' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
