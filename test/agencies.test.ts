import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, orgUnits } from '../src/db/schema';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let kotaId: string;
let kabId: string;
beforeAll(async () => {
  server = await startTestServer();
  const rows = await server.database.db.select().from(agencies);
  kotaId = rows.find((a) => a.code === 'KOTA-CONTOH')!.id;
  kabId = rows.find((a) => a.code === 'KAB-CONTOH')!.id;
});
afterAll(() => server?.close());

describe('GET /api/agencies', () => {
  it('shows every agency to national roles and only their own to others', async () => {
    const national = await (await server.as('ratifier')).get('/api/agencies');
    expect(national.body.items.map((a: { code: string }) => a.code)).toEqual(['KAB-CONTOH', 'KOTA-CONTOH']);
    const admin2 = await (await server.as('admin2')).get('/api/agencies');
    expect(admin2.body.items.map((a: { code: string }) => a.code)).toEqual(['KAB-CONTOH']);
  });

  it('requires a session', async () => {
    const response = await server.client().get('/api/agencies');
    expect(response.status).toBe(401);
  });

  it('answers 404 for an unknown or malformed agency id', async () => {
    const client = await server.as('superadmin');
    const unknown = await client.get('/api/agencies/7b0c1a52-8f43-4c37-9a51-2a1f1c0e9d11');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('AGENCY_NOT_FOUND');
    const malformed = await client.get('/api/agencies/not-a-uuid/org-units');
    expect(malformed.status).toBe(404);
  });
});

describe('POST /api/agencies', () => {
  it('lets the superadmin create an agency, audited', async () => {
    const client = await server.as('superadmin');
    const response = await client.post('/api/agencies', {
      code: 'PROV-CONTOH',
      name: 'Pemerintah Provinsi Contoh',
      kind: 'province',
    });
    expect(response.status).toBe(201);
    expect(response.body.agency).toMatchObject({ code: 'PROV-CONTOH', kind: 'province' });
    const [audit] = await server.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, response.body.agency.id));
    expect(audit).toMatchObject({ entity: 'agency', action: 'create' });
    expect(audit!.userId).toEqual(expect.any(String));
    expect(audit!.diff).toMatchObject({ after: { code: 'PROV-CONTOH' } });
  });

  it('refuses a duplicate code with 409 and writes nothing', async () => {
    const client = await server.as('superadmin');
    const before = await server.count(agencies);
    const response = await client.post('/api/agencies', { code: 'KOTA-CONTOH', name: 'Lagi', kind: 'city' });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('AGENCY_CODE_EXISTS');
    expect(await server.count(agencies)).toBe(before);
  });

  it('forbids an agency admin (403), writes nothing', async () => {
    const admin = await server.as('admin');
    const before = await server.count(agencies);
    const auditsBefore = await server.count(auditLog);
    const response = await admin.post('/api/agencies', {
      code: 'NOPE',
      name: 'Tidak Boleh',
      kind: 'city',
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
    expect(response.body.error.message).toMatch(/superadmin/);
    expect(await server.count(agencies)).toBe(before);
    expect(await server.count(auditLog)).toBe(auditsBefore);
  });

  it('rejects malformed JSON, wrong types, unknown fields and over-long strings with 400', async () => {
    const client = await server.as('superadmin');
    const before = await server.count(agencies);
    const malformed = await client.request('POST', '/api/agencies', { rawBody: '{"code":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('INVALID_JSON');

    const wrongTypes = await client.post('/api/agencies', { code: 12, name: ['x'], kind: 'village' });
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.body.error.code).toBe('VALIDATION_FAILED');
    const paths = new Set(wrongTypes.body.error.details.issues.map((i: { path: string }) => i.path));
    expect([...paths].sort()).toEqual(['code', 'kind', 'name']);

    const unknownField = await client.post('/api/agencies', {
      code: 'ABC',
      name: 'Instansi',
      kind: 'city',
      x: 1,
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.details.issues[0].message).toMatch(/tidak dikenali/);

    const tooLong = await client.post('/api/agencies', { code: 'ABC', name: 'x'.repeat(201), kind: 'city' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.issues[0].path).toBe('name');

    const notJson = await client.request('POST', '/api/agencies', {
      rawBody: 'code=ABC',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.status).toBe(400);
    expect(await server.count(agencies)).toBe(before);
  });
});

describe('org units', () => {
  it('lists an agency tree to its members', async () => {
    const response = await (await server.as('drafter')).get(`/api/agencies/${kotaId}/org-units`);
    expect(response.status).toBe(200);
    const names = response.body.items.map((u: { name: string }) => u.name);
    expect(names).toContain('Bidang Pengembangan Kompetensi');
    const child = response.body.items.find((u: { code: string }) => u.code === 'BKPSDM-BANGKOM');
    const parent = response.body.items.find((u: { code: string }) => u.code === 'BKPSDM');
    expect(child.parentId).toBe(parent.id);
  });

  it("hides agency A's org units from agency B's user with 404 (no existence leak)", async () => {
    const admin2 = await server.as('admin2');
    const read = await admin2.get(`/api/agencies/${kotaId}/org-units`);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('AGENCY_NOT_FOUND');
    const before = await server.count(orgUnits);
    const write = await admin2.post(`/api/agencies/${kotaId}/org-units`, { name: 'Unit Susupan' });
    expect(write.status).toBe(404);
    expect(await server.count(orgUnits)).toBe(before);
  });

  it('lets the admin add a child unit, audited', async () => {
    const admin = await server.as('admin');
    const list = await admin.get(`/api/agencies/${kotaId}/org-units`);
    const parent = list.body.items.find((u: { code: string }) => u.code === 'DISDIK');
    const response = await admin.post(`/api/agencies/${kotaId}/org-units`, {
      name: 'Bidang Pembinaan SMP',
      code: 'DISDIK-SMP',
      parentId: parent.id,
    });
    expect(response.status).toBe(201);
    expect(response.body.orgUnit).toMatchObject({
      parentId: parent.id,
      agencyId: kotaId,
      code: 'DISDIK-SMP',
    });
    const audits = await server.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, response.body.orgUnit.id));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.agencyId).toBe(kotaId);
  });

  it("refuses a parent from another agency and a drafter's write; nothing written", async () => {
    const kabUnits = await (await server.as('admin2')).get(`/api/agencies/${kabId}/org-units`);
    const foreignParent = kabUnits.body.items[0].id;
    const before = await server.count(orgUnits);
    const admin = await server.as('admin');
    const foreign = await admin.post(`/api/agencies/${kotaId}/org-units`, {
      name: 'Unit Salah',
      parentId: foreignParent,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.issues[0].path).toBe('parentId');
    const drafter = await (await server.as('drafter')).post(`/api/agencies/${kotaId}/org-units`, {
      name: 'Unit Baru',
    });
    expect(drafter.status).toBe(403);
    const duplicate = await admin.post(`/api/agencies/${kotaId}/org-units`, { name: 'Dobel', code: 'SETDA' });
    expect(duplicate.status).toBe(409);
    expect(await server.count(orgUnits)).toBe(before);
  });
});
