/**
 * Background jobs (books of standards, imports): the queue shared by every app instance (ADR 0022).
 * A worker claims the oldest queued job of the kinds it runs with `for update skip locked`, so two
 * workers never take the same one, and holds it by a lease it renews; every write of a running job
 * names its worker, so one whose lease was taken over changes nothing.
 */
import { and, asc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { backgroundJobs } from '../schema';

/** `expired`: done, but its result file was removed after the retention period. */
export type BackgroundJobStatus = 'queued' | 'running' | 'done' | 'failed' | 'expired';

export interface JobFailure {
  item: string;
  message: string;
}

export interface BackgroundJobRow {
  id: string;
  agencyId: string;
  kind: string;
  params: unknown;
  status: BackgroundJobStatus;
  phase: string | null;
  done: number;
  total: number;
  rowsRead: number;
  rowsRejected: number;
  failures: JobFailure[];
  result: unknown;
  error: string | null;
  errorCode: string | null;
  errorDetails: unknown;
  inputFile: string | null;
  resultFile: string | null;
  resultName: string | null;
  contentType: string | null;
  lockedBy: string | null;
  leaseUntil: Date | null;
  attempts: number;
  createdBy: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** Channel of the NOTIFY sent when a job is queued (other instances wake at once). */
export const jobQueuedChannel = 'skj_background_jobs';

export async function insertBackgroundJob(
  db: Db,
  values: {
    agencyId: string;
    kind: string;
    params: unknown;
    total: number;
    createdBy: string;
    inputFile?: string | null;
  },
): Promise<string> {
  const [row] = await db.insert(backgroundJobs).values(values).returning({ id: backgroundJobs.id });
  // Delivered when the transaction commits, to every instance listening.
  await db.execute(sql`select pg_notify(${jobQueuedChannel}, ${values.kind})`);
  return row!.id;
}

/**
 * Jobs of the agency of these kinds still queued or running. Locks the agency's row first, so
 * that concurrent starts for one agency count one after the other (call inside the transaction
 * that inserts).
 */
export async function countActiveJobs(db: Db, agencyId: string, kinds: readonly string[]): Promise<number> {
  await db.execute(sql`select id from agencies where id = ${agencyId} for update`);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(backgroundJobs)
    .where(
      and(
        eq(backgroundJobs.agencyId, agencyId),
        inArray(backgroundJobs.kind, [...kinds]),
        inArray(backgroundJobs.status, ['queued', 'running']),
      ),
    );
  return row?.n ?? 0;
}

export async function findBackgroundJob(db: Db, id: string): Promise<BackgroundJobRow | undefined> {
  const [row] = await db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
  return row as BackgroundJobRow | undefined;
}

/**
 * The oldest queued job of `kinds`, now running under `workerId` with a lease of `leaseSeconds`;
 * undefined when none is waiting. Jobs another worker is claiming at this moment are skipped.
 */
export async function claimNextJob(
  db: Db,
  workerId: string,
  kinds: readonly string[],
  leaseSeconds: number,
): Promise<BackgroundJobRow | undefined> {
  const next = db
    .select({ id: backgroundJobs.id })
    .from(backgroundJobs)
    .where(and(eq(backgroundJobs.status, 'queued'), inArray(backgroundJobs.kind, [...kinds])))
    .orderBy(asc(backgroundJobs.createdAt))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(backgroundJobs)
    .set({
      status: 'running',
      lockedBy: workerId,
      leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
      attempts: sql`${backgroundJobs.attempts} + 1`,
      startedAt: sql`coalesce(${backgroundJobs.startedAt}, now())`,
    })
    .where(inArray(backgroundJobs.id, next))
    .returning();
  return row as BackgroundJobRow | undefined;
}

const heldBy = (id: string, workerId: string) =>
  and(eq(backgroundJobs.id, id), eq(backgroundJobs.lockedBy, workerId), eq(backgroundJobs.status, 'running'));

/** Extends the lease; false when the job is no longer this worker's (its lease ran out and was taken). */
export async function renewJobLease(db: Db, id: string, workerId: string, leaseSeconds: number) {
  const rows = await db
    .update(backgroundJobs)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(heldBy(id, workerId))
    .returning({ id: backgroundJobs.id });
  return rows.length > 0;
}

export interface JobProgressValues {
  phase?: string | null;
  done?: number;
  total?: number;
  rowsRead?: number;
  rowsRejected?: number;
  failures?: JobFailure[];
}

export async function updateJobProgress(db: Db, id: string, workerId: string, values: JobProgressValues) {
  await db.update(backgroundJobs).set(values).where(heldBy(id, workerId));
}

/** Marks the job done; false (nothing written) when it is no longer this worker's. */
export async function markJobDone(
  db: Db,
  id: string,
  workerId: string,
  values: JobProgressValues & {
    result?: unknown;
    resultFile?: string | null;
    resultName?: string | null;
    contentType?: string | null;
  },
): Promise<boolean> {
  const rows = await db
    .update(backgroundJobs)
    .set({ ...values, status: 'done', phase: null, lockedBy: null, leaseUntil: null, finishedAt: sql`now()` })
    .where(heldBy(id, workerId))
    .returning({ id: backgroundJobs.id });
  return rows.length > 0;
}

export async function markJobFailed(
  db: Db,
  id: string,
  workerId: string,
  failure: { error: string; errorCode: string; errorDetails?: unknown } & JobProgressValues,
) {
  await db
    .update(backgroundJobs)
    .set({
      ...failure,
      errorDetails: failure.errorDetails ?? null,
      status: 'failed',
      phase: null,
      lockedBy: null,
      leaseUntil: null,
      finishedAt: sql`now()`,
    })
    .where(heldBy(id, workerId));
}

const progressReset = { phase: null, done: 0, rowsRead: 0, rowsRejected: 0, failures: [] };

/**
 * Jobs this worker gives back unfinished (it is stopping): queued again for any instance, their
 * progress reset. The claim is not counted against the job.
 */
export async function requeueJobs(db: Db, ids: readonly string[], workerId: string): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(backgroundJobs)
    .set({
      ...progressReset,
      status: 'queued',
      lockedBy: null,
      leaseUntil: null,
      attempts: sql`greatest(${backgroundJobs.attempts} - 1, 0)`,
    })
    .where(
      and(
        inArray(backgroundJobs.id, [...ids]),
        eq(backgroundJobs.lockedBy, workerId),
        eq(backgroundJobs.status, 'running'),
      ),
    )
    .returning({ id: backgroundJobs.id });
  return rows.length;
}

/**
 * Running jobs whose lease ran out (their instance died, or lost the database) and that no worker
 * of `exceptWorker` holds: queued again, or failed with `gaveUp` once they were claimed
 * `maxAttempts` times (a job that kills its worker must not kill every instance in turn).
 * `everyLease`: every running job, leased or not (PGlite at start: no other process can hold one).
 */
export async function requeueAbandonedJobs(
  db: Db,
  options: { maxAttempts: number; gaveUp: string; exceptWorker?: string; everyLease?: boolean },
): Promise<{ requeued: number; failed: number }> {
  const abandoned = and(
    eq(backgroundJobs.status, 'running'),
    options.everyLease
      ? undefined
      : sql`(${backgroundJobs.leaseUntil} is null or ${backgroundJobs.leaseUntil} < now())`,
    options.exceptWorker
      ? sql`${backgroundJobs.lockedBy} is distinct from ${options.exceptWorker}`
      : undefined,
  );
  const failed = await db
    .update(backgroundJobs)
    .set({
      status: 'failed',
      phase: null,
      error: options.gaveUp,
      errorCode: 'JOB_ABANDONED',
      lockedBy: null,
      leaseUntil: null,
      finishedAt: sql`now()`,
    })
    .where(and(abandoned, sql`${backgroundJobs.attempts} >= ${options.maxAttempts}`))
    .returning({ id: backgroundJobs.id });
  const requeued = await db
    .update(backgroundJobs)
    .set({ ...progressReset, status: 'queued', lockedBy: null, leaseUntil: null })
    .where(abandoned)
    .returning({ id: backgroundJobs.id });
  return { requeued: requeued.length, failed: failed.length };
}

/** Done jobs finished before `before` whose result file is still kept. */
export async function findJobsToExpire(db: Db, before: Date): Promise<{ id: string; resultFile: string }[]> {
  const rows = await db
    .select({ id: backgroundJobs.id, resultFile: backgroundJobs.resultFile })
    .from(backgroundJobs)
    .where(
      and(
        eq(backgroundJobs.status, 'done'),
        lt(backgroundJobs.finishedAt, before),
        isNotNull(backgroundJobs.resultFile),
      ),
    );
  return rows as { id: string; resultFile: string }[];
}

export async function markJobsExpired(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db
    .update(backgroundJobs)
    .set({ status: 'expired', resultFile: null })
    .where(and(inArray(backgroundJobs.id, [...ids]), eq(backgroundJobs.status, 'done')));
}

/** Marks the job's input file as removed (it is read once, by the run that finished). */
export async function clearJobInputFile(db: Db, id: string) {
  await db.update(backgroundJobs).set({ inputFile: null }).where(eq(backgroundJobs.id, id));
}

/** Input files of jobs that ended (a crash between the end and the removal leaves them behind). */
export async function findEndedJobInputFiles(db: Db): Promise<{ id: string; inputFile: string }[]> {
  const rows = await db
    .select({ id: backgroundJobs.id, inputFile: backgroundJobs.inputFile })
    .from(backgroundJobs)
    .where(
      and(isNotNull(backgroundJobs.inputFile), inArray(backgroundJobs.status, ['done', 'failed', 'expired'])),
    );
  return rows as { id: string; inputFile: string }[];
}
