/** Loading a position for its job description as the actor may see or edit it; shared by the use-cases. */
import { findPosition, type PositionRow } from '../db/repositories/position-repository';
import { isOfAgency } from '../domain/actor';
import { DomainError } from '../domain/errors';
import {
  checkJobDescription,
  type JobDescription,
  type JobDescriptionIssue,
  normalizeJobDescription,
} from '../domain/job-description';
import { jobDescriptionPolicy } from '../policies/job-description';
import type { ServiceContext } from './context';

/** The position if the actor may read it; otherwise POSITION_NOT_FOUND (no existence leak). */
export async function loadReadablePosition(ctx: ServiceContext, positionId: string): Promise<PositionRow> {
  const position = await findPosition(ctx.db, positionId);
  if (!position) throw jobDescriptionPolicy.notFoundError();
  jobDescriptionPolicy.authorize(ctx.actor, 'read', position);
  return position;
}

/**
 * The position if the actor may compose its job description. Another agency's position is not
 * found (as on reading); a reader of the same agency or a national role is refused (403).
 */
export async function loadEditablePosition(ctx: ServiceContext, positionId: string): Promise<PositionRow> {
  const position = await findPosition(ctx.db, positionId);
  if (!position || !jobDescriptionPolicy.can(ctx.actor, 'read', position)) {
    throw new DomainError('POSITION_NOT_FOUND', 'Jabatan tidak ditemukan pada instansi Anda.');
  }
  jobDescriptionPolicy.authorize(
    ctx.actor,
    'update',
    position,
    isOfAgency(ctx.actor, position.agencyId)
      ? undefined
      : 'Uraian jabatan hanya dapat disusun oleh instansi pemilik jabatan.',
  );
  return position;
}

/** Normalized content, or the first problem as the error (its code) with every problem in `issues`. */
export function validJobDescription(content: JobDescription): JobDescription {
  const normalized = normalizeJobDescription(content);
  const issues = checkJobDescription(normalized);
  if (issues.length > 0) throw invalidJobDescription(issues);
  return normalized;
}

export function invalidJobDescription(issues: JobDescriptionIssue[]): DomainError {
  return new DomainError(issues[0]!.code, `${issues[0]!.message} Tidak ada yang disimpan.`, { issues });
}

export function assertFreshJobDescription(currentRevision: number, expectedRevision: number) {
  if (currentRevision !== expectedRevision) {
    throw new DomainError(
      'JOB_DESCRIPTION_STALE',
      'Uraian jabatan ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru; isian Anda tidak hilang.',
      { currentRevision },
    );
  }
}
