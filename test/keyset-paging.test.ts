/**
 * Keyset paging of the long lists (`{ items, nextCursor }`): every row exactly once across pages
 * under equal sort keys and with filters, rows added before the cursor do not shift later pages,
 * a bad or foreign cursor answers 400, the unpaged position list (pickers) keeps working.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { recordAudit } from '../src/db/repositories/audit-repository';
import { pageCivilServants } from '../src/db/repositories/civil-servant-repository';
import { agencies, NATIONAL_AUDIT_AGENCY, users } from '../src/db/schema';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let cityId: string;
let regencyId: string;
let positionIds: string[];
const people = 137;
const names = ['Siti Aminah', 'Budi Santoso', 'Agus Salim', 'Dewi Sartika', 'Rina Wulandari'];

/** Every item of a list, following nextCursor; fails on a page larger than the limit. */
async function walk(client: ApiClient, path: string, limit: number) {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = `${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await client.get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    if (cursor) expect(response.body.items.length).toBe(limit);
    pages++;
    expect(pages).toBeLessThan(1000);
  } while (cursor);
  return { items, pages };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  const { db } = server.database;
  const [city] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'KOTA-CONTOH'));
  const [regency] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.code, 'KAB-CONTOH'));
  cityId = city!.id;
  regencyId = regency!.id;
  // 3 positions with the same name (equal sort keys), 137 people over 5 names, and 20 in another agency.
  positionIds = (
    await queryRows<{ id: string }>(
      db,
      sql`insert into positions (agency_id, name, position_group, job_level)
          select ${cityId}, 'Analis Kepegawaian Paging', 'functional', 'ahli-pertama' from generate_series(1, 3)
          returning id`,
    )
  ).map((r) => r.id);
  await db.execute(sql`
    insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex, position_id, performance)
    select ${cityId}, '1990010120150' || lpad(g::text, 5, '0'),
      (${sql.raw(`array[${names.map((n) => `'${n}'`).join(',')}]`)})[1 + g % 5],
      '1990-01-01', '2015-01-01', 'female',
      (${sql.raw(`array['${positionIds.join("'::uuid,'")}'::uuid]`)})[1 + g % 3],
      (array['below','meets','above'])[1 + (g / 3) % 3]
    from generate_series(1, ${people}) g`);
  await db.execute(sql`
    insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex)
    select ${regencyId}, '1991010120150' || lpad(g::text, 5, '0'), 'Siti Aminah', '1991-01-01', '2015-01-01', 'male'
    from generate_series(1, 20) g`);
}, 60_000);
afterAll(() => server?.close());

describe('civil servants', () => {
  it('pages by name then id: every person of the agency once, in order, none of another agency', async () => {
    const { items, pages } = await walk(admin, `/api/agencies/${cityId}/civil-servants`, 10);
    const expected = await queryRows<{ nip: string; name: string }>(
      server.database.db,
      sql`select nip, name from civil_servants where agency_id = ${cityId} order by name, id`,
    );
    expect(expected.length).toBeGreaterThanOrEqual(people);
    expect(items.map((i) => i.nip)).toEqual(expected.map((e) => e.nip));
    expect(new Set(items.map((i) => i.nip)).size).toBe(items.length);
    expect(pages).toBe(Math.ceil(expected.length / 10));
    expect(items[0]).toMatchObject({ nip: expect.any(String), name: 'Agus Salim', hasLogin: false });
    expect(items[0]).not.toHaveProperty('id');
  });

  it('pages by NIP and with filters (position, performance, name), each row once', async () => {
    const byNip = await walk(admin, `/api/agencies/${cityId}/civil-servants?sort=nip`, 25);
    const nips = byNip.items.map((i) => i.nip as string);
    expect(nips).toEqual([...nips].sort());
    const filtered = await walk(
      admin,
      `/api/agencies/${cityId}/civil-servants?positionId=${positionIds[1]}&performance=above`,
      4,
    );
    const expected = await queryRows<{ nip: string }>(
      server.database.db,
      sql`select nip from civil_servants where position_id = ${positionIds[1]} and performance = 'above'
          order by name, id`,
    );
    expect(expected.length).toBeGreaterThan(4);
    expect(filtered.items.map((i) => i.nip)).toEqual(expected.map((e) => e.nip));
    const named = await walk(
      admin,
      `/api/agencies/${cityId}/civil-servants?q=${encodeURIComponent('dewi sar')}`,
      7,
    );
    expect(named.items.length).toBeGreaterThan(7);
    expect(named.items.every((i) => i.name === 'Dewi Sartika')).toBe(true);
  });

  it('finds a name search page exactly, read along the list or by trigrams, and NIPs by prefix', async () => {
    const { db } = server.database;
    // Every page of a search, walked with the repository (window: rows of the list read first).
    const pagesOf = async (q: string, sort: 'name' | 'nip', limit: number, window: number) => {
      const nips: string[] = [];
      let after: (string | number)[] | undefined;
      for (let pages = 0; pages < 200; pages++) {
        const rows = await pageCivilServants(
          db,
          cityId,
          { q, sort, limit, ...(after ? { after } : {}) },
          window,
        );
        expect(rows.length).toBeLessThanOrEqual(limit + 1);
        nips.push(...rows.slice(0, limit).map((r) => r.nip));
        if (rows.length <= limit) return nips;
        const last = rows[limit - 1]!;
        after = sort === 'nip' ? [last.nip] : [last.name, last.id];
      }
      throw new Error('too many pages');
    };
    // What the search must answer: the plain statement over the whole list.
    const expected = async (condition: ReturnType<typeof sql>, sort: 'name' | 'nip') =>
      (
        await queryRows<{ nip: string }>(
          db,
          sql`select nip from civil_servants where agency_id = ${cityId} and ${condition}
              order by ${sort === 'nip' ? sql`nip` : sql`name, id`}`,
        )
      ).map((r) => r.nip);
    for (const sort of ['name', 'nip'] as const) {
      for (const [q, condition] of [
        ['siti', sql`name ilike '%siti%'`],
        ['wulan', sql`name ilike '%wulan%'`],
        ['a', sql`name ilike '%a%'`],
        ['nobody here', sql`false`],
      ] as const) {
        const want = await expected(condition, sort);
        // A window of 5 rows mostly misses (the trigram path); one of 2,000 holds the whole list.
        for (const window of [5, 2_000]) {
          expect(await pagesOf(q, sort, 6, window), `${q} by ${sort}, window ${window}`).toEqual(want);
        }
      }
    }
    expect((await expected(sql`name ilike '%siti%'`, 'name')).length).toBeGreaterThan(12);
    // `%` and `_` are literal; digits search NIPs by prefix (spaces ignored), not names.
    expect(await pagesOf('100%', 'name', 6, 5)).toEqual([]);
    expect(await pagesOf('s_ti', 'name', 6, 5)).toEqual([]);
    const byNip = await pagesOf('1990 0101 2015 0001 3', 'nip', 6, 5);
    expect(byNip).toEqual(await expected(sql`nip like '19900101201500013%'`, 'nip'));
    expect(byNip.length).toBe(8);
  });

  it('does not shift the next page when people are added before the cursor', async () => {
    const first = await admin.get(`/api/agencies/${cityId}/civil-servants?limit=30`);
    const rest = await walk(admin, `/api/agencies/${cityId}/civil-servants`, 200);
    const afterFirst = rest.items.slice(30).map((i) => i.nip);
    await server.database.db.execute(sql`
      insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex)
      values (${cityId}, '198001012000011001', 'Abdul Ahmad', '1980-01-01', '2000-01-01', 'male')`);
    const next = await walk(
      admin,
      `/api/agencies/${cityId}/civil-servants?cursor=${encodeURIComponent(first.body.nextCursor)}`,
      200,
    );
    expect(next.items.map((i) => i.nip)).toEqual(afterFirst);
  });

  it('answers 400 INVALID_CURSOR to a tampered cursor or one of another sort', async () => {
    const byName = await admin.get(`/api/agencies/${cityId}/civil-servants?limit=5`);
    const foreign = await admin.get(
      `/api/agencies/${cityId}/civil-servants?sort=nip&cursor=${encodeURIComponent(byName.body.nextCursor)}`,
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('INVALID_CURSOR');
    for (const bad of [
      'bm90LWpzb24',
      Buffer.from('{"s":"civil-servants:name","k":[1]}').toString('base64url'),
    ]) {
      const response = await admin.get(`/api/agencies/${cityId}/civil-servants?cursor=${bad}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('INVALID_CURSOR');
      expect(response.body.error.message).toMatch(/halaman/);
    }
    const tooLarge = await admin.get(`/api/agencies/${cityId}/civil-servants?limit=201`);
    expect(tooLarge.status).toBe(400);
  });

  it('no longer pages by offset (the query parameter is refused)', async () => {
    const response = await admin.get(`/api/agencies/${cityId}/civil-servants?limit=10&offset=130`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('positions', () => {
  it('lists all without paging parameters, pages with limit or cursor', async () => {
    const all = await admin.get(`/api/agencies/${cityId}/positions`);
    expect(all.status).toBe(200);
    expect(all.body.nextCursor).toBeNull();
    const paged = await walk(admin, `/api/agencies/${cityId}/positions`, 7);
    expect(paged.items.map((p) => p.id)).toEqual(all.body.items.map((p: { id: string }) => p.id));
    expect(new Set(paged.items.map((p) => p.id)).size).toBe(paged.items.length);
    expect(paged.items.filter((p) => p.name === 'Analis Kepegawaian Paging')).toHaveLength(3);
    const found = await walk(admin, `/api/agencies/${cityId}/positions?q=paging`, 2);
    expect(found.items.map((p) => p.id).sort()).toEqual([...positionIds].sort());
  });
});

describe('assessments', () => {
  it('pages the sessions newest first, equal dates by id, each once', async () => {
    const { db } = server.database;
    const [creator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    await db.execute(sql`
      insert into assessments (agency_id, civil_servant_id, assessed_on, assessor, institution, created_by)
      select ${cityId}, cs.id, (array['2026-01-15','2026-03-01'])[1 + (row_number() over ())::int % 2],
        'Tim Asesor', 'UPT', ${creator!.id}
      from civil_servants cs where cs.agency_id = ${cityId}`);
    const { items } = await walk(admin, `/api/agencies/${cityId}/assessments`, 9);
    const expected = await queryRows<{ id: string }>(
      db,
      sql`select id from assessments where agency_id = ${cityId} order by assessed_on desc, id desc`,
    );
    expect(items.map((i) => i.id)).toEqual(expected.map((e) => e.id));
    expect(items[0]).toMatchObject({ assessedOn: '2026-03-01', civilServant: { nip: expect.any(String) } });
    const one = items[5]!.civilServant as { nip: string };
    const mine = await admin.get(`/api/agencies/${cityId}/assessments?nip=${one.nip}`);
    expect(
      mine.body.items.every((i: { civilServant: { nip: string } }) => i.civilServant.nip === one.nip),
    ).toBe(true);
    expect((await (await server.as('admin2')).get(`/api/agencies/${cityId}/assessments`)).status).toBe(404);
  });
});

describe('audit log', () => {
  it("pages the agency's entries newest first for its admin; the superadmin reads all or one agency", async () => {
    const { db } = server.database;
    for (let i = 0; i < 23; i++) {
      await recordAudit(db, {
        userId: null,
        agencyId: i % 2 ? cityId : regencyId,
        entity: 'paging-test',
        entityId: String(i),
        action: 'touch',
      });
    }
    const own = await walk(admin, '/api/audit-log?entity=paging-test', 5);
    expect(own.items.map((e) => e.entityId)).toEqual([
      '21',
      '19',
      '17',
      '15',
      '13',
      '11',
      '9',
      '7',
      '5',
      '3',
      '1',
    ]);
    expect(own.items.every((e) => e.agencyId === cityId)).toBe(true);
    expect(own.items[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const superadmin = await server.as('superadmin');
    const everything = await walk(superadmin, '/api/audit-log?entity=paging-test', 4);
    expect(everything.items).toHaveLength(23);
    const ids = everything.items.map((e) => e.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const regency = await walk(superadmin, `/api/audit-log?entity=paging-test&agencyId=${regencyId}`, 50);
    expect(regency.items).toHaveLength(12);
  });

  it('shows national actions (no agency) to the superadmin as before, under their own distribution value', async () => {
    const { db } = server.database;
    const superadmin = await server.as('superadmin');
    // A national action through the API: a failed login of an unknown username has no agency.
    const username = `national-${Date.now()}`;
    expect(
      (await server.client().post('/api/auth/login', { username, password: 'salah-sekali' })).status,
    ).toBe(401);
    for (const [i, agencyId] of [null, cityId, null, cityId, null].entries()) {
      await recordAudit(db, {
        userId: null,
        agencyId,
        entity: 'national-test',
        entityId: String(i),
        action: 'touch',
      });
    }
    const everything = await walk(superadmin, '/api/audit-log?entity=national-test', 2);
    expect(everything.items.map((e) => [e.entityId, e.agencyId])).toEqual([
      ['4', null],
      ['3', cityId],
      ['2', null],
      ['1', cityId],
      ['0', null],
    ]);
    const failed = await walk(superadmin, '/api/audit-log?entity=session&action=login-failed', 50);
    expect(failed.items.find((e) => (e.diff as { username?: string })?.username === username)).toMatchObject({
      agencyId: null,
    });
    // The agency's admin reads the agency's entries only, as before.
    const own = await walk(admin, '/api/audit-log?entity=national-test', 50);
    expect(own.items.map((e) => [e.entityId, e.agencyId])).toEqual([
      ['3', cityId],
      ['1', cityId],
    ]);
    // Stored under the national value (a distributed table holds no NULL distribution value)…
    const stored = await queryRows<{ agency_id: string | null; n: number }>(
      db,
      sql`select agency_id, count(*)::int as n from audit_log where entity = 'national-test' group by 1 order by 2`,
    );
    expect(stored).toEqual([
      { agency_id: cityId, n: 2 },
      { agency_id: NATIONAL_AUDIT_AGENCY, n: 3 },
    ]);
    // …which is no agency: not listed, not readable as an agency's log, not insertable as one.
    const listed = await superadmin.get('/api/agencies');
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(NATIONAL_AUDIT_AGENCY);
    const asAgency = await superadmin.get(`/api/audit-log?agencyId=${NATIONAL_AUDIT_AGENCY}`);
    expect(asAgency.status).toBe(404);
    expect(asAgency.body.error.code).toBe('AGENCY_NOT_FOUND');
    await expect(
      db
        .insert(agencies)
        .values({ id: NATIONAL_AUDIT_AGENCY, code: 'NASIONAL', name: 'Nasional', kind: 'ministry' }),
    ).rejects.toThrow();
  });

  it('refuses other roles (403) and another agency (404)', async () => {
    for (const username of ['drafter', 'verifier', 'ratifier', 'pegawai']) {
      const response = await (await server.as(username)).get('/api/audit-log');
      expect(response.status, username).toBe(403);
    }
    const other = await admin.get(`/api/audit-log?agencyId=${regencyId}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('AGENCY_NOT_FOUND');
  });
});
