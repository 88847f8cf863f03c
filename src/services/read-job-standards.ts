/** Reading standards: one with its findings, permissions, transitions and versions; diffs. */
import { listStandardTransitions, listVersionsOfLineage } from '../db/repositories/job-standard-repository';
import { DomainError } from '../domain/errors';
import { diffStandards } from '../domain/job-standard-diff';
import type { StandardStatus } from '../domain/job-standard-workflow';
import { jobStandardPolicy } from '../policies/job-standard';
import { checkStoredStandard } from './check-job-standard';
import type { ServiceContext } from './context';
import { loadVisibleStandard } from './job-standard-access';

export async function getStandardFindings(ctx: ServiceContext, id: string) {
  const standard = await loadVisibleStandard(ctx.db, ctx.actor, id);
  const { findings, policy, context } = await checkStoredStandard(ctx.db, standard);
  return { standard, policy, context, findings };
}

export async function getJobStandard(ctx: ServiceContext, id: string) {
  const { standard, findings, policy, context } = await getStandardFindings(ctx, id);
  const [allVersions, transitions] = await Promise.all([
    listVersionsOfLineage(ctx.db, standard.lineageId),
    listStandardTransitions(ctx.db, [id]),
  ]);
  // Each version is listed as the policy lets this actor read it: the catalog sees ratified ones only.
  const versions = allVersions.filter((v) =>
    jobStandardPolicy.can(ctx.actor, 'read', {
      agencyId: standard.agencyId,
      status: v.status as StandardStatus,
      submittedBy: null,
    }),
  );
  const permissions = jobStandardPolicy.permissions(ctx.actor, {
    ...standard,
    latest: allVersions[0]?.id === standard.id,
  });
  return {
    standard: {
      id: standard.id,
      lineageId: standard.lineageId,
      version: standard.version,
      agencyId: standard.agencyId,
      positionId: standard.positionId,
      status: standard.status,
      revision: standard.revision,
      positionCode: standard.positionCode,
      originStandardId: standard.originStandardId,
      policyName: policy.name,
      submittedAt: standard.submittedAt,
      ratifiedAt: standard.ratifiedAt,
      updatedAt: standard.updatedAt,
    },
    content: standard.content,
    findings,
    // The composer runs the same rules in the browser on every change; the server stays the authority.
    check: {
      policy,
      context: { ...context, dictionarySources: Object.fromEntries(context.dictionarySources ?? []) },
    },
    transitions,
    versions,
    permissions: {
      ...permissions,
      canEdit: permissions.update,
      canSubmit: permissions.submit,
      canVerify: permissions.verify,
      canValidate: permissions.validate,
      canRatify: permissions.ratify,
      canReturn: permissions.return,
      canRevise: permissions.revise,
    },
  };
}

export async function diffJobStandards(ctx: ServiceContext, id: string, againstId: string) {
  const [after, before] = await Promise.all([
    getStandardFindings(ctx, id),
    getStandardFindings(ctx, againstId),
  ]);
  if (after.standard.lineageId !== before.standard.lineageId) {
    throw new DomainError('VERSIONS_OF_DIFFERENT_STANDARDS', 'Kedua versi harus berasal dari SKJ yang sama.');
  }
  return {
    from: { id: before.standard.id, version: before.standard.version, status: before.standard.status },
    to: { id: after.standard.id, version: after.standard.version, status: after.standard.status },
    diff: diffStandards(before.standard.content, after.standard.content),
  };
}
