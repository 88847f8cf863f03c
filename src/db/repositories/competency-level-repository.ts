/**
 * The current level per person and competency, rebuilt from the whole history (assessment-centre
 * results and closed 360° rounds) by the agency's combination rule: after a 360° round closes,
 * after an assessment import for people who also have 360° results, and when the rule changes.
 * The import's own upsert (newest assessment-centre result wins) stays the fast path for the
 * common case of an agency without 360° results.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { CombinationMode } from '../../domain/talent-policy';
import { type Db, pgArray, queryRows } from '../client';
import { refreshOwnRequiredLevels } from './talent-repository';

function ordering(mode: CombinationMode): SQL {
  const acFirst = sql`(a.method = 'assessmentCentre') desc`;
  return mode === 'newest'
    ? sql`a.assessed_on desc, ${acFirst}, a.created_at desc`
    : sql`${acFirst}, a.assessed_on desc, a.created_at desc`;
}

/**
 * Rewrites the current levels of the people `scope` selects (a condition on `civil_servants cs`)
 * of one agency. One statement for the delete, one for the insert, one for their own requirements.
 */
export async function rebuildCurrentLevels(db: Db, agencyId: string, mode: CombinationMode, scope: SQL) {
  const people = sql`select cs.id from civil_servants cs where cs.agency_id = ${agencyId} and ${scope}`;
  await db.execute(sql`delete from current_competency_levels where civil_servant_id in (${people})`);
  await db.execute(sql`
    insert into current_competency_levels
      (civil_servant_id, agency_id, dictionary_id, code, kind, level, assessed_on, source)
    select distinct on (a.civil_servant_id, s.dictionary_id, s.code)
      a.civil_servant_id, a.agency_id, s.dictionary_id, s.code, s.kind, s.level, a.assessed_on, a.method
    from assessments a join assessment_scores s on s.assessment_id = a.id
    where a.agency_id = ${agencyId} and a.civil_servant_id in (${people})
      ${mode === 'assessmentCentreOnly' ? sql`and a.method = 'assessmentCentre'` : sql``}
    order by a.civil_servant_id, s.dictionary_id, s.code, ${ordering(mode)}`);
  await refreshOwnRequiredLevels(db, sql`cs.agency_id = ${agencyId} and ${scope}`);
}

/**
 * After an assessment-centre import: the import's upsert put the newest centre result in place;
 * people who also have 360° results are rebuilt by the rule. Returns how many were rebuilt.
 */
export async function reconcileAfterAssessmentImport(
  db: Db,
  agencyId: string,
  servantIds: readonly string[],
  mode: CombinationMode,
): Promise<number> {
  if (servantIds.length === 0) return 0;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct civil_servant_id as id from assessments
        where agency_id = ${agencyId} and method = 'multiRater'
          and civil_servant_id = any(${pgArray(servantIds)}::uuid[])`,
  );
  if (rows.length === 0) return 0;
  await rebuildCurrentLevels(db, agencyId, mode, sql`cs.id = any(${pgArray(rows.map((r) => r.id))}::uuid[])`);
  return rows.length;
}

/** Whether the agency has any 360° result (a change of the rule then needs a rebuild). */
export async function hasMultiRaterResults(db: Db, agencyId: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from assessments where agency_id = ${agencyId} and method = 'multiRater') as found`,
  );
  return row?.found === true;
}
