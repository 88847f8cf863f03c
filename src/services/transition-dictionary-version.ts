/**
 * Verify, ratify or return a technical dictionary version, recorded and audited. Verification needs
 * the nine composition steps ticked, or the agency admin's override with a reason (its own event).
 */
import { recordAudit } from '../db/repositories/audit-repository';
import { knownAffairNames } from '../db/repositories/reference-repository';
import {
  findVersion,
  insertVersionEvent,
  loadChecklist,
  loadEntries,
  updateVersionStatus,
} from '../db/repositories/technical-dictionary-repository';
import { DomainError } from '../domain/errors';
import {
  assertCompositionComplete,
  checkEntries,
  type DictionaryAction,
  nextDictionaryStatus,
} from '../domain/technical-dictionary';
import { assertCanActOnDictionary, dictionaryVersionPolicy } from '../policies/technical-dictionary';
import type { ServiceContext } from './context';
import { assertFreshRevision, loadVisibleVersion } from './dictionary-access';

export async function transitionDictionaryVersion(
  ctx: ServiceContext,
  versionId: string,
  input: {
    action: DictionaryAction;
    comment?: string | undefined;
    revision?: number | undefined;
    overrideSteps?: { reason: string } | undefined;
  },
) {
  const { db, actor } = ctx;
  const knownAffairs = await knownAffairNames(db);
  return db.transaction(async (tx) => {
    const { version, dictionary } = await loadVisibleVersion(tx, actor, versionId, { forUpdate: true });
    const record = { agencyId: dictionary.agencyId, status: version.status };
    // The admin's override verifies in the verifier's stead: an agency may have only an admin.
    const overriding = input.action === 'verify' && input.overrideSteps !== undefined;
    if (overriding) dictionaryVersionPolicy.authorize(actor, 'overrideSteps', record);
    else assertCanActOnDictionary(actor, record, input.action);
    assertFreshRevision(version, input.revision);
    const to = nextDictionaryStatus(version.status, input.action);
    if (input.action === 'return' && !input.comment?.trim()) {
      throw new DomainError('COMMENT_REQUIRED', 'Alasan pengembalian wajib diisi.', {
        issues: [{ path: 'comment', message: 'Alasan wajib diisi' }],
      });
    }
    let stepsOverride: { missing: string[]; reason: string } | null = null;
    if (input.action === 'verify') {
      const ticked = new Set((await loadChecklist(tx, versionId)).map((row) => row.step));
      const result = assertCompositionComplete(ticked, input.overrideSteps ?? null);
      if (result.overridden) stepsOverride = { missing: result.missing, reason: input.overrideSteps!.reason };
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
    if (stepsOverride) {
      // Recorded as its own event, so the history shows who verified without the steps and why.
      await insertVersionEvent(tx, {
        versionId,
        action: 'overrideSteps',
        fromStatus: version.status,
        toStatus: version.status,
        actorId: actor.userId,
        comment: stepsOverride.reason,
      });
    }
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
      diff: {
        status: { before: version.status, after: to },
        comment: input.comment ?? null,
        ...(stepsOverride ? { stepsOverride } : {}),
      },
    });
    return (await findVersion(tx, versionId))!;
  });
}
