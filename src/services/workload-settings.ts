/**
 * An agency's effective working time for workload analysis (ABK): effective minutes per year
 * (commonly 1,250 hours = 75,000 minutes) and per working day. Changing them recomputes every job
 * description of the agency and the required headcount of its positions, in one transaction.
 */
import { recordAudit } from '../db/repositories/audit-repository';
import { loadWorkloadPolicy, saveWorkloadPolicy } from '../db/repositories/job-description-repository';
import { DomainError } from '../domain/errors';
import { checkWorkloadPolicy, defaultWorkloadPolicy, type WorkloadPolicy } from '../domain/workload';
import { workloadPolicy } from '../policies/job-description';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { recomputeAgencyWorkload } from './recompute-workload';

const minutesPerYearLimit = 366 * 24 * 60;

export async function getWorkloadSettings(ctx: ServiceContext, agencyId: string) {
  workloadPolicy.authorize(ctx.actor, 'readWorkload', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const permissions = workloadPolicy.permissions(ctx.actor, { agencyId });
  const policy = await loadWorkloadPolicy(ctx.db, agencyId);
  return {
    agencyId,
    effectiveMinutesPerYear: policy.effectiveMinutesPerYear,
    minutesPerDay: policy.minutesPerDay,
    custom: policy.custom,
    updatedAt: policy.updatedAt,
    defaults: defaultWorkloadPolicy,
    canEdit: permissions.updateSettings,
    permissions,
  };
}

/** Zero or negative time, a day longer than 24 hours or than the year: refused, nothing written. */
export function checkSettings(policy: WorkloadPolicy): void {
  checkWorkloadPolicy(policy); // INVALID_EFFECTIVE_TIME for zero or negative values
  const problems: string[] = [];
  if (!Number.isInteger(policy.effectiveMinutesPerYear) || !Number.isInteger(policy.minutesPerDay)) {
    problems.push('Waktu kerja efektif diisi dalam menit bulat.');
  }
  if (policy.effectiveMinutesPerYear > minutesPerYearLimit) {
    problems.push('Waktu kerja efektif per tahun melebihi jumlah menit dalam setahun.');
  }
  if (policy.minutesPerDay > 24 * 60) problems.push('Menit kerja efektif per hari melebihi 24 jam.');
  if (policy.minutesPerDay > policy.effectiveMinutesPerYear) {
    problems.push('Menit kerja efektif per hari tidak boleh melebihi waktu kerja efektif per tahun.');
  }
  if (problems.length > 0) throw new DomainError('INVALID_EFFECTIVE_TIME', problems[0]!, { problems });
}

export async function updateWorkloadSettings(ctx: ServiceContext, agencyId: string, input: WorkloadPolicy) {
  workloadPolicy.authorize(ctx.actor, 'updateSettings', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const policy = {
    effectiveMinutesPerYear: input.effectiveMinutesPerYear,
    minutesPerDay: input.minutesPerDay,
  };
  checkSettings(policy);
  const before = await loadWorkloadPolicy(ctx.db, agencyId);
  const recomputed = await ctx.db.transaction(async (tx) => {
    await saveWorkloadPolicy(tx, agencyId, policy, ctx.actor.userId);
    const result = await recomputeAgencyWorkload(tx, agencyId, policy);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'workloadSettings',
      entityId: agencyId,
      action: 'update',
      diff: {
        before: {
          effectiveMinutesPerYear: before.effectiveMinutesPerYear,
          minutesPerDay: before.minutesPerDay,
        },
        after: policy,
        recomputedJobDescriptions: result.jobDescriptions,
        changedRequiredHeadcount: result.changedPositions,
      },
    });
    return result;
  });
  return {
    ...(await getWorkloadSettings(ctx, agencyId)),
    recomputed: {
      jobDescriptions: recomputed.jobDescriptions,
      changedPositions: recomputed.changedPositions.length,
    },
  };
}
