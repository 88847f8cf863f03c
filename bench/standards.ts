/**
 * Job standards through the real API (in-process Hono server over HTTP, PGlite in memory):
 *
 * 1. A city's 144 structural positions (seed 000 scale) composed and validated: per position
 *    `POST /api/job-standards` (pre-filled rows), `PUT` with three technical competencies and the
 *    requirements, `GET …/findings`. Positions are created through `POST /api/positions` first.
 * 2. `GET /api/positions/:id/similar-standards` with 150,000 ratified standards of 100 other
 *    agencies in the catalog (inserted set-based in SQL: positions, standards, technical rows;
 *    BENCH_CATALOG_SIZE sets another size).
 * 3. `GET /api/catalog` over the same catalog: searches (a few varied `q`, a typo among them), the
 *    first page, a page deep in the catalog through its cursor, and a search's second page.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { type Database, openDatabase, queryRows } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import {
  insertDictionary,
  insertEntries,
  updateVersionStatus,
} from '../src/db/repositories/technical-dictionary-repository';
import { agencies, competencies, orgUnits, users } from '../src/db/schema';
import { seedDemoData } from '../src/db/seed/demo-seed';
import { seedReferenceData } from '../src/db/seed/reference-seed';
import { defaultPolicies, defaultPolicyId, startingTechnicalLevel } from '../src/domain/job-standard-policy';
import { seed001Standard } from '../src/domain/job-standard-test-factory';
import { buildApp } from '../src/server';
import { encodeCursor } from '../src/services/paging';
import { ApiClient } from '../test/support/api-client';
import { generateEntries } from './support/generate-dictionary';
import { median, percentile, round } from './support/stats';
import type { BenchResult, Figure } from './types';

export const name = 'standards';
export const description =
  '144 standards composed + validated via the API; similar standards, catalog search and paging over 150,000';

const password = 'bench-password';
const positionCount = 144;
const catalogSize = Number(process.env.BENCH_CATALOG_SIZE ?? 150_000);

/** Seed 000's city: 1 secretary-level JPT per office, heads of division, heads of section. */
function cityPositions(): { name: string; jobLevel: string }[] {
  const offices = ['Pendidikan', 'Kesehatan', 'Perhubungan', 'Pekerjaan Umum', 'Sosial', 'Koperasi'];
  const list: { name: string; jobLevel: string }[] = [];
  for (let i = 0; list.length < positionCount; i++) {
    const office = offices[i % offices.length]!;
    const n = Math.floor(i / offices.length) + 1;
    if (i < 24) list.push({ name: `Kepala Dinas ${office} ${n}`, jobLevel: 'jpt-pratama' });
    else if (i < 64) list.push({ name: `Kepala Bidang ${office} ${n}`, jobLevel: 'administrator' });
    else list.push({ name: `Kepala Seksi ${office} ${n}`, jobLevel: 'pengawas' });
  }
  return list;
}

async function startServer(database: Database) {
  const app = buildApp(database, loadConfig({ SKJ_LOG: '0' }), { webRoot: '/nonexistent' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  // The client's idle keep-alive socket outlives the catalog fill; a 5 s server timeout would
  // close it under the client's next request (ECONNRESET).
  (server as import('node:http').Server).keepAliveTimeout = 600_000;
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status) {
    throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 400)}`);
  }
}

/** A ratified technical dictionary of 30 entries for the city; returns its competency ids. */
async function cityTechnicalCompetencies(database: Database, agencyId: string): Promise<string[]> {
  const { db } = database;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
  const created = await insertDictionary(db, {
    agencyId,
    code: 'BENCH-TEKNIS',
    name: 'Kamus Teknis Bench',
    createdBy: user!.id,
  });
  await insertEntries(db, created.versionId, generateEntries(30));
  await updateVersionStatus(db, created.versionId, 'ratified', { ratifiedBy: user!.id, at: new Date() });
  const rows = await db
    .select({ id: competencies.id })
    .from(competencies)
    .where(eq(competencies.dictionaryVersionId, created.versionId));
  return rows.map((r) => r.id);
}

async function composeCity(database: Database, baseUrl: string, figures: Figure[]) {
  const { db } = database;
  const [city] = await db.select().from(agencies).where(eq(agencies.code, 'KOTA-CONTOH'));
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.agencyId, city!.id));
  const technical = await cityTechnicalCompetencies(database, city!.id);
  const drafter = new ApiClient(baseUrl);
  expectStatus(await drafter.login('drafter', password), 200, 'login');
  const policy = defaultPolicies[defaultPolicyId];
  const requirements = seed001Standard().requirements;

  const createStarted = performance.now();
  const positionIds: { id: string; jobLevel: string }[] = [];
  for (const [i, position] of cityPositions().entries()) {
    const created = await drafter.post('/api/positions', {
      name: position.name,
      positionGroup: position.jobLevel === 'jpt-pratama' ? 'leadership' : 'administrative',
      jobLevel: position.jobLevel,
      orgUnitId: unit!.id,
      summary: `Memimpin dan mengoordinasikan urusan ${position.name.toLowerCase()} nomor ${i + 1}.`,
    });
    expectStatus(created, 201, 'POST /api/positions');
    positionIds.push({ id: created.body.position.id, jobLevel: position.jobLevel });
  }
  const createMs = performance.now() - createStarted;

  const perPosition: number[] = [];
  const composeStarted = performance.now();
  let withoutErrors = 0;
  for (const [i, position] of positionIds.entries()) {
    const started = performance.now();
    const created = await drafter.post('/api/job-standards', { positionId: position.id });
    expectStatus(created, 201, 'POST /api/job-standards');
    const id = created.body.id as string;
    const detail = await drafter.get(`/api/job-standards/${id}`);
    expectStatus(detail, 200, 'GET /api/job-standards/:id');
    const level = startingTechnicalLevel(policy, position.jobLevel);
    const rows = (detail.body.content.competencies as { competencyId: string; requiredLevel: number }[]).map(
      (r) => ({ competencyId: r.competencyId, requiredLevel: r.requiredLevel }),
    );
    for (let k = 0; k < 3; k++) {
      rows.push({ competencyId: technical[(i * 3 + k) % technical.length]!, requiredLevel: level });
    }
    const saved = await drafter.request('PUT', `/api/job-standards/${id}`, {
      json: {
        revision: detail.body.standard.revision,
        competencies: rows.map((r) => ({ ...r, importance: 'essential' })),
        requirements: {
          ...requirements,
          rank: { minGrade: policy.rankRanges[position.jobLevel]?.min ?? null, importance: 'essential' },
        },
      },
    });
    expectStatus(saved, 200, 'PUT /api/job-standards/:id');
    const findings = await drafter.get(`/api/job-standards/${id}/findings`);
    expectStatus(findings, 200, 'GET findings');
    const items = findings.body.findings as { severity: string }[];
    if (!items.some((f) => f.severity === 'error')) withoutErrors++;
    else if (process.env.BENCH_DEBUG && i < 3) console.log(JSON.stringify(items));
    perPosition.push(performance.now() - started);
  }
  const composeMs = performance.now() - composeStarted;
  figures.push(
    { label: `create ${positionCount} positions (POST)`, value: Math.round(createMs), unit: 'ms' },
    {
      label: `compose + save + validate ${positionCount} standards`,
      value: round(composeMs / 1000, 2),
      unit: 's',
    },
    { label: 'per standard (POST, GET, PUT, GET findings) p50', value: median(perPosition), unit: 'ms' },
    { label: 'per standard p95', value: percentile(perPosition, 95), unit: 'ms' },
    { label: 'standards without errors', value: withoutErrors, unit: `of ${positionCount}` },
  );
  return { drafter, positionIds };
}

/**
 * `size` ratified standards of 100 synthetic agencies, with 4 technical rows each, in SQL. The
 * name's trigram index is dropped for the fill and built again after it (one bulk build instead of
 * 150,000 insertions into a GiST index), and the catalog names are added in one statement instead
 * of by the row trigger, as a national data load would do.
 */
export async function fillCatalog(database: Database, technical: string[], size = catalogSize) {
  const { db } = database;
  const catalogSize = size;
  await db.execute(sql`drop index if exists job_standards_name_trgm_idx`);
  await db.execute(sql`alter table job_standards disable trigger job_standards_catalog_position_name`);
  const names = [
    'Kepala Bidang Pengembangan Kompetensi',
    'Kepala Bagian Organisasi',
    'Kepala Seksi Pendidikan Dasar',
    'Kepala Dinas Kesehatan',
    'Kepala Bidang Mutasi dan Promosi',
    'Kepala Subbagian Umum dan Kepegawaian',
    'Kepala Bidang Perencanaan Anggaran',
    'Kepala Seksi Lalu Lintas',
    'Sekretaris Dinas Sosial',
    'Kepala Bidang Koperasi dan UKM',
  ];
  const levels = ['jpt-pratama', 'administrator', 'pengawas'];
  await db.execute(sql`
    insert into agencies (code, name, kind)
    select 'BENCH-' || g, 'Pemerintah Kabupaten Bench ' || g, 'regency' from generate_series(1, 100) g`);
  await db.execute(sql`
    with a as (select id, row_number() over (order by code) - 1 as n from agencies where code like 'BENCH-%'),
    p as (
      insert into positions (agency_id, name, position_group, job_level, summary)
      select (select id from a where a.n = g % 100),
        (${sql.raw(`array[${names.map((n) => `'${n}'`).join(',')}]`)})[1 + g % ${names.length}] || ' ' || (g / 100),
        'administrative',
        (${sql.raw(`array[${levels.map((l) => `'${l}'`).join(',')}]`)})[1 + g % 3],
        'Ringkasan tugas jabatan nomor ' || g
      from generate_series(0, ${catalogSize - 1}) g
      returning id, agency_id, name, job_level, summary
    )
    insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
      content, policy_name, position_code, ratified_at)
    select gen_random_uuid(), 1, p.agency_id, p.id, 'ratified', p.name, p.job_level,
      jsonb_build_object('identity', jsonb_build_object('positionName', p.name, 'summary', p.summary)),
      'Pola RCL — bahan bimtek BKPSDM Kab. Magetan', 'BENCH-' || row_number() over (), now()
    from p`);
  const techArray = sql.raw(`array[${technical.map((t) => `'${t}'::uuid`).join(',')}]`);
  await db.execute(sql`
    insert into job_standard_competencies (agency_id, standard_id, competency_id, kind, name, required_level)
    select s.agency_id, s.id, (${techArray})[1 + ((abs(hashtext(s.id::text)) + k * 7) % ${technical.length})],
      'technical', 'Teknis', 3
    from job_standards s cross join generate_series(0, 3) k
    where s.position_code like 'BENCH-%'
    on conflict do nothing`);
  await db.execute(sql`alter table job_standards enable trigger job_standards_catalog_position_name`);
  await db.execute(sql`
    insert into catalog_position_names (name)
    select distinct lower(position_name) from job_standards where status = 'ratified'
    on conflict do nothing`);
  await db.execute(
    sql`create index job_standards_name_trgm_idx on job_standards using gist (lower(position_name) gist_trgm_ops)`,
  );
  await db.execute(sql`analyze`);
}

async function measureSimilar(client: ApiClient, positionIds: { id: string }[], figures: Figure[]) {
  for (const p of positionIds.slice(0, 3)) {
    const started = performance.now();
    const response = await client.get(`/api/positions/${p.id}/similar-standards`);
    if (process.env.BENCH_DEBUG)
      console.log('warm-up', response.status, Math.round(performance.now() - started), 'ms');
  }
  const samples: number[] = [];
  let results = 0;
  for (const p of positionIds) {
    const started = performance.now();
    const response = await client.get(`/api/positions/${p.id}/similar-standards?limit=10`);
    samples.push(performance.now() - started);
    expectStatus(response, 200, 'GET similar-standards');
    results += (response.body.items as unknown[]).length;
  }
  figures.push(
    {
      label: `similar-standards over ${catalogSize.toLocaleString('en-US')} ratified: p50`,
      value: median(samples),
      unit: 'ms',
    },
    { label: 'similar-standards p95', value: percentile(samples, 95), unit: 'ms' },
    { label: 'similar-standards max', value: Math.max(...samples), unit: 'ms' },
    { label: 'similar-standards mean results', value: round(results / positionIds.length, 1), unit: 'rows' },
  );
}

/** Milliseconds of one GET, which must answer 200. */
async function timed(client: ApiClient, url: string) {
  const started = performance.now();
  const response = await client.get(url);
  const ms = performance.now() - started;
  expectStatus(response, 200, `GET ${url}`);
  return { ms, body: response.body as { items: unknown[]; nextCursor: string | null; total: number } };
}

function percentiles(label: string, samples: number[]): Figure[] {
  return [
    { label: `${label} p50`, value: median(samples), unit: 'ms' },
    { label: `${label} p95`, value: percentile(samples, 95), unit: 'ms' },
  ];
}

async function measureCatalog(database: Database, client: ApiClient, figures: Figure[]) {
  const size = catalogSize.toLocaleString('en-US');
  // Broad (every name holds "kepala"), narrow, one exact name, words inside names, a typo (no name
  // contains it: the names nearest it are read), and a name nobody has.
  const queries = [
    'kepala',
    'lalu lintas',
    'kepala seksi pendidikan dasar 12',
    'mutasi dan promosi',
    'koperasi',
    'sekretaris dinas',
    'kepla bidang perencanan',
    'juru masak kapal selam',
  ];
  const encode = (q: string) => encodeURIComponent(q);
  for (const q of queries) await client.get(`/api/catalog?q=${encode(q)}`);
  const search: number[] = [];
  const secondPages: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const first = await timed(client, `/api/catalog?q=${encode(q)}&limit=30`);
      search.push(first.ms);
      byQuery.set(q, [...(byQuery.get(q) ?? []), first.ms]);
      if (first.body.nextCursor) {
        const cursor = encodeURIComponent(first.body.nextCursor);
        secondPages.push((await timed(client, `/api/catalog?q=${encode(q)}&limit=30&cursor=${cursor}`)).ms);
      }
    }
  }
  if (process.env.BENCH_DEBUG) {
    for (const [q, samples] of byQuery) console.log(`catalog q=${q}: p50 ${median(samples)} ms`);
  }
  // A cursor deep in the catalog: the key of the entry nine tenths of the way through by name, as
  // the server would have written it after the reader paged that far.
  const [deep] = await queryRows<{ position_name: string; id: string }>(
    database.db,
    sql`select s.position_name, s.id from job_standards s where s.status = 'ratified'
        order by s.position_name, s.id offset ${Math.floor(catalogSize * 0.9)} limit 1`,
  );
  const deepCursor = encodeURIComponent(
    encodeCursor(JSON.stringify(['catalog', null, null]), [deep!.position_name, deep!.id]),
  );
  const deepLevelCursor = encodeURIComponent(
    encodeCursor(JSON.stringify(['catalog', null, 'pengawas']), [deep!.position_name, deep!.id]),
  );
  const firstPage: number[] = [];
  const deepPage: number[] = [];
  const levelPage: number[] = [];
  for (let round = 0; round < 20; round++) {
    firstPage.push((await timed(client, '/api/catalog?limit=30')).ms);
    const page = await timed(client, `/api/catalog?limit=30&cursor=${deepCursor}`);
    if (page.body.items.length !== 30) throw new Error('deep page: not a full page');
    deepPage.push(page.ms);
    levelPage.push(
      (await timed(client, `/api/catalog?limit=30&jobLevel=pengawas&cursor=${deepLevelCursor}`)).ms,
    );
  }
  figures.push(
    ...percentiles(`catalog search over ${size} (${queries.length} queries x 5, first page of 30)`, search),
    ...percentiles("catalog search, a search's second page (cursor)", secondPages),
    ...percentiles('catalog first page (30, by name)', firstPage),
    ...percentiles('catalog page 90% deep (cursor)', deepPage),
    ...percentiles('catalog page 90% deep, one job level (cursor)', levelPage),
  );
}

export async function run(): Promise<BenchResult> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const database = await openDatabase({});
  await migrateDatabase(database);
  await seedReferenceData(database.db);
  await seedDemoData(database.db, password);
  const server = await startServer(database);
  try {
    const { drafter, positionIds } = await composeCity(database, server.baseUrl, figures);
    const technical = (
      await queryRows<{ competency_id: string }>(
        database.db,
        sql`select distinct competency_id from job_standard_competencies where kind = 'technical'`,
      )
    ).map((r) => r.competency_id);
    const fillStarted = performance.now();
    await fillCatalog(database, technical);
    figures.push({
      label: `insert ${catalogSize.toLocaleString('en-US')} ratified standards (SQL)`,
      value: Math.round(performance.now() - fillStarted),
      unit: 'ms',
    });
    await measureSimilar(drafter, positionIds, figures);
    await measureCatalog(database, drafter, figures);
    notes.push(
      'PGlite in memory; similar-standards measured for each of the 144 positions (trigram on name and summary, shared technical competencies, same job level).',
      'Catalog: each answer also counts its entries up to 1,000 (`total`, `totalCapped`).',
    );
  } finally {
    await server.close();
    await database.close();
  }
  return { figures, notes };
}
