/**
 * The training-needs analysis as an Excel workbook (Analisis Kebutuhan Pengembangan Kompetensi):
 * the prioritised plan per unit and competency, the summary per competency, and the people
 * behind it. Written with exceljs' streaming writer: an agency-wide detail sheet has hundreds of
 * thousands of rows.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TrainingNeedPerson } from '../db/repositories/training-needs-repository';
import { importanceNames } from '../domain/job-standard';
import type { TrainingNeeds } from '../services/training-needs';

const kindNames: Record<string, string> = {
  managerial: 'Manajerial',
  socioCultural: 'Sosial Kultural',
  technical: 'Teknis',
};
const importanceByRank = [null, 'important', 'veryImportant', 'essential'] as const;

const headerStyle = (row: ExcelJS.Row) => {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
};

export async function trainingNeedsXlsx(
  plan: TrainingNeeds,
  people: readonly TrainingNeedPerson[],
  truncated: boolean,
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true });
  workbook.creator = 'SKJ';

  const title = `ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI TAHUN ${plan.year}`;
  const planSheet = workbook.addWorksheet('Rencana Pengembangan', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  planSheet.columns = [
    { key: 'no', width: 6 },
    { key: 'priority', width: 10 },
    { key: 'unit', width: 34 },
    { key: 'code', width: 12 },
    { key: 'name', width: 40 },
    { key: 'kind', width: 14 },
    { key: 'importance', width: 12 },
    { key: 'holders', width: 10 },
    { key: 'people', width: 10 },
    { key: 'gap', width: 12 },
    { key: 'notAssessed', width: 12 },
    { key: 'action', width: 60 },
  ];
  planSheet.getRow(1).values = [title];
  planSheet.getRow(1).font = { bold: true, size: 14 };
  planSheet.getRow(1).commit();
  planSheet.getRow(2).values = [
    `${plan.agency.name}. Prioritas dari kesenjangan rata-rata × tingkat pentingnya (Mutlak 3, Penting 2, Perlu 1, tanpa ITJ 2): tinggi mulai 3, sedang mulai 1,5.`,
  ];
  planSheet.getRow(2).commit();
  const header = planSheet.getRow(4);
  header.values = [
    'No',
    'Prioritas',
    'Unit Organisasi',
    'Kode',
    'Kompetensi',
    'Jenis',
    'Tingkat Pentingnya',
    'Pemangku',
    'Pegawai Berkesenjangan',
    'Rata-rata Kesenjangan (level)',
    'Belum Diases',
    'Usulan Bentuk Pengembangan',
  ];
  headerStyle(header);
  header.commit();
  plan.items.forEach((item, index) => {
    const row = planSheet.addRow([
      index + 1,
      item.priorityName,
      item.unitName ?? '(tanpa unit)',
      item.code,
      item.name,
      kindNames[item.kind] ?? item.kind,
      item.importanceName ?? '-',
      item.holders,
      item.people,
      item.averageGap,
      item.notAssessed,
      item.suggestion,
    ]);
    row.getCell(10).numFmt = '0.00';
    row.commit();
  });
  planSheet.commit();

  const summary = workbook.addWorksheet('Per Kompetensi');
  summary.columns = [
    { key: 'code', width: 12 },
    { key: 'name', width: 40 },
    { key: 'kind', width: 14 },
    { key: 'units', width: 10 },
    { key: 'people', width: 12 },
    { key: 'gap', width: 14 },
  ];
  const summaryHeader = summary.addRow([
    'Kode',
    'Kompetensi',
    'Jenis',
    'Unit',
    'Pegawai',
    'Rata-rata Kesenjangan',
  ]);
  headerStyle(summaryHeader);
  summaryHeader.commit();
  for (const c of plan.byCompetency) {
    const row = summary.addRow([
      c.code,
      c.name,
      kindNames[c.kind] ?? c.kind,
      c.units,
      c.people,
      c.averageGap,
    ]);
    row.getCell(6).numFmt = '0.00';
    row.commit();
  }
  summary.commit();

  const detail = workbook.addWorksheet('Rincian Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  detail.columns = [
    { key: 'unit', width: 30 },
    { key: 'nip', width: 20 },
    { key: 'name', width: 30 },
    { key: 'position', width: 34 },
    { key: 'code', width: 12 },
    { key: 'competency', width: 36 },
    { key: 'kind', width: 14 },
    { key: 'importance', width: 12 },
    { key: 'required', width: 10 },
    { key: 'level', width: 10 },
    { key: 'gap', width: 12 },
  ];
  const detailHeader = detail.addRow([
    'Unit Organisasi',
    'NIP',
    'Nama',
    'Jabatan',
    'Kode',
    'Kompetensi',
    'Jenis',
    'Tingkat Pentingnya',
    'Level Dibutuhkan',
    'Level Saat Ini',
    'Kesenjangan',
  ]);
  headerStyle(detailHeader);
  detailHeader.commit();
  for (const p of people) {
    const importance = importanceByRank[p.importance_rank] ?? null;
    detail
      .addRow([
        p.unit_name ?? '(tanpa unit)',
        p.nip,
        p.person_name,
        p.position_name,
        p.code,
        p.name,
        kindNames[p.kind] ?? p.kind,
        importance ? importanceNames[importance] : '-',
        p.required_level,
        p.level ?? 'belum diases',
        p.gap,
      ])
      .commit();
  }
  if (truncated) {
    detail
      .addRow([
        `Rincian dibatasi ${people.length.toLocaleString('id-ID')} baris; unduh per unit organisasi untuk rincian lengkap.`,
      ])
      .commit();
  }
  detail.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
