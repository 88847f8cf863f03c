/**
 * The 9-box reads a maintained placement (`talent_placements`, `talent_box_counts`): it must never
 * be stale. After each change of an input — potential result by hand and by import, the talent
 * policy, the job levels' weights, a position's job level, performance and results by import —
 * the pool shows the change, each JPM-placed person sits where the domain puts their JPM (the
 * person's match endpoint), and the maintained rows equal a placement of everyone from scratch.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { nineBox, potentialBandOfJpm } from '../src/domain/nine-box';
import type { PerformanceBand } from '../src/domain/performance-rating';
import { buildTalentIndex } from '../src/services/talent-index';
import { refreshTalentPlacements } from '../src/services/talent-placement';
import { waitForJob } from './support/jobs';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let admin: ApiClient;

const position = 'Kepala Bidang Pengembangan Kompetensi';
const A = '198001152005011001';
const B = '198203202006032002';
const E = '198505052010121003';
const D = '199001152015031004';
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];
const technical = ['KEP.01', 'KEP.02', 'KEP.03', 'KEP.04', 'KEP.05', 'KEP.06'];

function csv(lines: string[][]) {
  return new Blob([`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

function results(nip: string, level: number, codes: string[], date = '2026-01-10') {
  return codes.map((code) => [
    nip,
    code,
    code.startsWith('KEP') ? 'KAMUS-KEMEN-CONTOH' : '',
    String(level),
    date,
    'Tim Asesor',
    'UPT Penilaian',
  ]);
}

async function importPeople(rows: string[][]) {
  const response = await admin.upload(
    '/api/imports/civil-servants',
    { file: csv([['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jabatan', 'Predikat Kinerja'], ...rows]) },
    'pegawai.csv',
  );
  expect(response.status).toBe(202);
  expect((await waitForJob(admin, response.body.jobId)).status).toBe('done');
}

async function importResults(rows: string[][]) {
  const response = await admin.upload(
    '/api/imports/assessments',
    {
      file: csv([['NIP', 'Kode Kompetensi', 'Kamus', 'Level', 'Tanggal', 'Asesor', 'Lembaga'], ...rows]),
    },
    'asesmen.csv',
  );
  expect(response.status).toBe(202);
  expect((await waitForJob(admin, response.body.jobId)).status).toBe('done');
}

interface Pool {
  civilServants: number;
  placedBy: { potentialAssessment: number; jpm: number };
  unplaced: { noPerformance: number; noPotential: number };
  boxes: {
    box: number;
    count: number;
    byBasis: { potentialAssessment: number; jpm: number };
    members: { nip: string; percent: number | null; potentialBasis: string }[];
  }[];
}

async function pool(): Promise<Pool> {
  const response = await admin.get(`/api/agencies/${ministry.agencyId}/talent-pool`);
  expect(response.status).toBe(200);
  return response.body;
}

function placed(p: Pool, nip: string) {
  const box = p.boxes.find((b) => b.members.some((m) => m.nip === nip));
  return box ? { box: box.box, ...box.members.find((m) => m.nip === nip)! } : null;
}

/**
 * The pool as maintained equals the pool after placing everyone from scratch, and its counts add
 * up to the agency's people. Answers the maintained pool.
 */
async function fresh(): Promise<Pool> {
  const maintained = await pool();
  const [people] = await queryRows<{ n: number }>(
    server.database.db,
    sql`select count(*)::int as n from civil_servants where agency_id = ${ministry.agencyId}`,
  );
  expect(maintained.civilServants).toBe(people!.n);
  expect(
    maintained.boxes.reduce((sum, b) => sum + b.count, 0) +
      maintained.unplaced.noPerformance +
      maintained.unplaced.noPotential,
  ).toBe(people!.n);
  await server.database.db.transaction((tx) => refreshTalentPlacements(tx, ministry.agencyId));
  expect(await pool()).toEqual(maintained);
  return maintained;
}

/** Where the domain puts a person placed by the JPM: their match's percent under the policy. */
async function expectJpmPlacement(p: Pool, nip: string, performance: PerformanceBand) {
  const match = await admin.get(`/api/civil-servants/${nip}/match`);
  expect(match.status).toBe(200);
  const policy = (await admin.get(`/api/agencies/${ministry.agencyId}/standard-policy`)).body.effective;
  const band = potentialBandOfJpm(match.body.percent, policy.talent);
  expect(placed(p, nip)).toMatchObject({
    box: nineBox(performance, band).box,
    percent: match.body.percent,
    potentialBasis: 'jpm',
  });
  return match.body.percent as number;
}

async function setPolicy(override: Record<string, unknown>) {
  const current = (await admin.get(`/api/agencies/${ministry.agencyId}/standard-policy`)).body;
  const saved = await admin.request('PUT', `/api/agencies/${ministry.agencyId}/standard-policy`, {
    json: { baseName: current.baseName, override: { ...current.override, ...override } },
  });
  expect(saved.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
  admin = ministry.admin;
  await importPeople([
    [A, 'Adi Nugraha', 'IV/a', 'S-2', position, 'Sangat Baik'],
    [B, 'Budi Hartono', 'III/d', 'S-1', position, 'Baik'],
    [E, 'Eka Lestari', 'III/c', 'S-1', position, 'Baik'],
    [D, 'Dewi Anggraini', 'III/a', 'D-III', position, ''],
  ]);
  await importResults([
    ...results(A, 4, [...managerial, 'SK.01', ...technical]),
    ...results(B, 3, [...managerial, 'SK.01']),
    ...results(E, 2, [...managerial, 'SK.01', ...technical]),
  ]);
}, 120_000);
afterAll(() => server?.close());

describe('the maintained 9-box placement', () => {
  it('places by the JPM where no potential result exists; without performance, not at all', async () => {
    const p = await fresh();
    await expectJpmPlacement(p, A, 'above');
    await expectJpmPlacement(p, B, 'meets');
    await expectJpmPlacement(p, E, 'meets');
    expect(p.placedBy).toEqual({ potentialAssessment: 0, jpm: 3 });
    expect(p.unplaced).toEqual({ noPerformance: 1, noPotential: 0 });
  });

  it('follows a potential result entered by hand, then one imported', async () => {
    const entered = await admin.post(`/api/civil-servants/${A}/potential`, {
      assessedOn: '2026-03-01',
      band: 'low',
      source: 'Asesmen Manajemen Talenta 2026',
    });
    expect(entered.status).toBe(201);
    let p = await fresh();
    // Sangat Baik (di atas ekspektasi) × potential low: box 4.
    expect(placed(p, A)).toMatchObject({ box: 4, potentialBasis: 'potentialAssessment' });
    const imported = await admin.upload(
      '/api/imports/potential',
      {
        file: csv([
          ['NIP', 'Tanggal', 'Nilai', 'Kategori', 'Sumber'],
          [B, '2026-03-02', '', 'Tinggi', 'Asesmen Manajemen Talenta 2026'],
        ]),
      },
      'potensial.csv',
    );
    expect(imported.status).toBe(200);
    p = await fresh();
    // Baik (sesuai ekspektasi) × potential high: box 8.
    expect(placed(p, B)).toMatchObject({ box: 8, potentialBasis: 'potentialAssessment' });
    expect(p.placedBy).toEqual({ potentialAssessment: 2, jpm: 1 });
  });

  it('follows the talent policy: without the JPM standing in, Eka is not placed', async () => {
    await setPolicy({ talent: { potential: { fallbackToJpm: false } } });
    let p = await fresh();
    expect(placed(p, E)).toBeNull();
    expect(p.placedBy).toEqual({ potentialAssessment: 2, jpm: 0 });
    expect(p.unplaced).toEqual({ noPerformance: 1, noPotential: 1 });
    await setPolicy({ talent: { potential: { fallbackToJpm: true } } });
    p = await fresh();
    await expectJpmPlacement(p, E, 'meets');
  });

  it("follows the job level's weights, and a change of the position's job level", async () => {
    const before = await expectJpmPlacement(await fresh(), E, 'meets');
    // Eka has every competency at 2: weighing only the managerial kind changes her JPM.
    await setPolicy({
      competencyWeights: { administrator: { socioCultural: 0, managerial: 100, technical: 0 } },
    });
    const weighted = await expectJpmPlacement(await fresh(), E, 'meets');
    expect(weighted).not.toBe(before);
    const moved = await ministry.drafter.request('PATCH', `/api/positions/${ministry.positionId}`, {
      json: { jobLevel: 'pengawas' },
    });
    expect(moved.status).toBe(200);
    const relevelled = await expectJpmPlacement(await fresh(), E, 'meets');
    expect(relevelled).not.toBe(weighted);
  });

  it('follows performance and results imported later', async () => {
    await importPeople([[E, 'Eka Lestari', 'III/c', 'S-1', position, 'Sangat Baik']]);
    await expectJpmPlacement(await fresh(), E, 'above');
    const before = (await admin.get(`/api/civil-servants/${E}/match`)).body.percent;
    await importResults(results(E, 5, [...managerial, 'SK.01', ...technical], '2026-04-01'));
    const after = await expectJpmPlacement(await fresh(), E, 'above');
    expect(after).toBeGreaterThan(before);
    await importPeople([[D, 'Dewi Anggraini', 'III/a', 'D-III', position, 'Baik']]);
    const p = await fresh();
    expect(p.unplaced).toEqual({ noPerformance: 0, noPotential: 1 });
  });
});

describe('placing in chunks of people', () => {
  it('places everyone once, a few people per statement, as one statement does', async () => {
    const whole = await fresh();
    for (const chunk of [1, 3]) {
      const placedNow = await server.database.db.transaction((tx) =>
        refreshTalentPlacements(tx, ministry.agencyId, sql`true`, undefined, chunk),
      );
      expect(placedNow).toBe(whole.civilServants);
      const [rows] = await queryRows<{ n: number; people: number }>(
        server.database.db,
        sql`select count(*)::int as n, count(distinct civil_servant_id)::int as people
            from talent_placements where agency_id = ${ministry.agencyId}`,
      );
      expect(rows).toEqual({ n: whole.civilServants, people: whole.civilServants });
      expect(await pool()).toEqual(whole);
    }
    // Only the people of a scope, in chunks: the others keep their rows.
    const placedNow = await server.database.db.transaction((tx) =>
      refreshTalentPlacements(tx, ministry.agencyId, sql`cs.nip in (${A}, ${E})`, undefined, 1),
    );
    expect(placedNow).toBe(2);
    expect(await fresh()).toEqual(whole);
  });
});

describe('the ranking index', () => {
  it('built in chunks by id, holds what one statement over all current levels holds', async () => {
    const whole = await queryRows<{ civil_servant_id: string; keys: string[]; levels: number[] }>(
      server.database.db,
      sql`select civil_servant_id, array_agg(dictionary_id || ':' || code order by dictionary_id, code) as keys,
            array_agg(level order by dictionary_id, code) as levels
          from current_competency_levels where agency_id = ${ministry.agencyId}
          group by civil_servant_id order by civil_servant_id`,
    );
    expect(whole.length).toBe(3);
    for (const chunk of [1, 2, 1_000]) {
      const index = await buildTalentIndex(server.database.db, ministry.agencyId, 'test', chunk);
      expect(index.servants).toEqual(whole.map((r) => r.civil_servant_id));
      const width = index.columns.size;
      index.servants.forEach((_, s) => {
        const held = [...index.columns.entries()]
          .filter(([, column]) => !Number.isNaN(index.levels[s * width + column]!))
          .map(([key, column]) => [key, index.levels[s * width + column]!] as const)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(held).toEqual(whole[s]!.keys.map((key, k) => [key, Number(whole[s]!.levels[k])]));
      });
    }
  });
});
