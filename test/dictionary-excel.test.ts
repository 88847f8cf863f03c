import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, competencies, competencyLevels, dictionaryVersions } from '../src/db/schema';
import { entryFixture } from './support/factories';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let drafter: ApiClient;

async function createDictionary(client: ApiClient, code: string) {
  const created = await client.post('/api/technical-dictionaries', { code, name: `Kamus ${code}` });
  expect(created.status).toBe(201);
  return created.body as { dictionaryId: string; versionId: string };
}

async function flatSheet(rows: (string | number)[][]): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['Kode', 'Nama Kompetensi', 'Definisi', 'Level', 'Deskripsi', 'Indikator Perilaku']);
  for (const row of rows) sheet.addRow(row);
  return new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]);
}

function flatRows(code: string, name: string, levels = 5) {
  return Array.from({ length: levels }, (_, i) => [
    code,
    i === 0 ? name : '',
    i === 0 ? `Definisi ${name}` : '',
    i + 1,
    `Deskripsi ${name} level ${i + 1}`,
    `1. Indikator pertama level ${i + 1}\n2. Indikator kedua level ${i + 1}`,
  ]);
}

async function counts() {
  return {
    competencies: await server.count(competencies),
    levels: await server.count(competencyLevels),
    versions: await server.count(dictionaryVersions),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  drafter = await server.as('drafter');
});
afterAll(() => server?.close());

describe('dictionary Excel round trip', () => {
  it('exports a version and imports it back into another dictionary unchanged', async () => {
    const source = await createDictionary(drafter, 'EXP-SUMBER');
    for (const code of ['T.A.01', 'T.A.02']) {
      const entry = entryFixture({
        code,
        name: `Kompetensi ${code} "khusus" & <uji>`,
        subAffair: 'Pengembangan ASN',
      });
      const added = await drafter.post(`/api/dictionary-versions/${source.versionId}/entries`, entry);
      expect(added.status).toBe(201);
    }
    const file = await drafter.download(`/api/dictionary-versions/${source.versionId}/export.xlsx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('EXP-SUMBER-v1.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['README', 'Kompetensi', 'Level']);

    const target = await createDictionary(drafter, 'EXP-TUJUAN');
    const imported = await drafter.upload(`/api/technical-dictionaries/${target.dictionaryId}/import`, {
      file: new Blob([file.bytes]),
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ imported: 2, format: 'skj', versionId: target.versionId });

    const strip = (entries: { id?: string }[]) => entries.map(({ id: _id, ...rest }) => rest);
    const a = (await drafter.get(`/api/dictionary-versions/${source.versionId}`)).body.entries;
    const b = (await drafter.get(`/api/dictionary-versions/${target.versionId}`)).body.entries;
    expect(strip(b)).toEqual(strip(a));
  });

  it('imports the flat layout HR staff use (one row per level, indicators on new lines)', async () => {
    const target = await createDictionary(drafter, 'FLAT-OK');
    const file = await flatSheet([
      ...flatRows('F.01', 'Pengelolaan Arsip'),
      ...flatRows('F.02', 'Pengadaan Barang'),
    ]);
    const response = await drafter.upload(`/api/technical-dictionaries/${target.dictionaryId}/import`, {
      file,
      governmentAffair: 'Urusan Pemerintahan Bidang Kearsipan',
      group: 'specific',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ imported: 2, format: 'flat' });
    const version = (await drafter.get(`/api/dictionary-versions/${target.versionId}`)).body;
    expect(version.entries[0].levels[2].behaviourIndicators).toEqual([
      'Indikator pertama level 3',
      'Indikator kedua level 3',
    ]);
    const [audit] = (await server.database.db.select().from(auditLog)).filter(
      (a) => a.action === 'import' && a.entityId === target.versionId,
    );
    expect(audit!.diff).toMatchObject({ format: 'flat', entries: 2 });
  });

  it('rejects a file with bad rows, reports every one, and writes nothing', async () => {
    const target = await createDictionary(drafter, 'FLAT-BAD');
    const rows = [
      ...flatRows('B.01', 'Baik Sekali'),
      ...flatRows('B.02', 'Kurang Level', 4),
      ...flatRows('B.03', 'Tanpa Indikator').map((r, i) => (i === 1 ? [...r.slice(0, 5), ''] : r)),
    ];
    const before = await counts();
    const response = await drafter.upload(`/api/technical-dictionaries/${target.dictionaryId}/import`, {
      file: await flatSheet(rows),
      governmentAffair: 'Kepegawaian',
      group: 'generic',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('IMPORT_REJECTED');
    expect(response.body.error.message).toMatch(/Tidak ada data yang disimpan/);
    const problems = response.body.error.details.problems as {
      sheet: string;
      row: number;
      column: string;
      code: string;
    }[];
    expect(problems.some((p) => p.code === 'ENTRY_LEVELS_NOT_FIVE' && p.row === 7)).toBe(true);
    // B.03's second level is row 13 (header 1, B.01 rows 2–6, B.02 rows 7–10, B.03 rows 11–15).
    expect(problems).toContainEqual(
      expect.objectContaining({
        sheet: 'Data',
        row: 12,
        column: 'indikator',
        code: 'LEVEL_WITHOUT_INDICATOR',
      }),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses non-xlsx bytes, oversized files and a missing file; nothing written', async () => {
    const target = await createDictionary(drafter, 'FLAT-JUNK');
    const before = await counts();
    const junk = await drafter.upload(`/api/technical-dictionaries/${target.dictionaryId}/import`, {
      file: new Blob(['bukan excel sama sekali']),
    });
    expect(junk.status).toBe(400);
    expect(junk.body.error.code).toBe('NOT_XLSX');
    const huge = await drafter.upload(`/api/technical-dictionaries/${target.dictionaryId}/import`, {
      file: new Blob([new Uint8Array(12 * 1024 * 1024)]),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('FILE_TOO_LARGE');
    const missing = await drafter.upload(`/api/technical-dictionaries/${target.dictionaryId}/import`, {
      governmentAffair: 'Kepegawaian',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('INVALID_UPLOAD');
    expect(await counts()).toEqual(before);
  });

  it("refuses an import into another agency's dictionary", async () => {
    const target = await createDictionary(drafter, 'FLAT-MINE');
    const admin2 = await server.as('admin2');
    const before = await counts();
    const response = await admin2.upload(`/api/technical-dictionaries/${target.dictionaryId}/import`, {
      file: await flatSheet(flatRows('Z.01', 'Susupan')),
      governmentAffair: 'Kepegawaian',
      group: 'generic',
    });
    expect(response.status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});
