/**
 * Composing a technical dictionary: create it, add/change/remove entries of its draft version,
 * tick the nine composition steps, open a revision of a ratified version.
 */
import { recordAudit } from '../db/repositories/audit-repository';
import { knownAffairNames } from '../db/repositories/reference-repository';
import {
  bumpRevision,
  deleteEntries,
  dictionaryCodeExists,
  entryCodeTaken,
  findEntry,
  insertDictionary,
  insertEntries,
  insertVersion,
  listVersions,
  loadEntries,
  maxSortOrder,
  setChecklistStep,
  updateEntry,
} from '../db/repositories/technical-dictionary-repository';
import { DomainError } from '../domain/errors';
import {
  assertEditable,
  assertValidEntry,
  type CompositionStep,
  type DictionaryEntry,
  normalizeEntry,
} from '../domain/technical-dictionary';
import {
  agencyDictionariesPolicy,
  dictionaryVersionPolicy,
  technicalDictionaryPolicy,
} from '../policies/technical-dictionary';
import type { ServiceContext } from './context';
import {
  assertFreshEntry,
  assertFreshRevision,
  loadVisibleDictionary,
  loadVisibleVersion,
} from './dictionary-access';

export async function createTechnicalDictionary(
  { db, actor }: ServiceContext,
  input: { code: string; name: string },
) {
  agencyDictionariesPolicy.authorize(actor, 'create', { agencyId: actor.agencyId });
  const agencyId = actor.agencyId!;
  return db.transaction(async (tx) => {
    if (await dictionaryCodeExists(tx, input.code)) {
      throw new DomainError('DICTIONARY_CODE_EXISTS', `Kode kamus ${input.code} sudah dipakai.`, {
        issues: [{ path: 'code', message: 'Kode sudah dipakai' }],
      });
    }
    const created = await insertDictionary(tx, {
      agencyId,
      code: input.code,
      name: input.name,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId,
      entity: 'competencyDictionary',
      entityId: created.dictionaryId,
      action: 'create',
      diff: { after: input },
    });
    return created;
  });
}

async function editableVersion(ctx: ServiceContext, versionId: string, expectedRevision?: number) {
  const loaded = await loadVisibleVersion(ctx.db, ctx.actor, versionId, { forUpdate: true });
  dictionaryVersionPolicy.authorize(ctx.actor, 'compose', {
    agencyId: loaded.dictionary.agencyId,
    status: loaded.version.status,
  });
  assertEditable(loaded.version.status);
  assertFreshRevision(loaded.version, expectedRevision);
  return loaded;
}

export async function addDictionaryEntry(
  ctx: ServiceContext,
  versionId: string,
  input: DictionaryEntry,
  expectedRevision?: number,
) {
  const entry = normalizeEntry(input);
  assertValidEntry(entry, await knownAffairNames(ctx.db));
  return ctx.db.transaction(async (tx) => {
    const { dictionary } = await editableVersion({ ...ctx, db: tx }, versionId, expectedRevision);
    if (await entryCodeTaken(tx, versionId, entry.code)) {
      throw new DomainError('DUPLICATE_ENTRY_CODE', `Kode ${entry.code} sudah dipakai dalam kamus ini.`, {
        issues: [{ path: 'code', message: 'Kode sudah dipakai dalam kamus ini' }],
      });
    }
    const [id] = await insertEntries(tx, versionId, [entry], (await maxSortOrder(tx, versionId)) + 1);
    await bumpRevision(tx, versionId);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: dictionary.agencyId,
      entity: 'dictionaryEntry',
      entityId: id!,
      action: 'create',
      diff: { versionId, after: entry },
    });
    return { id: id!, ...entry, revision: 1 };
  });
}

/**
 * Saves an entry as its editor changed it. `entryRevision` is the entry's revision the editor
 * read: the version row is locked first, so two saves of one entry are serialized and the second
 * one, still carrying the old revision, gets ENTRY_STALE instead of overwriting the first.
 */
export async function updateDictionaryEntry(
  ctx: ServiceContext,
  versionId: string,
  entryId: string,
  input: DictionaryEntry,
  entryRevision: number,
) {
  const entry = normalizeEntry(input);
  assertValidEntry(entry, await knownAffairNames(ctx.db));
  return ctx.db.transaction(async (tx) => {
    const { dictionary } = await editableVersion({ ...ctx, db: tx }, versionId);
    const existing = await findEntry(tx, entryId);
    if (!existing || existing.versionId !== versionId) {
      throw new DomainError('ENTRY_NOT_FOUND', 'Kompetensi tidak ditemukan dalam versi kamus ini.');
    }
    assertFreshEntry(existing, entryRevision);
    if (await entryCodeTaken(tx, versionId, entry.code, entryId)) {
      throw new DomainError('DUPLICATE_ENTRY_CODE', `Kode ${entry.code} sudah dipakai dalam kamus ini.`, {
        issues: [{ path: 'code', message: 'Kode sudah dipakai dalam kamus ini' }],
      });
    }
    const before = (await loadEntries(tx, versionId)).find((e) => e.id === entryId);
    const revision = await updateEntry(tx, entryId, entry);
    await bumpRevision(tx, versionId);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: dictionary.agencyId,
      entity: 'dictionaryEntry',
      entityId: entryId,
      action: 'update',
      diff: { versionId, before, after: { ...entry, revision } },
    });
    return { id: entryId, ...entry, revision };
  });
}

export async function removeDictionaryEntry(ctx: ServiceContext, versionId: string, entryId: string) {
  return ctx.db.transaction(async (tx) => {
    const { dictionary } = await editableVersion({ ...ctx, db: tx }, versionId);
    const existing = await findEntry(tx, entryId);
    if (!existing || existing.versionId !== versionId) {
      throw new DomainError('ENTRY_NOT_FOUND', 'Kompetensi tidak ditemukan dalam versi kamus ini.');
    }
    const before = (await loadEntries(tx, versionId)).find((e) => e.id === entryId);
    await deleteEntries(tx, [entryId]);
    await bumpRevision(tx, versionId);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: dictionary.agencyId,
      entity: 'dictionaryEntry',
      entityId: entryId,
      action: 'delete',
      diff: { versionId, before },
    });
  });
}

export async function tickCompositionStep(
  ctx: ServiceContext,
  versionId: string,
  step: CompositionStep,
  ticked: boolean,
) {
  return ctx.db.transaction(async (tx) => {
    const { dictionary } = await editableVersion({ ...ctx, db: tx }, versionId);
    await setChecklistStep(tx, versionId, step, ticked ? ctx.actor.userId : null);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: dictionary.agencyId,
      entity: 'dictionaryVersion',
      entityId: versionId,
      action: ticked ? 'tick-step' : 'untick-step',
      diff: { step },
    });
  });
}

/** A new draft version copying the newest ratified one: how a ratified dictionary is edited. */
export async function reviseDictionary(ctx: ServiceContext, dictionaryId: string) {
  return ctx.db.transaction(async (tx) => {
    const versions = await listVersions(tx, dictionaryId);
    const hasRatified = versions.some((v) => v.status === 'ratified');
    const dictionary = await loadVisibleDictionary(tx, ctx.actor, dictionaryId, hasRatified);
    technicalDictionaryPolicy.authorize(ctx.actor, 'compose', { agencyId: dictionary.agencyId, hasRatified });
    const open = versions.find((v) => v.status !== 'ratified');
    if (open) {
      throw new DomainError(
        'REVISION_ALREADY_OPEN',
        `Versi ${open.version} masih berstatus ${open.status === 'draft' ? 'draf' : 'terverifikasi'}; selesaikan versi itu dahulu.`,
      );
    }
    const base = versions.find((v) => v.status === 'ratified');
    if (!base) throw new DomainError('NOTHING_TO_REVISE', 'Kamus belum memiliki versi yang ditetapkan.');
    const versionId = await insertVersion(tx, {
      dictionaryId,
      version: versions[0]!.version + 1,
      basedOnVersionId: base.id,
      createdBy: ctx.actor.userId,
    });
    await insertEntries(tx, versionId, await loadEntries(tx, base.id));
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: dictionary.agencyId,
      entity: 'dictionaryVersion',
      entityId: versionId,
      action: 'revise',
      diff: { basedOnVersionId: base.id, version: versions[0]!.version + 1 },
    });
    return { id: versionId, version: versions[0]!.version + 1, status: 'draft' as const };
  });
}
