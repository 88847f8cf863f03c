/** Reading technical dictionaries: the list, one dictionary's versions, a version, a diff. */
import {
  listTechnicalDictionaries as listRows,
  listVersionEvents,
  listVersions,
  loadChecklist,
  loadEntries,
} from '../db/repositories/technical-dictionary-repository';
import { DomainError } from '../domain/errors';
import { compositionSteps, type DictionaryStatus, diffEntries } from '../domain/technical-dictionary';
import {
  agencyDictionariesPolicy,
  dictionaryVersionPolicy,
  technicalDictionaryPolicy,
} from '../policies/technical-dictionary';
import type { ServiceContext } from './context';
import { loadVisibleDictionary, loadVisibleVersion } from './dictionary-access';

export function listTechnicalDictionaries({ db, actor }: ServiceContext) {
  // Every ratified dictionary, plus the drafts the actor may read: their agency's (staff), or all (national).
  const readsDrafts = agencyDictionariesPolicy.can(actor, 'readDrafts', { agencyId: actor.agencyId });
  return listRows(db, {
    agencyId: readsDrafts ? actor.agencyId : null,
    national: agencyDictionariesPolicy.can(actor, 'readDrafts', { agencyId: null }),
  });
}

export async function getTechnicalDictionary(ctx: ServiceContext, dictionaryId: string) {
  const versions = await listVersions(ctx.db, dictionaryId);
  const dictionary = await loadVisibleDictionary(
    ctx.db,
    ctx.actor,
    dictionaryId,
    versions.some((v) => v.status === 'ratified'),
  );
  const record = {
    agencyId: dictionary.agencyId,
    hasRatified: versions.some((v) => v.status === 'ratified'),
  };
  const permissions = technicalDictionaryPolicy.permissions(ctx.actor, record);
  const readable = versions.filter((v) =>
    dictionaryVersionPolicy.can(ctx.actor, 'read', {
      agencyId: dictionary.agencyId,
      status: v.status as DictionaryStatus,
    }),
  );
  return { dictionary, versions: readable, canCompose: permissions.compose, permissions };
}

export async function getDictionaryVersion(ctx: ServiceContext, versionId: string) {
  const { version, dictionary } = await loadVisibleVersion(ctx.db, ctx.actor, versionId);
  const [entries, checklistRows, events] = await Promise.all([
    loadEntries(ctx.db, versionId),
    loadChecklist(ctx.db, versionId),
    listVersionEvents(ctx.db, versionId),
  ]);
  const ticked = new Map(checklistRows.map((r) => [r.step, r]));
  const permissions = dictionaryVersionPolicy.permissions(ctx.actor, {
    agencyId: dictionary.agencyId,
    status: version.status,
  });
  return {
    dictionary,
    version,
    entries,
    checklist: compositionSteps.map((step) => ({
      key: step.key,
      name: step.name,
      tickedBy: ticked.get(step.key)?.tickedBy ?? null,
      tickedAt: ticked.get(step.key)?.tickedAt ?? null,
    })),
    events,
    permissions: {
      ...permissions,
      canEdit: permissions.update,
      canVerify: permissions.verify,
      canRatify: permissions.ratify,
      canReturn: permissions.return,
      canRevise: permissions.revise,
    },
  };
}

export async function diffDictionaryVersions(ctx: ServiceContext, versionId: string, againstId: string) {
  const [after, before] = await Promise.all([
    loadVisibleVersion(ctx.db, ctx.actor, versionId),
    loadVisibleVersion(ctx.db, ctx.actor, againstId),
  ]);
  if (after.dictionary.id !== before.dictionary.id) {
    throw new DomainError(
      'VERSIONS_OF_DIFFERENT_DICTIONARIES',
      'Kedua versi harus berasal dari kamus yang sama.',
    );
  }
  const [afterEntries, beforeEntries] = await Promise.all([
    loadEntries(ctx.db, versionId),
    loadEntries(ctx.db, againstId),
  ]);
  return {
    from: { id: before.version.id, version: before.version.version, status: before.version.status },
    to: { id: after.version.id, version: after.version.version, status: after.version.status },
    ...diffEntries(beforeEntries, afterEntries),
  };
}
