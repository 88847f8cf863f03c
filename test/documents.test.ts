/**
 * Official documents through the API: one standard and its formulation record as DOCX/PDF with
 * the visibility of the standard itself, and the book of an agency or org unit as a background
 * job (progress, per-position failures, download, bad input writing nothing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBackgroundJob } from '../src/db/repositories/background-job-repository';
import {
  insertStandardTransition,
  updateStandardStatus,
} from '../src/db/repositories/job-standard-repository';
import { auditLog, backgroundJobs, jobStandards, users } from '../src/db/schema';
import { expireJobResults, requeueInterruptedJobs } from '../src/services/job-queue';
import { docxText, missingTexts, pdfText } from './support/document-text';
import { insertJobHeldElsewhere, waitForJob as waitForJobEnd } from './support/jobs';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let server: TestServer;
let dataDir: string;
let drafter: ApiClient;
let admin: ApiClient;
let otherAdmin: ApiClient;
let ratifier: ApiClient;
let kotaId: string;
let kabId: string;
const standards: Record<string, string> = {};
let units: { id: string; code: string | null; name: string }[];

async function userId(username: string) {
  const [row] = await server.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  return row!.id;
}

/** Polls the job until it leaves queued/running (the book renders in a worker thread). */
const waitForJob = (client: ApiClient, jobId: string) => waitForJobEnd(client, jobId, 90_000);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-documents-'));
  server = await startTestServer({ SKJ_DATA_DIR: dataDir });
  [drafter, admin, otherAdmin, ratifier] = await Promise.all([
    server.as('drafter'),
    server.as('admin'),
    server.as('admin2'),
    server.as('ratifier'),
  ]);
  const agencies = (await ratifier.get('/api/agencies')).body.items as { id: string; code: string }[];
  kotaId = agencies.find((a) => a.code === 'KOTA-CONTOH')!.id;
  kabId = agencies.find((a) => a.code === 'KAB-CONTOH')!.id;
  units = (await admin.get(`/api/agencies/${kotaId}/org-units`)).body.items;
  const positions = (await drafter.get(`/api/agencies/${kotaId}/positions`)).body.items as {
    id: string;
    name: string;
  }[];
  for (const name of [
    'Kepala Bidang Pengembangan Kompetensi',
    'Kepala Bidang Mutasi dan Promosi',
    'Kepala Bagian Organisasi',
  ]) {
    const position = positions.find((p) => p.name === name)!;
    const created = await drafter.post('/api/job-standards', { positionId: position.id });
    expect(created.status).toBe(201);
    standards[name] = created.body.id;
  }
  // Ratify the first through the workflow rows directly (the API route needs a complete standard).
  const ratifiedId = standards['Kepala Bidang Pengembangan Kompetensi']!;
  const db = server.database.db;
  const steps = [
    ['submit', 'draft', 'submitted', 'drafter'],
    ['verify', 'submitted', 'verified', 'verifier'],
    ['validate', 'verified', 'validated', 'validator'],
    ['ratify', 'validated', 'ratified', 'ratifier'],
  ] as const;
  for (const [action, fromStatus, toStatus, username] of steps) {
    await insertStandardTransition(db, {
      standardId: ratifiedId,
      action,
      fromStatus,
      toStatus,
      actorId: await userId(username),
      comment: action === 'verify' ? 'Sesuai kamus kompetensi.' : null,
    });
  }
  await updateStandardStatus(db, ratifiedId, {
    status: 'ratified',
    ratifiedBy: await userId('ratifier'),
    ratifiedAt: new Date('2024-02-20T03:00:00Z'),
    positionCode: 'SKJ-2024-000777',
  });
  // A revision opened after ratification: the book keeps the ratified version 1.
  const revision = await drafter.post(`/api/job-standards/${ratifiedId}/revisions`);
  expect(revision.status).toBe(201);
  standards.revision = revision.body.id;
}, 60_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('one standard as a document', () => {
  it('GET document.docx and document.pdf: the official layout with the standard text, DRAFT until ratified', async () => {
    const id = standards['Kepala Bidang Mutasi dan Promosi']!;
    const detail = (await drafter.get(`/api/job-standards/${id}`)).body;
    const docx = await drafter.download(`/api/job-standards/${id}/document.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(docxType);
    expect(docx.headers.get('content-disposition')).toContain('SKJ-Kepala-Bidang-Mutasi-dan-Promosi-v1.docx');
    const expected = [
      'STANDAR KOMPETENSI JABATAN',
      'Kepala Bidang Mutasi dan Promosi',
      'Pemerintah Kota Contoh'.toUpperCase(),
      ...detail.content.competencies.flatMap((row: { name: string; levelDescription: string }) => [
        row.name,
        row.levelDescription,
      ]),
    ];
    const text = docxText(docx.bytes);
    expect(missingTexts(text, expected.slice(0, 2))).toEqual([]);
    expect(missingTexts(text, expected.slice(3))).toEqual([]);
    const pdf = await drafter.download(`/api/job-standards/${id}/document.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfContent = pdfText(pdf.bytes);
    expect(pdfContent).toContain('Kepala Bidang Mutasi dan Promosi · Versi 1 · Draf, belum ditetapkan');
    expect(pdfContent).toContain('PEMERINTAH KOTA CONTOH');
  });

  it('record.docx and record.pdf: the workflow history with actors, dates and comments, and signature blocks', async () => {
    const id = standards['Kepala Bidang Pengembangan Kompetensi']!;
    const docx = await drafter.download(`/api/job-standards/${id}/record.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('Rumusan-Kompetensi-');
    const text = docxText(docx.bytes);
    const expected = [
      'DOKUMEN RUMUSAN KOMPETENSI',
      'IV. RIWAYAT PERUMUSAN',
      'Budi Santoso, S.E.',
      'Siti Rahmawati, S.Psi.',
      'Agus Prasetyo, M.Si.',
      'Dewi Lestari (KemenPAN-RB)',
      'Sesuai kamus kompetensi.',
      'SKJ-2024-000777',
      'Versi 1 · Ditetapkan 20 Februari 2024',
    ];
    expect(missingTexts(text, expected.slice(0, 8))).toEqual([]);
    const pdf = await drafter.download(`/api/job-standards/${id}/record.pdf`);
    expect(pdf.status).toBe(200);
    expect(missingTexts(pdfText(pdf.bytes), expected)).toEqual([]);
  });

  it('is visible exactly like GET /api/job-standards/:id', async () => {
    const draft = standards['Kepala Bagian Organisasi']!;
    const ratified = standards['Kepala Bidang Pengembangan Kompetensi']!;
    for (const file of ['document.docx', 'document.pdf', 'record.docx', 'record.pdf']) {
      // Another agency sees neither the draft nor that it exists; it sees the ratified catalog version.
      const hidden = await otherAdmin.download(`/api/job-standards/${draft}/${file}`);
      expect(hidden.status).toBe(404);
      expect((await otherAdmin.get(`/api/job-standards/${draft}`)).status).toBe(404);
      expect((await otherAdmin.download(`/api/job-standards/${ratified}/${file}`)).status).toBe(200);
      // National roles see every version.
      expect((await ratifier.download(`/api/job-standards/${draft}/${file}`)).status).toBe(200);
    }
    expect((await server.client().download(`/api/job-standards/${draft}/document.pdf`)).status).toBe(401);
    expect((await drafter.download(`/api/job-standards/${crypto.randomUUID()}/document.docx`)).status).toBe(
      404,
    );
    expect((await drafter.download(`/api/job-standards/not-a-uuid/document.docx`)).status).toBe(404);
  });
});

describe('book of standards', () => {
  it('runs as a background job to done with done == total, audited; the download is the book', async () => {
    const auditsBefore = await server.count(auditLog, eq(auditLog.action, 'generateBook'));
    const started = await admin.post(`/api/agencies/${kotaId}/books`, { format: 'pdf' });
    expect(started.status).toBe(202);
    const { jobId } = started.body;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    const job = await waitForJob(admin, jobId);
    expect(job.status).toBe('done');
    expect(job.total).toBe(3);
    expect(job.done).toBe(job.total);
    expect(job.failures).toEqual([]);
    expect(job.downloadUrl).toBe(`/api/jobs/${jobId}/download`);
    expect(await server.count(auditLog, eq(auditLog.action, 'generateBook'))).toBe(auditsBefore + 1);
    const file = await admin.download(job.downloadUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('Buku-SKJ-KOTA-CONTOH.pdf');
    const text = pdfText(file.bytes);
    expect(text).toContain('BUKU STANDAR KOMPETENSI JABATAN');
    expect(text).toContain('DAFTAR ISI');
    for (const name of [
      'Kepala Bidang Pengembangan Kompetensi',
      'Kepala Bidang Mutasi dan Promosi',
      'Kepala Bagian Organisasi',
    ]) {
      expect(text).toContain(name);
    }
    // The ratified version 1 goes in, not the newer draft revision; positions without one are listed.
    expect(text).toContain('Kepala Bidang Pengembangan Kompetensi · Versi 1 · Ditetapkan 20 Februari 2024');
    expect(text).not.toContain('Kepala Bidang Pengembangan Kompetensi · Versi 2');
    expect(text).toContain('Jabatan yang Belum Memiliki SKJ');
    // Kept in the job file store: the data dir on PGlite, the database on PostgreSQL.
    expect(await server.lifecycle.jobs.files.size(`${jobId}.pdf`)).toBeGreaterThan(0);
  }, 120_000);

  it('covers one org unit with its sub-units only (DOCX)', async () => {
    const bkpsdm = units.find((u) => u.code === 'BKPSDM')!;
    const started = await admin.post(`/api/agencies/${kotaId}/books`, {
      format: 'docx',
      orgUnitId: bkpsdm.id,
    });
    expect(started.status).toBe(202);
    const job = await waitForJob(admin, started.body.jobId);
    expect(job.status).toBe('done');
    expect(job.total).toBe(2);
    const file = await admin.download(job.downloadUrl);
    expect(file.headers.get('content-type')).toBe(docxType);
    const text = docxText(file.bytes);
    expect(text).toContain('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
    expect(text).toContain('Kepala Bidang Mutasi dan Promosi');
    expect(text).not.toContain('Kepala Bagian Organisasi');
  }, 120_000);

  it('reports a position whose standard cannot be rendered as a failure and still finishes', async () => {
    const broken = standards['Kepala Bagian Organisasi']!;
    const db = server.database.db;
    const [before] = await db
      .select({ content: jobStandards.content })
      .from(jobStandards)
      .where(eq(jobStandards.id, broken));
    await db.execute(
      sql`update job_standards set content = '{"identity":{"positionName":"Kepala Bagian Organisasi"}}'::jsonb where id = ${broken}`,
    );
    try {
      const started = await admin.post(`/api/agencies/${kotaId}/books`, { format: 'docx' });
      const job = await waitForJob(admin, started.body.jobId);
      expect(job.status).toBe('done');
      expect(job.done).toBe(job.total);
      expect(job.failures).toHaveLength(1);
      expect(job.failures[0].item).toBe('Kepala Bagian Organisasi (Bagian Organisasi)');
      expect(job.failures[0].message).toMatch(/tidak dapat disusun/);
      const text = docxText((await admin.download(job.downloadUrl)).bytes);
      expect(text).toContain('Jabatan yang Gagal Dimuat');
      expect(text).toContain('Kepala Bidang Mutasi dan Promosi');
    } finally {
      await db.update(jobStandards).set({ content: before!.content }).where(eq(jobStandards.id, broken));
    }
  }, 120_000);

  it('rejects bad input with stable codes and writes nothing', async () => {
    const jobsBefore = await server.count(backgroundJobs);
    const auditsBefore = await server.count(auditLog);
    const unknownFormat = await admin.post(`/api/agencies/${kotaId}/books`, { format: 'odt' });
    expect(unknownFormat.status).toBe(400);
    expect(unknownFormat.body.error.code).toBe('VALIDATION_FAILED');
    expect(unknownFormat.body.error.details.issues[0].path).toBe('format');
    const extra = await admin.post(`/api/agencies/${kotaId}/books`, { format: 'pdf', colour: 'red' });
    expect(extra.status).toBe(400);
    const otherUnits = (await otherAdmin.get(`/api/agencies/${kabId}/org-units`)).body.items;
    const foreignUnit = await admin.post(`/api/agencies/${kotaId}/books`, {
      format: 'pdf',
      orgUnitId: otherUnits[0].id,
    });
    expect(foreignUnit.status).toBe(400);
    expect(foreignUnit.body.error.code).toBe('VALIDATION_FAILED');
    expect(foreignUnit.body.error.message).toMatch(/Unit organisasi tidak ditemukan/);
    // The other agency's admin cannot start (nor learn of) a book of this agency.
    const foreignAgency = await otherAdmin.post(`/api/agencies/${kotaId}/books`, { format: 'pdf' });
    expect(foreignAgency.status).toBe(404);
    expect(foreignAgency.body.error.code).toBe('AGENCY_NOT_FOUND');
    // An agency without standards has nothing to print.
    const empty = await otherAdmin.post(`/api/agencies/${kabId}/books`, { format: 'docx' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('BOOK_EMPTY');
    expect(await server.count(backgroundJobs)).toBe(jobsBefore);
    expect(await server.count(auditLog)).toBe(auditsBefore);
  });

  it('hides a job from other agencies, and refuses the download until it is done', async () => {
    const started = await admin.post(`/api/agencies/${kotaId}/books`, { format: 'docx' });
    const jobId = started.body.jobId;
    expect((await otherAdmin.get(`/api/jobs/${jobId}`)).status).toBe(404);
    expect((await otherAdmin.download(`/api/jobs/${jobId}/download`)).status).toBe(404);
    expect((await ratifier.get(`/api/jobs/${jobId}`)).status).toBe(200);
    await waitForJob(admin, jobId);
    // A job another instance is rendering: not ready.
    const elsewhere = await insertJobHeldElsewhere(server.database.db, {
      agencyId: kotaId,
      kind: 'standardBook',
      params: { format: 'pdf', orgUnitId: null },
      total: 3,
      createdBy: await userId('admin'),
    });
    const notReady = await admin.get(`/api/jobs/${elsewhere}/download`);
    expect(notReady.status).toBe(409);
    expect(notReady.body.error.code).toBe('JOB_NOT_READY');
    expect((await admin.get(`/api/jobs/${crypto.randomUUID()}`)).body.error.code).toBe('JOB_NOT_FOUND');
    // The embedded server's next start queues again what its last run left running; it then runs.
    // Read in the requeue's transaction: the queue's poll (every second) may claim it right after.
    const requeue = await server.database.db.transaction(async (tx) => ({
      requeued: (await requeueInterruptedJobs(tx)).requeued,
      status: (await findBackgroundJob(tx, elsewhere))?.status,
    }));
    expect(requeue).toEqual({ requeued: 1, status: 'queued' });
    server.lifecycle.jobs.wake();
    const rerun = await waitForJob(admin, elsewhere);
    expect(rerun).toMatchObject({ status: 'done', done: 3, total: 3 });
    expect(rerun.downloadUrl).toBe(`/api/jobs/${elsewhere}/download`);
    expect(
      await server.count(
        backgroundJobs,
        and(eq(backgroundJobs.agencyId, kotaId), eq(backgroundJobs.status, 'running')),
      ),
    ).toBe(0);
  }, 120_000);

  it('lets agency staff only start a book, and at most three per agency wait or run (429 beyond)', async () => {
    const employee = await server.as('pegawai');
    const jobsBefore = await server.count(backgroundJobs);
    const auditsBefore = await server.count(auditLog);
    expect((await employee.post(`/api/agencies/${kotaId}/books`, { format: 'docx' })).status).toBe(403);
    expect((await ratifier.post(`/api/agencies/${kotaId}/books`, { format: 'docx' })).status).toBe(403);
    expect((await employee.get(`/api/jobs/${crypto.randomUUID()}`)).status).toBe(404);
    // Three books of the agency already in the works (as 20 quick clicks would leave them).
    const waiting = [];
    for (let i = 0; i < 3; i++) {
      waiting.push(
        await insertJobHeldElsewhere(server.database.db, {
          agencyId: kotaId,
          kind: 'standardBook',
          params: { format: 'docx' },
          total: 1,
          createdBy: await userId('admin'),
        }),
      );
    }
    const full = await drafter.post(`/api/agencies/${kotaId}/books`, { format: 'docx' });
    expect([full.status, full.body.error.code]).toEqual([429, 'JOB_QUEUE_FULL']);
    expect(full.body.error.message).toContain('Tunggu salah satunya selesai');
    expect(await server.count(backgroundJobs)).toBe(jobsBefore + 3);
    expect(await server.count(auditLog)).toBe(auditsBefore);
    // Once they are over, the agency may start a book again.
    for (const id of waiting) {
      await server.database.db
        .update(backgroundJobs)
        .set({ status: 'failed' })
        .where(eq(backgroundJobs.id, id));
    }
    const again = await drafter.post(`/api/agencies/${kotaId}/books`, { format: 'docx' });
    expect(again.status).toBe(202);
    await waitForJob(admin, again.body.jobId);
  }, 120_000);

  it('keeps a finished book for the retention period, then removes its file and answers 410', async () => {
    const started = await admin.post(`/api/agencies/${kotaId}/books`, { format: 'docx' });
    const jobId = started.body.jobId;
    const done = await waitForJob(admin, jobId);
    expect(done.status).toBe('done');
    const db = server.database.db;
    const files = server.lifecycle.jobs.files;
    const file = `${jobId}.docx`;
    expect(await files.size(file)).toBeGreaterThan(0);
    // Six days later nothing expires; eight days later every book finished so far does.
    const day = 24 * 60 * 60 * 1000;
    expect(await expireJobResults(db, files, 7, new Date(Date.now() + 6 * day))).toBe(0);
    expect((await admin.download(`/api/jobs/${jobId}/download`)).status).toBe(200);
    const doneBefore = await server.count(backgroundJobs, eq(backgroundJobs.status, 'done'));
    expect(await expireJobResults(db, files, 7, new Date(Date.now() + 8 * day))).toBe(doneBefore);
    expect(await files.size(file)).toBeNull();
    const job = await admin.get(`/api/jobs/${jobId}`);
    expect(job.body.status).toBe('expired');
    expect(job.body.downloadUrl).toBeUndefined();
    const gone = await admin.get(`/api/jobs/${jobId}/download`);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('JOB_RESULT_EXPIRED');
    expect(gone.body.error.message).toContain('sudah dihapus setelah 7 hari');
    // A second pass finds nothing more to do.
    expect(await expireJobResults(db, files, 7, new Date(Date.now() + 8 * day))).toBe(0);
  }, 120_000);
});
