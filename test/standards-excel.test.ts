import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobStandards } from '../src/db/schema';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function sheetValues(workbook: ExcelJS.Workbook, name: string): string[][] {
  const rows: string[][] = [];
  workbook.getWorksheet(name)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

async function toBlob(workbook: ExcelJS.Workbook) {
  return new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]);
}

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
}, 60_000);
afterAll(() => server?.close());

describe('standards as Excel', () => {
  let exported: ExcelJS.Workbook;

  it('exports one row per position × competency and the requirements', async () => {
    const response = await ministry.drafter.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('SKJ-KEMEN-CONTOH.xlsx');
    exported = await workbookOf(response.bytes);
    const competencies = sheetValues(exported, 'Kompetensi');
    expect(competencies[0]).toEqual([
      'Jabatan',
      'Jenis Kompetensi',
      'Kamus',
      'Kode Kompetensi',
      'Nama Kompetensi',
      'Level',
      'Tingkat Pentingnya',
      'Deskripsi Level',
      'Indikator Perilaku',
    ]);
    expect(competencies).toHaveLength(1 + 15);
    expect(competencies[1]!.slice(0, 6)).toEqual([
      'Kepala Bidang Pengembangan Kompetensi',
      'Manajerial',
      'KAMUS-MANAJERIAL',
      'M.01',
      'Integritas',
      '3',
    ]);
    expect(competencies[15]!.slice(1, 7)).toEqual([
      'Teknis',
      'KAMUS-KEMEN-CONTOH',
      'KEP.06',
      competencies[15]![4],
      '3',
      'Mutlak',
    ]);
    const requirements = sheetValues(exported, 'Persyaratan');
    expect(requirements).toContainEqual([
      'Kepala Bidang Pengembangan Kompetensi',
      'Pendidikan',
      'S-1/D-IV',
      'Mutlak',
    ]);
    expect(requirements).toContainEqual([
      'Kepala Bidang Pengembangan Kompetensi',
      'Pangkat/Golongan',
      'IV/a',
      'Mutlak',
    ]);
    expect(sheetValues(exported, 'SKJ')[1]).toEqual([
      'Kepala Bidang Pengembangan Kompetensi',
      'Administrator',
      '1',
      'Ditetapkan',
      expect.stringMatching(/^SKJ-\d{4}-\d{6}$/),
    ]);
  });

  it('imports the same file back as a revision draft, and exports it equal (round trip)', async () => {
    const response = await ministry.drafter.upload(
      `/api/agencies/${ministry.agencyId}/job-standards/import`,
      { file: await toBlob(exported) },
      'skj.xlsx',
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ standards: 1, created: 0, updated: 0, revised: 1 });
    const again = await workbookOf(
      (await ministry.drafter.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`)).bytes,
    );
    expect(sheetValues(again, 'Kompetensi')).toEqual(sheetValues(exported, 'Kompetensi'));
    expect(sheetValues(again, 'Persyaratan')).toEqual(sheetValues(exported, 'Persyaratan'));
    expect(sheetValues(again, 'SKJ')[1]!.slice(2, 4)).toEqual(['2', 'Draf']);
    // Importing again replaces the open draft's content.
    const edited = await workbookOf(
      (await ministry.drafter.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`)).bytes,
    );
    const sheet = edited.getWorksheet('Kompetensi')!;
    sheet.getRow(16).getCell(6).value = 4;
    sheet.getRow(16).getCell(9).value = 'Indikator yang ditulis ulang oleh tim';
    const replaced = await ministry.drafter.upload(
      `/api/agencies/${ministry.agencyId}/job-standards/import`,
      { file: await toBlob(edited) },
      'skj.xlsx',
    );
    expect(replaced.body).toMatchObject({ updated: 1, revised: 0 });
    const standards = (await ministry.drafter.get(`/api/agencies/${ministry.agencyId}/positions`)).body.items;
    const latest = standards[0].latestStandard;
    const detail = (await ministry.drafter.get(`/api/job-standards/${latest.id}`)).body;
    const last = detail.content.competencies[14];
    expect([last.code, last.requiredLevel, last.behaviourIndicators]).toEqual([
      'KEP.06',
      4,
      ['Indikator yang ditulis ulang oleh tim'],
    ]);
    expect(detail.findings.some((f: { message: string }) => /diubah dari kamus/.test(f.message))).toBe(true);
  });

  it('refuses a file with bad rows, reporting each, writing nothing', async () => {
    const bad = await workbookOf(
      (await ministry.drafter.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`)).bytes,
    );
    const sheet = bad.getWorksheet('Kompetensi')!;
    sheet.getRow(2).getCell(6).value = 7;
    sheet.getRow(3).getCell(4).value = 'M.99';
    sheet.getRow(4).getCell(2).value = 'Teknikal';
    sheet.addRow([
      'Jabatan Yang Tidak Ada',
      'Teknis',
      'KAMUS-KEMEN-CONTOH',
      'KEP.01',
      '',
      3,
      'Mutlak',
      '',
      '',
    ]);
    bad
      .getWorksheet('Persyaratan')!
      .addRow(['Kepala Bidang Pengembangan Kompetensi', 'Hobi', 'Membaca', 'Perlu']);
    const before = [await server.count(jobStandards), await server.count(auditLog)];
    const response = await ministry.drafter.upload(
      `/api/agencies/${ministry.agencyId}/job-standards/import`,
      { file: await toBlob(bad) },
      'skj.xlsx',
    );
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('IMPORT_REJECTED');
    const problems = response.body.error.details.problems.map(
      (p: { sheet: string; row: number; code: string }) => [p.sheet, p.row, p.code],
    );
    expect(problems).toEqual([
      ['Kompetensi', 2, 'INVALID_LEVEL'],
      ['Kompetensi', 4, 'UNKNOWN_KIND'],
      ['Persyaratan', expect.any(Number), 'UNKNOWN_REQUIREMENT'],
    ]);
    // Once the shape is right, names and codes are resolved: unknown position and competency.
    sheet.getRow(2).getCell(6).value = 3;
    sheet.getRow(4).getCell(2).value = 'Manajerial';
    const persyaratan = bad.getWorksheet('Persyaratan')!;
    persyaratan.spliceRows(persyaratan.rowCount, 1);
    const second = await ministry.drafter.upload(
      `/api/agencies/${ministry.agencyId}/job-standards/import`,
      { file: await toBlob(bad) },
      'skj.xlsx',
    );
    expect(
      second.body.error.details.problems.map((p: { row: number; code: string }) => [p.row, p.code]),
    ).toEqual([
      [3, 'UNKNOWN_COMPETENCY'],
      [17, 'UNKNOWN_POSITION'],
    ]);
    expect([await server.count(jobStandards), await server.count(auditLog)]).toEqual(before);
  });

  it('is limited to the own agency and to composers', async () => {
    const admin2 = await server.as('admin2');
    const file = new Blob([new Uint8Array(await exportedBytes())]);
    const other = await admin2.upload(
      `/api/agencies/${ministry.agencyId}/job-standards/import`,
      { file },
      'skj.xlsx',
    );
    expect(other.status).toBe(404);
    const regencyId = (await admin2.get('/api/auth/me')).body.user.agency.id;
    const regencyDrafts = await admin2.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`);
    expect(regencyDrafts.status).toBe(404);
    expect((await admin2.download(`/api/agencies/${regencyId}/job-standards.xlsx`)).status).toBe(200);
  });
});

async function exportedBytes() {
  return (await ministry.drafter.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`)).bytes;
}
