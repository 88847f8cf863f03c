import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions } from '../src/db/schema';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user and a CSRF token', async () => {
    const client = server.client();
    const response = await client.login('admin');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^skj_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(response.body.user).toMatchObject({
      username: 'admin',
      role: 'admin',
      agency: { code: 'KOTA-CONTOH' },
    });
    expect(response.body.csrfToken).toEqual(expect.any(String));
    expect(JSON.stringify(response.body)).not.toContain('password');

    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('admin');
    expect(me.body.csrfToken).toBe(response.body.csrfToken);
  });

  it('stores only a hash of the session token', async () => {
    const client = server.client();
    await client.login('verifier');
    const token = client.cookie!.split('=')[1]!;
    const rows = await server.database.db.select({ id: sessions.id }).from(sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.id === token)).toBe(false);
  });

  it('refuses a wrong password with a generic 401 and audits the failure with its reason', async () => {
    const failed = and(eq(auditLog.action, 'login-failed'), eq(auditLog.entity, 'session'));
    const before = await server.count(auditLog, failed);
    const sessionsBefore = await server.count(sessions);
    const wrong = await server
      .client()
      .post('/api/auth/login', { username: 'drafter', password: 'salah-sekali' });
    const unknown = await server
      .client()
      .post('/api/auth/login', { username: 'nobody', password: 'salah-sekali' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    // Same message whether the user exists or not.
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const rows = await server.database.db.select().from(auditLog).where(failed).orderBy(auditLog.id);
    expect(rows.length).toBe(before + 2);
    const reasons = rows.slice(-2).map((row) => row.diff as { reason: string; username: string });
    expect(reasons).toEqual([
      expect.objectContaining({ username: 'drafter', reason: 'wrong-password' }),
      expect.objectContaining({ username: 'nobody', reason: 'unknown-user' }),
    ]);
    expect(JSON.stringify(rows)).not.toContain('salah-sekali');
    expect(await server.count(sessions)).toBe(sessionsBefore);
  });

  it('rejects malformed login bodies with 400 and field details', async () => {
    const client = server.client();
    const malformed = await client.request('POST', '/api/auth/login', { rawBody: '{"username": "admin",' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('INVALID_JSON');
    const wrongType = await client.post('/api/auth/login', { username: 42, password: 'x' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.code).toBe('VALIDATION_FAILED');
    expect(wrongType.body.error.details.issues[0].path).toBe('username');
    const extra = await client.post('/api/auth/login', {
      username: 'admin',
      password: 'demo12345',
      role: 'superadmin',
    });
    expect(extra.status).toBe(400);
  });

  it('logs out: the session is gone and the cookie cleared; the logout is audited', async () => {
    const client = await server.as('pegawai');
    const auditsBefore = await server.count(auditLog, eq(auditLog.action, 'logout'));
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/skj_session=;/);
    expect(client.cookie).toBeNull();
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect(await server.count(auditLog, eq(auditLog.action, 'logout'))).toBe(auditsBefore + 1);
  });

  it('answers /api/auth/me without a session with 401', async () => {
    const me = await server.client().get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the token and writes nothing', async () => {
    const client = await server.as('superadmin');
    const auditsBefore = await server.count(auditLog);
    const response = await client.post(
      '/api/agencies',
      { code: 'CSRF-TEST', name: 'Instansi Uji', kind: 'city' },
      { csrf: false },
    );
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('CSRF_INVALID');
    expect(await server.count(auditLog)).toBe(auditsBefore);
  });

  it('refuses a cross-site Origin', async () => {
    const client = await server.as('superadmin');
    const response = await client.post(
      '/api/agencies',
      { code: 'CSRF-TEST2', name: 'Instansi Uji', kind: 'city' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('CSRF_INVALID');
  });
});

describe('behind HTTPS', () => {
  it('marks the cookie Secure when the proxy says https', async () => {
    const secureServer = await startTestServer({ SKJ_TRUST_PROXY: '1' });
    try {
      const response = await secureServer
        .client()
        .post(
          '/api/auth/login',
          { username: 'admin', password: 'demo12345' },
          { headers: { 'x-forwarded-proto': 'https' } },
        );
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toMatch(/Secure/);
    } finally {
      await secureServer.close();
    }
  });
});
