/** Verify, ratify or return a technical dictionary version, recorded and audited. */
import { recordAudit } from '../db/repositories/audit-repository';
import { knownAffairNames } from '../db/repositories/reference-repository';
import {
  findVersion,
  insertVersionEvent,
  loadEntries,
  updateVersionStatus,
} from '../db/repositories/technical-dictionary-repository';
import { DomainError } from '../domain/errors';
import { checkEntries, type DictionaryAction, nextDictionaryStatus } from '../domain/technical-dictionary';
import { assertCanActOnDictionary } from '../policies/technical-dictionary';
import type { ServiceContext } from './context';
import { assertFreshRevision, loadVisibleVersion } from './dictionary-access';

export async function transitionDictionaryVersion(
  ctx: ServiceContext,
  versionId: string,
  input: { action: DictionaryAction; comment?: string | undefined; revision?: number | undefined },
) {
  const { db, actor } = ctx;
  const knownAffairs = await knownAffairNames(db);
  return db.transaction(async (tx) => {
    const { version, dictionary } = await loadVisibleVersion(tx, actor, versionId, { forUpdate: true });
    assertCanActOnDictionary(actor, { agencyId: dictionary.agencyId, status: version.status }, input.action);
    assertFreshRevision(version, input.revision);
    const to = nextDictionaryStatus(version.status, input.action);
    if (input.action === 'return' && !input.comment?.trim()) {
      throw new DomainError('COMMENT_REQUIRED', 'Alasan pengembalian wajib diisi.', {
        issues: [{ path: 'comment', message: 'Alasan wajib diisi' }],
      });
    }
    if (input.action !== 'return') {
      const entries = await loadEntries(tx, versionId);
      if (entries.length === 0) {
        throw new DomainError('DICTIONARY_EMPTY', 'Kamus belum memiliki kompetensi.');
      }
      const problems = checkEntries(entries, knownAffairs);
      if (problems.length > 0) {
        throw new DomainError('DICTIONARY_HAS_PROBLEMS', 'Masih ada kompetensi yang belum lengkap.', {
          issues: problems.flatMap((p) =>
            p.problems.map((q) => ({
              path: `${entries[p.index]!.code}.${q.path}`,
              message: q.message,
              code: q.code,
            })),
          ),
        });
      }
    }
    const now = new Date();
    await updateVersionStatus(tx, versionId, to, {
      at: now,
      ...(input.action === 'verify' ? { verifiedBy: actor.userId } : {}),
      ...(input.action === 'return' ? { verifiedBy: null } : {}),
      ...(input.action === 'ratify' ? { ratifiedBy: actor.userId } : {}),
    });
    await insertVersionEvent(tx, {
      versionId,
      action: input.action,
      fromStatus: version.status,
      toStatus: to,
      actorId: actor.userId,
      comment: input.comment?.trim() || null,
    });
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId: dictionary.agencyId,
      entity: 'dictionaryVersion',
      entityId: versionId,
      action: input.action,
      diff: { status: { before: version.status, after: to }, comment: input.comment ?? null },
    });
    return (await findVersion(tx, versionId))!;
  });
}
