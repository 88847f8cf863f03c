/**
 * An agency's identity for documents and its users' NIP and title: who may read and change them,
 * the checks (NIP, logo type and size, SVG that could run something), the audit, and nothing
 * half-written on a refusal.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, users } from '../src/db/schema';
import { solidPng } from './support/png';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let drafter: ApiClient;
let otherAdmin: ApiClient;
let superadmin: ApiClient;
let kotaId: string;

const identity = {
  officialName: 'Pemerintah Kota Contoh',
  letterheadUnit: 'Badan Kepegawaian Daerah',
  address: 'Jalan Pahlawan Nomor 5\nKota Contoh 12345',
  phone: '(021) 555-0199',
  website: 'bkd.kotacontoh.go.id',
  email: null,
  place: 'Kota Contoh',
  province: 'Jawa Contoh',
  head: { title: 'Wali Kota Contoh', name: 'Drs. Ahmad Fauzi', nip: null },
  staffingOfficial: { title: 'Kepala BKD', name: 'Siti Aminah', nip: '19750101 200003 2 001' },
};

const svg = (body: string) =>
  new Blob([
    `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">${body}</svg>`,
  ]);

async function agencyRow() {
  const [row] = await server.database.db.select().from(agencies).where(eq(agencies.id, kotaId));
  return row!;
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, drafter, otherAdmin, superadmin] = await Promise.all([
    server.as('admin'),
    server.as('drafter'),
    server.as('admin2'),
    server.as('superadmin'),
  ]);
  kotaId = (await admin.get('/api/auth/me')).body.user.agency.id;
});
afterAll(() => server?.close());

describe('agency identity', () => {
  it('is read by the agency (employees included) and national roles, not by another agency', async () => {
    const read = await drafter.get(`/api/agencies/${kotaId}/identity`);
    expect(read.status).toBe(200);
    expect(read.body.identity.officialName).toBe('Pemerintah Kota Contoh');
    expect(read.body.identity.permissions.updateIdentity).toBe(false);
    expect(
      (await admin.get(`/api/agencies/${kotaId}/identity`)).body.identity.permissions.updateIdentity,
    ).toBe(true);
    expect((await otherAdmin.get(`/api/agencies/${kotaId}/identity`)).status).toBe(404);
  });

  it('is changed by the agency admin, NIP normalised, audited', async () => {
    const saved = await admin.request('PUT', `/api/agencies/${kotaId}/identity`, { json: identity });
    expect(saved.status).toBe(200);
    expect(saved.body.identity.staffingOfficial).toEqual({
      title: 'Kepala BKD',
      name: 'Siti Aminah',
      nip: '197501012000032001',
    });
    expect(saved.body.identity.email).toBeNull();
    const [audit] = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'agencyIdentity'), eq(auditLog.entityId, kotaId)));
    expect((audit!.diff as { after: { staffingNip: string } }).after.staffingNip).toBe('197501012000032001');
  });

  it('refuses a drafter (403) and a bad NIP (400 NIP_INVALID naming the field), writing nothing', async () => {
    const before = await agencyRow();
    expect(
      (await drafter.request('PUT', `/api/agencies/${kotaId}/identity`, { json: identity })).status,
    ).toBe(403);
    const bad = await admin.request('PUT', `/api/agencies/${kotaId}/identity`, {
      json: { ...identity, head: { ...identity.head, nip: '1975' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('NIP_INVALID');
    expect(bad.body.error.message).toContain('NIP kepala instansi');
    expect(bad.body.error.details.issues[0].path).toBe('head.nip');
    expect(await agencyRow()).toEqual(before);
  });

  it('lets the superadmin change any agency', async () => {
    const saved = await superadmin.request('PUT', `/api/agencies/${kotaId}/identity`, {
      json: { ...identity, phone: '(021) 555-0200' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.identity.phone).toBe('(021) 555-0200');
  });
});

describe('agency logo', () => {
  it('takes a PNG, reports its size, serves it back with a sandboxing CSP', async () => {
    const png = solidPng(120, 80);
    const uploaded = await admin.upload(
      `/api/agencies/${kotaId}/logo`,
      { file: new Blob([new Uint8Array(png)]) },
      'logo.png',
    );
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.identity.logo).toEqual({
      contentType: 'image/png',
      width: 120,
      height: 80,
      bytes: png.length,
    });
    const served = await drafter.download(`/api/agencies/${kotaId}/logo`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(served.bytes).equals(png)).toBe(true);
  });

  it('takes a plain SVG and refuses one that could run or load something', async () => {
    const plain = await admin.upload(
      `/api/agencies/${kotaId}/logo`,
      { file: svg('<circle cx="50" cy="50" r="40"/>') },
      'logo.svg',
    );
    expect(plain.status).toBe(200);
    expect(plain.body.identity.logo.contentType).toBe('image/svg+xml');
    const before = await agencyRow();
    for (const body of [
      '<script>alert(1)</script>',
      '<circle cx="5" cy="5" r="4" onload="alert(1)"/>',
      '<image href="https://contoh.invalid/a.png" width="10" height="10"/>',
      '<a xlink:href="javascript:alert(1)"><circle r="3"/></a>',
      '<foreignObject width="10" height="10"><div>x</div></foreignObject>',
    ]) {
      const refused = await admin.upload(`/api/agencies/${kotaId}/logo`, { file: svg(body) }, 'logo.svg');
      expect(refused.status, body).toBe(400);
      expect(refused.body.error.code).toBe('LOGO_INVALID');
    }
    expect(await agencyRow()).toEqual(before);
  });

  it('refuses other files, tiny images and files over 512 KiB', async () => {
    const text = await admin.upload(
      `/api/agencies/${kotaId}/logo`,
      { file: new Blob(['bukan gambar']) },
      'logo.txt',
    );
    expect(text.body.error.code).toBe('LOGO_INVALID');
    const tiny = await admin.upload(
      `/api/agencies/${kotaId}/logo`,
      { file: new Blob([new Uint8Array(solidPng(8, 8))]) },
      'k.png',
    );
    expect(tiny.body.error.code).toBe('LOGO_INVALID');
    expect(tiny.body.error.message).toContain('8 × 8');
    const big = new Uint8Array(600 * 1024);
    big.set(solidPng(64, 64));
    const large = await admin.upload(`/api/agencies/${kotaId}/logo`, { file: new Blob([big]) }, 'besar.png');
    expect(large.status).toBe(413);
    expect(large.body.error.code).toBe('LOGO_TOO_LARGE');
    expect(
      (
        await drafter.upload(
          `/api/agencies/${kotaId}/logo`,
          { file: svg('<rect width="9" height="9"/>') },
          'l.svg',
        )
      ).status,
    ).toBe(403);
  });

  it('is removed with the identity form', async () => {
    const removed = await admin.request('PUT', `/api/agencies/${kotaId}/identity`, {
      json: { ...identity, removeLogo: true },
    });
    expect(removed.body.identity.logo).toBeNull();
    expect((await drafter.download(`/api/agencies/${kotaId}/logo`)).status).toBe(404);
  });
});

describe('NIP and official title of users', () => {
  it('are set by the person themselves and by their admin, shown in the user list, audited', async () => {
    const me = (await drafter.get('/api/auth/me')).body.user.id as string;
    const own = await drafter.request('PUT', `/api/users/${me}/profile`, {
      json: { nip: '198805212011011004', positionTitle: 'Analis SDM Aparatur Ahli Muda' },
    });
    expect(own.status).toBe(200);
    expect(own.body.user).toMatchObject({
      nip: '198805212011011004',
      positionTitle: 'Analis SDM Aparatur Ahli Muda',
    });
    const list = await admin.get(`/api/users?agencyId=${kotaId}`);
    expect(list.body.items.find((u: { id: string }) => u.id === me).positionTitle).toBe(
      'Analis SDM Aparatur Ahli Muda',
    );
    const byAdmin = await admin.request('PUT', `/api/users/${me}/profile`, {
      json: { nip: null, positionTitle: 'Analis SDM Aparatur Ahli Madya' },
    });
    expect(byAdmin.body.user.nip).toBeNull();
    const audits = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, me), eq(auditLog.action, 'updateProfile')));
    expect(audits).toHaveLength(2);
  });

  it('are refused for someone else of the same rank and for a bad NIP', async () => {
    const admin2Id = (await otherAdmin.get('/api/auth/me')).body.user.id as string;
    expect(
      (
        await drafter.request('PUT', `/api/users/${admin2Id}/profile`, {
          json: { nip: null, positionTitle: 'X' },
        })
      ).status,
    ).toBe(404);
    const me = (await drafter.get('/api/auth/me')).body.user.id as string;
    const bad = await drafter.request('PUT', `/api/users/${me}/profile`, {
      json: { nip: '12345', positionTitle: null },
    });
    expect(bad.body.error.code).toBe('NIP_INVALID');
    const [row] = await server.database.db
      .select({ title: users.positionTitle })
      .from(users)
      .where(eq(users.id, me));
    expect(row!.title).toBe('Analis SDM Aparatur Ahli Madya');
  });
});
