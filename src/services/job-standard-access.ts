/** Loading a job standard as the actor may see it; shared by the standard use-cases. */
import type { Db } from '../db/client';
import { findStandard, type StandardRow } from '../db/repositories/job-standard-repository';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { jobStandardPolicy } from '../policies/job-standard';

/** The standard if the actor may read it (`jobStandardPolicy`), else STANDARD_NOT_FOUND: no existence leak. */
export async function loadVisibleStandard(
  db: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<StandardRow> {
  const standard = await findStandard(db, id, forUpdate);
  if (!standard) throw jobStandardPolicy.notFoundError();
  jobStandardPolicy.authorize(actor, 'read', standard);
  return standard;
}

export function assertFreshStandard(standard: StandardRow, expectedRevision: number) {
  if (standard.revision !== expectedRevision) {
    throw new DomainError(
      'STANDARD_STALE',
      'SKJ ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru; isian Anda tidak hilang.',
      { currentRevision: standard.revision },
    );
  }
}
