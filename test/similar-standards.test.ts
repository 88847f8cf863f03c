/**
 * Similar standards through bounded index lookups (nearest catalog names, shared competencies)
 * give the same ranking as scoring the whole catalog, on a catalog small enough for the bounds not
 * to bite; the catalog of names follows every ratified standard, however it was written.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../src/db/client';
import { similarStandards } from '../src/db/repositories/catalog-repository';
import { agencies } from '../src/db/schema';
import { openTestDatabase } from './support/test-database';

let database: Database;
let cityId: string;
const technical = Array.from(
  { length: 12 },
  (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
);
const names = [
  'Kepala Bidang Pengembangan Kompetensi',
  'Kepala Bidang Pengembangan Karier',
  'Kepala Bagian Organisasi',
  'Kepala Seksi Pendidikan Dasar',
  'Analis Kebijakan Ahli Muda',
  'Kepala Subbagian Umum dan Kepegawaian',
];

/** The whole catalog scored as the bounded query scores it: the reference ranking. */
async function exhaustive(position: {
  id: string;
  agencyId: string;
  name: string;
  summary: string;
  jobLevel: string;
}) {
  const name = position.name.toLowerCase();
  const summary = position.summary.toLowerCase();
  return queryRows<{ id: string; score: number }>(
    database.db,
    sql`with own as (
          select c.competency_id from job_standard_competencies c
          where c.kind = 'technical' and c.standard_id = (
            select s.id from job_standards s where s.position_id = ${position.id} order by s.version desc limit 1)
        ),
        candidates as (
          select s.id, s.position_name, s.job_level, s.content->'identity'->>'summary' as summary from job_standards s
          where s.status = 'ratified' and s.agency_id <> ${position.agencyId}
            and not exists (select 1 from job_standards n where n.lineage_id = s.lineage_id
                            and n.status = 'ratified' and n.version > s.version)
        ),
        tech as (
          select c.standard_id, count(*)::float8 as total,
            count(*) filter (where c.competency_id in (select competency_id from own))::float8 as shared
          from job_standard_competencies c where c.kind = 'technical' group by c.standard_id
        )
        select c.id, round((0.5 * similarity(lower(c.position_name), ${name})
          + 0.2 * similarity(lower(coalesce(c.summary, '')), ${summary})
          + 0.2 * coalesce(t.shared / nullif((select count(*) from own) + t.total - t.shared, 0), 0)
          + case when c.job_level = ${position.jobLevel} then 0.1 else 0 end)::numeric, 4)::float8 as score
        from candidates c left join tech t on t.standard_id = c.id
        order by score desc, c.position_name, c.id`,
  );
}

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const [city] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'KOTA-CONTOH'));
  cityId = city!.id;
  await db.execute(sql`
    insert into agencies (code, name, kind)
    select 'SIM-' || g, 'Pemerintah Kabupaten Mirip ' || g, 'regency' from generate_series(1, 8) g`);
  // 8 agencies × 6 names, ratified, with 3 technical competencies each; a second ratified version
  // for some (only the newest may appear) and drafts (never).
  await db.execute(sql`
    with p as (
      insert into positions (agency_id, name, position_group, job_level, summary)
      select a.id, (${sql.raw(`array['${names.join("','")}']`)})[1 + k % 6] || case when k % 4 = 0 then ' Daerah' else '' end,
        'administrative', (array['administrator','pengawas'])[1 + k % 2],
        'Merumuskan kebijakan teknis dan mengoordinasikan pelaksanaan urusan nomor ' || k
      from (select id, row_number() over (order by code) as n from agencies where code like 'SIM-%') a
      cross join generate_series(0, 5) k
      returning id, agency_id, name, job_level, summary
    )
    insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
      content, policy_name, ratified_at)
    select gen_random_uuid(), 1, p.agency_id, p.id, case when p.summary like '%nomor 5' then 'draft' else 'ratified' end,
      p.name, p.job_level, jsonb_build_object('identity', jsonb_build_object('summary', p.summary)), 'Pola RCL — bahan bimtek BKPSDM Kab. Magetan', now()
    from p`);
  await db.execute(sql`
    insert into job_standard_competencies (agency_id, standard_id, competency_id, kind, name, required_level)
    select s.agency_id, s.id, (${sql.raw(`array['${technical.join("'::uuid,'")}'::uuid]`)})[1 + ((abs(hashtext(s.id::text)) + k * 5) % 12)],
      'technical', 'Teknis', 3
    from job_standards s cross join generate_series(0, 2) k
    where s.agency_id in (select id from agencies where code like 'SIM-%')
    on conflict do nothing`);
  await db.execute(sql`
    insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
      content, policy_name, ratified_at)
    select lineage_id, 2, agency_id, position_id, 'ratified', position_name || ' Revisi', job_level, content, policy_name, now()
    from job_standards where agency_id in (select id from agencies where code like 'SIM-%')
      and status = 'ratified' and position_name like 'Kepala Bagian%'`);
}, 60_000);
afterAll(() => database?.close());

describe('similar standards', () => {
  it('ranks as scoring the whole catalog would, newest ratified versions of other agencies only', async () => {
    const { db } = database;
    const cases = [
      { name: 'Kepala Bidang Pengembangan Kompetensi Aparatur', jobLevel: 'administrator', tech: [0, 1, 2] },
      { name: 'Kepala Bagian Organisasi dan Tata Laksana', jobLevel: 'administrator', tech: [3, 7] },
      { name: 'Pranata Komputer', jobLevel: 'pengawas', tech: [4, 5, 6, 8] },
    ];
    for (const c of cases) {
      const [position] = await queryRows<{ id: string }>(
        db,
        sql`insert into positions (agency_id, name, position_group, job_level, summary)
            values (${cityId}, ${c.name}, 'administrative', ${c.jobLevel}, 'Merumuskan kebijakan teknis urusan')
            returning id`,
      );
      const [draft] = await queryRows<{ id: string }>(
        db,
        sql`insert into job_standards (lineage_id, version, agency_id, position_id, status, position_name, job_level,
              content, policy_name)
            values (gen_random_uuid(), 1, ${cityId}, ${position!.id}, 'draft', ${c.name}, ${c.jobLevel}, '{}', 'Pola RCL — bahan bimtek BKPSDM Kab. Magetan')
            returning id`,
      );
      for (const t of c.tech) {
        await db.execute(sql`insert into job_standard_competencies (agency_id, standard_id, competency_id, kind, name, required_level)
          values (${cityId}, ${draft!.id}, ${technical[t]!}::uuid, 'technical', 'Teknis', 3)`);
      }
      const input = {
        id: position!.id,
        agencyId: cityId,
        name: c.name,
        summary: 'Merumuskan kebijakan teknis urusan',
        jobLevel: c.jobLevel,
      };
      const found = await similarStandards(db, input, 10);
      const reference = (await exhaustive(input)).slice(0, 10);
      expect(found).toHaveLength(10);
      expect(found.map((r) => r.score)).toEqual(reference.map((r) => r.score));
      expect(found.map((r) => r.id)).toEqual(reference.map((r) => r.id));
      expect(found.every((r) => r.agency_code.startsWith('SIM-'))).toBe(true);
      // A lineage appears once, in its newest ratified version.
      const lineages = await queryRows<{ n: number }>(
        db,
        sql`select count(distinct lineage_id)::int as n from job_standards
            where id in (${sql.join(
              found.map((r) => sql`${r.id}::uuid`),
              sql`, `,
            )})`,
      );
      expect(lineages[0]!.n).toBe(found.length);
      expect(
        found
          .filter((r) => r.position_name.startsWith('Kepala Bagian Organisasi'))
          .every((r) => r.version === 2),
      ).toBe(true);
    }
  });

  it('keeps the catalog of names for every ratified standard, however it is written', async () => {
    const { db } = database;
    const names = async () =>
      (await queryRows<{ name: string }>(db, sql`select name from catalog_position_names`)).map(
        (r) => r.name,
      );
    expect(await names()).toContain('kepala bagian organisasi revisi');
    expect(await names()).not.toContain('kepala seksi pendidikan dasar daerah');
    const [draft] = await queryRows<{ id: string }>(
      db,
      sql`select id from job_standards where status = 'draft' and agency_id <> ${cityId} limit 1`,
    );
    await db.execute(
      sql`update job_standards set position_name = 'Pengelola Layanan Kepegawaian' where id = ${draft!.id}`,
    );
    expect(await names()).not.toContain('pengelola layanan kepegawaian');
    await db.execute(sql`update job_standards set status = 'ratified' where id = ${draft!.id}`);
    expect(await names()).toContain('pengelola layanan kepegawaian');
  });
});
