/**
 * Uploaded tables go through the same text check as JSON: a cell with NUL, another control
 * character or a bidi override is a row problem (INVALID_TEXT) of the import report, the import
 * writes nothing, and nothing answers 500.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, civilServants, competencies, jobDescriptions, jobStandards } from '../src/db/schema';
import { runImport } from './support/jobs';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let drafter: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
  drafter = await server.as('drafter');
}, 60_000);
afterAll(() => server?.close());

function csv(lines: string[][]) {
  return new Blob([`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

async function xlsx(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row);
  return new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]);
}

type Problem = { sheet?: string; row: number; column: string | null; code: string; message: string };
const problemsOf = (body: { error: { details: { problems: Problem[] } } }) => body.error.details.problems;
const jobProblems = (job: { errorDetails: { problems: Problem[] } }) => job.errorDetails.problems;

describe('civil servants and assessments', () => {
  it('reports NUL and a control character in CSV cells as row problems; nothing written', async () => {
    const before = await server.count(civilServants);
    const file = csv([
      ['NIP', 'Nama', 'Golongan'],
      ['199001012015011001', 'Budi Santoso', 'III/a'],
      ['199001012015011002', 'Sari\u0000Dewi', 'III/a'],
      ['199001012015011003', 'Joko', 'III/\u0007b'],
    ]);
    const { job } = await runImport(ministry.admin, '/api/imports/civil-servants', file, 'pegawai.csv');
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    expect(jobProblems(job).map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Nama', 'INVALID_TEXT'],
      [4, 'Golongan', 'INVALID_TEXT'],
    ]);
    expect(jobProblems(job)[0]!.message).toContain('karakter kendali');
    expect(await server.count(civilServants)).toBe(before);
  });

  it('reports a bidi override in an .xlsx cell', async () => {
    const before = await server.count(civilServants);
    const file = await xlsx([
      ['NIP', 'Nama', 'Golongan'],
      ['199001012015011001', 'Budi \u202eotnasaS', 'III/a'],
    ]);
    const { job } = await runImport(ministry.admin, '/api/imports/civil-servants', file, 'pegawai.xlsx');
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    expect(jobProblems(job).map((p) => [p.row, p.column, p.code])).toEqual([[2, 'Nama', 'INVALID_TEXT']]);
    expect(jobProblems(job)[0]!.message).toContain('pengarah arah teks');
    expect(await server.count(civilServants)).toBe(before);
  });

  it('refuses a CSV whose header holds NUL as not a text file (UTF-16 or binary)', async () => {
    const file = new Blob([
      new TextEncoder().encode('N\u0000I\u0000P\u0000;\u0000N\u0000a\u0000m\u0000a\u0000\n'),
    ]);
    const { job } = await runImport(ministry.admin, '/api/imports/assessments', file, 'asesmen.csv');
    expect([job.status, job.errorCode]).toEqual(['failed', 'INVALID_FILE']);
  });
});

describe('technical dictionary import', () => {
  it('reports a bidi override in an indicator as a row problem of its sheet', async () => {
    const created = await drafter.post('/api/technical-dictionaries', {
      code: 'KAMUS-IMPOR-BIDI',
      name: 'Kamus Impor Dengan Karakter Tersembunyi',
    });
    const rows = [1, 2, 3, 4, 5].map((level) => [
      'B.01',
      level === 1 ? 'Pengelolaan Arsip' : '',
      level === 1 ? 'Definisi pengelolaan arsip' : '',
      level,
      `Deskripsi level ${level}`,
      level === 3 ? 'Indikator \u2066tersembunyi\u2069' : `Indikator level ${level}`,
    ]);
    const file = await xlsx([
      ['Kode', 'Nama Kompetensi', 'Definisi', 'Level', 'Deskripsi', 'Indikator Perilaku'],
      ...rows,
    ]);
    const before = await server.count(competencies);
    const response = await drafter.upload(`/api/technical-dictionaries/${created.body.dictionaryId}/import`, {
      file,
      governmentAffair: 'Urusan Pemerintahan Bidang Kearsipan',
      group: 'specific',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('IMPORT_REJECTED');
    expect(problemsOf(response.body).map((p) => [p.row, p.code])).toEqual([[4, 'INVALID_TEXT']]);
    expect(await server.count(competencies)).toBe(before);
  });
});

describe('job description tasks import', () => {
  it('reports an escape character in a task as a row problem', async () => {
    const agencyId = (await drafter.get('/api/auth/me')).body.user.agency.id;
    const positionId = (await drafter.get(`/api/agencies/${agencyId}/positions`)).body.items[0].id;
    const before = await server.count(jobDescriptions);
    const file = new Blob([
      [
        'Uraian Tugas;Hasil Kerja;Volume;Waktu;Satuan',
        'Menyusun analisis jabatan;Dokumen anjab;12;2;jam',
        'Menyusun \u001b[31mSOP;Dokumen SOP;5;1;hari',
      ].join('\n'),
    ]);
    const response = await drafter.upload(
      `/api/positions/${positionId}/job-description/tasks/import`,
      { file },
      'tugas.csv',
    );
    expect(response.status).toBe(422);
    expect(problemsOf(response.body).map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Uraian Tugas', 'INVALID_TEXT'],
    ]);
    expect(await server.count(jobDescriptions)).toBe(before);
  });
});

describe('job standards import', () => {
  it('reports junk cells on both sheets; nothing written', async () => {
    const exported = await ministry.drafter.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.bytes) as unknown as ArrayBuffer);
    workbook.getWorksheet('Kompetensi')!.getRow(2).getCell(8).value = 'Deskripsi \u202eterbalik';
    workbook.getWorksheet('Persyaratan')!.getRow(2).getCell(3).value = 'S-1 \u202d';
    const before = [await server.count(jobStandards), await server.count(auditLog)];
    const response = await ministry.drafter.upload(
      `/api/agencies/${ministry.agencyId}/job-standards/import`,
      { file: new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]) },
      'skj.xlsx',
    );
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('IMPORT_REJECTED');
    expect(problemsOf(response.body).map((p) => [p.sheet, p.row, p.code])).toEqual([
      ['Kompetensi', 2, 'INVALID_TEXT'],
      ['Persyaratan', 2, 'INVALID_TEXT'],
    ]);
    expect([await server.count(jobStandards), await server.count(auditLog)]).toEqual(before);
  });
});
