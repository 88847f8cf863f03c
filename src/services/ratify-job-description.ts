/**
 * Ratifying the current version of a job description (the agency admin): the version is marked,
 * never changed; the next save opens a new draft version and the ratified one stays in history.
 */
import { recordAudit } from '../db/repositories/audit-repository';
import {
  findJobDescription,
  markJobDescriptionRatified,
} from '../db/repositories/job-description-repository';
import { DomainError } from '../domain/errors';
import { jobDescriptionPolicy } from '../policies/job-description';
import type { ServiceContext } from './context';
import { assertFreshJobDescription, loadReadablePosition } from './job-description-access';

export async function ratifyJobDescription(
  ctx: ServiceContext,
  positionId: string,
  input: { revision: number },
) {
  const readable = await loadReadablePosition(ctx, positionId);
  jobDescriptionPolicy.authorize(ctx.actor, 'ratify', readable);
  return ctx.db.transaction(async (tx) => {
    const row = await findJobDescription(tx, readable.id, true);
    if (!row) {
      throw new DomainError(
        'JOB_DESCRIPTION_NOT_FOUND',
        'Jabatan ini belum memiliki uraian jabatan yang disimpan.',
      );
    }
    assertFreshJobDescription(row.revision, input.revision);
    if (row.status === 'ratified') {
      throw new DomainError('JOB_DESCRIPTION_ALREADY_RATIFIED', `Versi ${row.version} sudah ditetapkan.`);
    }
    const missing = [
      ...(row.content.summary ? [] : ['ikhtisar jabatan']),
      ...(row.content.tasks.length > 0 ? [] : ['uraian tugas']),
    ];
    if (missing.length > 0) {
      throw new DomainError(
        'JOB_DESCRIPTION_INCOMPLETE',
        `Uraian jabatan belum dapat ditetapkan: ${missing.join(' dan ')} belum diisi.`,
        { missing },
      );
    }
    const { revision, ratifiedAt } = await markJobDescriptionRatified(
      tx,
      row.id,
      row.version,
      ctx.actor.userId,
    );
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: row.agencyId,
      entity: 'jobDescription',
      entityId: row.id,
      action: 'ratify',
      diff: { positionId: readable.id, version: row.version },
    });
    return { version: row.version, revision, status: 'ratified' as const, ratifiedAt };
  });
}
