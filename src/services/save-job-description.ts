/**
 * Saving a job description: checked content becomes a new version (history kept), its workload is
 * computed under the agency's settings, and the workload's headcount becomes the position's
 * required headcount on the position map (see docs/decisions/0011-job-descriptions-and-workload.md).
 * Optimistic locking: a save names the revision it edited (0 for the first save).
 */
import { recordAudit } from '../db/repositories/audit-repository';
import {
  findJobDescription,
  insertJobDescription,
  insertJobDescriptionVersion,
  loadWorkloadPolicy,
  setRequiredHeadcount,
  updateJobDescription,
} from '../db/repositories/job-description-repository';
import type { PositionRow } from '../db/repositories/position-repository';
import type { JobDescription } from '../domain/job-description';
import { computeWorkload, type WorkloadResult } from '../domain/workload';
import type { ServiceContext } from './context';
import {
  assertFreshJobDescription,
  loadEditablePosition,
  validJobDescription,
} from './job-description-access';

export interface SaveJobDescriptionInput {
  revision: number;
  content: JobDescription;
}

export async function saveJobDescription(
  ctx: ServiceContext,
  positionId: string,
  input: SaveJobDescriptionInput,
) {
  const position = await loadEditablePosition(ctx, positionId);
  const content = validJobDescription(input.content);
  return writeJobDescription(ctx, position, content, { revision: input.revision, source: 'edit' });
}

function changedComponents(before: JobDescription | null, after: JobDescription): string[] {
  return (Object.keys(after) as (keyof JobDescription)[]).filter(
    (key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key]),
  );
}

/**
 * Writes checked content as the newest version, in one transaction with its audit entries; the
 * shared last step of saving and of importing tasks. `revision` undefined skips the lock check.
 */
export async function writeJobDescription(
  ctx: ServiceContext,
  position: PositionRow,
  content: JobDescription,
  options: { revision: number | undefined; source: 'edit' | 'import' },
) {
  const policy = await loadWorkloadPolicy(ctx.db, position.agencyId);
  const workload: WorkloadResult = computeWorkload(content.tasks, policy);
  const figures = {
    workloadMinutes: workload.totalMinutes,
    workloadNeed: workload.need,
    workloadHeadcount: workload.requiredHeadcount,
  };
  return ctx.db.transaction(async (tx) => {
    const current = await findJobDescription(tx, position.id, true);
    if (options.revision !== undefined) assertFreshJobDescription(current?.revision ?? 0, options.revision);
    let id: string;
    let version: number;
    let revision: number;
    if (current) {
      id = current.id;
      ({ version, revision } = await updateJobDescription(tx, id, {
        content,
        updatedBy: ctx.actor.userId,
        ...figures,
      }));
    } else {
      const inserted = await insertJobDescription(tx, {
        agencyId: position.agencyId,
        positionId: position.id,
        content,
        updatedBy: ctx.actor.userId,
        ...figures,
      });
      // Another first save won the race for this position: the same answer as a stale revision.
      if (!inserted) assertFreshJobDescription(1, options.revision ?? 0);
      id = inserted!;
      version = 1;
      revision = 1;
    }
    await insertJobDescriptionVersion(tx, {
      jobDescriptionId: id,
      version,
      positionName: position.name,
      content,
      source: options.source,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'jobDescription',
      entityId: id,
      action: current ? (options.source === 'import' ? 'importTasks' : 'update') : 'create',
      diff: {
        positionId: position.id,
        version,
        components: changedComponents(current?.content ?? null, content),
        workload: {
          before: current ? { need: current.workloadNeed, headcount: current.workloadHeadcount } : null,
          after: { need: workload.need, headcount: workload.requiredHeadcount },
        },
      },
    });
    // Without tasks there is no workload: a required headcount entered on the map stays.
    let requiredHeadcount = position.requiredHeadcount;
    if (workload.totalMinutes > 0 && workload.requiredHeadcount !== position.requiredHeadcount) {
      requiredHeadcount = workload.requiredHeadcount;
      await setRequiredHeadcount(tx, position.id, requiredHeadcount);
      await recordAudit(tx, {
        userId: ctx.actor.userId,
        agencyId: position.agencyId,
        entity: 'position',
        entityId: position.id,
        action: 'update',
        diff: {
          before: { requiredHeadcount: position.requiredHeadcount },
          after: { requiredHeadcount },
          source: 'workload',
          jobDescriptionVersion: version,
        },
      });
    }
    return { version, revision, status: 'draft' as const, workload, requiredHeadcount };
  });
}
