/**
 * Excel round trip of a technical dictionary: export a version, import a file into the draft
 * (all-or-nothing: a rejected file writes nothing and reports every bad row).
 */
import { recordAudit } from '../db/repositories/audit-repository';
import { knownAffairNames } from '../db/repositories/reference-repository';
import {
  bumpRevision,
  deleteAllEntries,
  insertEntries,
  insertVersion,
  listVersions,
  loadEntries,
} from '../db/repositories/technical-dictionary-repository';
import { DomainError } from '../domain/errors';
import type { CompetencyGroup } from '../domain/technical-dictionary';
import { dictionaryVersionPolicy, technicalDictionaryPolicy } from '../policies/technical-dictionary';
import type { ServiceContext } from './context';
import { loadVisibleDictionary, loadVisibleVersion } from './dictionary-access';

export async function exportDictionaryXlsx(ctx: ServiceContext, versionId: string) {
  const { version, dictionary } = await loadVisibleVersion(ctx.db, ctx.actor, versionId);
  dictionaryVersionPolicy.authorize(ctx.actor, 'export', {
    agencyId: dictionary.agencyId,
    status: version.status,
  });
  const entries = await loadEntries(ctx.db, versionId);
  const { writeDictionaryXlsx } = await import('../exports/dictionary-xlsx');
  const bytes = await writeDictionaryXlsx(
    {
      code: dictionary.code,
      name: dictionary.name,
      agencyName: dictionary.agencyName,
      version: version.version,
      status: version.status,
    },
    entries.map(({ id: _id, isPlaceholder: _placeholder, ...entry }) => entry),
  );
  return { fileName: `${dictionary.code}-v${version.version}.xlsx`, bytes };
}

export interface ImportOptions {
  defaultGovernmentAffair?: string | undefined;
  defaultGroup?: CompetencyGroup | undefined;
  fileName?: string | undefined;
}

/**
 * Replaces the entries of the dictionary's draft with the file's. The newest version must be a
 * draft, or ratified (then a revision is opened first); a verified version is refused.
 */
export async function importDictionaryXlsx(
  ctx: ServiceContext,
  dictionaryId: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
) {
  const versions = await listVersions(ctx.db, dictionaryId);
  const hasRatified = versions.some((v) => v.status === 'ratified');
  const dictionary = await loadVisibleDictionary(ctx.db, ctx.actor, dictionaryId, hasRatified);
  technicalDictionaryPolicy.authorize(ctx.actor, 'compose', { agencyId: dictionary.agencyId, hasRatified });
  const knownAffairs = await knownAffairNames(ctx.db);
  if (options.defaultGovernmentAffair && !knownAffairs.has(options.defaultGovernmentAffair)) {
    throw new DomainError(
      'UNKNOWN_GOVERNMENT_AFFAIR',
      `Urusan "${options.defaultGovernmentAffair}" tidak dikenal.`,
    );
  }
  const { readDictionaryXlsx } = await import('../exports/dictionary-xlsx');
  const result = await readDictionaryXlsx(bytes, {
    knownAffairs,
    ...(options.defaultGovernmentAffair ? { defaultGovernmentAffair: options.defaultGovernmentAffair } : {}),
    ...(options.defaultGroup ? { defaultGroup: options.defaultGroup } : {}),
  });
  if (!result.ok) {
    throw new DomainError(
      'IMPORT_REJECTED',
      `Tidak ada data yang disimpan karena ada ${result.problems.length} masalah pada berkas. Perbaiki baris yang disebutkan lalu impor ulang.`,
      { format: result.format, problems: result.problems },
    );
  }
  return ctx.db.transaction(async (tx) => {
    const current = await listVersions(tx, dictionaryId);
    const newest = current[0];
    if (newest?.status === 'verified') {
      throw new DomainError(
        'VERSION_NOT_DRAFT',
        'Versi terbaru sedang terverifikasi. Kembalikan ke draf terlebih dahulu sebelum mengimpor.',
      );
    }
    let versionId = newest?.status === 'draft' ? newest.id : null;
    if (!versionId) {
      const base = current.find((v) => v.status === 'ratified');
      versionId = await insertVersion(tx, {
        dictionaryId,
        version: (newest?.version ?? 0) + 1,
        basedOnVersionId: base!.id,
        createdBy: ctx.actor.userId,
      });
    }
    await deleteAllEntries(tx, versionId);
    await insertEntries(tx, versionId, result.entries);
    await bumpRevision(tx, versionId);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: dictionary.agencyId,
      entity: 'dictionaryVersion',
      entityId: versionId,
      action: 'import',
      diff: {
        fileName: options.fileName ?? null,
        format: result.format,
        entries: result.entries.length,
        rows: result.rows,
      },
    });
    return { imported: result.entries.length, versionId, format: result.format };
  });
}
