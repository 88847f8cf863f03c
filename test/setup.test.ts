/** The setup page of a fresh installation: the one-time token from the console creates the first superadmin. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../src/db/schema';
import { SetupToken } from '../src/services/setup-token';
import { startTestServer, type TestServer } from './support/test-server';

const account = { username: 'kepala.tu', fullName: 'Kepala Tata Usaha', password: 'Pohon-Beringin-Tua-1945' };

describe('an installation with a superadmin', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('says no setup is needed and refuses any setup', async () => {
    const status = await server.client().get('/api/setup');
    expect(status.body).toEqual({ needed: false, tokenIssued: false });
    const attempt = await server.client().post('/api/setup', { token: 'apa-saja', ...account });
    expect([attempt.status, attempt.body.error.code]).toEqual([409, 'SUPERADMIN_EXISTS']);
  });
});

describe('an installation without an active superadmin', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    const generated = SetupToken.generate();
    token = generated.token;
    server = await startTestServer({}, { setupToken: generated.setupToken });
    await server.database.db.update(users).set({ active: false }).where(eq(users.role, 'superadmin'));
  });
  afterAll(() => server?.close());

  it('says setup is needed, without a session', async () => {
    const status = await server.client().get('/api/setup');
    expect([status.status, status.body]).toEqual([200, { needed: true, tokenIssued: true }]);
  });

  it('refuses a wrong token and a weak password, and the token still works after both', async () => {
    const before = await server.count(users);
    const wrong = await server.client().post('/api/setup', { ...account, token: `${token}x` });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'SETUP_TOKEN_INVALID']);
    const weak = await server.client().post('/api/setup', { ...account, token, password: 'password123' });
    expect([weak.status, weak.body.error.code]).toEqual([400, 'PASSWORD_TOO_WEAK']);
    const badBody = await server.client().post('/api/setup', { token, username: 'x' });
    expect(badBody.status).toBe(400);
    const crossSite = await server
      .client()
      .post('/api/setup', { ...account, token }, { headers: { origin: 'https://evil.example' } });
    expect([crossSite.status, crossSite.body.error.code]).toEqual([403, 'CSRF_INVALID']);
    expect(await server.count(users)).toBe(before);
  });

  it('creates one superadmin with the token, even when sent twice at once; then the token is gone', async () => {
    const [a, b] = await Promise.all([
      server.client().post('/api/setup', { ...account, token }),
      server.client().post('/api/setup', { ...account, username: 'kepala.tu2', token }),
    ]);
    const created = a.status === 201 ? a : b;
    const refused = a.status === 201 ? b : a;
    expect(created.status).toBe(201);
    // The loser finds the superadmin (409) or, arriving just after, the token spent (403).
    expect(['409 SUPERADMIN_EXISTS', '403 SETUP_TOKEN_INVALID']).toContain(
      `${refused.status} ${refused.body.error.code}`,
    );
    expect(created.body.user).toMatchObject({ role: 'superadmin', fullName: 'Kepala Tata Usaha' });
    const active = await server.count(users, and(eq(users.role, 'superadmin'), eq(users.active, true)));
    expect(active).toBe(1);

    const login = await server.client().login(created.body.user.username, account.password);
    expect([login.status, login.body.mustChangePassword, login.body.user.role]).toEqual([
      200,
      false,
      'superadmin',
    ]);
    expect((await server.client().get('/api/setup')).body).toEqual({ needed: false, tokenIssued: false });
    const again = await server.client().post('/api/setup', { ...account, username: 'kepala.tu3', token });
    expect(again.status).toBe(409);
    const [entry] = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'bootstrap-superadmin'), eq(auditLog.entityId, created.body.user.id)));
    expect(entry?.diff).toMatchObject({ via: 'setup' });
    expect(JSON.stringify(entry)).not.toContain(token);
  });
});

describe('the setup token', () => {
  it('compares in constant time over a digest, answers false for anything else, and works until consumed', () => {
    const { token, setupToken } = SetupToken.generate();
    expect(token).toMatch(/^[\w-]{22}$/);
    expect(setupToken.matches(token)).toBe(true);
    expect(setupToken.matches('')).toBe(false);
    expect(setupToken.matches(token.slice(0, -1))).toBe(false);
    setupToken.consume();
    expect(setupToken.matches(token)).toBe(false);
    expect(setupToken.isActive()).toBe(false);
    expect(new SetupToken(null).matches('')).toBe(false);
  });
});
