/** Account lifecycle: own password change, reset by an admin, forced change, expiry, deactivation. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../src/db/schema';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let superadmin: ApiClient;
let admin: ApiClient;
let clockMs = Date.now();
const hours = (n: number) => n * 60 * 60 * 1000;

const initialPassword = 'Sementara-Dari-Admin-71';
const chosenPassword = 'Sandi-Pilihan-Sendiri-2026';

beforeAll(async () => {
  server = await startTestServer({}, { now: () => new Date(clockMs) });
  superadmin = await server.as('superadmin');
  admin = await server.as('admin');
});
afterAll(() => server?.close());

/** A drafter of KOTA-CONTOH made by its admin, who has already replaced the temporary password. */
async function newDrafter(username: string) {
  const created = await admin.post('/api/users', {
    username,
    fullName: `Penyusun ${username}`,
    password: initialPassword,
    role: 'drafter',
  });
  expect(created.status).toBe(201);
  const client = server.client();
  expect((await client.loginFirstTime(username, initialPassword, chosenPassword)).status).toBe(200);
  return { id: created.body.user.id as string, client };
}

const audits = (entityId: string, action: string) =>
  server.count(auditLog, and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

describe('changing one’s own password', () => {
  it('needs the current password, ends the other sessions and keeps this one', async () => {
    const { id, client } = await newDrafter('ganti.sandi');
    const other = server.client();
    expect((await other.login('ganti.sandi', chosenPassword)).status).toBe(200);

    const changed = await client.post('/api/auth/password', {
      currentPassword: chosenPassword,
      newPassword: 'Kopi-Tubruk-Pagi-Hari-9',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ok: true, endedSessions: 1 });
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await server.client().login('ganti.sandi', chosenPassword)).status).toBe(401);
    expect((await server.client().login('ganti.sandi', 'Kopi-Tubruk-Pagi-Hari-9')).status).toBe(200);
    expect(await audits(id, 'password-change')).toBe(2); // the first-login change, then this one
    const rows = await server.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(JSON.stringify(rows)).not.toContain('Kopi-Tubruk');
  });

  it('refuses a wrong current password, the same password, a weak one, and a write without CSRF', async () => {
    const { client } = await newDrafter('sandi.salah');
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'bukan-sandinya',
      newPassword: 'Kopi-Tubruk-Pagi-Hari-9',
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'CURRENT_PASSWORD_WRONG']);
    expect(wrong.body.error.details.issues[0].path).toBe('currentPassword');
    const same = await client.post('/api/auth/password', {
      currentPassword: chosenPassword,
      newPassword: chosenPassword,
    });
    expect([same.status, same.body.error.code]).toEqual([400, 'PASSWORD_UNCHANGED']);
    const weak = await client.post('/api/auth/password', {
      currentPassword: chosenPassword,
      newPassword: 'sandi.salah-2026',
    });
    expect([weak.status, weak.body.error.code]).toEqual([400, 'PASSWORD_TOO_WEAK']);
    expect(weak.body.error.details).toMatchObject({
      reason: 'CONTAINS_USERNAME',
      issues: [{ path: 'newPassword' }],
    });
    expect(weak.body.error.message).toBe('Kata sandi tidak boleh memuat nama pengguna.');
    const noCsrf = await client.post(
      '/api/auth/password',
      { currentPassword: chosenPassword, newPassword: 'Kopi-Tubruk-Pagi-Hari-9' },
      { csrf: false },
    );
    expect([noCsrf.status, noCsrf.body.error.code]).toEqual([403, 'CSRF_INVALID']);
    expect((await server.client().login('sandi.salah', chosenPassword)).status).toBe(200);
  });

  it('counts wrong current passwords in the login back-off', async () => {
    const { client } = await newDrafter('tebak.sandi');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await client.post('/api/auth/password', {
        currentPassword: `tebakan-${i}`,
        newPassword: 'Kopi-Tubruk-Pagi-Hari-9',
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
    clockMs += 1000;
  });

  it('is refused without a session', async () => {
    const anonymous = await server.client().post('/api/auth/password', {
      currentPassword: 'x',
      newPassword: 'Kopi-Tubruk-Pagi-Hari-9',
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('password reset by an admin and the forced change', () => {
  it('gives a temporary password once; the user must change it before anything else', async () => {
    const { id, client: oldSession } = await newDrafter('lupa.sandi');
    const reset = await admin.post(`/api/users/${id}/password-reset`);
    expect(reset.status).toBe(200);
    const temporary = reset.body.temporaryPassword as string;
    expect(temporary).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(new Date(reset.body.expiresAt).getTime()).toBe(clockMs + hours(72));
    // The reset ends every session and the old password.
    expect((await oldSession.get('/api/auth/me')).status).toBe(401);
    expect((await server.client().login('lupa.sandi', chosenPassword)).status).toBe(401);

    const user = server.client();
    const login = await user.login('lupa.sandi', temporary);
    expect([login.status, login.body.mustChangePassword]).toEqual([200, true]);
    const me = await user.get('/api/auth/me');
    expect([me.status, me.body.mustChangePassword]).toEqual([200, true]);
    for (const path of ['/api/agencies', '/api/dictionaries/managerial', '/api/users']) {
      const blocked = await user.get(path);
      expect([blocked.status, blocked.body.error.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
    }
    const write = await user.post('/api/technical-dictionaries', { code: 'K-X', name: 'Kamus X' });
    expect([write.status, write.body.error.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);

    const weak = await user.post('/api/auth/password', {
      currentPassword: temporary,
      newPassword: 'lupasandi',
    });
    expect([weak.status, weak.body.error.details.reason]).toEqual([400, 'TOO_SHORT']);
    const changed = await user.post('/api/auth/password', {
      currentPassword: temporary,
      newPassword: 'Ingat-Sandi-Baru-Selalu-4',
    });
    expect(changed.status).toBe(200);
    expect((await user.get('/api/auth/me')).body.mustChangePassword).toBe(false);
    expect((await user.get('/api/agencies')).status).toBe(200);

    expect(await audits(id, 'password-reset')).toBe(1);
    const [entry] = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'password-reset')));
    expect(JSON.stringify(entry)).not.toContain(temporary);
  });

  it('lets a temporary password expire after 72 hours: the same 401 as a wrong password, a distinct audit reason', async () => {
    const { id } = await newDrafter('kedaluwarsa');
    const reset = await admin.post(`/api/users/${id}/password-reset`);
    const wrong = await server.client().login('kedaluwarsa', 'salah-sama-sekali');
    clockMs += hours(72);
    const expired = await server.client().login('kedaluwarsa', reset.body.temporaryPassword);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(wrong.body);
    const [entry] = await server.database.db
      .select({ diff: auditLog.diff })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'login-failed')))
      .orderBy(auditLog.id)
      .offset(1);
    expect(entry?.diff).toMatchObject({ reason: 'password-expired' });
  });

  it('is for the admin of the same agency or the superadmin, never for oneself', async () => {
    const { id } = await newDrafter('reset.hak');
    const admin2 = await server.as('admin2');
    const foreign = await admin2.post(`/api/users/${id}/password-reset`);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'USER_NOT_FOUND']);
    const drafter = await server.as('drafter');
    expect((await drafter.post(`/api/users/${id}/password-reset`)).status).toBe(404);
    const superadminId = (await superadmin.get('/api/auth/me')).body.user.id;
    expect((await admin.post(`/api/users/${superadminId}/password-reset`)).status).toBe(404);
    const adminId = (await admin.get('/api/auth/me')).body.user.id;
    const self = await admin.post(`/api/users/${adminId}/password-reset`);
    expect([self.status, self.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await admin.post('/api/users/not-a-uuid/password-reset')).status).toBe(404);
    expect((await superadmin.post(`/api/users/${id}/password-reset`)).status).toBe(200);
  });
});

describe('deactivation', () => {
  it('ends the sessions, answers the login like a wrong password, and is undone by reactivation', async () => {
    const { id, client } = await newDrafter('nonaktif');
    const deactivated = await admin.request('PATCH', `/api/users/${id}`, { json: { active: false } });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.user).toMatchObject({
      id,
      active: false,
      permissions: { deactivate: false, activate: true },
    });
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const right = await server.client().login('nonaktif', chosenPassword);
    const wrong = await server.client().login('nonaktif', 'salah-sekali-12');
    expect(right.status).toBe(401);
    expect(right.body).toEqual(wrong.body);
    const list = await admin.get('/api/users');
    expect(list.body.items.find((u: { id: string }) => u.id === id)).toMatchObject({ active: false });

    const again = await admin.request('PATCH', `/api/users/${id}`, { json: { active: true } });
    expect(again.body.user.active).toBe(true);
    expect((await server.client().login('nonaktif', chosenPassword)).status).toBe(200);
    expect(await audits(id, 'deactivate')).toBe(1);
    expect(await audits(id, 'activate')).toBe(1);
  });

  it('is refused for oneself, for another agency, and for a bad body', async () => {
    const { id } = await newDrafter('nonaktif.hak');
    const adminId = (await admin.get('/api/auth/me')).body.user.id;
    const self = await admin.request('PATCH', `/api/users/${adminId}`, { json: { active: false } });
    expect([self.status, self.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const admin2 = await server.as('admin2');
    const foreign = await admin2.request('PATCH', `/api/users/${id}`, { json: { active: false } });
    expect(foreign.status).toBe(404);
    const bad = await admin.request('PATCH', `/api/users/${id}`, { json: { active: 'tidak' } });
    expect(bad.status).toBe(400);
    const extra = await admin.request('PATCH', `/api/users/${id}`, {
      json: { active: false, role: 'admin' },
    });
    expect(extra.status).toBe(400);
    const [row] = await server.database.db
      .select({ active: users.active })
      .from(users)
      .where(eq(users.id, id));
    expect(row?.active).toBe(true);
  });

  it('never leaves the system without an active superadmin, even when two deactivate each other at once', async () => {
    const created = await superadmin.post('/api/users', {
      username: 'superadmin.dua',
      fullName: 'Superadmin Kedua',
      password: initialPassword,
      role: 'superadmin',
    });
    expect(created.status).toBe(201);
    const second = server.client();
    expect((await second.loginFirstTime('superadmin.dua', initialPassword, chosenPassword)).status).toBe(200);
    const firstId = (await superadmin.get('/api/auth/me')).body.user.id;
    const secondId = created.body.user.id;

    const [a, b] = await Promise.all([
      superadmin.request('PATCH', `/api/users/${secondId}`, { json: { active: false } }),
      second.request('PATCH', `/api/users/${firstId}`, { json: { active: false } }),
    ]);
    const statuses = [a.status, b.status];
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    const refused = a.status === 200 ? b : a;
    // Refused by the rule, or by a session the winner's change had already ended.
    expect([409, 401]).toContain(refused.status);
    if (refused.status === 409) expect(refused.body.error.code).toBe('LAST_SUPERADMIN');
    const active = await server.count(users, and(eq(users.role, 'superadmin'), eq(users.active, true)));
    expect(active).toBe(1);

    // Restore: whoever is left reactivates the other.
    const survivor = a.status === 200 ? superadmin : second;
    const other = a.status === 200 ? secondId : firstId;
    expect((await survivor.request('PATCH', `/api/users/${other}`, { json: { active: true } })).status).toBe(
      200,
    );
  });
});

describe('the users list', () => {
  it('shows active, temporary password, its expiry, last login and what the reader may do', async () => {
    const created = await admin.post('/api/users', {
      username: 'daftar.baru',
      fullName: 'Daftar Baru',
      password: initialPassword,
      role: 'verifier',
    });
    const list = await admin.get('/api/users');
    const fresh = list.body.items.find((u: { id: string }) => u.id === created.body.user.id);
    expect(fresh).toMatchObject({
      active: true,
      mustChangePassword: true,
      lastLoginAt: null,
      permissions: { read: true, resetPassword: true, deactivate: true, activate: false },
    });
    expect(new Date(fresh.passwordExpiresAt).getTime()).toBe(clockMs + hours(72));
    const self = list.body.items.find((u: { username: string }) => u.username === 'admin');
    expect(self).toMatchObject({ mustChangePassword: false, passwordExpiresAt: null });
    expect(self.permissions).toMatchObject({ resetPassword: false, deactivate: false });
    expect(new Date(self.lastLoginAt).getTime()).toBeGreaterThan(0);
    expect(JSON.stringify(list.body)).not.toMatch(/password_hash|passwordHash|\$argon2/);
  });
});

describe('password policy at account creation', () => {
  it.each([
    ['12345678', 'TOO_SHORT'],
    ['          ', 'ONLY_WHITESPACE'],
    ['1234567890', 'COMMON_PASSWORD'],
    ['aaaaaaaaaaaa', 'TOO_GUESSABLE'],
    ['Pengguna.Kuat-2026', 'CONTAINS_USERNAME'],
  ])('refuses %j with 400 PASSWORD_TOO_WEAK (%s), writes nothing', async (password, reason) => {
    const before = await server.count(users);
    const response = await admin.post('/api/users', {
      username: 'pengguna.kuat',
      fullName: 'Pengguna Kuat',
      password,
      role: 'drafter',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('PASSWORD_TOO_WEAK');
    expect(response.body.error.details.reason).toBe(reason);
    expect(response.body.error.message).toMatch(/^Kata sandi/);
    expect(await server.count(users)).toBe(before);
  });
});
