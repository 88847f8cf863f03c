/**
 * Set-based SQL behind the use of standards: the precomputed requirements per position, current
 * levels per civil servant, and the job-person match over many people at once.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, pgArray, queryRows, queryTuples } from '../client';

/**
 * Rewrites what a position requires from its newest ratified standard (none: no rows). Called in
 * the ratification's transaction, so the match never sees a half-ratified standard.
 */
export async function refreshPositionRequirements(db: Db, positionId: string) {
  await db.execute(sql`delete from position_requirements where position_id = ${positionId}`);
  await db.execute(sql`
    insert into position_requirements
      (position_id, agency_id, standard_id, dictionary_id, code, kind, name, required_level, importance)
    select s.position_id, s.agency_id, s.id, v.dictionary_id, c.code, jc.kind, jc.name, jc.required_level,
      (select e->>'importance' from jsonb_array_elements(s.content->'competencies') e
        where e->>'competencyId' = jc.competency_id::text limit 1)
    from job_standards s
    join job_standard_competencies jc on jc.standard_id = s.id
    join competencies c on c.id = jc.competency_id
    join dictionary_versions v on v.id = c.dictionary_version_id
    where s.id = (select id from job_standards where position_id = ${positionId} and status = 'ratified'
                  order by version desc limit 1)
    on conflict do nothing`);
  await refreshOwnRequiredLevels(db, sql`cs.position_id = ${positionId}`);
}

/**
 * Copies what each person's own position requires onto their current levels, for the people
 * `scope` selects (a condition on `civil_servants cs`): after an import, after a ratification.
 */
export async function refreshOwnRequiredLevels(db: Db, scope: SQL) {
  // One pass over the selected people's rows, each looked up by primary key: no join plan to go
  // wrong on freshly imported, not yet analysed tables.
  await db.execute(sql`
    update current_competency_levels l set own_required_level = (
      select r.required_level from civil_servants c
      join position_requirements r on r.position_id = c.position_id
      where c.id = l.civil_servant_id and r.dictionary_id = l.dictionary_id and r.code = l.code)
    where l.civil_servant_id in (select cs.id from civil_servants cs where ${scope})`);
  await refreshOwnPositionMatches(db, scope);
}

/**
 * Recomputes the stored match against the own position (`own_position_matches`) of the people
 * `scope` selects, from their current levels (which carry what the own position requires): the
 * same figures as `matchOwnPositions`, kept so the talent pool need not match everyone per request.
 * Then the results summary (`position_competency_results`) of every position those people hold
 * or held at the last refresh (a move leaves the old position's summary too) is rewritten.
 */
export async function refreshOwnPositionMatches(db: Db, scope: SQL) {
  const held = await queryRows<{ position_id: string }>(
    db,
    sql`with gone as (
          delete from own_position_matches
          where civil_servant_id in (select cs.id from civil_servants cs where ${scope})
          returning position_id)
        select distinct position_id from gone`,
  );
  const holding = await queryRows<{ position_id: string }>(
    db,
    sql`select distinct cs.position_id from civil_servants cs where ${scope} and cs.position_id is not null`,
  );
  await db.execute(sql`
    with scoped as (select cs.id, cs.agency_id, cs.position_id, cs.performance from civil_servants cs where ${scope}),
    totals as (
      select r.position_id, sum(r.required_level)::float8 as required,
        coalesce(sum(r.required_level) filter (where r.kind = 'socioCultural'), 0)::float8 as req_sc,
        coalesce(sum(r.required_level) filter (where r.kind = 'managerial'), 0)::float8 as req_m,
        coalesce(sum(r.required_level) filter (where r.kind = 'technical'), 0)::float8 as req_t
      from position_requirements r
      where r.position_id in (select position_id from scoped) group by r.position_id
    ),
    met as (
      select l.civil_servant_id, sum(least(l.level, l.own_required_level)) as met, count(*)::int as assessed,
        coalesce(sum(least(l.level, l.own_required_level)) filter (where l.kind = 'socioCultural'), 0)::float8 as met_sc,
        coalesce(sum(least(l.level, l.own_required_level)) filter (where l.kind = 'managerial'), 0)::float8 as met_m,
        coalesce(sum(least(l.level, l.own_required_level)) filter (where l.kind = 'technical'), 0)::float8 as met_t
      from current_competency_levels l
      where l.civil_servant_id in (select id from scoped) and l.own_required_level is not null
      group by l.civil_servant_id
    )
    insert into own_position_matches (civil_servant_id, agency_id, position_id, percent, assessed, performance,
      required_socio_cultural, required_managerial, required_technical,
      met_socio_cultural, met_managerial, met_technical)
    select s.id, s.agency_id, s.position_id, floor(100 * coalesce(m.met, 0) / t.required * 10 + 0.5) / 10,
      coalesce(m.assessed, 0), s.performance, t.req_sc, t.req_m, t.req_t,
      coalesce(m.met_sc, 0), coalesce(m.met_m, 0), coalesce(m.met_t, 0)
    from scoped s join totals t on t.position_id = s.position_id
    left join met m on m.civil_servant_id = s.id`);
  await refreshPositionResults(db, [...new Set([...held, ...holding].map((row) => row.position_id))]);
}

/**
 * Rewrites the results summary of the given positions from their holders' current levels (only
 * the competencies each position requires: `own_required_level` is set on exactly those).
 */
export async function refreshPositionResults(db: Db, positionIds: readonly string[]) {
  if (positionIds.length === 0) return;
  const ids = pgArray(positionIds);
  await db.execute(sql`delete from position_competency_results where position_id = any(${ids}::uuid[])`);
  await db.execute(sql`
    insert into position_competency_results
      (position_id, agency_id, dictionary_id, code, assessed, level_total, meeting)
    select cs.position_id, cs.agency_id, l.dictionary_id, l.code, count(*)::int, sum(l.level)::float8,
      count(*) filter (where l.level >= l.own_required_level)::int
    from civil_servants cs
    join current_competency_levels l on l.civil_servant_id = cs.id and l.agency_id = cs.agency_id
    where cs.position_id = any(${ids}::uuid[]) and l.own_required_level is not null
    group by cs.position_id, cs.agency_id, l.dictionary_id, l.code`);
}

export interface GapCellRow {
  position_id: string;
  position_name: string;
  dictionary_id: string;
  code: string;
  name: string;
  kind: string;
  required_level: number;
  holders: number;
  avg_gap: number;
  short: number;
}

/**
 * Gap heatmap cells of an org unit and its sub-units: per position and required competency, the
 * holders, the average gap (required − assessed, a missing result counting as 0) and how many fall
 * short. A few index-driven statements over the unit's positions (given as arrays, so the planner
 * knows how few they are); the holders' results come summed per position and competency from the
 * maintained summary (`position_competency_results`), not from every holder's levels: the cost
 * follows the unit's positions, not its people.
 */
export async function unitGapCells(db: Db, orgUnitId: string): Promise<GapCellRow[]> {
  const units = await queryRows<{ id: string }>(
    db,
    sql`with recursive units as (
          select id from org_units where id = ${orgUnitId}
          union all select u.id from org_units u join units on u.parent_id = units.id
        ) select id from units`,
  );
  const positions = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from positions where org_unit_id = any(${pgArray(units.map((u) => u.id))}::uuid[])
          and retired_at is null
        order by name, id`,
  );
  if (positions.length === 0) return [];
  const ids = pgArray(positions.map((p) => p.id));
  // Requirements and results read as tuples (one JSON text each): 1,500 cells of a unit of 100
  // positions moved out of PGlite row by row cost more than the statements themselves.
  const [holders, requirementTuples, levelTuples] = await Promise.all([
    queryRows<{ position_id: string; n: number }>(
      db,
      sql`select position_id, count(*)::int as n from civil_servants
          where position_id = any(${ids}::uuid[]) group by position_id`,
    ),
    queryTuples<[string, string, string, string, string, number]>(
      db,
      sql`select position_id, dictionary_id, code, name, kind, required_level from position_requirements
          where position_id = any(${ids}::uuid[])`,
      ['position_id', 'dictionary_id', 'code', 'name', 'kind', 'required_level'],
    ),
    queryTuples<[string, string, string, number, number]>(
      db,
      sql`select position_id, dictionary_id, code, level_total, meeting
          from position_competency_results where position_id = any(${ids}::uuid[])`,
      ['position_id', 'dictionary_id', 'code', 'level_total', 'meeting'],
    ),
  ]);
  const names = new Map(positions.map((p) => [p.id, p.name]));
  // Positions in the database's name order, then kind and code.
  const rank = new Map(positions.map((p, i) => [p.id, i]));
  const holdersOf = new Map(holders.map((h) => [h.position_id, h.n]));
  const levelOf = new Map(levelTuples.map((l) => [`${l[0]}|${l[1]}|${l[2]}`, l]));
  const cells: (GapCellRow & { rank: number })[] = [];
  for (const [position_id, dictionary_id, code, name, kind, required_level] of requirementTuples) {
    const n = holdersOf.get(position_id);
    if (!n) continue;
    const level = levelOf.get(`${position_id}|${dictionary_id}|${code}`);
    cells.push({
      position_id,
      dictionary_id,
      code,
      name,
      kind,
      required_level,
      position_name: names.get(position_id)!,
      holders: n,
      // As round(avg(required − coalesce(level, 0)), 2) over the holders.
      avg_gap: Math.round((required_level - (level?.[3] ?? 0) / n) * 100) / 100,
      short: n - (level?.[4] ?? 0),
      rank: rank.get(position_id)!,
    });
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return cells
    .sort((a, b) => a.rank - b.rank || compare(a.kind, b.kind) || compare(a.code, b.code))
    .map(({ rank: _rank, ...cell }) => cell);
}

export interface MatchAggregateRow {
  civil_servant_id: string;
  /** Σ min(assessed, required) / Σ required of the own position, percent rounded as the domain does. */
  percent: number;
  /** How many of the own position's competencies have a result. */
  assessed: number;
}

/**
 * Unweighted JPM of every civil servant of an agency (`null`: of every agency, the nation) against
 * their own position, one statement:
 * the met levels come from one pass over the agency's current levels, which carry what the own
 * position requires (`refreshOwnRequiredLevels`); the required total per position is summed apart,
 * so people without any result still appear (at 0 %). The percent is rounded in float8 exactly as
 * `jobPersonMatch` rounds it (Math.round of a tenth). Only what the callers read is returned: on
 * PGlite, moving each extra column of 50,000 rows out of the database costs more than the join.
 */
export async function matchOwnPositions(db: Db, agencyId: string | null) {
  const inScope = (column: SQL) => (agencyId === null ? sql`true` : sql`${column} = ${agencyId}`);
  return queryRows<MatchAggregateRow>(
    db,
    sql`with totals as (
          select position_id, sum(required_level)::float8 as required
          from position_requirements where ${inScope(sql`agency_id`)} group by position_id
        ),
        met as (
          select civil_servant_id, sum(least(level, own_required_level)) as met, count(*)::int as assessed
          from current_competency_levels
          where ${inScope(sql`agency_id`)} and own_required_level is not null
          group by civil_servant_id
        )
        select cs.id as civil_servant_id,
          floor(100 * coalesce(m.met, 0) / t.required * 10 + 0.5) / 10 as percent,
          coalesce(m.assessed, 0) as assessed
        from civil_servants cs
        join totals t on t.position_id = cs.position_id
        left join met m on m.civil_servant_id = cs.id
        where ${inScope(sql`cs.agency_id`)}`,
  );
}

/**
 * The current levels of the next `limit` people after `after` (by id; null: from the first), of
 * one agency or (`null`) of all, one row per person with their keys and levels as arrays. Read in
 * such chunks, a ranking index of 300,000 people does not hold PGlite's one connection for the
 * whole build: other requests run between the chunks.
 */
export async function currentLevelsAfter(
  db: Db,
  agencyId: string | null,
  after: string | null,
  limit: number,
): Promise<{ civil_servant_id: string; keys: string[]; levels: number[] }[]> {
  const conditions = [
    ...(agencyId ? [sql`agency_id = ${agencyId}`] : []),
    ...(after ? [sql`civil_servant_id > ${after}`] : []),
  ];
  return queryRows(
    db,
    sql`select civil_servant_id, array_agg(dictionary_id || ':' || code) as keys, array_agg(level) as levels
        from current_competency_levels
        ${conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
        group by civil_servant_id order by civil_servant_id limit ${limit}`,
  );
}
