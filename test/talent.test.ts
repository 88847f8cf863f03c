import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import {
  assessmentScores,
  assessments,
  civilServants,
  currentCompetencyLevels,
  users,
} from '../src/db/schema';
import { runImport } from './support/jobs';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let admin: ApiClient;

const A = '198504122010011003';
const B = '199001152015032001';
const C = '197807082005011002';
const position = 'Kepala Bidang Pengembangan Kompetensi';
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];
const technical = ['KEP.01', 'KEP.02', 'KEP.03', 'KEP.04', 'KEP.05', 'KEP.06'];

function csv(lines: string[][]) {
  return new Blob([`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

function assessmentRows(nip: string, levels: Record<string, number>, date = '2026-06-01') {
  return Object.entries(levels).map(([code, level]) => [
    nip,
    code,
    code.startsWith('KEP') ? 'KAMUS-KEMEN-CONTOH' : '',
    String(level).replace('.', ','),
    date,
    'Tim Asesor BKN',
    'UPT Penilaian Kompetensi',
  ]);
}

const header = ['NIP', 'Kode Kompetensi', 'Kamus', 'Level', 'Tanggal', 'Asesor', 'Lembaga'];
const all = (level: number, codes: string[]) => Object.fromEntries(codes.map((c) => [c, level]));

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
  admin = ministry.admin;
}, 60_000);
afterAll(() => server?.close());

describe('civil servants import', () => {
  it('imports a semicolon CSV from Excel: created, then updated by NIP', async () => {
    const file = csv([
      ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jurusan', 'Jabatan', 'Predikat Kinerja'],
      [A, 'Budi Santoso', 'IV/a', 'S1', 'Manajemen', position, 'Sangat Baik'],
      ['19900115 201503 2 001', 'Sari Dewi', 'III/d', 'S-2', 'Psikologi', position, 'Baik'],
      [C, 'Joko Widodo', 'IV/b', 'D-III', '', '', 'Butuh Perbaikan'],
    ]);
    const first = await runImport(admin, '/api/imports/civil-servants', file, 'pegawai.csv');
    expect(first.started.status).toBe(202);
    expect(first.job).toMatchObject({
      kind: 'civilServantImport',
      status: 'done',
      rowsRead: 3,
      rowsRejected: 0,
      result: { rows: 3, created: 3, updated: 0, format: 'csv' },
    });
    const again = await runImport(admin, '/api/imports/civil-servants', file, 'pegawai.csv');
    expect(again.job.result).toMatchObject({ rows: 3, created: 0, updated: 3 });
    const list = await admin.get(`/api/agencies/${ministry.agencyId}/civil-servants?q=sari`);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        nip: B,
        name: 'Sari Dewi',
        educationLevel: 'S-2',
        performance: 'meets',
        positionName: position,
      }),
    ]);
  });

  it('refuses a file with bad rows, reporting each row, writing nothing', async () => {
    const before = await server.count(civilServants);
    const file = csv([
      ['NIP', 'Nama', 'Golongan', 'Jabatan', 'Predikat Kinerja'],
      ['198513122010011003', 'Tanggal Salah', 'III/a', '', ''],
      ['198504122003041003', 'Terlalu Muda', 'III/a', '', ''],
      ['199203032015031001', 'Jabatan Asing', 'III/a', 'Jabatan Tidak Ada', ''],
      ['199203032015031002', '', 'X/z', '', 'Istimewa'],
      ['199203032015031003', 'Baik', 'III/a', '', 'Baik'],
    ]);
    const { job } = await runImport(admin, '/api/imports/civil-servants', file, 'pegawai.csv');
    expect(job).toMatchObject({
      status: 'failed',
      errorCode: 'IMPORT_REJECTED',
      rowsRead: 5,
      rowsRejected: 4,
    });
    expect(job.error).toContain('Tidak ada data yang disimpan karena ada 6 masalah');
    const problems = job.errorDetails.problems as { row: number; code: string }[];
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'NIP_BIRTH_DATE'],
      [3, 'NIP_SERVICE_START'],
      [4, 'UNKNOWN_POSITION'],
      [5, 'REQUIRED'],
      [5, 'UNKNOWN_RANK'],
      [5, 'UNKNOWN_PERFORMANCE'],
    ]);
    expect(await server.count(civilServants)).toBe(before);
  });

  it('reports an NIP that appears again in the file at each repeat, naming its first row', async () => {
    const before = await server.count(civilServants);
    const file = csv([
      ['NIP', 'Nama'],
      [B, 'Siti Aminah'],
      [C, 'Joko Widodo'],
      [B, 'Siti Aminah Lagi'],
      [C, 'Joko Lagi'],
      [B, 'Siti Ketiga'],
    ]);
    const { job } = await runImport(admin, '/api/imports/civil-servants', file, 'pegawai.csv');
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    const problems = job.errorDetails.problems as { row: number; code: string; message: string }[];
    expect(problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [4, 'DUPLICATE_NIP', 'NIP sudah muncul pada baris 2.'],
      [5, 'DUPLICATE_NIP', 'NIP sudah muncul pada baris 3.'],
      [6, 'DUPLICATE_NIP', 'NIP sudah muncul pada baris 2.'],
    ]);
    expect(await server.count(civilServants)).toBe(before);
  });

  it('refuses an NIP of another agency, and a non-admin', async () => {
    const admin2 = await server.as('admin2');
    const file = csv([
      ['NIP', 'Nama'],
      [A, 'Budi Santoso'],
    ]);
    const taken = await runImport(admin2, '/api/imports/civil-servants', file, 'pegawai.csv');
    expect(taken.job.errorCode).toBe('IMPORT_REJECTED');
    expect(taken.job.errorDetails.problems[0]).toMatchObject({ row: 2, code: 'NIP_OF_ANOTHER_AGENCY' });
    const forbidden = await ministry.drafter.upload('/api/imports/civil-servants', { file }, 'pegawai.csv');
    expect([forbidden.status, forbidden.body.error.code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('assessment results and the job-person match', () => {
  it('imports results (decimals allowed), grouped into sessions; current levels kept', async () => {
    const rows = [
      header,
      ...assessmentRows(A, {
        ...all(3, managerial),
        'SK.01': 3,
        'KEP.01': 3,
        'KEP.02': 3,
        'KEP.03': 3,
        'KEP.04': 4,
        'KEP.05': 3,
        'KEP.06': 3,
      }),
      ...assessmentRows(B, { ...all(3, managerial), 'M.01': 2.5, 'SK.01': 3, ...all(3, technical) }),
      ...assessmentRows(C, { ...all(2, managerial), 'SK.01': 2, 'KEP.01': 2 }),
    ];
    const { job } = await runImport(admin, '/api/imports/assessments', csv(rows), 'asesmen.csv');
    expect(job).toMatchObject({
      status: 'done',
      result: { rows: 15 + 15 + 10, assessments: 3, format: 'csv' },
    });
    // An older session imported later does not replace the current level.
    const older = await runImport(
      admin,
      '/api/imports/assessments',
      csv([header, ...assessmentRows(A, { 'M.01': 1 }, '2024-01-10')]),
      'asesmen-lama.csv',
    );
    expect(older.job.status).toBe('done');
    const detail = await admin.get(`/api/civil-servants/${A}`);
    expect(detail.body.assessments.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([
      '2026-06-01',
      '2024-01-10',
    ]);
    expect(await server.count(currentCompetencyLevels)).toBe(15 + 15 + 10);
    // The apply analysed what it wrote, in its transaction: the planner knows the rows (PGlite
    // runs no autovacuum; a table never analysed is planned as if empty).
    for (const table of [
      'current_competency_levels',
      'own_position_matches',
      'position_competency_results',
    ]) {
      const [row] = await queryRows<{ estimated: number; actual: number }>(
        server.database.db,
        sql`select (select reltuples::int from pg_class where relname = ${table}) as estimated,
              (select count(*)::int from ${sql.identifier(table)}) as actual`,
      );
      expect(row!.actual, table).toBeGreaterThan(0);
      expect(row!.estimated, table).toBe(row!.actual);
    }
  });

  it('computes the match by hand: 100 %, 96.7 % (weighted 97.1 %), 43.5 %', async () => {
    const a = await admin.get(`/api/civil-servants/${A}/match`);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ unweighted: 100, weighted: 100, category: 'Optimal', notAssessed: 0 });
    expect(a.body.development).toEqual([]);
    const b = await admin.get(`/api/civil-servants/${B}/match`);
    // met 23.5 + 3 + 18 = 44.5 of 46 → 96.7 %; weighted 20·1 + 40·23.5/24 + 40·18/19 = 97.06 → 97.1
    // The JPM is the weighted one (weights known for an administrator), on every screen.
    expect(b.body).toMatchObject({
      unweighted: 96.7,
      weighted: 97.1,
      percent: 97.1,
      method: 'weighted',
      purpose: 'competencyMapping',
      category: 'Optimal',
      categories: {
        competencyMapping: { code: 'O', name: 'Optimal' },
        positionFilling: { code: 'MS', name: 'Memenuhi Syarat' },
      },
    });
    expect(b.body.civilServant).toMatchObject({
      performanceRating: 'good',
      performanceLabel: 'Baik (sesuai ekspektasi)',
    });
    expect(b.body.weights).toEqual({ socioCultural: 20, managerial: 40, technical: 40 });
    expect(b.body.rows.find((r: { code: string }) => r.code === 'M.01')).toMatchObject({
      requiredLevel: 3,
      assessedLevel: 2.5,
      competencyGap: 0.5,
    });
    expect(b.body.development.map((d: { competencyId: string; actions: string[] }) => d.actions)).toEqual([
      ['training', 'assignment'], // KEP.04: gap 1, Mutlak → score 3
      ['coaching'], // M.01: gap 0.5
    ]);
    const c = await admin.get(`/api/civil-servants/${C}/match?positionId=${ministry.positionId}`);
    // 8·2 + 2 + 2 = 20 of 46 → 43.5 %; weighted 20·2/3 + 40·16/24 + 40·2/19 = 44.2 %. Matched against a
    // position that is not their own: position filling (KMS), the mapping category beside it.
    expect(c.body).toMatchObject({
      unweighted: 43.5,
      percent: 44.2,
      purpose: 'positionFilling',
      category: 'Kurang Memenuhi Syarat',
      categories: { competencyMapping: { name: 'Kurang Optimal' } },
      notAssessed: 5,
    });
    const noPosition = await admin.get(`/api/civil-servants/${C}/match`);
    expect([noPosition.status, noPosition.body.error.code]).toEqual([422, 'NO_POSITION']);
  });

  it('refuses bad result rows, writing nothing', async () => {
    const before = [await server.count(assessments), await server.count(assessmentScores)];
    const rows = [
      header,
      [A, 'M.01', '', '6', '2026-07-01', 'Tim', ''],
      [A, 'X.99', '', '3', '2026-07-01', 'Tim', ''],
      [A, 'M.02', '', '3', '31/02/2026', 'Tim', ''],
      ['199203032015031009', 'M.02', '', '3', '2026-07-01', 'Tim', ''],
      [A, 'M.03', '', '3,5', '2026-07-01', '', ''],
    ];
    const { job } = await runImport(admin, '/api/imports/assessments', csv(rows), 'asesmen.csv');
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    expect(job.errorDetails.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([
      [2, 'INVALID_LEVEL'],
      [3, 'UNKNOWN_COMPETENCY'],
      [4, 'INVALID_DATE'],
      [5, 'UNKNOWN_NIP'],
      [6, 'REQUIRED'],
    ]);
    expect([await server.count(assessments), await server.count(assessmentScores)]).toEqual(before);
  });
});

describe('candidates, talent pool, heatmap', () => {
  it('ranks candidates for the position with requirement checks', async () => {
    const response = await admin.get(`/api/positions/${ministry.positionId}/candidates`);
    expect(response.status).toBe(200);
    // The same weighted JPM as each person's match, with the position-filling categories.
    expect(
      response.body.items.map((i: { nip: string; percent: number; categoryCode: string }) => [
        i.nip,
        i.percent,
        i.categoryCode,
      ]),
    ).toEqual([
      [A, 100, 'MS'],
      [B, 97.1, 'MS'],
      [C, 44.2, 'KMS'],
    ]);
    expect(response.body).toMatchObject({ method: 'weighted', categoryPurpose: 'positionFilling' });
    const [a, b, c] = response.body.items;
    expect(b.category).toBe('Memenuhi Syarat');
    expect(a.performanceLabel).toBe('Sangat Baik (di atas ekspektasi)');
    expect(a.checks).toEqual({ education: true, rank: true, experience: null });
    expect(b.checks).toMatchObject({ education: true, rank: false });
    expect(c.checks).toMatchObject({ education: false, rank: true });
    expect([a.meetsRequirements, b.meetsRequirements, c.meetsRequirements]).toEqual([true, false, false]);
    // A new result changes the ranking at once (the index follows the import's revision).
    const raised = await runImport(
      admin,
      '/api/imports/assessments',
      csv([
        header,
        ...assessmentRows(C, { ...all(5, managerial), 'SK.01': 5, ...all(5, technical) }, '2026-09-01'),
      ]),
      'asesmen-baru.csv',
    );
    expect(raised.job.status).toBe('done');
    const reranked = await admin.get(`/api/positions/${ministry.positionId}/candidates`);
    expect(reranked.body.items.map((i: { nip: string; percent: number }) => [i.nip, i.percent])).toEqual([
      [A, 100],
      [C, 100],
      [B, 97.1],
    ]);
    await runImport(
      admin,
      '/api/imports/assessments',
      csv([
        header,
        ...assessmentRows(C, { ...all(2, managerial), 'SK.01': 2, ...all(1, technical) }, '2026-10-01'),
      ]),
      'asesmen-ulang.csv',
    );
    const national = await admin.get(`/api/positions/${ministry.positionId}/candidates?scope=national`);
    expect([national.status, national.body.error.code]).toEqual([422, 'NATIONAL_SCOPE_NOT_ALLOWED']);
  });

  it('places people on the 9-box by performance and potential', async () => {
    const response = await admin.get(`/api/agencies/${ministry.agencyId}/talent-pool`);
    expect(response.status).toBe(200);
    const counts = Object.fromEntries(
      response.body.boxes.map((b: { box: number; count: number }) => [b.box, b.count]),
    );
    // A: Sangat Baik (di atas), B: Baik (sesuai); no potential results yet, so the JPM stands in
    // (the policy's default): both high. Practice numbers them 9 and 8.
    expect(counts).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 1, 9: 1 });
    expect(response.body.boxes[8]).toMatchObject({
      box: 9,
      name: 'Kinerja di atas ekspektasi, potensial tinggi',
      recommendation: expect.stringMatching(/^Dipromosikan dan dipertahankan/),
    });
    expect(response.body.boxes[8].members[0]).toMatchObject({ nip: A, percent: 100, potentialBasis: 'jpm' });
    // The set-based match of the whole agency agrees with the one person's match, rounding included.
    const own = await admin.get(`/api/civil-servants/${B}/match`);
    expect(own.status).toBe(200);
    expect(own.body.percent).not.toBe(100);
    expect(response.body.boxes[7].members).toEqual([
      expect.objectContaining({
        nip: B,
        percent: own.body.percent,
        category: own.body.category,
        performanceLabel: 'Baik (sesuai ekspektasi)',
      }),
    ]);
    expect(response.body.placedBy).toEqual({ potentialAssessment: 0, jpm: 2 });
    // C holds no position: no standard to match, no potential result.
    expect(response.body.unplaced).toEqual({ noPerformance: 0, noPotential: 1 });
  });

  it('shows the gap heatmap of the unit and its training needs', async () => {
    const response = await admin.get(`/api/org-units/${ministry.orgUnitId}/gap-heatmap`);
    expect(response.status).toBe(200);
    expect(response.body.positions).toEqual([{ id: ministry.positionId, name: position, holders: 2 }]);
    const cell = (code: string) =>
      response.body.cells.find((c: { competencyKey: string }) => c.competencyKey.endsWith(`:${code}`));
    expect(cell('M.01')).toMatchObject({ averageGap: 0.25, short: 1, holders: 2 });
    expect(cell('KEP.04')).toMatchObject({ averageGap: 0.5, short: 1 });
    expect(cell('M.02')).toMatchObject({ averageGap: 0, short: 0 });
    expect(response.body.trainingNeeds.map((t: { code: string }) => t.code).sort()).toEqual([
      'KEP.04',
      'M.01',
    ]);
  });
});

describe('self-service and access', () => {
  it('a civil servant logs in with their NIP and sees only their own results', async () => {
    const before = await server.count(users);
    const created = await admin.post(`/api/civil-servants/${A}/login`);
    expect(created.status).toBe(201);
    expect(await server.count(users)).toBe(before + 1);
    const employee = server.client();
    // The one-time password works once: the first call after login must replace it.
    const first = await employee.login(A, created.body.password);
    expect([first.status, first.body.mustChangePassword]).toEqual([200, true]);
    const blocked = await employee.get('/api/me/civil-servant');
    expect([blocked.status, blocked.body.error.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
    const changed = await employee.post('/api/auth/password', {
      currentPassword: created.body.password,
      newPassword: 'Pegawai-Memilih-Sandi-88',
    });
    expect(changed.status).toBe(200);
    const me = await employee.get('/api/me/civil-servant');
    expect(me.body.civilServant).toMatchObject({ nip: A, positionName: position });
    expect((await employee.get(`/api/civil-servants/${A}/match`)).body.unweighted).toBe(100);
    // Another NIP of the agency answers exactly like an NIP that does not exist: no enumeration.
    const other = await employee.get(`/api/civil-servants/${B}`);
    const unknown = await employee.get('/api/civil-servants/199912312020121001');
    expect([other.status, other.body.error.code]).toEqual([404, 'CIVIL_SERVANT_NOT_FOUND']);
    expect(other.body).toEqual(unknown.body);
    expect((await employee.get(`/api/civil-servants/${B}/match`)).status).toBe(404);
    expect((await employee.get(`/api/agencies/${ministry.agencyId}/talent-pool`)).status).toBe(403);
    expect((await employee.get(`/api/agencies/${ministry.agencyId}/civil-servants`)).status).toBe(403);
    const again = await admin.post(`/api/civil-servants/${A}/login`);
    expect([again.status, again.body.error.code]).toEqual([409, 'LOGIN_EXISTS']);
  });

  it('another agency sees none of it', async () => {
    const admin2 = await server.as('admin2');
    expect((await admin2.get(`/api/civil-servants/${A}`)).status).toBe(404);
    expect((await admin2.get(`/api/positions/${ministry.positionId}/candidates`)).status).toBe(404);
    expect((await admin2.get(`/api/org-units/${ministry.orgUnitId}/gap-heatmap`)).status).toBe(404);
    expect((await admin.get(`/api/civil-servants/198513122010011003`)).body.error.code).toBe('INVALID_NIP');
  });
});
