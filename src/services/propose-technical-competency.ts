/**
 * "Usulkan kompetensi teknis": when no dictionary holds the technical competency a drafter needs,
 * the composer proposes it. The proposal becomes a draft entry in the agency's own dictionary of
 * proposals (created on first use, opened as a new draft version when the last one is ratified),
 * with the text of the level the standard needs; the other four levels are left for the
 * dictionary's composers. The standard may carry the entry at once, and its findings say it waits
 * for the dictionary's ratification (`COMPETENCY_AWAITING_RATIFICATION`).
 */
import { eq } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import { knownAffairNames } from '../db/repositories/reference-repository';
import {
  bumpRevision,
  entryCodeTaken,
  insertDictionary,
  insertEntries,
  insertVersion,
  listVersions,
  loadEntries,
  maxSortOrder,
} from '../db/repositories/technical-dictionary-repository';
import { agencies, competencyDictionaries } from '../db/schema';
import { DomainError } from '../domain/errors';
import { competencyNameKey } from '../domain/job-standard';
import { assertStandardEditable } from '../domain/job-standard-workflow';
import { type DictionaryEntry, entryLimits } from '../domain/technical-dictionary';
import { jobStandardPolicy } from '../policies/job-standard';
import { agencyDictionariesPolicy, dictionaryVersionPolicy } from '../policies/technical-dictionary';
import type { ServiceContext } from './context';
import { loadVisibleStandard } from './job-standard-access';

export interface ProposalInput {
  name: string;
  definition: string;
  requiredLevel: number;
  levelDescription: string;
  behaviourIndicators: string[];
}

type Tx = ServiceContext['db'];

/** The agency's dictionary of proposals and its draft version, made or opened as needed. */
async function proposalDraft(ctx: ServiceContext, tx: Tx, agencyId: string) {
  const [agency] = await tx
    .select({ code: agencies.code, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  const code = `USULAN-${agency!.code}`;
  const name = `Usulan Kompetensi Teknis ${agency!.name}`;
  const [existing] = await tx
    .select({ id: competencyDictionaries.id, name: competencyDictionaries.name })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, code));
  if (!existing) {
    agencyDictionariesPolicy.authorize(ctx.actor, 'create', { agencyId });
    const created = await insertDictionary(tx, { agencyId, code, name, createdBy: ctx.actor.userId });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'competencyDictionary',
      entityId: created.dictionaryId,
      action: 'create',
      diff: { after: { code, name }, reason: 'proposal' },
    });
    return { dictionaryId: created.dictionaryId, dictionaryName: name, versionId: created.versionId };
  }
  const versions = await listVersions(tx, existing.id);
  const latest = versions[0]!;
  if (latest.status === 'draft') {
    dictionaryVersionPolicy.authorize(ctx.actor, 'compose', { agencyId, status: 'draft' });
    return { dictionaryId: existing.id, dictionaryName: existing.name, versionId: latest.id };
  }
  if (latest.status === 'verified') {
    throw new DomainError(
      'PROPOSAL_DICTIONARY_IN_REVIEW',
      `Kamus "${existing.name}" sedang menunggu penetapan; usulan baru dapat ditambahkan setelah kamus itu ditetapkan atau dikembalikan.`,
    );
  }
  dictionaryVersionPolicy.authorize(ctx.actor, 'compose', { agencyId, status: 'draft' });
  const versionId = await insertVersion(tx, {
    dictionaryId: existing.id,
    version: latest.version + 1,
    basedOnVersionId: latest.id,
    createdBy: ctx.actor.userId,
  });
  await insertEntries(tx, versionId, await loadEntries(tx, latest.id));
  await recordAudit(tx, {
    userId: ctx.actor.userId,
    agencyId,
    entity: 'dictionaryVersion',
    entityId: versionId,
    action: 'revise',
    diff: { basedOnVersionId: latest.id, version: latest.version + 1, reason: 'proposal' },
  });
  return { dictionaryId: existing.id, dictionaryName: existing.name, versionId };
}

async function nextProposalCode(tx: Tx, versionId: string): Promise<string> {
  for (let n = (await loadEntries(tx, versionId)).length + 1; ; n++) {
    const code = `USUL.${String(n).padStart(2, '0')}`;
    if (!(await entryCodeTaken(tx, versionId, code))) return code;
  }
}

export async function proposeTechnicalCompetency(
  ctx: ServiceContext,
  standardId: string,
  input: ProposalInput,
) {
  const indicators = input.behaviourIndicators.map((i) => i.trim()).filter(Boolean);
  if (indicators.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'Tuliskan minimal satu indikator perilaku untuk level ini.', {
      issues: [{ path: 'behaviourIndicators', message: 'Minimal satu indikator perilaku' }],
    });
  }
  if (indicators.length > entryLimits.indicatorsPerLevel) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Maksimal ${entryLimits.indicatorsPerLevel} indikator perilaku.`,
      {
        issues: [{ path: 'behaviourIndicators', message: 'Terlalu banyak indikator' }],
      },
    );
  }
  const affairs = await knownAffairNames(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const standard = await loadVisibleStandard(tx, ctx.actor, standardId, true);
    jobStandardPolicy.authorize(ctx.actor, 'compose', standard);
    assertStandardEditable(standard.status);
    const draft = await proposalDraft(ctx, tx, standard.agencyId);
    const entries = await loadEntries(tx, draft.versionId);
    const same = entries.find((e) => competencyNameKey(e.name) === competencyNameKey(input.name));
    if (same) {
      throw new DomainError(
        'PROPOSAL_EXISTS',
        `Kompetensi "${same.name}" sudah diusulkan dalam kamus "${draft.dictionaryName}"; cari dan pilih kompetensi itu.`,
        { competencyId: same.id },
      );
    }
    const affair = standard.content.identity.governmentAffair;
    const entry: DictionaryEntry = {
      code: await nextProposalCode(tx, draft.versionId),
      name: input.name,
      definition: input.definition,
      // The dictionary's composers complete the affair when the position names none we know.
      governmentAffair: affair && affairs.has(affair) ? affair : '',
      subAffair: null,
      group: 'specific',
      levels: [1, 2, 3, 4, 5].map((level) =>
        level === input.requiredLevel
          ? { level, description: input.levelDescription, behaviourIndicators: indicators }
          : { level, description: '', behaviourIndicators: [] },
      ),
    };
    const [id] = await insertEntries(
      tx,
      draft.versionId,
      [entry],
      (await maxSortOrder(tx, draft.versionId)) + 1,
    );
    await bumpRevision(tx, draft.versionId);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: standard.agencyId,
      entity: 'dictionaryEntry',
      entityId: id!,
      action: 'propose',
      diff: { versionId: draft.versionId, standardId, after: entry },
    });
    return {
      competency: {
        id: id!,
        code: entry.code,
        name: entry.name,
        kind: 'technical' as const,
        requiredLevel: input.requiredLevel,
        levelDescription: input.levelDescription,
        behaviourIndicators: indicators,
      },
      dictionary: { id: draft.dictionaryId, name: draft.dictionaryName, versionId: draft.versionId },
    };
  });
}
