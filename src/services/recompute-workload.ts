/**
 * Recomputing the workload of every job description of an agency under its settings, and feeding
 * the required headcount of the position map. Runs when the settings change (in their
 * transaction); the bench measures it for a province.
 */
import type { Db } from '../db/client';
import { listAgencyTasks, storeWorkloadFigures } from '../db/repositories/job-description-repository';
import { computeWorkload, type WorkloadPolicy } from '../domain/workload';

export async function recomputeAgencyWorkload(db: Db, agencyId: string, policy: WorkloadPolicy) {
  const rows = await listAgencyTasks(db, agencyId);
  const figures = rows.map((row) => {
    const result = computeWorkload(row.tasks, policy);
    return {
      id: row.id,
      workloadMinutes: result.totalMinutes,
      workloadNeed: result.need,
      workloadHeadcount: result.requiredHeadcount,
    };
  });
  const changedPositions = await storeWorkloadFigures(db, figures);
  return { jobDescriptions: rows.length, changedPositions };
}
