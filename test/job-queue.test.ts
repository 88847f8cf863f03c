/**
 * The background job queue shared by app instances (ADR 0022), with two workers on one database
 * (two queues in this process, as two instances would have): a job is claimed once; a job whose
 * worker died (its lease ran out) runs on the other worker, and the first one's late finish
 * changes nothing; a stopping worker gives its running job back; a job whose workers keep dying
 * fails after the last attempt. Runs on PGlite and, in the PostgreSQL suite, on PostgreSQL.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client';
import {
  claimNextJob,
  findBackgroundJob,
  insertBackgroundJob,
} from '../src/db/repositories/background-job-repository';
import { agencies, backgroundJobs, users } from '../src/db/schema';
import { DirectoryJobFiles } from '../src/services/job-files';
import { type JobHandler, JobQueue, throwIfStopped } from '../src/services/job-queue';
import { openTestDatabase } from './support/test-database';

const kind = 'queueTest';
let database: Database;
let agencyId: string;
let userId: string;
const queues: JobQueue[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const [agency] = await database.db.select({ id: agencies.id }).from(agencies).limit(1);
  const [user] = await database.db.select({ id: users.id }).from(users).limit(1);
  agencyId = agency!.id;
  userId = user!.id;
});
afterAll(async () => {
  for (const queue of queues) await queue.stop(Date.now());
  await database?.close();
});

/** A worker of its own name; its jobs finish (result `{ by: name }`) once `release` is called. */
function worker(
  name: string,
  options: { leaseSeconds?: number; maxAttempts?: number; concurrency?: number } = {},
) {
  const runs: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let blocking = false;
  const handler: JobHandler = async ({ job, database, signal, finish }) => {
    runs.push(job.id);
    if (blocking) {
      await Promise.race([
        released,
        new Promise((_, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
        ),
      ]);
    }
    throwIfStopped(signal);
    await database.db.transaction((tx) => finish(tx, { result: { by: name } }));
    return undefined;
  };
  const queue = new JobQueue(
    database,
    new DirectoryJobFiles('/nonexistent'),
    { [kind]: handler },
    {
      concurrency: 2,
      pollMs: 100_000,
      ...options,
    },
  );
  queues.push(queue);
  return {
    queue,
    runs,
    release,
    /** Jobs wait for `release` from now on. */
    block() {
      blocking = true;
    },
  };
}

const addJob = () =>
  insertBackgroundJob(database.db, { agencyId, kind, params: {}, total: 1, createdBy: userId });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const job = async (id: string) => (await findBackgroundJob(database.db, id))!;

describe('job queue on one database, two workers', () => {
  it('gives one job to one of two workers claiming at once', async () => {
    const id = await addJob();
    const claims = await Promise.all([
      claimNextJob(database.db, 'worker-1', [kind], 30),
      claimNextJob(database.db, 'worker-2', [kind], 30),
    ]);
    const claimed = claims.filter((c) => c !== undefined);
    expect(claimed.map((c) => c.id)).toEqual([id]);
    expect(claimed[0]).toMatchObject({ status: 'running', attempts: 1 });
    expect(['worker-1', 'worker-2']).toContain(claimed[0]!.lockedBy);
    await database.db
      .update(backgroundJobs)
      .set({ status: 'done', lockedBy: null })
      .where(eq(backgroundJobs.id, id));
  });

  it('runs each of many jobs exactly once across both workers', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await addJob());
    const a = worker('A');
    const b = worker('B');
    a.queue.start();
    b.queue.start();
    const rows = await until(
      () => database.db.select().from(backgroundJobs).where(inArray(backgroundJobs.id, ids)),
      (r) => r.every((row) => row.status === 'done'),
      'every job done',
    );
    const ran = [...a.runs, ...b.runs].filter((id) => ids.includes(id));
    expect(ran.sort()).toEqual([...ids].sort());
    expect(rows.every((row) => row.attempts === 1 && row.lockedBy === null)).toBe(true);
    for (const row of rows) expect(['A', 'B']).toContain((row.result as { by: string }).by);
    await a.queue.stop(Date.now());
    await b.queue.stop(Date.now());
  });

  it('runs a job again on another worker when its lease ran out; the first worker then changes nothing', async () => {
    // A long lease: A renews nothing during the test, as a dead instance would; one job at a time,
    // so that once it holds this one it looks for no other.
    const a = worker('A', { leaseSeconds: 3600, concurrency: 1 });
    a.block();
    a.queue.start();
    const id = await addJob();
    a.queue.wake();
    await until(
      () => job(id),
      (row) => row.lockedBy === a.queue.workerId,
      'A holding the job',
    );
    await database.db
      .update(backgroundJobs)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(backgroundJobs.id, id));
    const b = worker('B');
    b.queue.start();
    const done = await until(
      () => job(id),
      (row) => row.status === 'done',
      'B finishing the job',
    );
    expect(done).toMatchObject({ result: { by: 'B' }, attempts: 2, lockedBy: null });
    expect(b.runs).toContain(id);
    // A comes back to life and finishes too late: its writes name A, which no longer holds the job.
    a.release();
    await until(
      async () => a.queue.activeCount,
      (n) => n === 0,
      'A to give up',
    );
    expect(await job(id)).toMatchObject({ status: 'done', result: { by: 'B' }, errorCode: null });
    await a.queue.stop(Date.now());
    await b.queue.stop(Date.now());
  });

  it('gives a running job back to the queue when its worker stops, and another worker runs it', async () => {
    const a = worker('A');
    a.block();
    a.queue.start();
    const id = await addJob();
    a.queue.wake();
    await until(
      () => job(id),
      (row) => row.lockedBy === a.queue.workerId,
      'A holding the job',
    );
    expect(await a.queue.stop(Date.now())).toEqual({ requeued: 1 });
    // Back in the queue as it was; the interrupted claim does not count as an attempt.
    expect(await job(id)).toMatchObject({ status: 'queued', lockedBy: null, leaseUntil: null, attempts: 0 });
    const b = worker('B');
    b.queue.start();
    expect(
      await until(
        () => job(id),
        (row) => row.status === 'done',
        'B finishing',
      ),
    ).toMatchObject({
      result: { by: 'B' },
      attempts: 1,
    });
    await b.queue.stop(Date.now());
  });

  it('fails a job whose workers died at every one of its attempts, instead of running it again', async () => {
    // Its third worker died too (one transaction: no queue sees it waiting).
    const id = await database.db.transaction(async (tx) => {
      const inserted = await insertBackgroundJob(tx, {
        agencyId,
        kind,
        params: {},
        total: 1,
        createdBy: userId,
      });
      await tx
        .update(backgroundJobs)
        .set({
          status: 'running',
          lockedBy: 'dead-instance',
          attempts: 3,
          leaseUntil: sql`now() - interval '1 minute'`,
        })
        .where(eq(backgroundJobs.id, inserted));
      return inserted;
    });
    const b = worker('B', { maxAttempts: 3 });
    b.queue.start();
    const failed = await until(
      () => job(id),
      (row) => row.status === 'failed',
      'the job to fail',
    );
    expect(failed).toMatchObject({ errorCode: 'JOB_ABANDONED', lockedBy: null });
    expect(failed.error).toContain('terhenti berulang kali');
    expect(b.runs).not.toContain(id);
    await b.queue.stop(Date.now());
  });
});
