/**
 * Set-based SQL behind the use of standards: the precomputed requirements per position, current
 * levels per civil servant, and the job-person match over many people at once.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';

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
}

export interface MatchAggregateRow {
  civil_servant_id: string;
  /** Σ min(assessed, required) / Σ required of the own position, percent rounded as the domain does. */
  percent: number;
  /** How many of the own position's competencies have a result. */
  assessed: number;
}

/**
 * Unweighted JPM of every civil servant of an agency against their own position, one statement:
 * the met levels come from one pass over the agency's current levels, which carry what the own
 * position requires (`refreshOwnRequiredLevels`); the required total per position is summed apart,
 * so people without any result still appear (at 0 %). The percent is rounded in float8 exactly as
 * `jobPersonMatch` rounds it (Math.round of a tenth). Only what the callers read is returned: on
 * PGlite, moving each extra column of 50,000 rows out of the database costs more than the join.
 */
export async function matchOwnPositions(db: Db, agencyId: string) {
  return queryRows<MatchAggregateRow>(
    db,
    sql`with totals as (
          select position_id, sum(required_level)::float8 as required
          from position_requirements where agency_id = ${agencyId} group by position_id
        ),
        met as (
          select civil_servant_id, sum(least(level, own_required_level)) as met, count(*)::int as assessed
          from current_competency_levels
          where agency_id = ${agencyId} and own_required_level is not null
          group by civil_servant_id
        )
        select cs.id as civil_servant_id,
          floor(100 * coalesce(m.met, 0) / t.required * 10 + 0.5) / 10 as percent,
          coalesce(m.assessed, 0) as assessed
        from civil_servants cs
        join totals t on t.position_id = cs.position_id
        left join met m on m.civil_servant_id = cs.id
        where cs.agency_id = ${agencyId}`,
  );
}
