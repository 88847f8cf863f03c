/**
 * Loading a technical dictionary or one of its versions as the actor may see it, and the
 * permission checks shared by the dictionary use-cases.
 */

import type { Db } from '../db/client';
import {
  type DictionaryRow,
  findDictionary,
  findVersion,
  type VersionRow,
} from '../db/repositories/technical-dictionary-repository';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { dictionaryPolicy } from '../policies';

const notFound = () => new DomainError('DICTIONARY_NOT_FOUND', 'Kamus kompetensi tidak ditemukan.');

/** A dictionary is visible when it has a ratified version or the actor may read its drafts. */
export async function loadVisibleDictionary(
  db: Db,
  actor: Actor,
  dictionaryId: string,
  hasRatified: boolean,
) {
  const dictionary = await findDictionary(db, dictionaryId);
  if (!dictionary || dictionary.kind !== 'technical') throw notFound();
  if (!hasRatified && !dictionaryPolicy.canReadDraft(actor, dictionary.agencyId)) throw notFound();
  return dictionary;
}

export async function loadVisibleVersion(
  db: Db,
  actor: Actor,
  versionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ version: VersionRow; dictionary: DictionaryRow }> {
  const version = await findVersion(db, versionId, options.forUpdate);
  if (!version) throw new DomainError('VERSION_NOT_FOUND', 'Versi kamus tidak ditemukan.');
  const dictionary = await findDictionary(db, version.dictionaryId);
  if (!dictionary) throw notFound();
  if (version.status !== 'ratified' && !dictionaryPolicy.canReadDraft(actor, dictionary.agencyId)) {
    throw new DomainError('VERSION_NOT_FOUND', 'Versi kamus tidak ditemukan.');
  }
  return { version, dictionary };
}

export function assertCanCompose(actor: Actor, dictionary: DictionaryRow) {
  if (!dictionaryPolicy.canCompose(actor, dictionary.agencyId)) {
    throw new DomainError(
      'FORBIDDEN',
      dictionary.agencyId === actor.agencyId
        ? 'Hanya admin atau penyusun instansi pemilik yang dapat mengubah kamus ini.'
        : 'Kamus ini milik instansi lain; Anda hanya dapat membacanya.',
    );
  }
}

export function assertFreshRevision(version: VersionRow, expected: number | undefined) {
  if (expected !== undefined && expected !== version.revision) {
    throw new DomainError(
      'VERSION_STALE',
      'Kamus ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru; isian Anda tidak hilang.',
      { currentRevision: version.revision },
    );
  }
}

/** The entry editor saves the entry revision it read; someone else's save since then wins. */
export function assertFreshEntry(entry: { revision: number }, expected: number) {
  if (expected !== entry.revision) {
    throw new DomainError(
      'ENTRY_STALE',
      'Kompetensi ini telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru; isian Anda tidak hilang.',
      { currentRevision: entry.revision },
    );
  }
}
