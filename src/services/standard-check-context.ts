/** What `checkStandard` needs besides the standard and the policy, read from the database. */
import type { Db } from '../db/client';
import { findPendingCompetencies } from '../db/repositories/dictionary-repository';
import type { JobStandard } from '../domain/job-standard';
import type { StandardContext } from '../domain/job-standard-rules';
import type { AgencyKind } from '../domain/roles';

export async function standardCheckContext(
  db: Db,
  content: JobStandard,
  options: { agencyKind: AgencyKind; requirePositionCode?: boolean },
): Promise<StandardContext> {
  const technicalIds = content.competencies.filter((r) => r.kind === 'technical').map((r) => r.competencyId);
  return {
    agencyKind: options.agencyKind,
    ...(options.requirePositionCode !== undefined
      ? { requirePositionCode: options.requirePositionCode }
      : {}),
    pendingCompetencies: await findPendingCompetencies(db, technicalIds),
  };
}
