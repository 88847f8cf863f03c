/** Keyset-paged list of an agency's assessment sessions (see `src/services/paging.ts`). */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../client';

export interface AssessmentListRow {
  id: string;
  nip: string;
  name: string;
  assessed_on: string;
  assessor: string;
  institution: string;
  scores: number;
}

/**
 * Newest first: `limit + 1` sessions before `after` (the previous page's last assessed date and
 * id), along the (agency, assessed date, id) index.
 */
export async function pageAssessments(
  db: Db,
  agencyId: string,
  params: { nip?: string | undefined; after?: readonly (string | number)[] | undefined; limit: number },
) {
  const after = params.after;
  return queryRows<AssessmentListRow>(
    db,
    sql`select a.id, cs.nip, cs.name, a.assessed_on, a.assessor, a.institution,
          (select count(*)::int from assessment_scores s where s.assessment_id = a.id) as scores
        from assessments a join civil_servants cs on cs.id = a.civil_servant_id
        where a.agency_id = ${agencyId}
          ${params.nip ? sql`and cs.nip = ${params.nip}` : sql``}
          ${after ? sql`and (a.assessed_on, a.id) < (${after[0]}, ${after[1]}::uuid)` : sql``}
        order by a.assessed_on desc, a.id desc
        limit ${params.limit + 1}`,
  );
}
