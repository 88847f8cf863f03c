/**
 * The rows behind the 9-box: the agency's people grouped by performance band, potential result and
 * JPM (computed from the stored per-kind sums), which the domain places on the boxes; then the
 * best people of each box. Names are read afterwards, only for the people shown.
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

/** People of the agency alike for the 9-box: same performance band, potential result and JPM. */
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
 * Per person: performance band, newest potential result, and the JPM from the stored per-kind sums
 * (`own_position_matches`) with the job level's weights. One row per person, no level rows: the
 * 9-box of a large agency stays cheap.
 */
function people(agencyId: string, weights: readonly JobLevelWeights[]) {
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
    left join (
      select distinct on (civil_servant_id) civil_servant_id, band
      from potential_assessments where agency_id = ${agencyId}
      order by civil_servant_id, assessed_on desc, created_at desc
    ) pot on pot.civil_servant_id = cs.id
    where cs.agency_id = ${agencyId}`;
}

/** The agency's people grouped by what places them on the 9-box (at most 4 × 4 × 1,002 × 2 groups). */
export async function talentPoolGroups(
  db: Db,
  agencyId: string,
  weights: readonly JobLevelWeights[],
): Promise<TalentPoolGroup[]> {
  return queryRows<TalentPoolGroup>(
    db,
    sql`select performance, potential, percent, assessed, count(*)::int as people
        from (${people(agencyId, weights)}) x group by performance, potential, percent, assessed`,
  );
}

/** Where the domain placed a group: its box and what stood for the potential. */
export interface PlacedGroup {
  performance: string;
  potential: string | null;
  percent: number | null;
  assessed: boolean;
  box: number;
  basis: string;
}

/**
 * The best `perBox` people of each box, by JPM (people without a result last), then id. Only the
 * groups the domain placed are joined, so the boxes are the domain's.
 */
export async function talentPoolMembers(
  db: Db,
  agencyId: string,
  weights: readonly JobLevelWeights[],
  placed: readonly PlacedGroup[],
  perBox: number,
): Promise<{ id: string; box: number; basis: string; percent: number | null }[]> {
  if (placed.length === 0) return [];
  // Nulls travel as '' and -1: the join compares with =, which never matches a null.
  const column = (pick: (g: PlacedGroup) => string | number) => pgArray(placed.map(pick));
  return queryRows(
    db,
    sql`with placed as (
          select * from unnest(${column((g) => g.performance)}::text[], ${column((g) => g.potential ?? '')}::text[],
            ${column((g) => g.percent ?? -1)}::float8[], ${column((g) => (g.assessed ? 1 : 0))}::int[],
            ${column((g) => g.box)}::int[], ${column((g) => g.basis)}::text[])
            as g(performance, potential, percent, assessed, box, basis)
        ),
        -- Materialized: the people are computed once, then joined to the groups by their key
        -- (joined earlier, the planner would multiply people by groups before filtering).
        x as materialized (${people(agencyId, weights)}),
        ranked as (
          select x.id, g.box, g.basis, case when x.assessed then x.percent end as percent,
            row_number() over (partition by g.box
              order by case when x.assessed then x.percent end desc nulls last, x.id) as rank
          from x
          join placed g on g.performance = x.performance and g.potential = coalesce(x.potential, '')
            and g.percent = coalesce(x.percent, -1) and g.assessed = (case when x.assessed then 1 else 0 end)
        )
        select id, box, basis, percent from ranked where rank <= ${perBox} order by box, rank`,
  );
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
