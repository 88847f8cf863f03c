/**
 * Positions at real size: the list searched, filtered and paged by a keyset cursor; a position
 * edited, moved to another unit and retired (admin only, audited, refused while in use).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let drafter: ApiClient;
let admin2: ApiClient;
let agencyId: string;
let unitA: string;
let unitB: string;
let subUnitA: string;
const created: { id: string; name: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  drafter = await server.as('drafter');
  admin2 = await server.as('admin2');
  agencyId = (await admin.get('/api/auth/me')).body.user.agency.id;
  const unit = async (name: string, parentId?: string) =>
    (await admin.post(`/api/agencies/${agencyId}/org-units`, { name, ...(parentId ? { parentId } : {}) }))
      .body.orgUnit.id as string;
  unitA = await unit('Dinas Uji Halaman');
  subUnitA = await unit('Bidang Uji Halaman', unitA);
  unitB = await unit('Dinas Uji Pindah');
  for (let i = 0; i < 25; i++) {
    const name = `Penata Uji Halaman ${String(i).padStart(2, '0')}`;
    const response = await drafter.post('/api/positions', {
      name,
      positionGroup: i % 2 === 0 ? 'functional' : 'administrative',
      jobLevel: i % 2 === 0 ? 'ahli-pertama' : 'pelaksana',
      orgUnitId: i < 20 ? unitA : subUnitA,
    });
    expect(response.status).toBe(201);
    created.push({ id: response.body.position.id, name });
  }
}, 120_000);
afterAll(() => server?.close());

const list = async (client: ApiClient, query: string) => {
  const response = await client.get(`/api/agencies/${agencyId}/positions?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
};

describe('the positions list', () => {
  it('pages by name with a cursor, every position once, with the total', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body = await list(
        admin,
        `q=${encodeURIComponent('uji halaman')}&limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(body.total).toBe(25);
      seen.push(...body.items.map((p: { name: string }) => p.name));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(created.map((p) => p.name).sort());
  });

  it('filters by unit (with its sub-units), group, level and standing', async () => {
    expect((await list(admin, `orgUnitId=${unitA}&limit=50`)).total).toBe(25);
    expect((await list(admin, `orgUnitId=${subUnitA}&limit=50`)).total).toBe(5);
    const functional = await list(admin, `orgUnitId=${unitA}&positionGroup=functional&limit=50`);
    expect(functional.total).toBe(13);
    expect(functional.items.every((p: { jobLevel: string }) => p.jobLevel === 'ahli-pertama')).toBe(true);
    expect((await list(admin, `orgUnitId=${unitA}&jobLevel=pelaksana&limit=50`)).total).toBe(12);
    expect((await list(admin, `orgUnitId=${unitA}&state=none&limit=50`)).total).toBe(25);
    expect((await list(admin, `orgUnitId=${unitA}&state=ratified&limit=50`)).total).toBe(0);
    expect((await list(admin, 'q=%25&limit=50')).total).toBe(0);
    // A text search also finds positions by their unit's name, in the list and in its count.
    const byUnit = await list(admin, `q=${encodeURIComponent('bidang uji')}&limit=50`);
    expect(byUnit.total).toBe(5);
    expect(byUnit.items).toHaveLength(5);
  });

  it('sends permissions with each row and refuses a forged cursor', async () => {
    const body = await list(drafter, `orgUnitId=${unitA}&limit=1`);
    expect(body.items[0].permissions).toEqual({ read: true, update: true, evaluate: true, retire: false });
    const forged = await admin.get(`/api/agencies/${agencyId}/positions?limit=5&cursor=bm90LWEtY3Vyc29y`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('INVALID_CURSOR');
  });
});

describe('editing, moving and retiring a position', () => {
  it('edits the details and moves the position to another unit, audited', async () => {
    const target = created[0]!;
    const response = await drafter.request('PATCH', `/api/positions/${target.id}`, {
      json: {
        name: 'Penata Uji Pindah',
        positionGroup: 'functional',
        jobLevel: 'ahli-muda',
        orgUnitId: unitB,
        rankMin: 'III/c',
      },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.position).toMatchObject({
      name: 'Penata Uji Pindah',
      jobLevel: 'ahli-muda',
      orgUnitId: unitB,
      orgUnitName: 'Dinas Uji Pindah',
      rankMin: 'III/c',
    });
    const audit = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, 'update')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.diff).toMatchObject({ before: { orgUnitId: unitA }, after: { orgUnitId: unitB } });
  });

  it('refuses a level of another group, and another agency never sees the position', async () => {
    const target = created[1]!;
    const wrong = await drafter.request('PATCH', `/api/positions/${target.id}`, {
      json: { jobLevel: 'ahli-muda' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe('Jenjang jabatan tidak sesuai dengan kelompok jabatan.');
    const foreign = await admin2.request('PATCH', `/api/positions/${target.id}`, {
      json: { name: 'Jabatan Asing' },
    });
    expect(foreign.status).toBe(404);
  });

  it('changes only the fields sent (merge), empties a field sent as null, and replaces the tasks', async () => {
    const target = created[3]!;
    const affair = (await admin.get('/api/reference/government-affairs')).body.items[0].name as string;
    const read = async () => (await drafter.get(`/api/positions/${target.id}`)).body.position;
    const first = await drafter.request('PATCH', `/api/positions/${target.id}`, {
      json: { governmentAffair: affair, summary: 'Menata arsip.', tasks: ['Menerima surat', 'Mengarsipkan'] },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const before = await read();
    expect(before).toMatchObject({ governmentAffair: affair, tasks: ['Menerima surat', 'Mengarsipkan'] });

    const renamed = await drafter.request('PATCH', `/api/positions/${target.id}`, {
      json: { name: 'Penata Uji Gabung' },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    // Every field left out keeps its value.
    expect(await read()).toEqual({ ...before, name: 'Penata Uji Gabung' });

    const emptied = await drafter.request('PATCH', `/api/positions/${target.id}`, {
      json: { summary: null, tasks: ['Mengarsipkan'] },
    });
    expect(emptied.status).toBe(200);
    expect(await read()).toEqual({
      ...before,
      name: 'Penata Uji Gabung',
      summary: null,
      tasks: ['Mengarsipkan'],
    });
  });

  it('answers a bad edit with an Indonesian message and a stable code, changing nothing', async () => {
    const target = created[4]!;
    const before = (await drafter.get(`/api/positions/${target.id}`)).body.position;
    const audits = await server.count(auditLog);
    const cases: [unknown, number, string, RegExp][] = [
      [{ name: 'X' }, 400, 'VALIDATION_FAILED', /Data permintaan tidak valid/],
      [{ headcount: -1 }, 400, 'VALIDATION_FAILED', /Data permintaan tidak valid/],
      [{ positionGroup: 'unknown' }, 400, 'VALIDATION_FAILED', /Data permintaan tidak valid/],
      [{ unknownField: 1 }, 400, 'VALIDATION_FAILED', /Data permintaan tidak valid/],
      [{}, 400, 'VALIDATION_FAILED', /Tidak ada perubahan yang dikirim/],
      [{ name: 'Nama Baru', rankMin: 'IX/z' }, 400, 'VALIDATION_FAILED', /Golongan ruang tidak dikenal/],
    ];
    for (const [body, status, code, message] of cases) {
      const response = await drafter.request('PATCH', `/api/positions/${target.id}`, { json: body });
      expect([JSON.stringify(body), response.status, response.body.error?.code]).toEqual([
        JSON.stringify(body),
        status,
        code,
      ]);
      // The summary and each field's reason (`details.issues`, shown beside the field) are Indonesian.
      const issues = (response.body.error.details?.issues ?? []) as { message: string }[];
      const said = [response.body.error.message, ...issues.map((issue) => issue.message)].join(' | ');
      expect(said).toMatch(message);
      expect(said).not.toMatch(/Invalid|Expected|required|Unrecognized|headcount|positionGroup/);
    }
    expect(await server.count(auditLog)).toBe(audits);
    expect((await drafter.get(`/api/positions/${target.id}`)).body.position).toEqual(before);
  });

  it('lets only the admin retire, with a reason; a retired position leaves the list and cannot change', async () => {
    const target = created[2]!;
    const byDrafter = await drafter.post(`/api/positions/${target.id}/retire`, { reason: 'Digabung.' });
    expect(byDrafter.status).toBe(403);
    const noReason = await admin.post(`/api/positions/${target.id}/retire`, {});
    expect(noReason.status).toBe(400);
    const retired = await admin.post(`/api/positions/${target.id}/retire`, {
      reason: 'Digabung dengan jabatan lain.',
    });
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.body.position.retiredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const active = await list(admin, `orgUnitId=${unitA}&limit=50`);
    expect(active.items.some((p: { id: string }) => p.id === target.id)).toBe(false);
    const retiredList = await list(admin, `orgUnitId=${unitA}&state=retired&limit=50`);
    expect(retiredList.items.map((p: { id: string }) => p.id)).toEqual([target.id]);
    const again = await admin.post(`/api/positions/${target.id}/retire`, { reason: 'Lagi.' });
    expect(again.body.error.code).toBe('POSITION_RETIRED');
    const edit = await drafter.request('PATCH', `/api/positions/${target.id}`, {
      json: { name: 'Hidup Lagi' },
    });
    expect(edit.status).toBe(422);
    expect(edit.body.error.code).toBe('POSITION_RETIRED');
    const audit = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, 'retire')));
    expect(audit[0]!.diff).toMatchObject({ reason: 'Digabung dengan jabatan lain.' });
  });

  it('refuses to retire a position a civil servant holds', async () => {
    const employee = await server.as('pegawai');
    const mine = await employee.get('/api/me/civil-servant');
    expect(mine.status).toBe(200);
    const positionId = mine.body.civilServant.positionId;
    expect(positionId).toBeTruthy();
    const response = await admin.post(`/api/positions/${positionId}/retire`, { reason: 'Dihapus.' });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'POSITION_IN_USE', details: { civilServants: 1 } });
  });
});
