/**
 * Imports of civil servants and assessment results as background jobs streaming into staging
 * tables (ADR 0022): all-or-nothing with the row report when one row in the middle of a large
 * file is bad, progress while the file is read, an empty file, a header without rows, wrong
 * columns, a streamed .xlsx, Windows-1252 text, and the upload itself (not multipart, no file,
 * the per-agency limit), with nothing of the upload left behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { queryRows } from '../src/db/client';
import { agencies, auditLog, backgroundJobs, civilServants, users } from '../src/db/schema';
import { ServerLifecycle } from '../src/server-lifecycle';
import { type JobFiles, jobFilesFor } from '../src/services/job-files';
import { insertJobHeldElsewhere, runImport, waitForJob } from './support/jobs';
import { openTestDatabase } from './support/test-database';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let dataDir: string;
let agencyId: string;
let files: JobFiles;
const gate: { armed: boolean; reads: number; release: () => void; reached: Promise<void> } = {
  armed: false,
  reads: 0,
  release: () => {},
  reached: Promise.resolve(),
};

/**
 * The job file store, except that once armed, the import's reading of the rows (its third read of
 * the file, after the first bytes and the encoding check) stops after 64 KiB until released.
 */
function gatedFiles(inner: JobFiles): JobFiles {
  return {
    write: (name, source) => inner.write(name, source),
    size: (name) => inner.size(name),
    remove: (name) => inner.remove(name),
    read(name) {
      const source = inner.read(name);
      if (!gate.armed || ++gate.reads < 3) return source;
      gate.armed = false;
      let reached!: () => void;
      gate.reached = new Promise((resolve) => {
        reached = resolve;
      });
      const released = new Promise<void>((resolve) => {
        gate.release = resolve;
      });
      return Readable.from(
        (async function* () {
          let bytes = 0;
          let waited = false;
          // In pieces of 16 KiB: the database store reads 1 MiB parts, the whole test file at once.
          for await (const chunk of source) {
            for (let at = 0; at < (chunk as Buffer).length; at += 16 * 1024) {
              if (bytes >= 64 * 1024 && !waited) {
                waited = true;
                reached();
                await released;
              }
              const piece = (chunk as Buffer).subarray(at, at + 16 * 1024);
              bytes += piece.length;
              yield piece;
            }
          }
        })(),
      );
    },
  };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-imports-'));
  const database = await openTestDatabase();
  const config = loadConfig({ SKJ_DATA_DIR: dataDir, SKJ_LOG: '0' });
  files = gatedFiles(jobFilesFor(database, dataDir));
  const lifecycle = new ServerLifecycle(database, config, null, { jobFiles: files });
  server = await startTestServer({ SKJ_DATA_DIR: dataDir }, { database, lifecycle });
  admin = await server.as('admin');
  const [kota] = await database.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.code, 'KOTA-CONTOH'));
  agencyId = kota!.id;
}, 60_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A valid NIP per `i` (birth dates from 1975, start of service 2005-01, sequence by thousands). */
function nip(i: number): string {
  const birth = new Date(Date.UTC(1975, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
  return `${birth.replaceAll('-', '')}2005011${String(1 + Math.floor(i / 3000)).padStart(3, '0')}`;
}

function csvText(lines: string[][]) {
  return `${lines.map((l) => l.join(';')).join('\r\n')}\r\n`;
}

const csv = (lines: string[][]) => new Blob([csvText(lines)], { type: 'text/csv' });

/**
 * The upload files still in the store (the data dir's `jobs/`, or `job_files` on PostgreSQL). The
 * worker removes a job's upload right after the job ends: this waits for that, up to 30 s.
 */
async function storedUploads(): Promise<number> {
  let count = await countUploads();
  for (let i = 0; i < 300 && count > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = await countUploads();
  }
  return count;
}

async function countUploads(): Promise<number> {
  if (server.database.kind === 'postgres') {
    const [row] = await queryRows<{ n: number }>(
      server.database.db,
      sql`select count(distinct name)::int as n from job_files where name like 'upload-%'`,
    );
    return row!.n;
  }
  const dir = path.join(dataDir, 'jobs');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.startsWith('upload-')).length : 0;
}

const people = (from: number, count: number, rank = (_: number) => 'III/a') =>
  Array.from({ length: count }, (_, k) => [nip(from + k), `Pegawai Uji ${from + k}`, rank(from + k)]);

describe('a large file', () => {
  it('writes nothing when one row in the middle is bad, and reports that row', async () => {
    const before = await server.count(civilServants);
    const rows = people(0, 20_000, (i) => (i === 12_345 ? 'Z/z' : 'III/b'));
    const { started, job } = await runImport(
      admin,
      '/api/imports/civil-servants',
      csv([['NIP', 'Nama', 'Golongan'], ...rows]),
      'pegawai-besar.csv',
    );
    expect(started.status).toBe(202);
    expect(job).toMatchObject({
      status: 'failed',
      errorCode: 'IMPORT_REJECTED',
      rowsRead: 20_000,
      rowsRejected: 1,
      result: null,
    });
    // Line 1 is the header: data row 12,345 (from 0) is on line 12,347.
    expect(job.errorDetails).toEqual({
      total: 1,
      problems: [
        {
          row: 12_347,
          column: 'Golongan',
          code: 'UNKNOWN_RANK',
          message: 'Golongan "Z/z" tidak dikenal (contoh: III/c).',
        },
      ],
    });
    expect(await server.count(civilServants)).toBe(before);
    expect(await storedUploads()).toBe(0);
  });

  it('reports the first 1,000 problems by row and how many there were', async () => {
    const rows = people(30_000, 3000, (i) => (i % 2 === 0 ? 'X' : 'III/a'));
    // The same NIP again at the end: found by the set-based check after every row was staged.
    rows.push([nip(30_001), 'Pegawai Kembar', 'III/a']);
    const { job } = await runImport(
      admin,
      '/api/imports/civil-servants',
      csv([['NIP', 'Nama', 'Golongan'], ...rows]),
      'pegawai.csv',
    );
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    expect(job.errorDetails.total).toBe(1501);
    expect(job.rowsRejected).toBe(1501);
    const problems = job.errorDetails.problems as { row: number; code: string; message: string }[];
    expect(problems).toHaveLength(1000);
    expect(problems[0]).toMatchObject({ row: 2, code: 'UNKNOWN_RANK' });
    expect(problems.map((p) => p.row)).toEqual([...problems.map((p) => p.row)].sort((a, b) => a - b));
    // The duplicate on line 3,002 counts in the total but is past the first 1,000 shown.
    expect(problems.at(-1)).toMatchObject({ row: 2000, code: 'UNKNOWN_RANK' });
    expect(job.error).toContain('ada 1501 masalah');
  });

  it('shows progress while the file is read: phase, rows read', async () => {
    gate.reads = 0;
    gate.armed = true;
    const rows = people(40_000, 8000);
    const started = await admin.upload(
      '/api/imports/civil-servants',
      { file: csv([['NIP', 'Nama', 'Golongan'], ...rows]) },
      'pegawai-progres.csv',
    );
    expect(started.status).toBe(202);
    await gate.reached;
    // Part of the file is read; the rest waits. Progress is written at most every 300 ms.
    let seen = (await admin.get(`/api/jobs/${started.body.jobId}`)).body;
    for (let i = 0; i < 100 && seen.rowsRead === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = (await admin.get(`/api/jobs/${started.body.jobId}`)).body;
    }
    expect(seen).toMatchObject({
      kind: 'civilServantImport',
      status: 'running',
      phase: 'reading',
      rowsRejected: 0,
    });
    expect(seen.rowsRead).toBeGreaterThan(0);
    expect(seen.rowsRead).toBeLessThan(8000);
    gate.release();
    const done = await waitForJob(admin, started.body.jobId);
    expect(done).toMatchObject({
      status: 'done',
      phase: null,
      rowsRead: 8000,
      rowsRejected: 0,
      result: { rows: 8000, created: 8000, updated: 0, format: 'csv' },
    });
    const audit = await server.count(
      auditLog,
      and(
        eq(auditLog.entity, 'civilServant'),
        eq(auditLog.action, 'import'),
        eq(auditLog.agencyId, agencyId),
      ),
    );
    expect(audit).toBeGreaterThanOrEqual(1);
    expect(await storedUploads()).toBe(0);
  });
});

describe('files without rows or with wrong columns', () => {
  it('refuses an empty file at once, storing nothing and starting no job', async () => {
    const jobsBefore = await server.count(backgroundJobs);
    const response = await admin.upload('/api/imports/assessments', { file: new Blob([]) }, 'kosong.csv');
    expect([response.status, response.body.error.code]).toEqual([422, 'EMPTY_FILE']);
    expect(await server.count(backgroundJobs)).toBe(jobsBefore);
    expect(await storedUploads()).toBe(0);
  });

  it('reports a header without rows (and a file of blank lines) without writing', async () => {
    const headerOnly = await runImport(
      admin,
      '/api/imports/civil-servants',
      new Blob(['\uFEFFNIP;Nama;Golongan\r\n\r\n']),
      'kepala.csv',
    );
    expect(headerOnly.job).toMatchObject({ status: 'failed', errorCode: 'IMPORT_REJECTED', rowsRead: 0 });
    expect(headerOnly.job.errorDetails.problems).toEqual([
      { row: 1, column: null, code: 'NO_ROWS', message: 'Berkas tidak berisi baris data.' },
    ]);
    const blank = await runImport(
      admin,
      '/api/imports/civil-servants',
      new Blob(['\r\n\r\n \r\n']),
      'kosong.csv',
    );
    expect(blank.job).toMatchObject({ status: 'failed', errorCode: 'IMPORT_REJECTED' });
  });

  it('names each required column it cannot find', async () => {
    const { job } = await runImport(
      admin,
      '/api/imports/assessments',
      csv([
        ['Nomor', 'Kompetensi', 'Level'],
        ['1', 'M.01', '3'],
      ]),
      'asesmen.csv',
    );
    expect(job.errorCode).toBe('IMPORT_REJECTED');
    expect(
      job.errorDetails.problems.map((p: { column: string; code: string }) => [p.column, p.code]),
    ).toEqual([
      ['NIP', 'MISSING_COLUMN'],
      ['Kode Kompetensi', 'MISSING_COLUMN'],
      ['Tanggal', 'MISSING_COLUMN'],
      ['Asesor', 'MISSING_COLUMN'],
    ]);
    expect(job.rowsRead).toBe(0);
  });

  it('refuses a CSV with a quote left open, naming its line', async () => {
    const { job } = await runImport(
      admin,
      '/api/imports/civil-servants',
      new Blob([`NIP;Nama\n${nip(50_000)};Budi\n${nip(50_001)};"Sari\n`]),
      'pegawai.csv',
    );
    expect(job).toMatchObject({ status: 'failed', errorCode: 'INVALID_CSV', errorDetails: { row: 3 } });
    expect(job.error).toContain('Baris 3: tanda kutip tidak ditutup');
  });
});

describe('formats', () => {
  it('streams an .xlsx with a title block above the header', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pegawai');
    sheet.addRow(['Daftar Pegawai Kota Contoh']);
    sheet.addRow([]);
    sheet.addRow(['NIP', 'Nama Lengkap', 'Golongan', 'Pendidikan']);
    for (let i = 0; i < 1500; i++) sheet.addRow([nip(60_000 + i), `Pegawai Lembar ${i}`, 'III/c', 'S1']);
    const file = new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]);
    const { job } = await runImport(admin, '/api/imports/civil-servants', file, 'pegawai.xlsx');
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: 1500,
      result: { rows: 1500, created: 1500, updated: 0, format: 'xlsx' },
    });
    const listed = await admin.get(
      `/api/agencies/${agencyId}/civil-servants?q=${encodeURIComponent('Lembar 1499')}`,
    );
    expect(listed.body.items).toEqual([expect.objectContaining({ nip: nip(61_499), educationLevel: 'S-1' })]);
  });

  it('reads a CSV that older Excel saved in Windows-1252', async () => {
    const name = 'Siti Nur\u2019aini';
    const bytes = Buffer.from(`NIP;Nama\r\n${nip(70_000)};Siti Nur\x92aini\r\n`, 'latin1');
    const { job } = await runImport(admin, '/api/imports/civil-servants', new Blob([bytes]), 'pegawai.csv');
    expect(job.status).toBe('done');
    const listed = await admin.get(`/api/civil-servants/${nip(70_000)}`);
    expect(listed.body.civilServant.name).toBe(name);
  });
});

describe('the upload', () => {
  it('answers 400 for a body that is not multipart or has no file, storing nothing', async () => {
    const notMultipart = await admin.post('/api/imports/civil-servants', { file: 'x' });
    expect([notMultipart.status, notMultipart.body.error.code]).toEqual([400, 'INVALID_UPLOAD']);
    const noFile = await admin.upload('/api/imports/civil-servants', { note: 'tanpa berkas' });
    expect([noFile.status, noFile.body.error.code]).toEqual([400, 'INVALID_UPLOAD']);
    expect(await storedUploads()).toBe(0);
  });

  it('refuses a fourth import while three of the agency wait or run (429), keeping nothing of it', async () => {
    const [admin1] = await server.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, 'admin'));
    const held: string[] = [];
    for (const kind of ['civilServantImport', 'assessmentImport', 'civilServantImport']) {
      held.push(
        await insertJobHeldElsewhere(server.database.db, {
          agencyId,
          kind,
          params: { fileName: 'lain.csv' },
          total: 0,
          createdBy: admin1!.id,
        }),
      );
    }
    const full = await admin.upload(
      '/api/imports/civil-servants',
      {
        file: csv([
          ['NIP', 'Nama'],
          [nip(80_000), 'Budi'],
        ]),
      },
      'pegawai.csv',
    );
    expect([full.status, full.body.error.code]).toEqual([429, 'JOB_QUEUE_FULL']);
    expect(full.body.error.message).toContain('impor');
    expect(await storedUploads()).toBe(0);
    for (const id of held) {
      await server.database.db
        .update(backgroundJobs)
        .set({ status: 'failed' })
        .where(eq(backgroundJobs.id, id));
    }
  });
});
