import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, users } from '../src/db/schema';
import { startTestServer, type TestServer } from './support/test-server';

const strongPassword = 'Lembayung-Senja-Kota-71';

let server: TestServer;
let kabId: string;
beforeAll(async () => {
  server = await startTestServer();
  const [kab] = await server.database.db.select().from(agencies).where(eq(agencies.code, 'KAB-CONTOH'));
  kabId = kab!.id;
});
afterAll(() => server?.close());

describe('users', () => {
  it('forbids a drafter from creating a user (403), nothing written', async () => {
    const before = await server.count(users);
    const response = await (await server.as('drafter')).post('/api/users', {
      username: 'baru',
      fullName: 'Pengguna Baru',
      password: strongPassword,
      role: 'drafter',
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
    expect(await server.count(users)).toBe(before);
  });

  it('lets an admin create a drafter in their own agency; the new user can log in; audited', async () => {
    const admin = await server.as('admin');
    const response = await admin.post('/api/users', {
      username: 'Penyusun2',
      fullName: 'Penyusun Dua',
      password: strongPassword,
      role: 'drafter',
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      username: 'penyusun2',
      role: 'drafter',
      mustChangePassword: true,
    });
    const login = await server.client().login('penyusun2', strongPassword);
    expect(login.status).toBe(200);
    expect(login.body.user.agency.code).toBe('KOTA-CONTOH');
    // The admin chose it, so it is temporary: the new user replaces it before anything else.
    expect(login.body.mustChangePassword).toBe(true);
    const [audit] = await server.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, response.body.user.id));
    expect(audit).toMatchObject({ entity: 'user', action: 'create' });
    expect(JSON.stringify(audit!.diff)).not.toContain(strongPassword);
  });

  it('forbids an admin from creating national roles or users of another agency', async () => {
    const admin = await server.as('admin');
    const before = await server.count(users);
    const ratifier = await admin.post('/api/users', {
      username: 'penetap2',
      fullName: 'Penetap',
      password: strongPassword,
      role: 'ratifier',
    });
    expect(ratifier.status).toBe(403);
    const foreign = await admin.post('/api/users', {
      username: 'susup',
      fullName: 'Susup',
      password: strongPassword,
      role: 'drafter',
      agencyId: kabId,
    });
    expect(foreign.status).toBe(403);
    expect(await server.count(users)).toBe(before);
  });

  it('refuses a duplicate username (409) and a weak password (400 PASSWORD_TOO_WEAK)', async () => {
    const superadmin = await server.as('superadmin');
    const before = await server.count(users);
    const duplicate = await superadmin.post('/api/users', {
      username: 'ADMIN',
      fullName: 'Admin Lagi',
      password: strongPassword,
      role: 'admin',
      agencyId: kabId,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('USERNAME_EXISTS');
    const short = await superadmin.post('/api/users', {
      username: 'pendek',
      fullName: 'Pendek',
      password: '123',
      role: 'employee',
      agencyId: kabId,
    });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('PASSWORD_TOO_WEAK');
    expect(short.body.error.details).toMatchObject({ reason: 'TOO_SHORT', issues: [{ path: 'password' }] });
    const noAgency = await superadmin.post('/api/users', {
      username: 'tanpainstansi',
      fullName: 'Tanpa Instansi',
      password: strongPassword,
      role: 'drafter',
    });
    expect(noAgency.status).toBe(400);
    expect(await server.count(users)).toBe(before);
  });

  it("lists only the admin's own agency; superadmin may filter; agency B cannot list A", async () => {
    const admin2 = await server.as('admin2');
    const own = await admin2.get('/api/users');
    expect(own.body.items.map((u: { username: string }) => u.username)).toEqual(['admin2']);
    expect(own.body.assignableRoles).toEqual(['admin', 'drafter', 'verifier', 'validator', 'employee']);
    const kota = await (await server.as('admin')).get('/api/users');
    const kotaId = kota.body.items[0].agencyId;
    const peek = await admin2.get(`/api/users?agencyId=${kotaId}`);
    expect(peek.status).toBe(404);
    const filtered = await (await server.as('superadmin')).get(`/api/users?agencyId=${kabId}`);
    expect(filtered.body.items.map((u: { username: string }) => u.username)).toEqual(['admin2']);
    expect(filtered.body.assignableRoles).toContain('ratifier');
    const badQuery = await (await server.as('superadmin')).get('/api/users?agencyId=xyz');
    expect(badQuery.status).toBe(400);
    const employee = await (await server.as('pegawai')).get('/api/users');
    expect(employee.status).toBe(403);
  });
});
