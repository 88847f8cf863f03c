/**
 * An import as the server runs it: the file goes into the job file store, a job row is queued, and
 * a queue of this process (`queue`, e.g. a server's, or one of its own) claims and runs it.
 * Answers the job at its end; throws if it failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/client';
import { findBackgroundJob, insertBackgroundJob } from '../../src/db/repositories/background-job-repository';
import { jobFilesFor, uploadFileName } from '../../src/services/job-files';
import { jobHandlers } from '../../src/services/job-handlers';
import { JobQueue } from '../../src/services/job-queue';

export async function runImportJob(
  database: Database,
  kind: 'assessmentImport' | 'civilServantImport',
  values: { agencyId: string; userId: string; fileName: string; bytes: Uint8Array },
  serverQueue?: JobQueue,
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-bench-jobs-'));
  const queue =
    serverQueue ?? new JobQueue(database, jobFilesFor(database, dir), jobHandlers(), { concurrency: 1 });
  const { files } = queue;
  try {
    const inputFile = uploadFileName();
    await files.write(inputFile, [values.bytes]);
    const id = await insertBackgroundJob(database.db, {
      agencyId: values.agencyId,
      kind,
      params: { fileName: values.fileName },
      total: 0,
      createdBy: values.userId,
      inputFile,
    });
    queue.start();
    queue.wake();
    const started = performance.now();
    /** When a poll first saw each phase (ms from the start); a poll waits for a statement in flight. */
    const phases = new Map<string, number>();
    for (;;) {
      const job = await findBackgroundJob(database.db, id);
      const phase = job ? (job.status === 'running' ? (job.phase ?? 'running') : job.status) : 'queued';
      if (!phases.has(phase)) phases.set(phase, performance.now() - started);
      if (job && job.status !== 'queued' && job.status !== 'running') {
        if (job.status !== 'done')
          throw new Error(`${kind} ${job.status}: ${job.error} ${JSON.stringify(job.errorDetails)}`);
        return Object.assign(job as typeof job & { result: Record<string, number> }, { phases });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    if (!serverQueue) await queue.stop(Date.now());
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
