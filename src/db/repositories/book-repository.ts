/**
 * What a book of standards (and the decree built on it) reads: the positions in scope and the
 * standard chosen for each. Retired positions are left out: they are no longer on the position map.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { JobStandard } from '../../domain/job-standard';
import type { StandardStatus } from '../../domain/job-standard-workflow';
import { type Db, queryRows } from '../client';
import { orgUnits, positions } from '../schema';

export async function listBookPositions(db: Db, agencyId: string) {
  return db
    .select({
      id: positions.id,
      name: positions.name,
      jobLevel: positions.jobLevel,
      orgUnitId: positions.orgUnitId,
      orgUnitName: orgUnits.name,
    })
    .from(positions)
    .leftJoin(orgUnits, eq(orgUnits.id, positions.orgUnitId))
    .where(and(eq(positions.agencyId, agencyId), isNull(positions.retiredAt)))
    .orderBy(asc(positions.name));
}

export interface BookStandardRow {
  id: string;
  position_id: string;
  version: number;
  status: StandardStatus;
  ratified_at: Date | string | null;
  position_code: string | null;
  content: JobStandard;
}

/** Per position of the agency: its latest ratified version if it has one, else its latest version. */
export async function listBookStandards(db: Db, agencyId: string): Promise<BookStandardRow[]> {
  return queryRows<BookStandardRow>(
    db,
    sql`select distinct on (s.position_id) s.id, s.position_id, s.version, s.status, s.ratified_at,
          s.position_code, s.content
        from job_standards s where s.agency_id = ${agencyId}
        order by s.position_id, (s.status = 'ratified') desc, s.version desc, s.created_at desc`,
  );
}
