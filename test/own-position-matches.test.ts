/**
 * The stored match against the own position (`own_position_matches`) equals the match computed
 * from the current levels, after every refresh the imports and ratification go through.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../src/db/client';
import { matchOwnPositions, refreshOwnRequiredLevels } from '../src/db/repositories/talent-repository';
import { agencies, competencyDictionaries } from '../src/db/schema';
import { openTestDatabase } from './support/test-database';

let database: Database;
let agencyId: string;
let dictionaryId: string;
let positions: string[];

async function stored() {
  return queryRows<{
    civil_servant_id: string;
    percent: number;
    assessed: number;
    performance: string | null;
  }>(
    database.db,
    sql`select civil_servant_id, percent, assessed, performance from own_position_matches
        where agency_id = ${agencyId} order by civil_servant_id`,
  );
}
/** The results summary per position and competency as stored, and as computed from scratch. */
async function summaries() {
  const read = (from: ReturnType<typeof sql>) =>
    queryRows<{ position_id: string; code: string; assessed: number; level_total: number; meeting: number }>(
      database.db,
      sql`select position_id, code, assessed, level_total, meeting from (${from}) s
          where agency_id = ${agencyId} order by position_id, code`,
    );
  return {
    stored: await read(sql`select * from position_competency_results`),
    scratch: await read(sql`
      select cs.position_id, cs.agency_id, l.code, count(*)::int as assessed, sum(l.level)::float8 as level_total,
        count(*) filter (where l.level >= r.required_level)::int as meeting
      from civil_servants cs
      join current_competency_levels l on l.civil_servant_id = cs.id
      join position_requirements r on r.position_id = cs.position_id and r.dictionary_id = l.dictionary_id
        and r.code = l.code
      group by cs.position_id, cs.agency_id, l.code`),
  };
}
async function expectSummariesFresh() {
  const { stored, scratch } = await summaries();
  expect(scratch.length).toBeGreaterThan(0);
  expect(stored).toEqual(scratch);
}

async function live() {
  const rows = await matchOwnPositions(database.db, agencyId);
  return rows.sort((a, b) => a.civil_servant_id.localeCompare(b.civil_servant_id));
}

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const [agency] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.code, 'KOTA-CONTOH'));
  agencyId = agency!.id;
  const [dictionary] = await db
    .select({ id: competencyDictionaries.id })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, 'KAMUS-MANAJERIAL'));
  dictionaryId = dictionary!.id;
  positions = (
    await queryRows<{ id: string }>(
      db,
      sql`insert into positions (agency_id, name, position_group, job_level)
          select ${agencyId}, 'Jabatan Ringkasan ' || g, 'administrative', 'pengawas' from generate_series(1, 3) g
          returning id`,
    )
  ).map((r) => r.id);
  // Positions 1 and 2 require M.01..M.04 at 3; position 3 requires nothing (no ratified standard).
  await db.execute(sql`
    insert into position_requirements (position_id, agency_id, standard_id, dictionary_id, code, kind, name, required_level)
    select p, ${agencyId}, gen_random_uuid(), ${dictionaryId}, 'M.0' || k, 'managerial', 'M', 3
    from unnest(${sql.raw(`array['${positions[0]}','${positions[1]}']::uuid[]`)}) p cross join generate_series(1, 4) k`);
  await db.execute(sql`
    insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex, position_id, performance)
    select ${agencyId}, '1985010120100' || lpad(g::text, 5, '0'), 'Pegawai ' || g, '1985-01-01', '2010-01-01', 'male',
      (${sql.raw(`array['${positions.join("','")}']::uuid[]`)})[1 + g % 3], (array['below','meets','above', null])[1 + g % 4]
    from generate_series(1, 24) g`);
  // Results for two of every three people: levels 1..5 on M.01..M.03, and an unrequired M.05.
  await db.execute(sql`
    insert into current_competency_levels (civil_servant_id, agency_id, dictionary_id, code, kind, level, assessed_on)
    select cs.id, ${agencyId}, ${dictionaryId}, c, 'managerial', 1 + (abs(hashtext(cs.nip || c)) % 17) / 4.0, '2026-01-01'
    from civil_servants cs cross join unnest(array['M.01','M.02','M.03','M.05']) c
    where cs.agency_id = ${agencyId} and cs.name like 'Pegawai %' and right(cs.nip, 1)::int % 3 <> 0`);
}, 60_000);
afterAll(() => database?.close());

describe('stored matches against the own position', () => {
  it('equal the live match after a refresh, for people with and without results; none where nothing is required', async () => {
    await refreshOwnRequiredLevels(database.db, sql`cs.agency_id = ${agencyId}`);
    const rows = await stored();
    const expected = await live();
    expect(rows.length).toBeGreaterThan(10);
    expect(
      rows.map(({ civil_servant_id, percent, assessed }) => ({ civil_servant_id, percent, assessed })),
    ).toEqual(expected);
    expect(rows.some((r) => r.assessed === 0 && r.percent === 0)).toBe(true);
    expect(rows.some((r) => r.performance === null)).toBe(true);
    // The results summary per position: M.01..M.03 of positions 1 and 2 (M.05 is not required).
    await expectSummariesFresh();
    expect(new Set((await summaries()).stored.map((r) => r.code))).toEqual(new Set(['M.01', 'M.02', 'M.03']));
    const [onThird] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from own_position_matches m join civil_servants cs on cs.id = m.civil_servant_id
          where cs.position_id = ${positions[2]}`,
    );
    expect(onThird!.n).toBe(0);
  });

  it('follow a changed result, performance and position of the people refreshed', async () => {
    const { db } = database;
    const [person] = await queryRows<{ id: string }>(
      db,
      sql`select cs.id from civil_servants cs join own_position_matches m on m.civil_servant_id = cs.id
          where m.assessed > 0 and cs.position_id = ${positions[0]} limit 1`,
    );
    await db.execute(
      sql`update current_competency_levels set level = 5 where civil_servant_id = ${person!.id}`,
    );
    await db.execute(
      sql`update civil_servants set performance = 'above', position_id = ${positions[1]} where id = ${person!.id}`,
    );
    await refreshOwnRequiredLevels(db, sql`cs.id = ${person!.id}`);
    const mine = (await stored()).find((r) => r.civil_servant_id === person!.id)!;
    expect(mine).toMatchObject({ percent: 75, assessed: 3, performance: 'above' });
    // Left position 1 and joined position 2: both summaries follow.
    await expectSummariesFresh();
    expect(
      (await stored()).map(({ civil_servant_id, percent, assessed }) => ({
        civil_servant_id,
        percent,
        assessed,
      })),
    ).toEqual(await live());
    // Moved to the position that requires nothing: no stored match any more.
    await db.execute(sql`update civil_servants set position_id = ${positions[2]} where id = ${person!.id}`);
    await refreshOwnRequiredLevels(db, sql`cs.id = ${person!.id}`);
    expect((await stored()).some((r) => r.civil_servant_id === person!.id)).toBe(false);
    await expectSummariesFresh();
    // A position whose holders lose every result: its summary rows go.
    await db.execute(sql`
      delete from current_competency_levels
      where civil_servant_id in (select id from civil_servants where position_id = ${positions[1]})`);
    await refreshOwnRequiredLevels(db, sql`cs.position_id = ${positions[1]}`);
    await expectSummariesFresh();
    expect((await summaries()).stored.some((r) => r.position_id === positions[1])).toBe(false);
  });

  it('of the nation (no agency) are the matches of every agency, in one statement', async () => {
    const { db } = database;
    // A second agency with one position requiring M.01 at 4 and two holders, one assessed at 2.
    const [other] = await queryRows<{ id: string }>(
      db,
      sql`insert into agencies (code, name, kind) values ('PROV-LAIN', 'Provinsi Lain', 'province') returning id`,
    );
    const [position] = await queryRows<{ id: string }>(
      db,
      sql`insert into positions (agency_id, name, position_group, job_level)
          values (${other!.id}, 'Jabatan Lain', 'administrative', 'pengawas') returning id`,
    );
    await db.execute(sql`
      insert into position_requirements (position_id, agency_id, standard_id, dictionary_id, code, kind, name, required_level)
      values (${position!.id}, ${other!.id}, gen_random_uuid(), ${dictionaryId}, 'M.01', 'managerial', 'M', 4)`);
    await db.execute(sql`
      insert into civil_servants (agency_id, nip, name, birth_date, service_start, sex, position_id)
      select ${other!.id}, '1986020220110' || lpad(g::text, 5, '0'), 'Pegawai Lain ' || g, '1986-02-02', '2011-01-01',
        'female', ${position!.id}
      from generate_series(1, 2) g`);
    await db.execute(sql`
      insert into current_competency_levels (civil_servant_id, agency_id, dictionary_id, code, kind, level, assessed_on)
      select id, ${other!.id}, ${dictionaryId}, 'M.01', 'managerial', 2, '2026-01-01' from civil_servants
      where nip = '198602022011000001'`);
    await refreshOwnRequiredLevels(db, sql`cs.agency_id = ${other!.id}`);
    const agencyIds = await queryRows<{ id: string }>(db, sql`select id from agencies`);
    const perAgency = (await Promise.all(agencyIds.map((a) => matchOwnPositions(db, a.id)))).flat();
    const national = await matchOwnPositions(db, null);
    const byId = (a: { civil_servant_id: string }, b: { civil_servant_id: string }) =>
      a.civil_servant_id.localeCompare(b.civil_servant_id);
    expect([...national].sort(byId)).toEqual(perAgency.sort(byId));
    expect(national).toEqual(expect.arrayContaining(await live()));
    const theirs = await matchOwnPositions(db, other!.id);
    expect(theirs.map((r) => [r.percent, r.assessed]).sort()).toEqual([
      [0, 0],
      [50, 1],
    ]);
    expect(national).toEqual(expect.arrayContaining(theirs));
  });

  it("read one agency's current levels and requirements through an index led by the agency", async () => {
    const { db } = database;
    // Without such an index every agency's report scans the whole nation's rows (an index with
    // agency_id further down, as the primary keys have it, is read whole).
    await db.execute(sql`set enable_seqscan = off`);
    try {
      for (const table of ['current_competency_levels', 'position_requirements']) {
        const led = await queryRows<{ name: string }>(
          db,
          sql`select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
              join pg_class t on t.oid = i.indrelid
              join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
              where t.relname = ${table} and a.attname = 'agency_id'`,
        );
        expect(led.length).toBeGreaterThan(0);
        const plan = await queryRows<{ 'QUERY PLAN': string }>(
          db,
          sql`explain select count(*) from ${sql.raw(table)} where agency_id = ${agencyId}`,
        );
        const text = plan.map((r) => r['QUERY PLAN']).join('\n');
        expect(led.some((index) => text.includes(` ${index.name} `) || text.endsWith(` ${index.name}`))).toBe(
          true,
        );
      }
    } finally {
      await db.execute(sql`reset enable_seqscan`);
    }
  });
});
