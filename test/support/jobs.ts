/** Background jobs from a test: wait for one to end, run an import to its end. No vitest here. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { insertBackgroundJob } from '../../src/db/repositories/background-job-repository';
import { backgroundJobs } from '../../src/db/schema';
import type { ApiClient } from './api-client';

/** Polls `GET /api/jobs/:id` until the job is done, failed or expired; answers its last state. */
export async function waitForJob(client: ApiClient, jobId: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await client.get(`/api/jobs/${jobId}`);
    if (response.status !== 200)
      throw new Error(`GET /api/jobs/${jobId}: ${response.status} ${JSON.stringify(response.body)}`);
    if (!['queued', 'running'].includes(response.body.status)) return response.body;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} still ${response.body.status} (${response.body.phase})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Uploads `file` to an import endpoint and waits for the job: `started` is the upload's answer
 * (202 with the job id, or the refusal), `job` the job at its end (null when refused).
 */
export async function runImport(client: ApiClient, path: string, file: Blob, fileName: string) {
  const started = await client.upload(path, { file }, fileName);
  if (started.status !== 202) return { started, job: null };
  return { started, job: await waitForJob(client, started.body.jobId) };
}

/**
 * A job row as another instance would hold it: running, under a lease an hour long, so no queue
 * of this test touches it.
 */
export async function insertJobHeldElsewhere(
  db: Db,
  values: { agencyId: string; kind: string; params: unknown; total: number; createdBy: string },
): Promise<string> {
  const id = await insertBackgroundJob(db, values);
  await db
    .update(backgroundJobs)
    .set({
      status: 'running',
      lockedBy: 'another-instance',
      leaseUntil: sql`now() + interval '1 hour'`,
      attempts: 1,
      startedAt: sql`now()`,
    })
    .where(eq(backgroundJobs.id, id));
  return id;
}
