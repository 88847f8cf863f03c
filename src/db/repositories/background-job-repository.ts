/** Background jobs (document books): their status and progress, kept in the database. */
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
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
  done: number;
  total: number;
  failures: JobFailure[];
  error: string | null;
  resultFile: string | null;
  resultName: string | null;
  contentType: string | null;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

export async function insertBackgroundJob(
  db: Db,
  values: { agencyId: string; kind: string; params: unknown; total: number; createdBy: string },
): Promise<string> {
  const [row] = await db.insert(backgroundJobs).values(values).returning({ id: backgroundJobs.id });
  return row!.id;
}

/**
 * Jobs of the agency still queued or running. Locks the agency's row first, so that concurrent
 * starts for one agency count one after the other (call inside the transaction that inserts).
 */
export async function countActiveJobs(db: Db, agencyId: string): Promise<number> {
  await db.execute(sql`select id from agencies where id = ${agencyId} for update`);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(backgroundJobs)
    .where(and(eq(backgroundJobs.agencyId, agencyId), inArray(backgroundJobs.status, ['queued', 'running'])));
  return row?.n ?? 0;
}

export async function findBackgroundJob(db: Db, id: string): Promise<BackgroundJobRow | undefined> {
  const [row] = await db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
  return row as BackgroundJobRow | undefined;
}

export async function markJobRunning(db: Db, id: string) {
  await db.update(backgroundJobs).set({ status: 'running' }).where(eq(backgroundJobs.id, id));
}

export async function updateJobProgress(
  db: Db,
  id: string,
  values: { done: number; total: number; failures: JobFailure[] },
) {
  await db.update(backgroundJobs).set(values).where(eq(backgroundJobs.id, id));
}

export async function markJobDone(
  db: Db,
  id: string,
  values: {
    done: number;
    total: number;
    failures: JobFailure[];
    resultFile: string;
    resultName: string;
    contentType: string;
  },
) {
  await db
    .update(backgroundJobs)
    .set({ ...values, status: 'done', finishedAt: new Date() })
    .where(eq(backgroundJobs.id, id));
}

export async function markJobFailed(db: Db, id: string, error: string) {
  await db
    .update(backgroundJobs)
    .set({ status: 'failed', error, finishedAt: new Date() })
    .where(eq(backgroundJobs.id, id));
}

/** Jobs a stopped process left queued or running can never finish: mark them failed. */
export async function failInterruptedJobs(db: Db, error: string): Promise<number> {
  const rows = await db
    .update(backgroundJobs)
    .set({ status: 'failed', error, finishedAt: sql`now()` })
    .where(inArray(backgroundJobs.status, ['queued', 'running']))
    .returning({ id: backgroundJobs.id });
  return rows.length;
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

/** Jobs of every agency still queued or running (a shutdown waits for them). */
export async function countAllActiveJobs(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(backgroundJobs)
    .where(inArray(backgroundJobs.status, ['queued', 'running']));
  return row?.n ?? 0;
}
