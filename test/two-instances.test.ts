/**
 * Two app instances on one PostgreSQL (PostgreSQL suite only), as behind a load balancer:
 * instance A runs in this process with two job workers; instance B is `src/main.ts` in its own
 * process (its own pool, its own in-memory talent index) with SKJ_JOB_WORKERS=0, so every job runs
 * on A whichever instance queued it. A session made on A is valid on B (and a logout on B ends it
 * on A); a book queued on B is claimed once, by A, and downloads from B with A's bytes; an upload
 * received by B is read by A's worker; an assessment import run on A changes B's candidate ranking
 * at B's next request after the job ends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/db/client';
import { backgroundJobs } from '../src/db/schema';
import { testTarget } from './support/database-url';
import { runImport, waitForJob } from './support/jobs';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { runMain } from './support/server-process';
import { createPostgresTestDatabase } from './support/test-database';
import { ApiClient, startTestServer, type TestServer } from './support/test-server';

const onPostgres = testTarget() === 'postgres';

let created: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
let a: TestServer;
let b: Awaited<ReturnType<typeof runMain>>;
let ministry: Ministry;
let dataDir: string;

/** The same person (cookie and CSRF token) talking to the other instance. */
function onB(client: ApiClient): ApiClient {
  const other = new ApiClient(b.baseUrl);
  other.cookie = client.cookie;
  other.csrfToken = client.csrfToken;
  return other;
}

const nipA = '198504122010011003';
const nipB = '199001152015032001';
const nipC = '197807082005011002';
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];
const technical = ['KEP.01', 'KEP.02', 'KEP.03', 'KEP.04', 'KEP.05', 'KEP.06'];
const all = (level: number, codes: string[]) => Object.fromEntries(codes.map((c) => [c, level]));
const header = ['NIP', 'Kode Kompetensi', 'Kamus', 'Level', 'Tanggal', 'Asesor', 'Lembaga'];

function csv(lines: string[][]) {
  return new Blob([`${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

function assessmentRows(nip: string, levels: Record<string, number>, date: string) {
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

const ranking = async (client: ApiClient) => {
  const response = await client.get(`/api/positions/${ministry.positionId}/candidates`);
  expect(response.status).toBe(200);
  return response.body.items.map((i: { nip: string; percent: number }) => [i.nip, i.percent]);
};

beforeAll(async () => {
  if (!onPostgres) return;
  created = await createPostgresTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-two-'));
  a = await startTestServer(
    { DATABASE_URL: created.url, SKJ_DATA_DIR: path.join(dataDir, 'a'), SKJ_JOB_WORKERS: '2' },
    { database: await openDatabase({ url: created.url, maxConnections: 5 }) },
  );
  b = await runMain(
    {
      DATABASE_URL: created.url,
      SKJ_DATA_DIR: path.join(dataDir, 'b'),
      SKJ_JOB_WORKERS: '0',
      SKJ_DEMO: '0',
      SKJ_CONTRACT_CHECK: '1',
    },
    /SKJ siap di/,
  );
  ministry = await ministryWithRatifiedStandard(a);
}, 240_000);

afterAll(async () => {
  if (!onPostgres) return;
  await b?.stop();
  await a?.close();
  await created?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!onPostgres)('two instances on one PostgreSQL', { timeout: 180_000 }, () => {
  it('knows a session made on A on B; a logout on B ends it on A', async () => {
    const admin = await a.as('admin');
    const me = await onB(admin).get('/api/auth/me');
    expect([me.status, me.body.user.username]).toEqual([200, 'admin']);
    expect((await onB(admin).post('/api/auth/logout')).status).toBe(200);
    expect((await admin.get('/api/auth/me')).status).toBe(401);
  });

  it('runs a book queued on B once, on A; B serves its file, byte for byte as A does', async () => {
    const drafterOnB = onB(ministry.drafter);
    const started = await drafterOnB.post(`/api/agencies/${ministry.agencyId}/books`, { format: 'docx' });
    expect(started.status).toBe(202);
    const job = await waitForJob(drafterOnB, started.body.jobId);
    expect(job).toMatchObject({ kind: 'standardBook', status: 'done', done: 1, total: 1 });
    const [row] = await a.database.db
      .select({ attempts: backgroundJobs.attempts })
      .from(backgroundJobs)
      .where(eq(backgroundJobs.id, started.body.jobId));
    expect(row!.attempts).toBe(1);
    const fromB = await drafterOnB.download(job.downloadUrl);
    const fromA = await ministry.drafter.download(job.downloadUrl);
    expect(fromB.status).toBe(200);
    expect(fromB.bytes.length).toBeGreaterThan(1000);
    expect(Buffer.from(fromB.bytes).equals(Buffer.from(fromA.bytes))).toBe(true);
    // In the database, not on A's disk: B has no access to A's data dir.
    const [stored] = await queryRows<{ n: number }>(
      a.database.db,
      sql`select count(*)::int as n from job_files where name = ${`${started.body.jobId}.docx`}`,
    );
    expect(stored!.n).toBeGreaterThan(0);
  });

  it('changes B’s candidate ranking with an import run on A, at B’s next request', async () => {
    const adminOnB = onB(ministry.admin);
    const people = await runImport(
      ministry.admin,
      '/api/imports/civil-servants',
      csv([
        ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jurusan', 'Jabatan'],
        [nipA, 'Budi Santoso', 'IV/a', 'S1', 'Manajemen', 'Kepala Bidang Pengembangan Kompetensi'],
        [nipB, 'Sari Dewi', 'III/d', 'S-2', 'Psikologi', 'Kepala Bidang Pengembangan Kompetensi'],
        [nipC, 'Joko Santoso', 'IV/b', 'D-III', '', ''],
      ]),
      'pegawai.csv',
    );
    expect(people.job.status).toBe('done');
    // B builds its index now, before any result exists.
    const before = await ranking(adminOnB);
    expect(before.every(([, percent]: [string, number]) => percent === 0)).toBe(true);

    const results = await runImport(
      ministry.admin,
      '/api/imports/assessments',
      csv([
        header,
        ...assessmentRows(
          nipA,
          { ...all(3, managerial), 'SK.01': 3, ...all(3, technical), 'KEP.04': 4 },
          '2026-06-01',
        ),
        ...assessmentRows(
          nipB,
          { ...all(3, managerial), 'M.01': 2.5, 'SK.01': 3, ...all(3, technical) },
          '2026-06-01',
        ),
        ...assessmentRows(nipC, { ...all(2, managerial), 'SK.01': 2, 'KEP.01': 2 }, '2026-06-01'),
      ]),
      'asesmen.csv',
    );
    expect(results.job).toMatchObject({ status: 'done', result: { assessments: 3 } });
    // B answers what A answers (the JPM itself is the talent tests' subject): A above B above C.
    const afterImport = await ranking(adminOnB);
    expect(afterImport).toEqual(await ranking(ministry.admin));
    expect(afterImport.map(([nip]: [string, number]) => nip)).toEqual([nipA, nipB, nipC]);
    expect(afterImport[0][1]).toBe(100);
    expect(afterImport[1][1]).toBeLessThan(100);
    expect(afterImport[2][1]).toBeGreaterThan(0);

    // The other way round: uploaded to B (stored in the database), read and run by A's worker.
    const raised = await runImport(
      adminOnB,
      '/api/imports/assessments',
      csv([
        header,
        ...assessmentRows(nipC, { ...all(5, managerial), 'SK.01': 5, ...all(5, technical) }, '2026-09-01'),
      ]),
      'asesmen-baru.csv',
    );
    expect(raised.started.status).toBe(202);
    expect(raised.job.status).toBe('done');
    const expected = [[nipA, 100], [nipC, 100], afterImport[1]];
    expect(await ranking(adminOnB)).toEqual(expected);
    expect(await ranking(ministry.admin)).toEqual(expected);
  });
});
