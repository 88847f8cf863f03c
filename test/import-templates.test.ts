/**
 * Import templates: each kind downloads as .xlsx whose header row the import itself reads back
 * column for column, with a "Petunjuk" sheet listing every column; the position-map and the civil
 * servant templates, filled in, import as they are.
 */
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { civilServants, positions } from '../src/db/schema';
import { readTable } from '../src/exports/tabular';
import { importTemplateKinds, importTemplates, templateColumns } from '../src/services/import-templates';
import { runImport } from './support/jobs';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let agencyId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  agencyId = (await admin.get('/api/auth/me')).body.user.agency.id;
});
afterAll(() => server?.close());

async function download(kind: string) {
  const response = await admin.download(`/api/imports/${kind}/template.xlsx`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.bytes as unknown as ArrayBuffer);
  return { book, bytes: response.bytes };
}

describe('import templates', () => {
  it.each(importTemplateKinds)(
    '%s: the import reads every header of its template; Petunjuk lists each column',
    async (kind) => {
      const { book, bytes } = await download(kind);
      const template = importTemplates[kind];
      const table = await readTable(bytes, 'templat.xlsx', template.columns.aliases);
      const inHeader = templateColumns(kind).filter((column) => column.inHeader !== false);
      expect(table.headers.map((h) => h.text)).toEqual(inHeader.map((column) => column.header));
      expect(table.headers.every((h) => h.column !== null)).toBe(true);
      for (const key of template.columns.required) expect(table.columns.has(key)).toBe(true);
      expect(table.rows.length).toBeGreaterThanOrEqual(1);
      const guide = book.getWorksheet('Petunjuk')!;
      const listed: string[] = [];
      guide.eachRow((row) => listed.push(String(row.getCell(1).value ?? '')));
      for (const column of templateColumns(kind)) expect(listed).toContain(column.header);
      const required = templateColumns(kind).filter((column) => column.requirement === 'Wajib');
      for (const key of template.columns.required)
        expect(required.map((c) => c.header)).toContain(template.columns.names[key]);
    },
  );

  it('needs a signed-in user', async () => {
    const response = await fetch(`${server.baseUrl}/api/imports/position-map/template.xlsx`);
    expect(response.status).toBe(401);
  });

  it('position map: the template filled in imports as it is', async () => {
    const { book } = await download('position-map');
    const sheet = book.worksheets[0]!;
    sheet.addRow([
      'Dinas Templat',
      'Bidang Data',
      '',
      '',
      'Pranata Komputer',
      'Fungsional',
      'Terampil',
      'Kelas 6',
      '1',
      '2',
      '',
    ]);
    const before = (await server.database.db.select().from(positions).where(eq(positions.agencyId, agencyId)))
      .length;
    const file = new Blob([new Uint8Array(await book.xlsx.writeBuffer())]);
    const { job } = await runImport(admin, '/api/imports/position-map', file, 'templat-peta-jabatan.xlsx');
    expect(job.status, JSON.stringify(job.errorDetails)).toBe('done');
    // The template's three examples and the added row; the Petunjuk sheet is not read.
    expect(job.result.positions.created).toBe(4);
    expect(job.result.columns.ignored).toEqual([]);
    const after = await server.database.db.select().from(positions).where(eq(positions.agencyId, agencyId));
    expect(after.length).toBe(before + 4);
    expect(after.find((p) => p.name === 'Pranata Komputer')).toMatchObject({
      jobLevel: 'terampil',
      jobGrade: 6,
    });
  });

  it('technical dictionary: the template imports as it is into a draft dictionary', async () => {
    const drafter = await server.as('drafter');
    const created = await drafter.post('/api/technical-dictionaries', {
      code: 'TPL-KES',
      name: 'Kamus Templat',
    });
    expect(created.status).toBe(201);
    const { bytes } = await download('technical-dictionary');
    const response = await drafter.upload(
      `/api/technical-dictionaries/${created.body.dictionaryId}/import`,
      { file: new Blob([new Uint8Array(bytes)]) },
      'templat-kamus.xlsx',
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ imported: 1, format: 'flat' });
  });

  it('civil servants: the template filled in imports as it is', async () => {
    const { book } = await download('civil-servants');
    const sheet = book.worksheets[0]!;
    // The example's position need not exist here: clear it, then add a person of our own.
    sheet.getRow(2).getCell(6).value = '';
    sheet.addRow(['198503152010012003', 'Dewi Lestari', 'III/b', 'S-1', 'Hukum', '', 'Baik']);
    const file = new Blob([new Uint8Array(await book.xlsx.writeBuffer())]);
    const { job } = await runImport(admin, '/api/imports/civil-servants', file, 'templat-pegawai.xlsx');
    expect(job.status, JSON.stringify(job.errorDetails)).toBe('done');
    expect(job.result.rows).toBe(2);
    const dewi = await server.database.db
      .select()
      .from(civilServants)
      .where(eq(civilServants.nip, '198503152010012003'));
    expect(dewi[0]).toMatchObject({ name: 'Dewi Lestari', rankGrade: 'III/b' });
  });
});
