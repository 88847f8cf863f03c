/** Reading technical dictionaries: the list, one dictionary's versions, a version, a diff. */
import {
  listTechnicalDictionaries as listRows,
  listVersionEvents,
  listVersions,
  loadChecklist,
  loadEntries,
} from '../db/repositories/technical-dictionary-repository';
import { DomainError } from '../domain/errors';
import { isNationalRole } from '../domain/roles';
import {
  compositionSteps,
  type DictionaryAction,
  dictionaryActionRoles,
  diffEntries,
} from '../domain/technical-dictionary';
import { dictionaryPolicy } from '../policies';
import type { ServiceContext } from './context';
import { loadVisibleDictionary, loadVisibleVersion } from './dictionary-access';

export function listTechnicalDictionaries({ db, actor }: ServiceContext) {
  return listRows(db, { agencyId: actor.agencyId, national: isNationalRole(actor.role) });
}

export async function getTechnicalDictionary(ctx: ServiceContext, dictionaryId: string) {
  const versions = await listVersions(ctx.db, dictionaryId);
  const dictionary = await loadVisibleDictionary(
    ctx.db,
    ctx.actor,
    dictionaryId,
    versions.some((v) => v.status === 'ratified'),
  );
  const readable = dictionaryPolicy.canReadDraft(ctx.actor, dictionary.agencyId)
    ? versions
    : versions.filter((v) => v.status === 'ratified');
  return {
    dictionary,
    versions: readable,
    canCompose: dictionaryPolicy.canCompose(ctx.actor, dictionary.agencyId),
  };
}

export async function getDictionaryVersion(ctx: ServiceContext, versionId: string) {
  const { version, dictionary } = await loadVisibleVersion(ctx.db, ctx.actor, versionId);
  const [entries, checklistRows, events] = await Promise.all([
    loadEntries(ctx.db, versionId),
    loadChecklist(ctx.db, versionId),
    listVersionEvents(ctx.db, versionId),
  ]);
  const ticked = new Map(checklistRows.map((r) => [r.step, r]));
  const can = (action: DictionaryAction) =>
    dictionaryPolicy.canAct(ctx.actor, dictionary.agencyId, dictionaryActionRoles[action]);
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
      canEdit: version.status === 'draft' && dictionaryPolicy.canCompose(ctx.actor, dictionary.agencyId),
      canVerify: version.status === 'draft' && can('verify'),
      canRatify: version.status === 'verified' && can('ratify'),
      canReturn: version.status === 'verified' && can('return'),
      canRevise: version.status === 'ratified' && dictionaryPolicy.canCompose(ctx.actor, dictionary.agencyId),
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
