/**
 * Talent management through the API: potential results (import, manual entry) and the 9-box that
 * uses them, the retirement forecast from the NIP's birth date, succession (critical position,
 * nominations, bench, risk) and the training-needs analysis with its Excel export.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { potentialAssessments } from '../src/db/schema';
import { waitForJob } from './support/jobs';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let admin: ApiClient;

const pad = (n: number) => String(n).padStart(2, '0');
const today = new Date();
/** A birth date whose 58th birthday is `monthsAhead` months from now (day 15). */
function bornFor58(monthsAhead: number) {
  const at = new Date(Date.UTC(today.getUTCFullYear() - 58, today.getUTCMonth() + monthsAhead, 15));
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1 };
}
function nipOf(year: number, month: number, sequence: number) {
  return `${year}${pad(month)}15${year + 25}011${String(sequence).padStart(3, '0')}`;
}
function retiresOn(year: number, month: number, age: number) {
  return month === 12 ? `${year + age + 1}-01-01` : `${year + age}-${pad(month + 1)}-01`;
}

const h = bornFor58(3);
const x1 = bornFor58(18);
const x2 = bornFor58(48);
const H1 = nipOf(h.year, h.month, 1); // holds the critical position, retires within a year
const X1 = nipOf(x1.year, x1.month, 2); // retires within two years
const X2 = nipOf(x2.year, x2.month, 3); // within five
const N1 = '199001152015031004';
const N2 = '199203202016032005';
const Y = '199505052020121006';
const position = 'Kepala Bidang Pengembangan Kompetensi';
const child = 'Kepala Subbidang Data Kepegawaian';
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];
const technical = ['KEP.01', 'KEP.02', 'KEP.03', 'KEP.04', 'KEP.05', 'KEP.06'];

function csv(lines: string[][]) {
  return new Blob([`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

function results(nip: string, level: number, codes: string[]) {
  return codes.map((code) => [
    nip,
    code,
    code.startsWith('KEP') ? `KAMUS-KEMEN-CONTOH` : '',
    String(level),
    '2026-01-10',
    'Tim Asesor',
    'UPT Penilaian',
  ]);
}

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
  admin = ministry.admin;
  const created = await ministry.drafter.post('/api/positions', {
    name: child,
    positionGroup: 'administrative',
    jobLevel: 'pengawas',
    orgUnitId: ministry.orgUnitId,
    parentPositionId: ministry.positionId,
  });
  expect(created.status).toBe(201);
  const people = await admin.upload(
    '/api/imports/civil-servants',
    {
      file: csv([
        ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jabatan', 'Predikat Kinerja'],
        [H1, 'Hartono', 'IV/b', 'S2', position, 'Baik'],
        [X1, 'Siti Aminah', 'III/d', 'S1', child, 'Baik'],
        [X2, 'Bambang Susilo', 'III/d', 'D4', child, 'Butuh Perbaikan'],
        [N1, 'Nadia Putri', 'IV/a', 'S-1', child, 'Sangat Baik'],
        [N2, 'Nugroho Prasetyo', 'III/d', 'S-2', child, 'Baik'],
        [Y, 'Yudi Pratama', 'III/a', 'D-III', '', 'Kurang'],
      ]),
    },
    'pegawai.csv',
  );
  expect(people.status).toBe(202);
  expect((await waitForJob(admin, people.body.jobId)).status).toBe('done');
  const assessed = await admin.upload(
    '/api/imports/assessments',
    {
      file: csv([
        ['NIP', 'Kode Kompetensi', 'Kamus', 'Level', 'Tanggal', 'Asesor', 'Lembaga'],
        ...results(H1, 2, [...managerial, 'SK.01']),
        ...results(H1, 3, technical),
        ...results(N1, 3, [...managerial, 'SK.01', ...technical]),
        ...results(N2, 3, managerial),
      ]),
    },
    'asesmen.csv',
  );
  expect(assessed.status).toBe(202);
  expect((await waitForJob(admin, assessed.body.jobId)).status).toBe('done');
}, 120_000);
afterAll(() => server?.close());

describe('potential results', () => {
  const header = ['NIP', 'Tanggal', 'Nilai', 'Kategori', 'Sumber'];

  it('refuses bad rows, writing nothing', async () => {
    const response = await admin.upload(
      '/api/imports/potential',
      {
        file: csv([
          header,
          [N1, '2026-02-01', '101', '', 'UPT Penilaian Kompetensi'],
          [N2, '31/02/2026', '', 'Menengah', 'UPT Penilaian Kompetensi'],
          ['199912312020121001', '2026-02-01', '70', '', 'UPT Penilaian Kompetensi'],
          [H1, '2026-02-01', '', 'Luar biasa', ''],
          [X1, '2026-02-01', '', '', 'Asesmen Talenta'],
        ]),
      },
      'potensial.csv',
    );
    expect([response.status, response.body.error.code]).toEqual([422, 'IMPORT_REJECTED']);
    expect(
      response.body.error.details.problems.map((p: { row: number; code: string }) => [p.row, p.code]),
    ).toEqual([
      [2, 'INVALID_SCORE'],
      [3, 'INVALID_DATE'],
      [4, 'UNKNOWN_NIP'],
      [5, 'UNKNOWN_POTENTIAL'],
      [5, 'REQUIRED'],
      [6, 'REQUIRED'],
    ]);
    expect(await server.count(potentialAssessments)).toBe(0);
    const byDrafter = await ministry.drafter.upload(
      '/api/imports/potential',
      { file: csv([header, [N1, '2026-02-01', '85', '', 'UPT']]) },
      'potensial.csv',
    );
    expect(byDrafter.status).toBe(403);
  });

  it('imports scores (banded by the policy) and categories (as given)', async () => {
    const response = await admin.upload(
      '/api/imports/potential',
      {
        file: csv([
          header,
          [N1, '2026-02-01', '85,5', '', 'UPT Penilaian Kompetensi BKD'],
          [N2, '01/02/2026', '', 'Menengah', 'Asesmen Manajemen Talenta 2026'],
          [H1, '2026-02-01', '50', '', 'UPT Penilaian Kompetensi BKD'],
        ]),
      },
      'potensial.csv',
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ rows: 3, format: 'csv' });
    const history = await admin.get(`/api/civil-servants/${N1}/potential`);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        assessedOn: '2026-02-01',
        score: 85.5,
        band: 'high',
        bandName: 'Tinggi',
        entry: 'import',
      }),
    ]);
  });

  it('HR enters a result by hand; the newest result is current', async () => {
    const entered = await admin.post(`/api/civil-servants/${H1}/potential`, {
      assessedOn: '2026-03-01',
      band: 'low',
      source: 'Asesmen Manajemen Talenta 2026',
    });
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({ band: 'low', score: null, entry: 'manual' });
    const missing = await admin.post(`/api/civil-servants/${H1}/potential`, {
      assessedOn: '2026-03-01',
      source: 'X Y',
    });
    expect(missing.status).toBe(400);
    const future = await admin.post(`/api/civil-servants/${H1}/potential`, {
      assessedOn: '2999-01-01',
      score: 70,
      source: 'Asesmen',
    });
    expect([future.status, future.body.error.code]).toEqual([422, 'FUTURE_DATE']);
    const byDrafter = await ministry.drafter.post(`/api/civil-servants/${H1}/potential`, {
      assessedOn: '2026-03-01',
      score: 70,
      source: 'Asesmen',
    });
    expect(byDrafter.status).toBe(403);
    expect(
      (await admin.get(`/api/civil-servants/${H1}/potential`)).body.items.map(
        (i: { band: string }) => i.band,
      ),
    ).toEqual(['low', 'low']);
  });

  it('the 9-box uses potential results and says which were placed by the JPM', async () => {
    const pool = await admin.get(`/api/agencies/${ministry.agencyId}/talent-pool`);
    const where = (nip: string) =>
      pool.body.boxes.find((b: { members: { nip: string }[] }) => b.members.some((m) => m.nip === nip));
    // Nadia: Sangat Baik (di atas) × potential high → 9; Nugroho: Baik × menengah → 5; Hartono: Baik × rendah → 2.
    expect(where(N1)).toMatchObject({ box: 9 });
    expect(where(N2)).toMatchObject({ box: 5 });
    expect(where(H1)).toMatchObject({ box: 2, name: 'Kinerja sesuai ekspektasi, potensial rendah' });
    expect(where(N1).members[0]).toMatchObject({ potentialBasis: 'potentialAssessment' });
    expect(pool.body.placedBy).toEqual({ potentialAssessment: 3, jpm: 0 });
    // Siti and Bambang hold a position without a standard and have no potential result; Yudi no position.
    expect(pool.body.unplaced).toEqual({ noPerformance: 0, noPotential: 3 });
  });
});

describe('retirement forecast', () => {
  it('counts who retires within 1, 2 and 5 years, with the dates of PP 11/2017', async () => {
    const forecast = await admin.get(`/api/agencies/${ministry.agencyId}/retirement-forecast`);
    expect(forecast.status).toBe(200);
    expect(forecast.body.totals).toMatchObject({
      people: 6,
      overdue: 0,
      within1Year: 1,
      within2Years: 2,
      within5Years: 3,
    });
    expect(
      forecast.body.items.map((i: { nip: string; retiresOn: string; pensionAge: number }) => [
        i.nip,
        i.retiresOn,
        i.pensionAge,
      ]),
    ).toEqual([
      [H1, retiresOn(h.year, h.month, 58), 58],
      [X1, retiresOn(x1.year, x1.month, 58), 58],
      [X2, retiresOn(x2.year, x2.month, 58), 58],
    ]);
    expect(forecast.body.byPosition.find((p: { name: string }) => p.name === position)).toMatchObject({
      holders: 1,
      within1Year: 1,
    });
    expect(forecast.body.byUnit).toEqual([
      expect.objectContaining({ name: 'Biro Sumber Daya Manusia', within1Year: 1, within5Years: 3 }),
      expect.objectContaining({ name: null, people: 1, within5Years: 0 }),
    ]);
    expect(forecast.body.sources.pensionAges).toContain('PP 11/2017 Pasal 239');
  });

  it('pages the people with a cursor; follows the pension ages of the policy', async () => {
    const first = await admin.get(`/api/agencies/${ministry.agencyId}/retirement-forecast?limit=2`);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).not.toBeNull();
    const next = await admin.get(
      `/api/agencies/${ministry.agencyId}/retirement-forecast?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(next.body.items.map((i: { nip: string }) => i.nip)).toEqual([X2]);
    expect(next.body.nextCursor).toBeNull();
    const policy = (await admin.get(`/api/agencies/${ministry.agencyId}/standard-policy`)).body;
    await admin.request('PUT', `/api/agencies/${ministry.agencyId}/standard-policy`, {
      json: { baseName: policy.baseName, override: { talent: { pensionAges: { administrator: 60 } } } },
    });
    const later = await admin.get(`/api/agencies/${ministry.agencyId}/retirement-forecast`);
    expect(later.body.items.find((i: { nip: string }) => i.nip === H1)).toMatchObject({
      pensionAge: 60,
      retiresOn: retiresOn(h.year, h.month, 60),
    });
    await admin.request('PUT', `/api/agencies/${ministry.agencyId}/standard-policy`, {
      json: { baseName: policy.baseName, override: {} },
    });
  });
});

describe('succession', () => {
  const base = () => `/api/positions/${ministry.positionId}`;

  it('a critical position whose holder retires soon, without successors, is at high risk', async () => {
    const marked = await admin.request('PUT', `${base()}/succession`, {
      json: { critical: true, reason: 'Jabatan kunci pengembangan SDM' },
    });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({
      critical: { reason: 'Jabatan kunci pengembangan SDM' },
      holders: [{ nip: H1, retiresOn: retiresOn(h.year, h.month, 58) }],
      bench: { level: 'none' },
      risk: { level: 'high' },
    });
    expect(marked.body.risk.reasons.map((r: { code: string }) => r.code)).toEqual([
      'holderRetiring',
      'noSuccessor',
    ]);
  });

  it('nominates successors from the candidate ranking, with readiness and a plan', async () => {
    const candidates = await admin.get(`${base()}/candidates`);
    expect(candidates.body.items.map((i: { nip: string }) => i.nip)).toContain(N1);
    const first = await admin.post(`${base()}/successors`, {
      nip: N1,
      readiness: 'readyInOneToTwoYears',
      developmentPlan: 'Pelatihan kepemimpinan administrator; penugasan sebagai Plt.',
    });
    expect(first.status).toBe(201);
    const nadia = candidates.body.items.find((i: { nip: string }) => i.nip === N1);
    expect(first.body.successors).toEqual([
      expect.objectContaining({
        nip: N1,
        readiness: 'readyInOneToTwoYears',
        readinessName: 'Siap 1–2 tahun',
        percent: nadia.percent,
        percentAtNomination: nadia.percent,
        category: nadia.category,
      }),
    ]);
    expect(first.body.risk.level).toBe('high');
    const second = await admin.post(`${base()}/successors`, { nip: N2, readiness: 'readyNow' });
    expect(second.body.bench).toMatchObject({ readyNow: 1, readyInOneToTwoYears: 1, level: 'strong' });
    expect(second.body.risk.level).toBe('low');
    const again = await admin.post(`${base()}/successors`, { nip: N2, readiness: 'readyNow' });
    expect([again.status, again.body.error.code]).toEqual([409, 'SUCCESSOR_EXISTS']);
    const holder = await admin.post(`${base()}/successors`, { nip: H1, readiness: 'readyNow' });
    expect([holder.status, holder.body.error.code]).toEqual([422, 'SUCCESSOR_IS_HOLDER']);
    const ranked = await admin.get(`${base()}/candidates`);
    expect(ranked.body.items.find((i: { nip: string }) => i.nip === N2).successorReadiness).toBe('readyNow');
  });

  it('updates and removes a successor; the dashboard shows the bench and the risk', async () => {
    const removed = await admin.request('DELETE', `${base()}/successors/${N1}`);
    expect(removed.body.bench).toMatchObject({ readyNow: 1, readyInOneToTwoYears: 0, level: 'adequate' });
    expect(removed.body.risk.level).toBe('medium');
    const changed = await admin.request('PATCH', `${base()}/successors/${N2}`, {
      json: { readiness: 'readyInThreeYearsOrMore' },
    });
    expect(changed.body.risk.level).toBe('high');
    const dashboard = await admin.get(`/api/agencies/${ministry.agencyId}/succession`);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.summary).toEqual({
      criticalPositions: 1,
      withReadySuccessor: 0,
      benchStrengthPercent: 0,
      atRisk: { high: 1, medium: 0, low: 0 },
      successors: 1,
    });
    expect(dashboard.body.positions[0]).toMatchObject({
      name: position,
      critical: true,
      holders: 1,
      holdersRetiring: 1,
      risk: 'high',
      bench: { level: 'weak' },
    });
    expect(dashboard.body.byUnit).toEqual([
      expect.objectContaining({
        name: 'Biro Sumber Daya Manusia',
        critical: 1,
        highRisk: 1,
        benchStrengthPercent: 0,
      }),
    ]);
  });

  it('staff read it, only HR plans it; the employee and another agency see nothing', async () => {
    expect((await ministry.drafter.get(`/api/agencies/${ministry.agencyId}/succession`)).status).toBe(200);
    const byDrafter = await ministry.drafter.post(`${base()}/successors`, { nip: N1, readiness: 'readyNow' });
    expect(byDrafter.status).toBe(403);
    const login = await admin.post(`/api/civil-servants/${N2}/login`);
    const employee = server.client();
    await employee.loginFirstTime(N2, login.body.password, 'Pegawai-Suksesi-Sandi-77');
    expect((await employee.get(`/api/agencies/${ministry.agencyId}/succession`)).status).toBe(403);
    expect((await employee.get(`/api/civil-servants/${N2}/potential`)).status).toBe(403);
    expect((await employee.get(`/api/agencies/${ministry.agencyId}/retirement-forecast`)).status).toBe(403);
    const admin2 = await server.as('admin2');
    expect((await admin2.get(`${base()}/succession`)).status).toBe(404);
    expect((await admin2.get(`/api/agencies/${ministry.agencyId}/training-needs`)).status).toBe(404);
  });
});

describe('training-needs analysis', () => {
  it('aggregates the gaps by unit and competency into a prioritised plan', async () => {
    const plan = await admin.get(`/api/agencies/${ministry.agencyId}/training-needs?year=2027`);
    expect(plan.status).toBe(200);
    expect(plan.body.year).toBe(2027);
    // Hartono: managerial and socio-cultural at 2 of 3 (gap 1, no ITJ → medium); technical at 3
    // where KEP.04 asks 4 (gap 1, Mutlak → high).
    const need = (code: string) => plan.body.items.find((i: { code: string }) => i.code === code);
    expect(need('KEP.04')).toMatchObject({
      people: 1,
      averageGap: 1,
      importance: 'essential',
      priority: 'high',
      actions: ['training', 'assignment'],
    });
    expect(need('M.01')).toMatchObject({ people: 1, averageGap: 1, importance: null, priority: 'medium' });
    expect(plan.body.items[0].priority).toBe('high');
    expect(new Set(plan.body.items.map((i: { priority: string }) => i.priority)).size).toBeGreaterThan(1);
    expect(plan.body.totals.byPriority.high).toBeGreaterThan(0);
  });

  it('exports the plan to Excel: plan, per competency, people', async () => {
    const file = await admin.download(`/api/agencies/${ministry.agencyId}/training-needs.xlsx?year=2027`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(
      'Analisis-Kebutuhan-Pengembangan-Kompetensi-2027.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Rencana Pengembangan',
      'Per Kompetensi',
      'Rincian Pegawai',
    ]);
    const planSheet = workbook.getWorksheet('Rencana Pengembangan')!;
    expect(String(planSheet.getCell('A1').value)).toBe(
      'ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI TAHUN 2027',
    );
    expect(planSheet.getRow(5).getCell(2).value).toBe('Tinggi');
    const people = workbook.getWorksheet('Rincian Pegawai')!;
    const nips = new Set<string>();
    people.eachRow((row, n) => {
      if (n > 1) nips.add(String(row.getCell(2).value));
    });
    expect([...nips]).toEqual([H1]);
    expect((people.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Unit Organisasi', 'NIP']);
    let kep04: unknown[] = [];
    people.eachRow((row) => {
      if (row.getCell(5).value === 'KEP.04') kep04 = (row.values as unknown[]).slice(8);
    });
    // Tingkat pentingnya, level dibutuhkan, level saat ini, kesenjangan.
    expect(kep04).toEqual(['Mutlak', 4, 3, 1]);
  });
});
