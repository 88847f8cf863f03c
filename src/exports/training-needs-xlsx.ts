/**
 * The training-needs analysis as an Excel workbook (Analisis Kebutuhan Pengembangan Kompetensi):
 * the prioritised plan per unit and competency, the summary per competency, and the people
 * behind it. Written with exceljs' streaming writer straight into `output` while the people are
 * read in batches: a province's detail sheet has a hundred thousand rows, and neither they nor
 * the workbook are ever whole in memory.
 */
import type { Writable } from 'node:stream';
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

/*
 * One style object per kind of body cell, shared by every cell: exceljs remembers the style id of
 * an object it has seen, whereas a fresh object per cell is rendered and looked up again (the
 * largest cost of a hundred thousand rows).
 */
const plainStyle: Partial<ExcelJS.Style> = Object.freeze({});
const decimalStyle: Partial<ExcelJS.Style> = Object.freeze({ numFmt: '0.00' });

/** Bold on a tint, wrapped in `lines` lines (a written row's height is never fitted afterwards). */
function headerStyle(row: ExcelJS.Row, lines: number) {
  row.height = 15 * lines;
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
}

/** A body row with the shared styles (`decimal`: the 1-based columns shown with two decimals). */
function addBodyRow(sheet: ExcelJS.Worksheet, values: ExcelJS.CellValue[], decimal?: number) {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cell.style = column === decimal ? decimalStyle : plainStyle;
  });
  row.commit();
}

/** Resolves once `output` wants more (or is gone: the download was abandoned). */
function drained(output: Writable): Promise<void> {
  if (!output.writableNeedDrain || output.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
  });
}

/**
 * Writes the workbook into `output` (ended when the workbook is complete). `people` are the rows
 * of the detail sheet in batches, in order; at most `limit` are written, and a row beyond it adds
 * the note that the detail was cut short. Stops early, leaving `output` alone, when `output` is
 * destroyed (the person cancelled the download).
 */
export async function writeTrainingNeedsXlsx(
  output: Writable,
  plan: TrainingNeeds,
  people: AsyncIterable<readonly TrainingNeedPerson[]>,
  limit: number,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
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
  headerStyle(header, 3);
  header.commit();
  plan.items.forEach((item, index) => {
    addBodyRow(
      planSheet,
      [
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
      ],
      10,
    );
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
  headerStyle(summaryHeader, 2);
  summaryHeader.commit();
  for (const c of plan.byCompetency) {
    addBodyRow(summary, [c.code, c.name, kindNames[c.kind] ?? c.kind, c.units, c.people, c.averageGap], 6);
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
  headerStyle(detailHeader, 2);
  detailHeader.commit();
  let written = 0;
  let truncated = false;
  for await (const batch of people) {
    if (output.destroyed) return;
    for (const p of batch) {
      if (written === limit) {
        truncated = true;
        break;
      }
      const importance = importanceByRank[p.importance_rank] ?? null;
      addBodyRow(detail, [
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
      ]);
      written += 1;
    }
    if (truncated) break;
    await drained(output);
  }
  if (output.destroyed) return;
  if (truncated) {
    detail
      .addRow([
        `Rincian dibatasi ${limit.toLocaleString('id-ID')} baris; unduh per unit organisasi untuk rincian lengkap.`,
      ])
      .commit();
  }
  detail.commit();
  await workbook.commit();
}
