/** Loading a technical dictionary or one of its versions as the actor may see it. */

import type { Db } from '../db/client';
import {
  type DictionaryRow,
  findDictionary,
  findVersion,
  type VersionRow,
} from '../db/repositories/technical-dictionary-repository';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { dictionaryVersionPolicy, technicalDictionaryPolicy } from '../policies/technical-dictionary';

/** The technical dictionary if the actor may read it (`technicalDictionaryPolicy`), else DICTIONARY_NOT_FOUND. */
export async function loadVisibleDictionary(
  db: Db,
  actor: Actor,
  dictionaryId: string,
  hasRatified: boolean,
) {
  const dictionary = await findDictionary(db, dictionaryId);
  if (dictionary?.kind !== 'technical') throw technicalDictionaryPolicy.notFoundError();
  technicalDictionaryPolicy.authorize(actor, 'read', { agencyId: dictionary.agencyId, hasRatified });
  return dictionary;
}

/** The version and its dictionary if the actor may read the version, else VERSION_NOT_FOUND. */
export async function loadVisibleVersion(
  db: Db,
  actor: Actor,
  versionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ version: VersionRow; dictionary: DictionaryRow }> {
  const version = await findVersion(db, versionId, options.forUpdate);
  if (!version) throw dictionaryVersionPolicy.notFoundError();
  const dictionary = await findDictionary(db, version.dictionaryId);
  if (!dictionary) throw technicalDictionaryPolicy.notFoundError();
  dictionaryVersionPolicy.authorize(actor, 'read', { agencyId: dictionary.agencyId, status: version.status });
  return { version, dictionary };
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
