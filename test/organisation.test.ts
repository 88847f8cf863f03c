import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobEvaluations, positions } from '../src/db/schema';
import { type ApiClient, type ApiResponse, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let drafter: ApiClient;
let verifier: ApiClient;
let admin2: ApiClient;
let cityId: string;
let regencyId: string;
const byName = new Map<string, { id: string; jobGrade: number | null }>();

const headOfDivision = {
  '1': '1-3',
  '2': '2-2',
  '3': '3-2',
  '4A': '4A-3',
  '4B': '4B-3',
  '5': '5-5',
  '6': '6-3',
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  drafter = await server.as('drafter');
  verifier = await server.as('verifier');
  admin2 = await server.as('admin2');
  const me = await admin.get('/api/auth/me');
  cityId = me.body.user.agency.id;
  regencyId = (await admin2.get('/api/auth/me')).body.user.agency.id;
  for (const p of (await admin.get(`/api/agencies/${cityId}/positions`)).body.items) byName.set(p.name, p);
});
afterAll(() => server?.close());

const id = (name: string) => byName.get(name)!.id;

describe('job evaluation through the API', () => {
  it('evaluates a structural position: value, grade, breakdown; the position carries the latest', async () => {
    const positionId = id('Kepala Bidang Mutasi dan Promosi');
    const response = await drafter.post('/api/job-evaluations', {
      positionId,
      kind: 'structural',
      levels: headOfDivision,
      justifications: { '1': 'Program bidang berdampak pada seluruh perangkat daerah.' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ jobValue: 3375, jobGrade: 15 });
    expect(response.body.breakdown).toHaveLength(7);
    expect(response.body.breakdown[0]).toEqual({
      factor: '1',
      name: 'Ruang Lingkup dan Dampak Program',
      level: '1-3',
      points: 550,
    });
    const position = await drafter.get(`/api/positions/${positionId}`);
    expect(position.body.position).toMatchObject({ jobValue: 3375, jobGrade: 15 });
    // A second evaluation: history keeps both, newest first.
    const again = await drafter.post('/api/job-evaluations', {
      positionId,
      kind: 'structural',
      levels: { ...headOfDivision, '6': '6-2' },
    });
    expect(again.body).toMatchObject({ jobValue: 2975, jobGrade: 14 });
    const history = await verifier.get(`/api/positions/${positionId}/job-evaluations`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { jobValue: number }) => e.jobValue)).toEqual([2975, 3375]);
    expect(history.body.items[1].justifications['1']).toContain('berdampak');
    const audits = await server.count(auditLog, eq(auditLog.entity, 'jobEvaluation'));
    expect(audits).toBe(2);
  });

  it('evaluates a functional position by its 9 factors', async () => {
    const response = await admin.post('/api/job-evaluations', {
      positionId: id('Pengadministrasi Perkantoran'),
      kind: 'functional',
      levels: {
        '1': '1-2',
        '2': '2-2',
        '3': '3-2',
        '4': '4-2',
        '5': '5-2',
        '6': '6-2',
        '7': '7-1',
        '8': '8-1',
        '9': '9-1',
      },
    });
    expect(response.status).toBe(201);
    // 200 + 125 + 125 + 75 + 75 + 25 + 20 + 5 + 5 = 655
    expect(response.body).toMatchObject({ jobValue: 655, jobGrade: 6 });
  });

  it('serves the factor tables and bands', async () => {
    const response = await drafter.get('/api/job-evaluation/factors');
    expect(response.body.factors.structural).toHaveLength(7);
    expect(response.body.factors.functional).toHaveLength(9);
    expect(response.body.gradeBands).toHaveLength(17);
  });

  describe('bad input: clear errors, nothing written', () => {
    const cases: [string, () => Promise<ApiResponse>, number, string][] = [
      [
        'unknown level',
        () =>
          drafter.post('/api/job-evaluations', {
            positionId: id('Kepala Bagian Organisasi'),
            kind: 'structural',
            levels: { ...headOfDivision, '2': '2-7' },
          }),
        422,
        'INVALID_EVALUATION',
      ],
      [
        'unknown factor',
        () =>
          drafter.post('/api/job-evaluations', {
            positionId: id('Kepala Bagian Organisasi'),
            kind: 'structural',
            levels: { ...headOfDivision, '9': '9-1' },
          }),
        422,
        'INVALID_EVALUATION',
      ],
      [
        'structural factor on a functional evaluation',
        () =>
          drafter.post('/api/job-evaluations', {
            positionId: id('Pengadministrasi Perkantoran'),
            kind: 'functional',
            levels: {
              '1': '1-2',
              '2': '2-2',
              '3': '3-2',
              '4A': '4A-1',
              '5': '5-2',
              '6': '6-2',
              '7': '7-1',
              '8': '8-1',
              '9': '9-1',
            },
          }),
        422,
        'INVALID_EVALUATION',
      ],
      [
        'the wrong method for the position',
        () =>
          drafter.post('/api/job-evaluations', {
            positionId: id('Kepala Bagian Organisasi'),
            kind: 'functional',
            levels: {},
          }),
        422,
        'EVALUATION_KIND_MISMATCH',
      ],
      [
        'a position of another agency',
        () =>
          admin2.post('/api/job-evaluations', {
            positionId: id('Kepala Bagian Organisasi'),
            kind: 'structural',
            levels: headOfDivision,
          }),
        404,
        'POSITION_NOT_FOUND',
      ],
      [
        'a verifier (not the organisation bureau)',
        () =>
          verifier.post('/api/job-evaluations', {
            positionId: id('Kepala Bagian Organisasi'),
            kind: 'structural',
            levels: headOfDivision,
          }),
        403,
        'FORBIDDEN',
      ],
      [
        'an unknown kind',
        () =>
          drafter.post('/api/job-evaluations', {
            positionId: id('Kepala Bagian Organisasi'),
            kind: 'struktural',
            levels: headOfDivision,
          }),
        400,
        'VALIDATION_FAILED',
      ],
    ];
    for (const [name, call, status, code] of cases) {
      it(name, async () => {
        const before = await server.count(jobEvaluations);
        const [row] = await server.database.db
          .select({ jobValue: positions.jobValue })
          .from(positions)
          .where(eq(positions.id, id('Kepala Bagian Organisasi')));
        const response = await call();
        expect(response.status).toBe(status);
        expect(response.body.error.code).toBe(code);
        expect(response.body.error.message).toMatch(/[a-z]/);
        expect(await server.count(jobEvaluations)).toBe(before);
        const [after] = await server.database.db
          .select({ jobValue: positions.jobValue })
          .from(positions)
          .where(eq(positions.id, id('Kepala Bagian Organisasi')));
        expect(after).toEqual(row);
      });
    }
  });
});

describe('position map', () => {
  it('arranges positions by unit and authority with headcount, grade and standard state', async () => {
    const response = await verifier.get(`/api/agencies/${cityId}/position-map`);
    expect(response.status).toBe(200);
    const bkpsdm = response.body.units.find((u: { name: string }) => u.name.startsWith('Badan Kepegawaian'));
    expect(bkpsdm.positions.map((p: { name: string }) => p.name)).toEqual([
      'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    ]);
    const head = bkpsdm.positions[0];
    expect([head.jobValue, head.jobGrade]).toEqual([3075, 14]);
    // The heads of division sit in sub-units: they appear there, not nested across units.
    const bangkom = bkpsdm.children.find(
      (u: { name: string }) => u.name === 'Bidang Pengembangan Kompetensi',
    );
    expect(bangkom.positions.map((p: { name: string }) => p.name)).toEqual([
      'Kepala Bidang Pengembangan Kompetensi',
    ]);
    const kabid = bangkom.positions[0];
    expect(kabid.jobGrade).toBe(12);
    // Executors before functional positions, then by grade.
    expect(kabid.children.map((p: { name: string }) => p.name)).toEqual([
      'Pengadministrasi Perkantoran',
      'Analis Sumber Daya Manusia Aparatur Ahli Muda',
    ]);
    const analyst = kabid.children[1];
    expect(analyst).toMatchObject({
      headcount: 2,
      requiredHeadcount: 3,
      gap: -1, // B − K, as the map legend and the Excel "+/-" column: one short
      standard: null,
      hasRatifiedStandard: false,
    });
    expect(response.body.totals.positions).toBe(byName.size);
  });

  it('updates headcount and placement; refuses negative numbers, cycles and other agencies', async () => {
    const analyst = id('Analis Sumber Daya Manusia Aparatur Ahli Muda');
    const ok = await admin.request('PATCH', `/api/positions/${analyst}`, { json: { headcount: 3 } });
    expect(ok.status).toBe(200);
    expect(ok.body.position.headcount).toBe(3);

    const kabid = id('Kepala Bidang Pengembangan Kompetensi');
    const bad: [ApiClient, string, unknown, number, string][] = [
      [admin, analyst, { headcount: -1 }, 400, 'VALIDATION_FAILED'],
      [admin, analyst, { requiredHeadcount: 1.5 }, 400, 'VALIDATION_FAILED'],
      [admin, analyst, {}, 400, 'VALIDATION_FAILED'],
      [admin, kabid, { parentPositionId: analyst }, 400, 'VALIDATION_FAILED'],
      [admin, kabid, { parentPositionId: kabid }, 400, 'VALIDATION_FAILED'],
      [admin2, analyst, { headcount: 5 }, 404, 'POSITION_NOT_FOUND'],
      [verifier, analyst, { headcount: 5 }, 403, 'FORBIDDEN'],
    ];
    const regencyPositions = (await admin2.get(`/api/agencies/${regencyId}/positions`)).body.items;
    bad.push([admin, analyst, { parentPositionId: regencyPositions[0].id }, 400, 'VALIDATION_FAILED']);
    for (const [client, target, body, status, code] of bad) {
      const audits = await server.count(auditLog);
      const response = await client.request('PATCH', `/api/positions/${target}`, { json: body });
      expect([JSON.stringify(body), response.status, response.body.error?.code]).toEqual([
        JSON.stringify(body),
        status,
        code,
      ]);
      expect(await server.count(auditLog)).toBe(audits);
    }
    const [row] = await server.database.db.select().from(positions).where(eq(positions.id, kabid));
    expect(row!.parentPositionId).toBe(id('Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'));
    const [analystRow] = await server.database.db.select().from(positions).where(eq(positions.id, analyst));
    expect(analystRow!.headcount).toBe(3);
  });

  it('exports the map to Excel: one row per position, indented by authority', async () => {
    const response = await verifier.download(`/api/agencies/${cityId}/position-map.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('peta-jabatan-KOTA-CONTOH.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(response.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Peta Jabatan')!;
    expect(String(sheet.getCell('A1').value)).toBe('PETA JABATAN PEMERINTAH KOTA CONTOH');
    const rows: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 4) rows.push(String(row.getCell(3).value));
    });
    expect(rows).toHaveLength(byName.size);
    const analystRow = sheet
      .getRows(5, rows.length)!
      .find((r) => r.getCell(3).value === 'Analis Sumber Daya Manusia Aparatur Ahli Muda')!;
    expect(analystRow.getCell(3).alignment?.indent).toBe(2);
    // The level by its name, as a person reads it, not its code.
    expect([analystRow.getCell(4).value, analystRow.getCell(5).value]).toEqual([
      'Fungsional',
      'JF Ahli Muda',
    ]);
    expect([analystRow.getCell(8).value, analystRow.getCell(9).value, analystRow.getCell(10).value]).toEqual([
      3, 3, 0,
    ]);
  });

  it('is limited to the caller agency, and to one unit on request', async () => {
    expect((await admin2.get(`/api/agencies/${cityId}/position-map`)).status).toBe(404);
    expect((await admin2.download(`/api/agencies/${cityId}/position-map.xlsx`)).status).toBe(404);
    const history = await admin2.get(`/api/positions/${id('Kepala Bagian Organisasi')}/job-evaluations`);
    expect([history.status, history.body.error.code]).toEqual([404, 'POSITION_NOT_FOUND']);
    const units = (await admin.get(`/api/agencies/${cityId}/org-units`)).body.items;
    const setda = units.find((u: { name: string }) => u.name === 'Sekretariat Daerah');
    const one = await admin.get(`/api/agencies/${cityId}/position-map?orgUnitId=${setda.id}`);
    expect(one.status).toBe(200);
    expect(one.body.units).toHaveLength(1);
    expect(one.body.totals.positions).toBe(1);
    const foreign = (await admin2.get(`/api/agencies/${regencyId}/org-units`)).body.items[0];
    const refused = await admin.get(`/api/agencies/${cityId}/position-map?orgUnitId=${foreign.id}`);
    expect([refused.status, refused.body.error.code]).toEqual([404, 'ORG_UNIT_NOT_FOUND']);
  });
});
