/**
 * Import of an agency's existing peta jabatan through the API, on a fresh regency: a realistic map
 * of three unit levels and 24 positions in mixed spellings; a broken file gives the row report and
 * writes nothing; a re-import updates instead of duplicating; the "Unit Kerja + Unit Atasan"
 * layout; who may import; another agency sees neither the positions nor the job.
 */
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionMapImportResult } from '../src/api/imports/schema';
import { auditLog, orgUnits, positions } from '../src/db/schema';
import { runImport } from './support/jobs';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let drafter: ApiClient;
let otherAdmin: ApiClient;
let agencyId: string;

const temporary = 'Sementara-Dari-Admin-71';
const chosen = 'Sandi-Pilihan-Pengguna-2026';

async function agencyWithUsers(code: string) {
  const superadmin = await server.as('superadmin');
  const agency = await superadmin.post('/api/agencies', { code, name: `Kabupaten ${code}`, kind: 'regency' });
  expect(agency.status).toBe(201);
  const id = agency.body.agency.id as string;
  const user = async (role: string) => {
    const username = `${role}.${code.toLowerCase()}`;
    const created = await superadmin.post('/api/users', {
      username,
      fullName: `Pengguna ${role}`,
      password: temporary,
      role,
      agencyId: id,
    });
    expect(created.status).toBe(201);
    const client = server.client();
    expect((await client.loginFirstTime(username, temporary, chosen)).status).toBeLessThan(300);
    return client;
  };
  return { id, admin: await user('admin'), drafter: await user('drafter') };
}

const header = [
  'No',
  'Unit Eselon I',
  'Unit Eselon II',
  'Unit Eselon III',
  'Nama Jabatan',
  'Jenis Jabatan',
  'Jenjang',
  'Kelas Jabatan',
  'B (Bezetting)',
  'K (Kebutuhan)',
  'Kode Jabatan',
  'Keterangan',
];

const dinas = 'Dinas Kesehatan';
/** [unit I, unit II, unit III, name, kind, level, grade, B, K, code] in the spellings people type. */
const mapRows: (string | number)[][] = [
  [dinas, '', '', 'Kepala Dinas Kesehatan', 'JPT', 'JPT Pratama', 14, 1, 1, 'DK-001'],
  [dinas, 'Sekretariat', '', 'Sekretaris', 'Struktural', 'Eselon III.a', 'Kelas 11', 1, 1, ''],
  [
    dinas,
    'Sekretariat',
    'Subbagian Umum dan Kepegawaian',
    'Kepala Subbagian Umum dan Kepegawaian',
    'Pengawas',
    '',
    '9',
    1,
    1,
    '',
  ],
  [
    dinas,
    'Sekretariat',
    'Subbagian Umum dan Kepegawaian',
    'Analis Sumber Daya Manusia Aparatur',
    'Fungsional',
    'Ahli Muda',
    9,
    1,
    2,
    'DK-010',
  ],
  [
    dinas,
    'Sekretariat',
    'Subbagian Umum dan Kepegawaian',
    'Pengadministrasi Perkantoran',
    'Pelaksana',
    '',
    'kelas 5',
    3,
    4,
    '',
  ],
  [
    dinas,
    'Sekretariat',
    'Subbagian Umum dan Kepegawaian',
    'Pengelola Layanan Kepegawaian',
    'pelaksana',
    'Pelaksana',
    6,
    2,
    2,
    '',
  ],
  [
    dinas,
    'Sekretariat',
    'Subbagian Keuangan',
    'Kepala Subbagian Keuangan',
    'Struktural',
    'pengawas',
    9,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Sekretariat',
    'Subbagian Keuangan',
    'Analis Keuangan Pusat dan Daerah',
    'JF',
    'ahli pertama',
    8,
    1,
    2,
    '',
  ],
  [dinas, 'Sekretariat', 'Subbagian Keuangan', 'Bendahara', 'Pelaksana', 'pelaksana', 7, 1, 1, ''],
  [
    dinas,
    'Sekretariat',
    'Subbagian Perencanaan',
    'Perencana',
    'Jabatan Fungsional',
    'JF Ahli Muda',
    9,
    0,
    1,
    '',
  ],
  [
    dinas,
    'Sekretariat',
    'Subbagian Perencanaan',
    'Pengolah Data dan Informasi',
    'Pelaksana',
    'Pelaksana',
    6,
    2,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pelayanan Kesehatan',
    '',
    'Kepala Bidang Pelayanan Kesehatan',
    'Administrator',
    'Administrator',
    11,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pelayanan Kesehatan',
    'Seksi Pelayanan Kesehatan Primer',
    'Kepala Seksi Pelayanan Kesehatan Primer',
    'Pengawas',
    'Eselon IV',
    9,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pelayanan Kesehatan',
    'Seksi Pelayanan Kesehatan Primer',
    'Administrator Kesehatan',
    'Fungsional',
    'Ahli Madya',
    11,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pelayanan Kesehatan',
    'Seksi Pelayanan Kesehatan Primer',
    'Perawat',
    'Fungsional',
    'Terampil',
    6,
    5,
    8,
    '',
  ],
  [
    dinas,
    'Bidang Pelayanan Kesehatan',
    'Seksi Pelayanan Kesehatan Rujukan',
    'Kepala Seksi Pelayanan Kesehatan Rujukan',
    'Pengawas',
    'Pengawas',
    9,
    0,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pelayanan Kesehatan',
    'Seksi Pelayanan Kesehatan Rujukan',
    'Dokter',
    'Fungsional',
    'Ahli Pertama',
    8,
    2,
    4,
    '',
  ],
  [
    dinas,
    'Bidang Pencegahan dan Pengendalian Penyakit',
    '',
    'Kepala Bidang Pencegahan dan Pengendalian Penyakit',
    'Administrator',
    '',
    11,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pencegahan dan Pengendalian Penyakit',
    'Seksi Surveilans dan Imunisasi',
    'Kepala Seksi Surveilans dan Imunisasi',
    'Pengawas',
    '',
    9,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pencegahan dan Pengendalian Penyakit',
    'Seksi Surveilans dan Imunisasi',
    'Epidemiolog Kesehatan',
    'JFT',
    'Muda',
    9,
    1,
    2,
    '',
  ],
  [
    dinas,
    'Bidang Pencegahan dan Pengendalian Penyakit',
    'Seksi Surveilans dan Imunisasi',
    'Entomolog Kesehatan',
    'Fungsional',
    'Mahir',
    7,
    0,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pencegahan dan Pengendalian Penyakit',
    'Seksi Surveilans dan Imunisasi',
    'Sanitarian',
    'Fungsional',
    'Penyelia',
    8,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pencegahan dan Pengendalian Penyakit',
    'Seksi Penyakit Menular',
    'Kepala Seksi Penyakit Menular',
    'Pengawas',
    '',
    9,
    1,
    1,
    '',
  ],
  [
    dinas,
    'Bidang Pencegahan dan Pengendalian Penyakit',
    'Seksi Penyakit Menular',
    'Pranata Laboratorium Kesehatan',
    'Fungsional',
    'JF Terampil',
    6,
    1,
    2,
    '',
  ],
];

async function workbook(rows: (string | number)[][], head = header): Promise<Blob> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Peta Jabatan');
  sheet.addRow(['PETA JABATAN DINAS KESEHATAN']);
  sheet.addRow([]);
  sheet.addRow(head);
  rows.forEach((row, k) => {
    sheet.addRow(head[0] === 'No' ? [k + 1, ...row, 'catatan'] : row);
  });
  return new Blob([new Uint8Array(await book.xlsx.writeBuffer())]);
}

async function agencyPositions(id: string) {
  return server.database.db.select().from(positions).where(eq(positions.agencyId, id));
}

beforeAll(async () => {
  server = await startTestServer();
  const agency = await agencyWithUsers('KAB-PETA');
  agencyId = agency.id;
  admin = agency.admin;
  drafter = agency.drafter;
  otherAdmin = (await agencyWithUsers('KAB-LAIN')).admin;
}, 120_000);
afterAll(() => server?.close());

describe('position map import', () => {
  let jobId: string;

  it('refuses a broken file with the row report and writes nothing', async () => {
    const broken = mapRows.map((row) => [...row]);
    broken[3]![5] = 'Ahli Sakti'; // unknown level → row 4 + 3 (title, blank, header)
    broken[7]![6] = 'Kelas 20'; // no such class
    broken[10]![7] = 'dua'; // B is not a number
    broken[14]![3] = ''; // no position name, but B and K are there
    const before = await server.database.db.select().from(auditLog).where(eq(auditLog.agencyId, agencyId));
    const { started, job } = await runImport(
      admin,
      '/api/imports/position-map',
      await workbook(broken),
      'peta.xlsx',
    );
    expect(started.status).toBe(202);
    expect(job.status).toBe('failed');
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    const problems = job.errorDetails.problems as {
      row: number;
      column: string;
      code: string;
      message: string;
    }[];
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [7, 'Jenjang', 'UNKNOWN_JOB_LEVEL'],
      [11, 'Kelas Jabatan', 'INVALID_JOB_GRADE'],
      [14, 'B', 'INVALID_HEADCOUNT'],
      [18, 'Nama Jabatan', 'REQUIRED'],
    ]);
    expect(problems[0]!.message).toContain('Ahli Sakti');
    expect(job.errorDetails.total).toBe(4);
    expect(job.errorDetails.columns.ignored).toEqual(['No', 'Keterangan']);
    expect(await agencyPositions(agencyId)).toEqual([]);
    expect(await server.database.db.select().from(orgUnits).where(eq(orgUnits.agencyId, agencyId))).toEqual(
      [],
    );
    const after = await server.database.db.select().from(auditLog).where(eq(auditLog.agencyId, agencyId));
    expect(after.length).toBe(before.length);
  });

  it('creates three levels of units and 24 positions, reporting every column', async () => {
    const { started, job } = await runImport(
      admin,
      '/api/imports/position-map',
      await workbook(mapRows),
      'peta.xlsx',
    );
    expect(started.status).toBe(202);
    jobId = started.body.jobId;
    expect(job.status, JSON.stringify(job.errorDetails)).toBe('done');
    // The web client reads the result through this schema's type.
    expect(positionMapImportResult.safeParse(job.result).error).toBeUndefined();
    expect(job.result).toMatchObject({
      rows: 24,
      units: { created: 11, reused: 0 },
      positions: { created: 24, updated: 0, unchanged: 0 },
      format: 'xlsx',
    });
    expect(
      job.result.columns.mapped.map((c: { header: string; column: string }) => `${c.header}=${c.column}`),
    ).toEqual([
      'Unit Eselon I=Unit Eselon I',
      'Unit Eselon II=Unit Eselon II',
      'Unit Eselon III=Unit Eselon III',
      'Nama Jabatan=Nama Jabatan',
      'Jenis Jabatan=Jenis Jabatan',
      'Jenjang=Jenjang',
      'Kelas Jabatan=Kelas Jabatan',
      'B (Bezetting)=B',
      'K (Kebutuhan)=K',
      'Kode Jabatan=Kode Jabatan',
    ]);
    expect(job.result.columns.ignored).toEqual(['No', 'Keterangan']);

    const units = await server.database.db.select().from(orgUnits).where(eq(orgUnits.agencyId, agencyId));
    const unitByName = new Map(units.map((u) => [u.name, u]));
    expect(unitByName.get(dinas)!.parentId).toBeNull();
    expect(unitByName.get('Sekretariat')!.parentId).toBe(unitByName.get(dinas)!.id);
    expect(unitByName.get('Subbagian Keuangan')!.parentId).toBe(unitByName.get('Sekretariat')!.id);

    const rows = await agencyPositions(agencyId);
    expect(rows).toHaveLength(24);
    const byName = new Map(rows.map((p) => [p.name, p]));
    const pick = (name: string) => {
      const p = byName.get(name)!;
      return [p.positionGroup, p.jobLevel, p.jobGrade, p.headcount, p.requiredHeadcount, p.positionCode];
    };
    expect(pick('Kepala Dinas Kesehatan')).toEqual(['leadership', 'jpt-pratama', 14, 1, 1, 'DK-001']);
    expect(pick('Sekretaris')).toEqual(['administrative', 'administrator', 11, 1, 1, null]);
    expect(pick('Kepala Subbagian Umum dan Kepegawaian')).toEqual([
      'administrative',
      'pengawas',
      9,
      1,
      1,
      null,
    ]);
    expect(pick('Analis Sumber Daya Manusia Aparatur')).toEqual([
      'functional',
      'ahli-muda',
      9,
      1,
      2,
      'DK-010',
    ]);
    expect(pick('Pengadministrasi Perkantoran')).toEqual(['administrative', 'pelaksana', 5, 3, 4, null]);
    expect(pick('Epidemiolog Kesehatan')).toEqual(['functional', 'ahli-muda', 9, 1, 2, null]);
    expect(pick('Perawat')).toEqual(['functional', 'terampil', 6, 5, 8, null]);
    expect(pick('Pranata Laboratorium Kesehatan')).toEqual(['functional', 'terampil', 6, 1, 2, null]);
    expect(byName.get('Bendahara')!.orgUnitId).toBe(unitByName.get('Subbagian Keuangan')!.id);
    expect(byName.get('Kepala Dinas Kesehatan')!.orgUnitId).toBe(unitByName.get(dinas)!.id);

    const audit = await server.database.db.select().from(auditLog).where(eq(auditLog.agencyId, agencyId));
    expect(audit.filter((a) => a.entity === 'orgUnit' && a.action === 'create')).toHaveLength(11);
    expect(audit.filter((a) => a.entity === 'position' && a.action === 'create')).toHaveLength(24);
    expect(audit.filter((a) => a.entity === 'agencyPositions' && a.action === 'import')).toHaveLength(1);

    const listed = await admin.get(`/api/agencies/${agencyId}/positions`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(24);
  });

  it('updates on re-import instead of duplicating: same code, or same name in the same unit', async () => {
    const again = mapRows.map((row) => [...row]);
    again[0]![3] = 'Kepala Dinas'; // renamed, found by its code DK-001
    again[4]![7] = 4; // B of Pengadministrasi Perkantoran
    again[4]![8] = 5;
    again.push([
      dinas,
      'Sekretariat',
      'Subbagian Perencanaan',
      'Analis Kebijakan',
      'Fungsional',
      'Ahli Muda',
      9,
      0,
      1,
      '',
    ]);
    const { job } = await runImport(admin, '/api/imports/position-map', await workbook(again), 'peta.xlsx');
    expect(job.status, JSON.stringify(job.errorDetails)).toBe('done');
    expect(job.result.units).toEqual({ created: 0, reused: 11 });
    expect(job.result.positions).toEqual({ created: 1, updated: 2, unchanged: 22 });
    const rows = await agencyPositions(agencyId);
    expect(rows).toHaveLength(25);
    const head = rows.find((p) => p.positionCode === 'DK-001')!;
    expect(head.name).toBe('Kepala Dinas');
    const clerk = rows.find((p) => p.name === 'Pengadministrasi Perkantoran')!;
    expect([clerk.headcount, clerk.requiredHeadcount]).toEqual([4, 5]);
    const updates = await server.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.agencyId, agencyId), eq(auditLog.entity, 'position'), eq(auditLog.action, 'update')),
      );
    expect(updates.map((a) => (a.diff as { after: Record<string, unknown> }).after)).toEqual(
      expect.arrayContaining([{ name: 'Kepala Dinas' }, { headcount: 4, requiredHeadcount: 5 }]),
    );
  });

  it('reads the "Unit Kerja + Unit Atasan" layout, reusing existing units by name under the same parent', async () => {
    const book = await workbook(
      [
        [
          'Seksi Kesehatan Lingkungan',
          'Bidang Pencegahan dan Pengendalian Penyakit',
          'Kepala Seksi Kesehatan Lingkungan',
          'Pengawas',
          '',
          '9',
          '1',
          '1',
        ],
        [
          'Seksi Kesehatan Lingkungan',
          'Bidang Pencegahan dan Pengendalian Penyakit',
          'Sanitarian',
          'Fungsional',
          'ahli pertama',
          '8',
          '2',
          '3',
        ],
        ['Bidang Pencegahan dan Pengendalian Penyakit', dinas, '', '', '', '', '', ''],
      ],
      [
        'Unit Kerja',
        'Unit Atasan',
        'Jabatan',
        'Kelompok Jabatan',
        'Jenjang Jabatan',
        'Kelas',
        'Jumlah Pegawai',
        'Kebutuhan',
      ],
    );
    const { job } = await runImport(admin, '/api/imports/position-map', book, 'peta-atasan.xlsx');
    expect(job.status, JSON.stringify(job.errorDetails)).toBe('done');
    expect(job.result.units).toEqual({ created: 1, reused: 2 });
    expect(job.result.positions).toMatchObject({ created: 2, updated: 0 });
    const units = await server.database.db.select().from(orgUnits).where(eq(orgUnits.agencyId, agencyId));
    const seksi = units.find((u) => u.name === 'Seksi Kesehatan Lingkungan')!;
    expect(units.find((u) => u.id === seksi.parentId)!.name).toBe(
      'Bidang Pencegahan dan Pengendalian Penyakit',
    );
    // "Sanitarian" exists under another unit: a new position here, not an update of that one.
    expect((await agencyPositions(agencyId)).filter((p) => p.name === 'Sanitarian')).toHaveLength(2);
  });

  it('reads a CSV with the unit path in one cell, as the position map export writes it', async () => {
    const csv = [
      'Unit Organisasi;Nama Jabatan;Kelompok;Jenjang;Kelas Jabatan;B;K',
      `${dinas} › Sekretariat › Subbagian Keuangan;Pengelola Keuangan;Administrasi;Pelaksana;7;1;2`,
      `${dinas} › Sekretariat › Subbagian Keuangan;Bendahara;Administrasi;Pelaksana;7;2;2`,
    ].join('\r\n');
    const { job } = await runImport(admin, '/api/imports/position-map', new Blob([csv]), 'peta.csv');
    expect(job.status, JSON.stringify(job.errorDetails)).toBe('done');
    expect(job.result).toMatchObject({
      format: 'csv',
      units: { created: 0, reused: 3 },
      positions: { created: 1, updated: 1, unchanged: 0 },
    });
    const bendahara = (await agencyPositions(agencyId)).filter((p) => p.name === 'Bendahara');
    expect(bendahara.map((p) => p.headcount)).toEqual([2]);
  });

  it('reports missing columns and a file without rows', async () => {
    const { job } = await runImport(
      admin,
      '/api/imports/position-map',
      await workbook([['x', 'y']], ['Nama Pegawai', 'Golongan']),
      'salah.xlsx',
    );
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    expect(
      job.errorDetails.problems.map((p: { code: string; column: string }) => `${p.code}:${p.column}`),
    ).toEqual(['MISSING_COLUMN:Nama Jabatan', 'MISSING_COLUMN:Unit Kerja', 'MISSING_COLUMN:Jenjang']);
    // No header row was recognised: the first row is reported, read as nothing.
    expect(job.errorDetails.columns).toEqual({ mapped: [], ignored: ['PETA JABATAN DINAS KESEHATAN'] });
  });

  it('is the agency admin’s: a drafter is refused before the upload, another agency sees nothing', async () => {
    const refused = await drafter.upload(
      '/api/imports/position-map',
      { file: await workbook(mapRows) },
      'peta.xlsx',
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await otherAdmin.get(`/api/jobs/${jobId}`)).status).toBe(404);
    expect((await otherAdmin.get(`/api/agencies/${agencyId}/positions`)).status).toBe(404);
    const me = await otherAdmin.get('/api/auth/me');
    expect(me.body.capabilities.importPositionMap).toBe(true);
    expect((await drafter.get('/api/auth/me')).body.capabilities.importPositionMap).toBe(false);
  });
});
