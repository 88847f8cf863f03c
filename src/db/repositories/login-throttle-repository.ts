/**
 * The counters of login throttling (see `src/services/login-throttle.ts` for the rules). Each
 * claim is one `INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING`: PostgreSQL locks the row and
 * evaluates the WHERE on its latest version, so parallel attempts are counted one after another
 * and none slips through between a count and an insert.
 */
import { and, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';
import { loginThrottle } from '../schema';

export type ThrottleKind = 'pair' | 'ip';

export interface ThrottleClaim {
  /** False when the key was already blocked: the attempt was not counted. */
  claimed: boolean;
  failures: number;
  blockedUntil: Date | null;
  lastSuccessAt: Date | null;
}

interface ClaimRow {
  failures: number;
  blocked_until: string | Date | null;
  last_success_at: string | Date | null;
}

const toDate = (value: string | Date | null) => (value === null ? null : new Date(value));

/**
 * Counts one attempt for (kind, key) unless the key is blocked at `now`. The counter restarts
 * when its window (from `windowStart` on) is over. `blockedUntil(failures)` is the SQL of the block
 * to set given the new count (or null for none).
 */
export async function claimAttempt(
  db: Db,
  input: {
    kind: ThrottleKind;
    key: string;
    now: Date;
    /** Windows that started at or before this instant are over. */
    windowOver: Date;
    blockedUntil: (failures: SQL, windowStartedAt: SQL) => SQL;
  },
): Promise<ThrottleClaim> {
  const now = input.now.toISOString();
  const windowOver = input.windowOver.toISOString();
  const restarts = sql`login_throttle.window_started_at <= ${windowOver}::timestamptz`;
  const failures = sql`(case when ${restarts} then 1 else login_throttle.failures + 1 end)`;
  const windowStartedAt = sql`(case when ${restarts} then ${now}::timestamptz else login_throttle.window_started_at end)`;
  const [row] = await queryRows<ClaimRow>(
    db,
    sql`insert into login_throttle (kind, key, failures, window_started_at, blocked_until)
        values (${input.kind}, ${input.key}, 1, ${now}::timestamptz,
                ${input.blockedUntil(sql`1`, sql`${now}::timestamptz`)})
        on conflict (kind, key) do update set
          failures = ${failures},
          window_started_at = ${windowStartedAt},
          blocked_until = ${input.blockedUntil(failures, windowStartedAt)}
        where login_throttle.blocked_until is null or login_throttle.blocked_until <= ${now}::timestamptz
        returning failures, blocked_until, last_success_at`,
  );
  if (row) {
    return {
      claimed: true,
      failures: row.failures,
      blockedUntil: toDate(row.blocked_until),
      lastSuccessAt: toDate(row.last_success_at),
    };
  }
  const [blocked] = await db
    .select({
      failures: loginThrottle.failures,
      blockedUntil: loginThrottle.blockedUntil,
      lastSuccessAt: loginThrottle.lastSuccessAt,
    })
    .from(loginThrottle)
    .where(and(eq(loginThrottle.kind, input.kind), eq(loginThrottle.key, input.key)));
  return {
    claimed: false,
    failures: blocked?.failures ?? 0,
    blockedUntil: blocked?.blockedUntil ?? input.now,
    lastSuccessAt: blocked?.lastSuccessAt ?? null,
  };
}

export async function findPairLastSuccess(db: Db, key: string): Promise<Date | null> {
  const [row] = await db
    .select({ lastSuccessAt: loginThrottle.lastSuccessAt })
    .from(loginThrottle)
    .where(and(eq(loginThrottle.kind, 'pair'), eq(loginThrottle.key, key)));
  return row?.lastSuccessAt ?? null;
}

/** A correct password: the pair starts over and remembers the success. */
export async function recordPairSuccess(db: Db, key: string, now: Date): Promise<void> {
  await db
    .update(loginThrottle)
    .set({ failures: 0, blockedUntil: null, windowStartedAt: now, lastSuccessAt: now })
    .where(and(eq(loginThrottle.kind, 'pair'), eq(loginThrottle.key, key)));
}

/** Gives back an attempt counted in advance that turned out not to be a failure. */
export async function releaseAttempt(db: Db, kind: ThrottleKind, key: string): Promise<void> {
  await db
    .update(loginThrottle)
    .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
    .where(and(eq(loginThrottle.kind, kind), eq(loginThrottle.key, key)));
}

/** Rows whose window, block and remembered success are all long over. */
export async function purgeLoginThrottle(db: Db, olderThan: Date): Promise<number> {
  const removed = await db
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.windowStartedAt, olderThan),
        or(sql`${loginThrottle.blockedUntil} is null`, lt(loginThrottle.blockedUntil, olderThan)),
        or(sql`${loginThrottle.lastSuccessAt} is null`, lt(loginThrottle.lastSuccessAt, olderThan)),
      ),
    )
    .returning({ key: loginThrottle.key });
  return removed.length;
}
