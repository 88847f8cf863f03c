/**
 * Login throttling that slows guessing without locking out the right person (ADR 0013):
 *  - per (username, client address): the first attempts are free, then each attempt opens a
 *    back-off of 1 s, 2 s, 4 s … capped at 15 minutes, during which a try is refused (429)
 *    without the password being checked. Another address has its own pair, so a user whose
 *    name is being guessed from elsewhere still logs in; a correct password starts the pair over.
 *  - per client address: at most `ip.maxAttempts` failed attempts per window, whatever the
 *    usernames (unknown ones included). A pair that logged in from this address before is exempt,
 *    so one noisy machine behind an office NAT does not lock out its colleagues.
 * Attempts are counted before the check and given back after a success, so 30 parallel tries
 * for one pair get at most `pair.freeAttempts + 1` password checks.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  claimAttempt,
  findPairLastSuccess,
  purgeLoginThrottle,
  recordPairSuccess,
  releaseAttempt,
} from '../db/repositories/login-throttle-repository';
import { DomainError } from '../domain/errors';

export const loginThrottleLimits = {
  pair: {
    freeAttempts: 3,
    baseDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    /** The count restarts a day after the first failure of a series. */
    windowSeconds: 24 * 60 * 60,
  },
  ip: { maxAttempts: 100, windowSeconds: 15 * 60 },
  /** A pair that logged in this recently is exempt from the address ceiling. */
  knownPairDays: 90,
};

export interface ThrottleTicket {
  pairKey: string;
  /** The address ceiling was claimed too (given back after a success). */
  ipKey: string | null;
}

export function pairKey(username: string, ip: string): string {
  return JSON.stringify([username, ip]);
}

function pairBlock(failures: SQL, now: Date): SQL {
  const { freeAttempts, baseDelaySeconds, maxDelaySeconds } = loginThrottleLimits.pair;
  return sql`case when ${failures} > ${freeAttempts}
    then ${now.toISOString()}::timestamptz
      + least(${maxDelaySeconds}, ${baseDelaySeconds} * power(2, ${failures} - ${freeAttempts + 1})) * interval '1 second'
    else null end`;
}

function rateLimited(blockedUntil: Date | null, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil(((blockedUntil?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
  const wait = seconds < 120 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
  return new DomainError(
    'RATE_LIMITED',
    `Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam ${wait}.`,
    { retryAfterSeconds: seconds },
  );
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Counts the attempt in advance (address first, unless this pair logged in from here before; then
 * the pair), or throws RATE_LIMITED while a back-off or the ceiling holds. A refused attempt is
 * not a failure: whatever it claimed is given back.
 */
export async function admitLoginAttempt(
  db: Db,
  input: { username: string; ip: string; now: Date },
): Promise<ThrottleTicket> {
  const { now } = input;
  const limits = loginThrottleLimits;
  const key = pairKey(input.username, input.ip);
  const lastSuccess = await findPairLastSuccess(db, key);
  const knownHere =
    lastSuccess !== null && now.getTime() - lastSuccess.getTime() < limits.knownPairDays * dayMs;
  let ipKey: string | null = null;
  if (!knownHere) {
    const ip = await claimAttempt(db, {
      kind: 'ip',
      key: input.ip,
      now,
      windowOver: new Date(now.getTime() - limits.ip.windowSeconds * 1000),
      blockedUntil: (failures, windowStartedAt) =>
        sql`case when ${failures} > ${limits.ip.maxAttempts}
          then ${windowStartedAt} + ${limits.ip.windowSeconds} * interval '1 second' else null end`,
    });
    // The claim past the ceiling set the block and is refused itself.
    if (!ip.claimed || ip.failures > limits.ip.maxAttempts) throw rateLimited(ip.blockedUntil, now);
    ipKey = input.ip;
  }
  const pair = await claimAttempt(db, {
    kind: 'pair',
    key,
    now,
    windowOver: new Date(now.getTime() - limits.pair.windowSeconds * 1000),
    blockedUntil: (failures) => pairBlock(failures, now),
  });
  if (!pair.claimed) {
    if (ipKey) await releaseAttempt(db, 'ip', ipKey);
    throw rateLimited(pair.blockedUntil, now);
  }
  return { pairKey: key, ipKey };
}

/** A correct password: the pair starts over, the address gets its attempt back. */
export async function recordLoginSuccess(db: Db, ticket: ThrottleTicket, now: Date): Promise<void> {
  await recordPairSuccess(db, ticket.pairKey, now);
  if (ticket.ipKey) await releaseAttempt(db, 'ip', ticket.ipKey);
}

/** At start: forget counters that no longer matter (windows, blocks and known pairs long over). */
export function purgeStaleLoginThrottle(db: Db, now = new Date()): Promise<number> {
  return purgeLoginThrottle(db, new Date(now.getTime() - loginThrottleLimits.knownPairDays * dayMs));
}
