/**
 * The rows behind the 9-box. Writing: the people `scope` selects, grouped by what places them
 * (performance band, newest potential result, JPM from the stored per-kind sums), which the domain
 * places; then their rows of `talent_placements` and the counts of `talent_box_counts` are
 * rewritten. Reading: the counts and the first rows of each box's index. Names are read afterwards,
 * only for the people shown.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, pgArray, queryRows } from '../client';

/** The weights of one job level (from the agency's effective policy), as the JPM applies them. */
export interface JobLevelWeights {
  jobLevel: string;
  socioCultural: number;
  managerial: number;
  technical: number;
}

/** People alike for the 9-box: same performance band, potential result and JPM. */
export interface TalentPoolGroup {
  performance: 'below' | 'meets' | 'above' | null;
  potential: 'low' | 'medium' | 'high' | null;
  /** The JPM against the own position's newest ratified standard; null: the position has none. */
  percent: number | null;
  /** At least one of the own position's competencies has a result. */
  assessed: boolean;
  people: number;
}

/**
 * The JPM of a row `o` of `own_position_matches` (per-kind sums) with the weights `w` of its job
 * level (`w.job_level` null: none). The arithmetic is `matchPercent`'s in the same order of IEEE
 * operations (kinds socio-cultural, managerial, technical; kinds without a requirement skipped; a
 * tenth rounded half up), so the figure equals the domain's to the bit: a test compares them.
 */
export function matchPercentSql(): SQL {
  const r = { sc: 'o.required_socio_cultural', m: 'o.required_managerial', t: 'o.required_technical' };
  const met = { sc: 'o.met_socio_cultural', m: 'o.met_managerial', t: 'o.met_technical' };
  const kinds = ['sc', 'm', 't'] as const;
  const sum = (term: (k: (typeof kinds)[number]) => string) =>
    `(${kinds.map((k) => `case when ${r[k]} > 0 then ${term(k)} else 0 end`).join(' + ')})`;
  const weightTotal = sum((k) => `w.${k}`);
  const weightedSum = sum((k) => `w.${k} * (${met[k]} / ${r[k]})`);
  const metTotal = sum((k) => met[k]);
  const requiredTotal = sum((k) => r[k]);
  return sql.raw(`case
      when w.job_level is not null and ${weightTotal} > 0
        then floor(100 * ${weightedSum} / ${weightTotal} * 10 + 0.5) / 10
      when ${requiredTotal} > 0 then floor(100 * ${metTotal} / ${requiredTotal} * 10 + 0.5) / 10
      else 0::float8
    end`);
}

/**
 * Per person of `scope` (a condition on `civil_servants cs`): performance band, newest potential
 * result, and the JPM from the stored per-kind sums (`own_position_matches`) with the job level's
 * weights. One row per person, each input found by key: the cost follows the scope.
 */
function people(agencyId: string, scope: SQL, weights: readonly JobLevelWeights[]) {
  const levels = pgArray(weights.map((x) => x.jobLevel));
  const sc = pgArray(weights.map((x) => x.socioCultural));
  const m = pgArray(weights.map((x) => x.managerial));
  const t = pgArray(weights.map((x) => x.technical));
  return sql`select cs.id, cs.performance, pot.band as potential, coalesce(o.assessed, 0) > 0 as assessed,
      case when o.civil_servant_id is null then null else ${matchPercentSql()} end as percent
    from civil_servants cs
    left join own_position_matches o on o.civil_servant_id = cs.id and o.agency_id = cs.agency_id
    left join positions p on p.id = cs.position_id and p.agency_id = cs.agency_id
    left join unnest(${levels}::text[], ${sc}::float8[], ${m}::float8[], ${t}::float8[]) as w(job_level, sc, m, t)
      on w.job_level = p.job_level
    left join lateral (
      select pa.band from potential_assessments pa
      where pa.civil_servant_id = cs.id and pa.agency_id = cs.agency_id
      order by pa.assessed_on desc, pa.created_at desc limit 1
    ) pot on true
    where cs.agency_id = ${agencyId} and (${scope})`;
}

/** The ids of the next `limit` people of the agency in `scope` after the id `after` (null: from the first), by id. */
export async function peopleAfter(
  db: Db,
  agencyId: string,
  scope: SQL,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select cs.id from civil_servants cs
        where cs.agency_id = ${agencyId} and (${scope}) ${after === null ? sql`` : sql`and cs.id > ${after}`}
        order by cs.id limit ${limit}`,
  );
  return rows.map((r) => r.id);
}

/** The people `ids` as a condition on `civil_servants cs`. */
function idScope(ids: readonly string[]): SQL {
  return sql`cs.id = any(${pgArray(ids)}::uuid[])`;
}

/** The people `ids` grouped by what places them (at most 4 × 4 × 1,002 × 2 groups). */
export async function placementGroups(
  db: Db,
  agencyId: string,
  ids: readonly string[],
  weights: readonly JobLevelWeights[],
): Promise<TalentPoolGroup[]> {
  return queryRows<TalentPoolGroup>(
    db,
    sql`select performance, potential, percent, assessed, count(*)::int as people
        from (${people(agencyId, idScope(ids), weights)}) x group by performance, potential, percent, assessed`,
  );
}

/**
 * Where the domain placed a group: box 1..9 and what stood for the potential, or box 0 and why
 * the group is not placed (`noPerformance`, `noPotential`).
 */
export interface PlacedGroup {
  performance: string | null;
  potential: string | null;
  percent: number | null;
  assessed: boolean;
  box: number;
  basis: string;
}

/**
 * Rewrites the placements of the people `ids` (of the agency) from `placed` (every group
 * `placementGroups` found for the same people, placed) and moves the box counts by the
 * difference, under `lockTalentPlacements`. The old rows are found by the ids themselves, on the
 * primary key: a condition through `civil_servants` let PostgreSQL, whose statistics did not yet
 * know a new agency's placements, walk every placement the transaction had written so far for
 * each chunk (placing a ministry of 300,000 grew quadratically: 10 s a chunk after 100 chunks).
 */
export async function writeTalentPlacements(
  db: Db,
  agencyId: string,
  ids: readonly string[],
  weights: readonly JobLevelWeights[],
  placed: readonly PlacedGroup[],
): Promise<number> {
  const removed = await queryRows<{ box: number; basis: string; people: number }>(
    db,
    sql`with gone as (
          delete from talent_placements t
          where t.civil_servant_id = any(${pgArray(ids)}::uuid[]) and t.agency_id = ${agencyId}
          returning t.box, t.basis)
        select box, basis, count(*)::int as people from gone group by box, basis`,
  );
  // Nulls travel as '' and -1: the join compares with =, which never matches a null.
  const column = (pick: (g: PlacedGroup) => string | number) => pgArray(placed.map(pick));
  const [written] = await queryRows<{ people: number }>(
    db,
    sql`with placed as (
          select * from unnest(${column((g) => g.performance ?? '')}::text[], ${column((g) => g.potential ?? '')}::text[],
            ${column((g) => g.percent ?? -1)}::float8[], ${column((g) => (g.assessed ? 1 : 0))}::int[],
            ${column((g) => g.box)}::int[], ${column((g) => g.basis)}::text[])
            as g(performance, potential, percent, assessed, box, basis)
        ),
        -- Materialized: the people are computed once, then joined to the groups by their key.
        x as materialized (${people(agencyId, idScope(ids), weights)}),
        added as (
          insert into talent_placements (civil_servant_id, agency_id, box, basis, percent)
          select x.id, ${agencyId}, g.box, g.basis, case when x.assessed then x.percent end
          from x join placed g on g.performance = coalesce(x.performance, '') and g.potential = coalesce(x.potential, '')
            and g.percent = coalesce(x.percent, -1) and g.assessed = (case when x.assessed then 1 else 0 end)
          returning box, basis
        ),
        delta as (
          select box, basis, sum(n)::int as n from (
            select box, basis, 1 as n from added
            union all
            select * from unnest(${pgArray(removed.map((r) => r.box))}::int[], ${pgArray(removed.map((r) => r.basis))}::text[],
              ${pgArray(removed.map((r) => -r.people))}::int[])
          ) d group by box, basis
        ),
        counted as (
          insert into talent_box_counts (agency_id, box, basis, people)
          select ${agencyId}, box, basis, n from delta where n <> 0 order by box, basis
          on conflict (agency_id, box, basis) do update set people = talent_box_counts.people + excluded.people
          returning 1
        )
        select (select count(*)::int from added) as people, (select count(*) from counted) as counted`,
  );
  return written?.people ?? 0;
}

/** Key of the advisory locks that place one agency's people one transaction after another. */
const placementLock = 7_023_002;

/**
 * Until the transaction ends, no other transaction places people of the agency: two that placed
 * the same person at once would both insert their row (PostgreSQL; PGlite has one connection).
 * Taken before the inputs are read, so the placement sees what the one before it committed.
 */
export async function lockTalentPlacements(db: Db, agencyId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(${placementLock}, hashtext(${agencyId}))`);
}

/** The agency's people per (box, basis); box 0: not placed, the basis says why. */
export async function talentBoxCounts(
  db: Db,
  agencyId: string,
): Promise<{ box: number; basis: string; people: number }[]> {
  return queryRows(
    db,
    sql`select box, basis, people from talent_box_counts where agency_id = ${agencyId} and people <> 0`,
  );
}

/** The best `perBox` people of each box 1..9: by JPM (people without a result last), then id. */
export async function talentBoxMembers(
  db: Db,
  agencyId: string,
  perBox: number,
): Promise<{ id: string; box: number; basis: string; percent: number | null }[]> {
  return queryRows(
    db,
    sql`select b.box, m.id, m.basis, m.percent
        from generate_series(1, 9) as b(box)
        cross join lateral (
          select t.civil_servant_id as id, t.basis, t.percent from talent_placements t
          where t.agency_id = ${agencyId} and t.box = b.box
          order by t.percent desc nulls last, t.civil_servant_id limit ${perBox}
        ) m
        order by b.box, m.percent desc nulls last, m.id`,
  );
}

/** Agencies with civil servants that were never placed (data from before the placements). */
export async function agenciesNotYetPlaced(db: Db): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select a.id from agencies a
        where exists (select 1 from civil_servants cs where cs.agency_id = a.id)
          and not exists (select 1 from talent_box_counts c where c.agency_id = a.id)`,
  );
  return rows.map((r) => r.id);
}

export interface PersonLabelRow {
  id: string;
  nip: string;
  name: string;
  position_name: string | null;
  performance_rating: string | null;
  performance: string | null;
}

export async function personLabels(db: Db, ids: readonly string[]): Promise<PersonLabelRow[]> {
  if (ids.length === 0) return [];
  return queryRows<PersonLabelRow>(
    db,
    sql`select cs.id, cs.nip, cs.name, p.name as position_name, cs.performance_rating, cs.performance
        from civil_servants cs left join positions p on p.id = cs.position_id
        where cs.id = any(${pgArray(ids)}::uuid[])`,
  );
}
