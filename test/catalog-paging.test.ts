/**
 * The national catalog a page at a time (`GET /api/catalog`): browsing by name and searching by
 * word similarity each give every entry once across pages, keep their filters, end with a null
 * cursor, count a total (capped), refuse a bad or foreign cursor, and never show a draft or a
 * superseded ratified version.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { agencies } from '../src/db/schema';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let reader: ApiClient;
/** Entries this file added: 1,040 newest ratified versions over two agencies. */
const perAgency = 520;
const names = ['Penata Katalog Paging', 'Analis Katalog Paging', 'Pengelola Arsip Katalog Paging'];
const levels = ['administrator', 'pengawas'];

interface Item {
  id: string;
  positionName: string;
  jobLevel: string;
  version: number;
  score: number;
  agency: { code: string };
}

/** Every item of a catalog query, following nextCursor; checks each page's size and total. */
async function walk(client: ApiClient, query: string, limit: number) {
  const items: Item[] = [];
  const totals: { total: number; totalCapped: boolean }[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/catalog?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await client.get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...response.body.items);
    totals.push({ total: response.body.total, totalCapped: response.body.totalCapped });
    cursor = response.body.nextCursor;
    if (cursor) expect(response.body.items.length).toBe(limit);
    expect(totals.length).toBeLessThan(200);
  } while (cursor);
  return { items, totals };
}

/** The newest ratified version of every lineage, by name then id, as the database says. */
async function expectedCatalog(where = sql`true`) {
  return queryRows<{ id: string; position_name: string; job_level: string }>(
    server.database.db,
    sql`select s.id, s.position_name, s.job_level from job_standards s
        where s.status = 'ratified' and ${where}
          and not exists (select 1 from job_standards n where n.lineage_id = s.lineage_id
                          and n.status = 'ratified' and n.version > s.version)
        order by s.position_name, s.id`,
  );
}

beforeAll(async () => {
  server = await startTestServer();
  reader = await server.as('admin');
  const { db } = server.database;
  const agencyIds: string[] = [];
  for (const code of ['KOTA-CONTOH', 'KAB-CONTOH']) {
    const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code));
    agencyIds.push(row!.id);
  }
  const nameArray = sql.raw(`array[${names.map((n) => `'${n}'`).join(',')}]`);
  const levelArray = sql.raw(`array[${levels.map((l) => `'${l}'`).join(',')}]`);
  for (const [a, agencyId] of agencyIds.entries()) {
    // Equal names across agencies and within one (equal sort keys are told apart by id).
    await db.execute(sql`
      with p as (
        insert into positions (agency_id, name, position_group, job_level)
        select ${agencyId}, (${nameArray})[1 + g % 3] || ' ' || (g % 30), 'administrative', (${levelArray})[1 + g % 2]
        from generate_series(0, ${perAgency - 1}) g
        returning id, agency_id, name, job_level
      )
      insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
        content, policy_name, position_code, ratified_at)
      select gen_random_uuid(), 1, p.agency_id, p.id, 'ratified', p.name, p.job_level, '{}'::jsonb, 'Pola RCL',
        'PAGING-' || ${a} || '-' || row_number() over (), now()
      from p`);
  }
  // Ten lineages get a ratified version 2 (version 1 leaves the catalog) and ten a draft version 2
  // (version 1 stays); and a draft of its own in the city, never in the catalog.
  await db.execute(sql`
    insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
      content, policy_name, position_code, ratified_at)
    select s.lineage_id, 2, s.agency_id, s.position_id, case when s.n <= 10 then 'ratified' else 'draft' end,
      s.position_name, s.job_level, '{}'::jsonb, 'Pola RCL', s.position_code,
      case when s.n <= 10 then now() end
    from (select *, row_number() over (order by position_code) as n from job_standards
          where position_code like 'PAGING-1-%') s
    where s.n <= 20`);
  await db.execute(sql`
    with p as (
      insert into positions (agency_id, name, position_group, job_level)
      values (${agencyIds[0]}, 'Penata Katalog Paging Konsep', 'administrative', 'administrator')
      returning id, agency_id, name, job_level
    )
    insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
      content, policy_name)
    select gen_random_uuid(), 1, p.agency_id, p.id, 'draft', p.name, p.job_level, '{}'::jsonb, 'Pola RCL' from p`);
  // 30 names of which only the last alphabetically has a supervisor (pengawas) standard.
  await db.execute(sql`
    with p as (
      insert into positions (agency_id, name, position_group, job_level)
      select ${agencyIds[1]}, 'Pranata Jarang Paging ' || lpad(g::text, 2, '0'), 'administrative',
        case when g = 29 then 'pengawas' else 'administrator' end
      from generate_series(0, 29) g, generate_series(1, 2) copies
      returning id, agency_id, name, job_level
    )
    insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
      content, policy_name, ratified_at)
    select gen_random_uuid(), 1, p.agency_id, p.id, 'ratified', p.name, p.job_level, '{}'::jsonb, 'Pola RCL', now()
    from p`);
}, 120_000);
afterAll(() => server?.close());

describe('browsing the catalog', () => {
  it('pages by name then id: each newest ratified version once, then a last page without a cursor', async () => {
    const expected = await expectedCatalog();
    expect(expected.length).toBeGreaterThan(1000);
    const { items, totals } = await walk(reader, 'jobLevel=administrator', 100);
    const administrators = expected.filter((r) => r.job_level === 'administrator');
    expect(items.map((i) => i.id)).toEqual(administrators.map((r) => r.id));
    expect(items.every((i) => i.jobLevel === 'administrator' && i.score === 1)).toBe(true);
    // 520 administrators plus the seed's: fewer than the cap, so counted exactly on every page.
    expect(administrators.length).toBeLessThan(1000);
    expect(new Set(totals.map((t) => JSON.stringify(t)))).toEqual(
      new Set([JSON.stringify({ total: administrators.length, totalCapped: false })]),
    );

    const first = await reader.get('/api/catalog?limit=30');
    expect(first.body.items.map((i: Item) => i.id)).toEqual(expected.slice(0, 30).map((r) => r.id));
    expect(first.body).toMatchObject({ total: 1000, totalCapped: true });
    const second = await reader.get(
      `/api/catalog?limit=30&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(second.body.items.map((i: Item) => i.id)).toEqual(expected.slice(30, 60).map((r) => r.id));
  });

  it('never shows a draft or a ratified version superseded by a newer ratified one', async () => {
    const hidden = await queryRows<{ id: string }>(
      server.database.db,
      sql`select s.id from job_standards s where s.position_name like '%Katalog Paging%' and (s.status <> 'ratified'
          or exists (select 1 from job_standards n where n.lineage_id = s.lineage_id and n.status = 'ratified'
                     and n.version > s.version))`,
    );
    // 10 drafts of version 2, one new draft, 10 superseded versions 1.
    expect(hidden).toHaveLength(21);
    const { items } = await walk(reader, 'q=katalog%20paging', 100);
    const shown = new Set(items.map((i) => i.id));
    expect(hidden.filter((h) => shown.has(h.id))).toEqual([]);
    expect(items.filter((i) => i.version === 2)).toHaveLength(10);
  });
});

describe('searching the catalog', () => {
  it('pages the entries whose name contains q by lower-case name then id, keeping q and jobLevel', async () => {
    const { items, totals } = await walk(reader, 'q=ARSIP%20katalog&jobLevel=pengawas', 25);
    const expected = await expectedCatalog(
      sql`s.job_level = 'pengawas' and s.position_name like 'Pengelola Arsip Katalog Paging %'`,
    );
    // Name 3 of 3 and level 2 of 2: g % 6 = 5, in each of the two agencies.
    const generated = Array.from({ length: perAgency }, (_, g) => g).filter((g) => g % 6 === 5).length;
    expect(expected).toHaveLength(2 * generated);
    const byLowerName = [...expected].sort((x, y) => {
      const [a, b] = [x.position_name.toLowerCase(), y.position_name.toLowerCase()];
      return a < b ? -1 : a > b ? 1 : x.id < y.id ? -1 : 1;
    });
    expect(items.map((i) => i.id)).toEqual(byLowerName.map((r) => r.id));
    expect(items.every((i) => i.jobLevel === 'pengawas' && i.score === 1)).toBe(true);
    expect(totals.every((t) => t.total === expected.length && !t.totalCapped)).toBe(true);
  });

  it('reads on past names without an entry of the job level until the page is full', async () => {
    // Pages of 5 read 6 names at a time: five batches of administrators only come before the one.
    const { items, totals } = await walk(reader, 'q=pranata%20jarang&jobLevel=pengawas', 5);
    expect(items.map((i) => i.positionName)).toEqual([
      'Pranata Jarang Paging 29',
      'Pranata Jarang Paging 29',
    ]);
    expect(totals).toEqual([{ total: 2, totalCapped: false }]);
    const all = await walk(reader, 'q=pranata%20jarang', 7);
    expect(all.items).toHaveLength(60);
    expect(all.totals).toHaveLength(9);
  });

  it('caps the count of a broad search', async () => {
    const broad = await reader.get('/api/catalog?q=katalog&limit=10');
    expect(broad.body).toMatchObject({ total: 1000, totalCapped: true });
    expect(broad.body.items).toHaveLength(10);
  });

  it('tolerates a typo and finds nothing for a name nobody has', async () => {
    // No name contains the misspelt words: the names nearest them are read, all of one kind here.
    const { items } = await walk(reader, 'q=pengelola%20arsp%20katalog&jobLevel=administrator', 40);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => /^Pengelola Arsip Katalog Paging/.test(i.positionName))).toBe(true);
    expect(items.every((i) => i.score > 0 && i.score < 1)).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const none = await reader.get('/api/catalog?q=juru%20masak%20kapal%20selam');
    expect(none.body).toMatchObject({ items: [], nextCursor: null, total: 0, totalCapped: false });
  });
});

describe('cursors', () => {
  it('answers 400 INVALID_CURSOR to a tampered cursor or one of other filters', async () => {
    const first = await reader.get('/api/catalog?q=analis%20katalog&limit=5');
    const cursor = first.body.nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const forged = (k: unknown[]) => Buffer.from(JSON.stringify({ s: decoded.s, k })).toString('base64url');
    const bad = [
      'bukan-penanda',
      forged([decoded.k[0], decoded.k[1], 'not-a-uuid']),
      forged([String(decoded.k[0]), decoded.k[1], decoded.k[2]]),
    ];
    for (const c of bad) {
      const response = await reader.get(
        `/api/catalog?q=analis%20katalog&limit=5&cursor=${encodeURIComponent(c)}`,
      );
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('INVALID_CURSOR');
      expect(response.body.error.message).toMatch(/Penanda halaman tidak valid/);
    }
    for (const other of ['q=penata%20katalog', 'q=analis%20katalog&jobLevel=pengawas', '']) {
      const response = await reader.get(`/api/catalog?${other}&limit=5&cursor=${encodeURIComponent(cursor)}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('INVALID_CURSOR');
    }
  });
});
