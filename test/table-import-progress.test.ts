/**
 * The progress of a table import as people follow it in `GET /api/jobs/:id`: while the apply's
 * transaction runs, the job already says "applying" (on PGlite the transaction holds the one
 * connection until its commit, so a phase written after it began would only land afterwards).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Database, queryRows } from '../src/db/client';
import { findBackgroundJob, insertBackgroundJob } from '../src/db/repositories/background-job-repository';
import { agencies, users } from '../src/db/schema';
import { DirectoryJobFiles, uploadFileName } from '../src/services/job-files';
import { JobQueue } from '../src/services/job-queue';
import { runTableImport, type TableImport } from '../src/services/table-import';
import { openTestDatabase } from './support/test-database';

const kind = 'progressTestImport';
let database: Database;
let dir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-table-import-progress-'));
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A one-column import whose apply notes the job's phase as the database holds it meanwhile. */
function phaseRecordingImport(seen: string[]): TableImport<'code', Record<string, never>> {
  return {
    entity: 'progressTest',
    columnNames: { code: 'Kode' },
    aliases: { code: ['kode'] },
    required: ['code'],
    stagingColumns: [{ name: 'code', type: 'text' }],
    prepare: async () => ({}),
    checkRow: ({ cells }) => ({ problems: [], staged: [cells.get('code') ?? null] }),
    checkStaged: async () => {},
    async apply(tx, staging, scope) {
      const [job] = await queryRows<{ phase: string | null }>(
        tx,
        sql`select phase from background_jobs where id = ${scope.jobId}`,
      );
      seen.push(job?.phase ?? 'none');
      return { result: { rows: staging.staged }, audit: { rows: staging.staged } };
    },
    analyze: [],
    revisionKey: () => 'progress-test',
  };
}

it('shows the phase "applying" while the apply runs', async () => {
  const [agency] = await database.db.select({ id: agencies.id }).from(agencies).limit(1);
  const [user] = await database.db.select({ id: users.id }).from(users).limit(1);
  const seen: string[] = [];
  const files = new DirectoryJobFiles(dir);
  const queue = new JobQueue(
    database,
    files,
    { [kind]: (context) => runTableImport(phaseRecordingImport(seen), context) },
    { concurrency: 1, pollMs: 100_000 },
  );
  const inputFile = uploadFileName();
  await files.write(inputFile, [new TextEncoder().encode('Kode\nA\nB\nC\n')]);
  const id = await insertBackgroundJob(database.db, {
    agencyId: agency!.id,
    kind,
    params: { fileName: 'kode.csv' },
    total: 0,
    createdBy: user!.id,
    inputFile,
  });
  queue.start();
  queue.wake();
  try {
    const deadline = Date.now() + 30_000;
    let job = await findBackgroundJob(database.db, id);
    while (job && (job.status === 'queued' || job.status === 'running') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await findBackgroundJob(database.db, id);
    }
    expect(job).toMatchObject({ status: 'done', result: { rows: 3 } });
    expect(seen).toEqual(['applying']);
  } finally {
    await queue.stop(Date.now());
  }
});
