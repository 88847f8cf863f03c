/**
 * SQL behind 360° rounds: the texts a questionnaire is built from, the people around a position
 * (who rates whom by default), and the answers of submitted questionnaires.
 */
import { sql } from 'drizzle-orm';
import type { CompetencyKind } from '../../domain/reference';
import { type Db, pgArray, queryRows } from '../client';

export interface StandardCompetencyText {
  competency_id: string;
  competency_key: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  required_level: number;
  level_description: string;
  behaviour_indicators: string[];
}

/** A standard's competency rows (its own texts) with the `dictionaryId:code` results use. */
export async function standardCompetencyTexts(db: Db, standardId: string): Promise<StandardCompetencyText[]> {
  return queryRows<StandardCompetencyText>(
    db,
    sql`select e->>'competencyId' as competency_id, v.dictionary_id || ':' || c.code as competency_key,
          e->>'code' as code, e->>'name' as name, e->>'kind' as kind,
          (e->>'requiredLevel')::int as required_level, coalesce(e->>'levelDescription', '') as level_description,
          coalesce(e->'behaviourIndicators', '[]'::jsonb) as behaviour_indicators
        from job_standards s
        cross join lateral jsonb_array_elements(s.content->'competencies') e
        join competencies c on c.id = (e->>'competencyId')::uuid
        join dictionary_versions v on v.id = c.dictionary_version_id
        where s.id = ${standardId}`,
  );
}

/** The dictionary's five levels of each competency (the version a row was copied from). */
export async function dictionaryLevelTexts(db: Db, competencyIds: readonly string[]) {
  if (competencyIds.length === 0) return [];
  return queryRows<{
    competency_id: string;
    level: number;
    description: string;
    behaviour_indicators: string[];
  }>(
    db,
    sql`select competency_id, level, description, behaviour_indicators from competency_levels
        where competency_id = any(${pgArray(competencyIds)}::uuid[]) order by competency_id, level`,
  );
}

export interface Neighbour {
  subject_id: string;
  rater_id: string;
  relation: 'superior' | 'peer' | 'subordinate';
}

/**
 * Raters by the position map: holders of the parent position (superior), other holders of the
 * same position and holders of sibling positions (peers), holders of child positions
 * (subordinates); at most `perGroup` peers and subordinates each, by name.
 */
export async function positionNeighbours(
  db: Db,
  agencyId: string,
  subjectIds: readonly string[],
  perGroup: number,
): Promise<Neighbour[]> {
  if (subjectIds.length === 0) return [];
  return queryRows<Neighbour>(
    db,
    sql`with subjects as (
          select cs.id, cs.position_id, p.parent_position_id
          from civil_servants cs join positions p on p.id = cs.position_id
          where cs.id = any(${pgArray(subjectIds)}::uuid[])
        ),
        candidates as (
          select s.id as subject_id, o.id as rater_id, o.name,
            case
              when o.position_id = s.parent_position_id then 'superior'
              when op.parent_position_id = s.position_id then 'subordinate'
              else 'peer'
            end as relation
          from subjects s
          join civil_servants o on o.agency_id = ${agencyId} and o.id <> s.id
          join positions op on op.id = o.position_id
          where o.position_id = s.parent_position_id
             or op.parent_position_id = s.position_id
             or o.position_id = s.position_id
             or (s.parent_position_id is not null and op.parent_position_id = s.parent_position_id)
        ),
        ranked as (
          select *, row_number() over (partition by subject_id, relation order by name, rater_id) as n
          from candidates
        )
        select subject_id, rater_id, relation from ranked
        where relation = 'superior' or n <= ${perGroup}`,
  );
}

export interface SubmittedAnswer {
  subject_id: string;
  rater_id: string;
  relation: 'self' | 'superior' | 'peer' | 'subordinate';
  competency_key: string;
  level: number | null;
}

/** Answers of the submitted questionnaires of a round (or of one subject). */
export async function submittedAnswers(
  db: Db,
  roundId: string,
  subjectId?: string,
): Promise<SubmittedAnswer[]> {
  return queryRows<SubmittedAnswer>(
    db,
    sql`select r.subject_id, r.id as rater_id, r.relation, a.dictionary_id || ':' || a.code as competency_key, a.level
        from multi_rater_raters r join multi_rater_answers a on a.rater_id = r.id
        where r.round_id = ${roundId} and r.submitted_at is not null
          ${subjectId ? sql`and r.subject_id = ${subjectId}` : sql``}`,
  );
}
