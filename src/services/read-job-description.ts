/**
 * Reading a position's job description: the current content (or, before the first save, a draft
 * pre-filled from the position), completion per component, workload under the agency's settings,
 * the versions, and the job-factor information the job evaluation shows beside each factor.
 */
import {
  findJobDescription,
  findJobDescriptionVersion,
  listJobDescriptionVersions,
  listSubordinateNames,
  loadWorkloadPolicy,
} from '../db/repositories/job-description-repository';
import type { PositionRow } from '../db/repositories/position-repository';
import { DomainError } from '../domain/errors';
import {
  checkJobDescription,
  emptyJobDescription,
  hasSubordinateComponent,
  type JobDescription,
  jobDescriptionCompletion,
  normalizeJobDescription,
} from '../domain/job-description';
import { evaluationKindFor } from '../domain/job-evaluation';
import { jobFactorInformation } from '../domain/job-factor-information';
import { computeWorkload, type WorkloadTask } from '../domain/workload';
import { jobDescriptionPolicy } from '../policies/job-description';
import type { ServiceContext } from './context';
import { invalidJobDescription, loadReadablePosition } from './job-description-access';

function positionSummary(position: PositionRow) {
  return {
    id: position.id,
    agencyId: position.agencyId,
    name: position.name,
    orgUnitId: position.orgUnitId,
    orgUnitName: position.orgUnitName,
    positionGroup: position.positionGroup,
    jobLevel: position.jobLevel,
    positionCode: position.positionCode,
    headcount: position.headcount,
    requiredHeadcount: position.requiredHeadcount,
  };
}

/** A first draft from what the position already says: code, summary, task names, subordinates. */
async function prefilled(ctx: ServiceContext, position: PositionRow): Promise<JobDescription> {
  const content = emptyJobDescription();
  content.positionCode = position.positionCode ?? '';
  content.summary = position.summary ?? '';
  content.tasks = (position.tasks ?? []).map((task) => ({
    task,
    output: '',
    volume: 0,
    time: 0,
    unit: 'minute',
  }));
  if (hasSubordinateComponent(position.jobLevel)) {
    content.subordinatePositions = await listSubordinateNames(ctx.db, position.id);
  }
  return content;
}

export async function getJobDescription(ctx: ServiceContext, positionId: string) {
  const position = await loadReadablePosition(ctx, positionId);
  const permissions = jobDescriptionPolicy.permissions(ctx.actor, position);
  const row = await findJobDescription(ctx.db, position.id);
  const policy = await loadWorkloadPolicy(ctx.db, position.agencyId);
  const content = row?.content ?? (await prefilled(ctx, position));
  const tasksValid = checkJobDescription({ ...emptyJobDescription(), tasks: content.tasks }).length === 0;
  return {
    position: positionSummary(position),
    jobDescription: row
      ? {
          id: row.id,
          version: row.version,
          revision: row.revision,
          status: row.status,
          updatedAt: row.updatedAt,
        }
      : null,
    content,
    completion: jobDescriptionCompletion(content, position.jobLevel),
    /** null while a pre-filled task still lacks its output or figures. */
    workload: tasksValid ? computeWorkload(content.tasks, policy) : null,
    settings: {
      effectiveMinutesPerYear: policy.effectiveMinutesPerYear,
      minutesPerDay: policy.minutesPerDay,
      custom: policy.custom,
    },
    permissions: {
      ...permissions,
      canEdit: permissions.update,
      canRatify: permissions.ratify,
    },
  };
}

async function existingRow(ctx: ServiceContext, positionId: string) {
  const position = await loadReadablePosition(ctx, positionId);
  const row = await findJobDescription(ctx.db, position.id);
  if (!row) {
    throw new DomainError(
      'JOB_DESCRIPTION_NOT_FOUND',
      'Jabatan ini belum memiliki uraian jabatan yang disimpan.',
    );
  }
  return { position, row };
}

export async function listJobDescriptionHistory(ctx: ServiceContext, positionId: string) {
  const { position, row } = await existingRow(ctx, positionId);
  return {
    position: { id: position.id, name: position.name },
    current: { version: row.version, status: row.status },
    items: await listJobDescriptionVersions(ctx.db, row.id),
  };
}

export async function getJobDescriptionVersion(ctx: ServiceContext, positionId: string, version: number) {
  const { position, row } = await existingRow(ctx, positionId);
  const found = await findJobDescriptionVersion(ctx.db, row.id, version);
  if (!found) throw new DomainError('JOB_DESCRIPTION_VERSION_NOT_FOUND', `Versi ${version} tidak ditemukan.`);
  return { position: { id: position.id, name: position.name }, ...found };
}

/** Workload of the given tasks under the agency's settings, nothing written (the editor's preview). */
export async function previewWorkload(ctx: ServiceContext, positionId: string, tasks: WorkloadTask[]) {
  const position = await loadReadablePosition(ctx, positionId);
  const normalized = normalizeJobDescription({ ...emptyJobDescription(), tasks });
  const issues = checkJobDescription(normalized);
  if (issues.length > 0) {
    const error = invalidJobDescription(issues);
    throw new DomainError(error.code, issues[0]!.message, error.details);
  }
  const policy = await loadWorkloadPolicy(ctx.db, position.agencyId);
  return computeWorkload(normalized.tasks, policy);
}

/** Informasi faktor jabatan: the stored job description's texts per factor of the position's kind. */
export async function getJobFactorInformation(ctx: ServiceContext, positionId: string) {
  const position = await loadReadablePosition(ctx, positionId);
  const row = await findJobDescription(ctx.db, position.id);
  const kind = evaluationKindFor(position.jobLevel);
  return {
    position: { id: position.id, name: position.name, kind },
    jobDescription: row ? { version: row.version, status: row.status } : null,
    factors: jobFactorInformation(kind, row?.content ?? emptyJobDescription()),
  };
}
