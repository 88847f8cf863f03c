/**
 * Login throttling (ADR 0013). The app's clock is driven by the test: a back-off is waited out by
 * moving the clock, never by sleeping, and parallel tries all happen at the same instant.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { loginThrottleLimits } from '../src/services/login-throttle';
import { demoPassword, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let clockMs = Date.now();
const advance = (seconds: number) => {
  clockMs += seconds * 1000;
};

beforeAll(async () => {
  // One trusted proxy: the client is the rightmost X-Forwarded-For entry.
  server = await startTestServer({ SKJ_TRUSTED_PROXIES: '1' }, { now: () => new Date(clockMs) });
});
afterAll(() => server?.close());

function attempt(username: string, password: string, forwardedFor: string) {
  return server
    .client()
    .post('/api/auth/login', { username, password }, { headers: { 'x-forwarded-for': forwardedFor } });
}

/** Password checks made for a username: every check that failed wrote one audit row. */
function failedChecks(username: string, reason?: string) {
  return server.count(
    auditLog,
    and(
      eq(auditLog.action, 'login-failed'),
      sql`${auditLog.diff}->>'username' = ${username}`,
      reason ? sql`${auditLog.diff}->>'reason' = ${reason}` : undefined,
    ),
  );
}

const { freeAttempts } = loginThrottleLimits.pair;

describe('login back-off per username and address', () => {
  it('refuses tries during the back-off without checking the password; another address is not affected', async () => {
    const ip = '10.0.0.1';
    for (let i = 0; i < freeAttempts; i++) {
      expect((await attempt('verifier', `salah-${i}`, ip)).status).toBe(401);
    }
    // The next try is still checked; it opens a back-off of one second.
    expect((await attempt('verifier', 'salah-lagi', ip)).status).toBe(401);
    expect(await failedChecks('verifier')).toBe(freeAttempts + 1);

    const refused = await attempt('verifier', demoPassword, ip);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 1 } });
    expect(refused.body.error.message).toMatch(/coba lagi dalam 1 detik/);
    expect(refused.headers.get('retry-after')).toBe('1');
    // A first X-Forwarded-For entry chosen by the client does not make it someone else.
    expect((await attempt('verifier', demoPassword, `203.0.113.9, ${ip}`)).status).toBe(429);
    expect(await failedChecks('verifier')).toBe(freeAttempts + 1);

    // The right person at another address logs in at once.
    expect((await attempt('verifier', demoPassword, '10.0.0.2')).status).toBe(200);
  });

  it('doubles the back-off after each failure, and the right password after it works and starts over', async () => {
    const ip = '10.0.0.11';
    for (let i = 0; i <= freeAttempts; i++) await attempt('drafter', `salah-${i}`, ip);
    expect((await attempt('drafter', demoPassword, ip)).body.error.details.retryAfterSeconds).toBe(1);
    advance(1);
    expect((await attempt('drafter', 'masih-salah', ip)).status).toBe(401);
    const longer = await attempt('drafter', demoPassword, ip);
    expect([longer.status, longer.body.error.details.retryAfterSeconds]).toEqual([429, 2]);
    advance(1);
    expect((await attempt('drafter', demoPassword, ip)).body.error.details.retryAfterSeconds).toBe(1);
    advance(1);
    const ok = await attempt('drafter', demoPassword, ip);
    expect(ok.status).toBe(200);
    // A success starts the pair over: the free attempts are back.
    for (let i = 0; i <= freeAttempts; i++) {
      expect((await attempt('drafter', `lupa-${i}`, ip)).status).toBe(401);
    }
    expect((await attempt('drafter', demoPassword, ip)).status).toBe(429);
  });

  it('lets 30 parallel wrong tries through to at most the free attempts plus one password check', async () => {
    const ip = '10.0.0.3';
    const before = await failedChecks('validator');
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt('validator', `tebakan-${i}`, ip)),
    );
    const statuses = responses.map((r) => r.status);
    const checked = (await failedChecks('validator')) - before;
    expect(checked).toBe(freeAttempts + 1);
    expect(statuses.filter((s) => s === 401)).toHaveLength(freeAttempts + 1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - (freeAttempts + 1));
    // Waited out: the right password works.
    advance(1);
    expect((await attempt('validator', demoPassword, ip)).status).toBe(200);
  });
});

describe('login ceiling per address', () => {
  it('stops unknown usernames at the ceiling, but not a user who logged in from that address before', async () => {
    const ip = '10.0.0.4';
    const { maxAttempts } = loginThrottleLimits.ip;
    expect((await attempt('ratifier', demoPassword, ip)).status).toBe(200);

    const responses = await Promise.all(
      Array.from({ length: maxAttempts + 10 }, (_, i) => attempt(`tamu-${i}`, 'apa-saja-123', ip)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(maxAttempts);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const unknownChecks = await server.count(
      auditLog,
      and(
        eq(auditLog.action, 'login-failed'),
        sql`${auditLog.diff}->>'ip' = ${ip}`,
        sql`${auditLog.diff}->>'reason' = 'unknown-user'`,
      ),
    );
    expect(unknownChecks).toBe(maxAttempts);

    // Someone who never logged in from here waits for the window; a known user does not.
    const stranger = await attempt('pegawai', demoPassword, ip);
    expect([stranger.status, stranger.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await attempt('ratifier', demoPassword, ip)).status).toBe(200);
    expect((await attempt('pegawai', demoPassword, '10.0.0.5')).status).toBe(200);

    advance(loginThrottleLimits.ip.windowSeconds);
    expect((await attempt('pegawai', demoPassword, ip)).status).toBe(200);
  });
});
