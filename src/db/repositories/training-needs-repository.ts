/**
 * The agency's competency gaps aggregated for the training-needs analysis (analisis kebutuhan
 * pengembangan kompetensi): per org unit and competency, how many holders fall short of what
 * their position requires, by how much, and how important the competency is to those positions.
 * One statement over positions ⋈ requirements ⋈ holders ⋈ current levels.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, pgArray, queryRows } from '../client';

/** The unit and every unit below it. */
export async function unitSubtree(db: Db, orgUnitId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive units as (
          select id from org_units where id = ${orgUnitId}
          union all select u.id from org_units u join units on u.parent_id = units.id
        )
        select id from units`,
  );
  return rows.map((r) => r.id);
}

const importanceRank = sql`case r.importance when 'essential' then 3 when 'veryImportant' then 2 when 'important' then 1 else 0 end`;

/** Which positions count: all of the agency (null), those of some units, or those of no unit. */
export type UnitScope = readonly string[] | null | 'withoutUnit';

function unitCondition(units: UnitScope): SQL {
  if (units === null) return sql``;
  if (units === 'withoutUnit') return sql`and p.org_unit_id is null`;
  return sql`and p.org_unit_id = any(${pgArray(units)}::uuid[])`;
}

function gapRows(agencyId: string, units: UnitScope): SQL {
  return sql`select p.org_unit_id, r.dictionary_id, r.code, r.name, r.kind, r.required_level,
      ${importanceRank} as importance_rank, cs.id as civil_servant_id, l.level,
      greatest(r.required_level - coalesce(l.level, 0), 0) as gap
    from positions p
    join position_requirements r on r.position_id = p.id
    join civil_servants cs on cs.position_id = p.id
    left join current_competency_levels l
      on l.civil_servant_id = cs.id and l.dictionary_id = r.dictionary_id and l.code = r.code
    where p.agency_id = ${agencyId} ${unitCondition(units)}`;
}

export interface TrainingNeedRow {
  org_unit_id: string | null;
  unit_name: string | null;
  dictionary_id: string;
  code: string;
  name: string;
  kind: 'managerial' | 'socioCultural' | 'technical';
  holders: number;
  people: number;
  not_assessed: number;
  average_gap: number;
  max_gap: number;
  importance_rank: number;
}

export async function trainingNeedRows(
  db: Db,
  agencyId: string,
  units: readonly string[] | null,
): Promise<TrainingNeedRow[]> {
  // Grouped on narrow keys first (a hash aggregate that fits in memory), names joined afterwards.
  return queryRows<TrainingNeedRow>(
    db,
    sql`with gaps as (${gapRows(agencyId, units)}),
        needs as (
          select g.org_unit_id, g.dictionary_id, g.code,
            count(*)::int as holders,
            count(*) filter (where g.gap > 0)::int as people,
            count(*) filter (where g.gap > 0 and g.level is null)::int as not_assessed,
            round(avg(g.gap) filter (where g.gap > 0)::numeric, 2)::float8 as average_gap,
            max(g.gap)::float8 as max_gap,
            max(g.importance_rank)::int as importance_rank
          from gaps g
          group by g.org_unit_id, g.dictionary_id, g.code
          having count(*) filter (where g.gap > 0) > 0
        ),
        names as (
          select distinct on (dictionary_id, code) dictionary_id, code, name, kind
          from position_requirements where agency_id = ${agencyId}
          order by dictionary_id, code, name
        )
        select n.org_unit_id, u.name as unit_name, n.dictionary_id, n.code, c.name, c.kind, n.holders, n.people,
          n.not_assessed, n.average_gap, n.max_gap, n.importance_rank
        from needs n
        join names c on c.dictionary_id = n.dictionary_id and c.code = n.code
        left join org_units u on u.id = n.org_unit_id`,
  );
}

export interface TrainingNeedPerson {
  unit_name: string | null;
  nip: string;
  person_name: string;
  position_name: string;
  code: string;
  name: string;
  kind: string;
  required_level: number;
  level: number | null;
  gap: number;
  importance_rank: number;
}

/**
 * The people behind the needs, one row per person and competency short, at most `limit`, by unit
 * (nulls last), NIP and code. Read a few units at a time (the export's batches): each statement
 * then joins only the positions of those units.
 */
export async function trainingNeedPeople(
  db: Db,
  agencyId: string,
  units: UnitScope,
  limit: number,
): Promise<TrainingNeedPerson[]> {
  return queryRows<TrainingNeedPerson>(
    db,
    sql`with gaps as (${gapRows(agencyId, units)})
        select u.name as unit_name, cs.nip, cs.name as person_name, p.name as position_name, g.code, g.name, g.kind,
          g.required_level, g.level, g.gap::float8 as gap, g.importance_rank
        from gaps g
        join civil_servants cs on cs.id = g.civil_servant_id
        join positions p on p.id = cs.position_id
        left join org_units u on u.id = g.org_unit_id
        where g.gap > 0
        order by g.org_unit_id, cs.nip, g.code
        limit ${limit}`,
  );
}
