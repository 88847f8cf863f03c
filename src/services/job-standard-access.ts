/** Loading a job standard as the actor may see it; shared by the standard use-cases. */
import type { Db } from '../db/client';
import { findStandard, type StandardRow } from '../db/repositories/job-standard-repository';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { isNationalRole } from '../domain/roles';

/**
 * The owning agency sees every version; national roles see all; everyone else sees ratified
 * versions only (the national catalog). Otherwise STANDARD_NOT_FOUND: no existence leak.
 */
export async function loadVisibleStandard(
  db: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<StandardRow> {
  const standard = await findStandard(db, id, forUpdate);
  const visible =
    standard &&
    (standard.agencyId === actor.agencyId || isNationalRole(actor.role) || standard.status === 'ratified');
  if (!standard || !visible) throw new DomainError('STANDARD_NOT_FOUND', 'SKJ tidak ditemukan.');
  return standard;
}

export function canComposeStandard(actor: Actor, agencyId: string): boolean {
  return actor.agencyId === agencyId && (actor.role === 'drafter' || actor.role === 'admin');
}

export function assertCanComposeStandard(actor: Actor, agencyId: string) {
  if (!canComposeStandard(actor, agencyId)) {
    throw new DomainError(
      'FORBIDDEN',
      actor.agencyId === agencyId
        ? 'Hanya penyusun atau admin instansi yang dapat menyusun SKJ.'
        : 'SKJ ini milik instansi lain; Anda hanya dapat membacanya.',
    );
  }
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
