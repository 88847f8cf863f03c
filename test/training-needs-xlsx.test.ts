/**
 * The training-needs workbook as the streaming writer leaves it, read back with exceljs: sheets,
 * Indonesian headers, the look (bold headers, widths, frozen header rows, two decimals), the
 * people across batches in their order, the cut at the limit and an abandoned download.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TrainingNeedPerson } from '../src/db/repositories/training-needs-repository';
import { writeTrainingNeedsXlsx } from '../src/exports/training-needs-xlsx';
import type { TrainingNeeds } from '../src/services/training-needs';

function person(nip: string, overrides: Partial<TrainingNeedPerson> = {}): TrainingNeedPerson {
  return {
    unit_name: 'Bidang Pengembangan Kompetensi',
    nip,
    person_name: `Pegawai ${nip.slice(-3)}`,
    position_name: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
    code: 'KT.01',
    name: 'Pengelolaan Data Kepegawaian',
    kind: 'technical',
    required_level: 4,
    level: 3,
    gap: 1,
    importance_rank: 3,
    ...overrides,
  };
}

const plan = {
  agency: { id: '00000000-0000-4000-8000-000000000001', name: 'Pemerintah Provinsi Contoh' },
  year: 2027,
  orgUnitId: null,
  totals: { needs: 2, peopleGaps: 3, byPriority: { high: 1, medium: 1, low: 0 } },
  byCompetency: [
    {
      competencyKey: 'd:KT.01',
      code: 'KT.01',
      name: 'Pengelolaan Data Kepegawaian',
      kind: 'technical',
      people: 2,
      units: 1,
      averageGap: 1.5,
    },
  ],
  items: [
    {
      orgUnitId: '00000000-0000-4000-8000-000000000002',
      unitName: 'Bidang Pengembangan Kompetensi',
      competencyKey: 'd:KT.01',
      code: 'KT.01',
      name: 'Pengelolaan Data Kepegawaian',
      kind: 'technical',
      holders: 4,
      people: 2,
      notAssessed: 1,
      averageGap: 1.5,
      maxGap: 2,
      importance: 'essential',
      importanceName: 'Mutlak',
      priority: 'high',
      priorityName: 'Tinggi',
      score: 4.5,
      actions: ['training'],
      suggestion: 'Pelatihan teknis: Pengelolaan Data Kepegawaian',
    },
    {
      orgUnitId: null,
      unitName: null,
      competencyKey: 'd:M.01',
      code: 'M.01',
      name: 'Integritas',
      kind: 'managerial',
      holders: 1,
      people: 1,
      notAssessed: 0,
      averageGap: 1,
      maxGap: 1,
      importance: null,
      importanceName: null,
      priority: 'medium',
      priorityName: 'Sedang',
      score: 2,
      actions: ['coaching'],
      suggestion: 'Coaching: Integritas',
    },
  ],
} as TrainingNeeds;

async function* batchesOf(...batches: TrainingNeedPerson[][]) {
  for (const batch of batches) yield batch;
}

async function written(people: AsyncIterable<TrainingNeedPerson[]>, limit: number) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.on('end', resolve));
  await writeTrainingNeedsXlsx(output, plan, people, limit);
  await ended;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

const valuesOf = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe('training-needs workbook', () => {
  it('has the plan, the summary and the people, headed in Indonesian and laid out to read', async () => {
    const workbook = await written(
      batchesOf(
        [person('199001152015031001'), person('199001152015031002', { level: null, gap: 2 })],
        [
          person('199203202016032003', {
            unit_name: null,
            code: 'M.01',
            name: 'Integritas',
            kind: 'managerial',
            importance_rank: 0,
          }),
        ],
      ),
      100,
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Rencana Pengembangan',
      'Per Kompetensi',
      'Rincian Pegawai',
    ]);

    const planSheet = workbook.getWorksheet('Rencana Pengembangan')!;
    expect(planSheet.getCell('A1').value).toBe('ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI TAHUN 2027');
    expect(planSheet.getCell('A1').font?.bold).toBe(true);
    expect(String(planSheet.getCell('A2').value)).toMatch(/^Pemerintah Provinsi Contoh\. Prioritas/);
    expect(valuesOf(planSheet.getRow(4))).toEqual([
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
    ]);
    expect(planSheet.getCell('L4').font?.bold).toBe(true);
    expect(planSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(planSheet.getColumn(3).width).toBe(34);
    expect(planSheet.getColumn(12).width).toBe(60);
    expect(valuesOf(planSheet.getRow(5))).toEqual([
      1,
      'Tinggi',
      'Bidang Pengembangan Kompetensi',
      'KT.01',
      'Pengelolaan Data Kepegawaian',
      'Teknis',
      'Mutlak',
      4,
      2,
      1.5,
      1,
      'Pelatihan teknis: Pengelolaan Data Kepegawaian',
    ]);
    expect(planSheet.getCell('J5').numFmt).toBe('0.00');
    expect(planSheet.getCell('B5').font?.bold).toBeFalsy();
    expect(valuesOf(planSheet.getRow(6)).slice(0, 7)).toEqual([
      2,
      'Sedang',
      '(tanpa unit)',
      'M.01',
      'Integritas',
      'Manajerial',
      '-',
    ]);

    const summary = workbook.getWorksheet('Per Kompetensi')!;
    expect(valuesOf(summary.getRow(1))).toEqual([
      'Kode',
      'Kompetensi',
      'Jenis',
      'Unit',
      'Pegawai',
      'Rata-rata Kesenjangan',
    ]);
    expect(summary.getCell('A1').font?.bold).toBe(true);
    expect(valuesOf(summary.getRow(2))).toEqual([
      'KT.01',
      'Pengelolaan Data Kepegawaian',
      'Teknis',
      1,
      2,
      1.5,
    ]);
    expect(summary.getCell('F2').numFmt).toBe('0.00');

    const detail = workbook.getWorksheet('Rincian Pegawai')!;
    expect(valuesOf(detail.getRow(1))).toEqual([
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
    expect(detail.getCell('K1').font?.bold).toBe(true);
    expect(detail.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(detail.getColumn(2).width).toBe(20);
    expect(detail.rowCount).toBe(4);
    expect(valuesOf(detail.getRow(2))).toEqual([
      'Bidang Pengembangan Kompetensi',
      '199001152015031001',
      'Pegawai 001',
      'Analis Sumber Daya Manusia Aparatur Ahli Muda',
      'KT.01',
      'Pengelolaan Data Kepegawaian',
      'Teknis',
      'Mutlak',
      4,
      3,
      1,
    ]);
    expect(valuesOf(detail.getRow(3)).slice(8)).toEqual([4, 'belum diases', 2]);
    expect(valuesOf(detail.getRow(4)).slice(0, 2)).toEqual(['(tanpa unit)', '199203202016032003']);
    expect(detail.getCell('H4').value).toBe('-');
  });

  it('cuts the people at the limit and says so', async () => {
    const workbook = await written(
      batchesOf([person('199001152015031001'), person('199001152015031002')], [person('199001152015031003')]),
      2,
    );
    const detail = workbook.getWorksheet('Rincian Pegawai')!;
    expect(detail.rowCount).toBe(4);
    expect(detail.getCell('B3').value).toBe('199001152015031002');
    expect(detail.getCell('A4').value).toBe(
      'Rincian dibatasi 2 baris; unduh per unit organisasi untuk rincian lengkap.',
    );
  });

  it('stops reading people once the download is abandoned', async () => {
    const output = new PassThrough();
    let batchesRead = 0;
    async function* people() {
      for (let i = 0; i < 5; i++) {
        batchesRead += 1;
        if (i === 1) output.destroy();
        yield [person(`19900115201503100${i}`)];
      }
    }
    await writeTrainingNeedsXlsx(output, plan, people(), 100);
    expect(batchesRead).toBe(2);
  });
});
