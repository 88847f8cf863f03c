/**
 * SQL behind succession planning: the positions a dashboard shows (critical ones and those with
 * successors) with their bench by readiness, and one position's successors.
 */
import { sql } from 'drizzle-orm';
import { type Db, pgArray, queryRows } from '../client';

export interface SuccessionPositionRow {
  position_id: string;
  name: string;
  job_level: string;
  position_group: string;
  org_unit_id: string | null;
  unit_name: string | null;
  critical: boolean;
  reason: string | null;
  ready_now: number;
  ready_soon: number;
  ready_later: number;
}

export async function successionPositions(
  db: Db,
  agencyId: string,
  units: readonly string[] | null,
): Promise<SuccessionPositionRow[]> {
  return queryRows<SuccessionPositionRow>(
    db,
    sql`with bench as (
          select position_id,
            count(*) filter (where readiness = 'readyNow')::int as ready_now,
            count(*) filter (where readiness = 'readyInOneToTwoYears')::int as ready_soon,
            count(*) filter (where readiness = 'readyInThreeYearsOrMore')::int as ready_later
          from succession_nominations where agency_id = ${agencyId} group by position_id
        )
        select p.id as position_id, p.name, p.job_level, p.position_group, p.org_unit_id, u.name as unit_name,
          cp.position_id is not null as critical, cp.reason,
          coalesce(b.ready_now, 0) as ready_now, coalesce(b.ready_soon, 0) as ready_soon,
          coalesce(b.ready_later, 0) as ready_later
        from positions p
        left join critical_positions cp on cp.position_id = p.id
        left join bench b on b.position_id = p.id
        left join org_units u on u.id = p.org_unit_id
        where p.agency_id = ${agencyId} and p.retired_at is null
          and (cp.position_id is not null or b.position_id is not null)
          ${units ? sql`and p.org_unit_id = any(${pgArray(units)}::uuid[])` : sql``}
        order by u.name nulls last, p.name`,
  );
}

export interface NominationRow {
  id: string;
  civil_servant_id: string;
  nip: string;
  name: string;
  current_position: string | null;
  readiness: string;
  development_plan: string;
  percent_at_nomination: number | null;
  nominated_at: string;
  updated_at: string;
}

export async function nominationsOf(db: Db, positionId: string): Promise<NominationRow[]> {
  return queryRows<NominationRow>(
    db,
    sql`select n.id, n.civil_servant_id, cs.nip, cs.name, p.name as current_position, n.readiness,
          n.development_plan, n.percent_at_nomination, n.nominated_at, n.updated_at
        from succession_nominations n
        join civil_servants cs on cs.id = n.civil_servant_id
        left join positions p on p.id = cs.position_id
        where n.position_id = ${positionId}
        order by array_position(array['readyNow','readyInOneToTwoYears','readyInThreeYearsOrMore'], n.readiness), cs.name`,
  );
}

/** Current levels of some people, for their live JPM against a position. */
export async function currentLevelsOfMany(db: Db, civilServantIds: readonly string[]) {
  if (civilServantIds.length === 0) return [];
  return queryRows<{
    civil_servant_id: string;
    dictionary_id: string;
    code: string;
    level: number;
    assessed_on: string;
  }>(
    db,
    sql`select civil_servant_id, dictionary_id, code, level, assessed_on from current_competency_levels
        where civil_servant_id = any(${pgArray(civilServantIds)}::uuid[])`,
  );
}
