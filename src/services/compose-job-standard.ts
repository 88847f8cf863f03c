/**
 * Composing a job standard (SKJ): create the draft for a position (pre-filled with the managerial
 * and socio-cultural competencies at the job level's levels, and the mandatory regional technical
 * competency for regions), open a revision of a ratified version, adopt a ratified
 * standard of another agency.
 */

import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  type ComposableCompetency,
  loadComposableCompetencies,
  officialCompetencyIds,
} from '../db/repositories/dictionary-repository';
import { findJobDescription } from '../db/repositories/job-description-repository';
import {
  findOpenStandardForPosition,
  insertStandard,
  latestVersionOfLineage,
} from '../db/repositories/job-standard-repository';
import { findPosition } from '../db/repositories/position-repository';
import { DomainError } from '../domain/errors';
import type { JobDescription } from '../domain/job-description';
import {
  type CompetencyRow,
  competencyRowFromDictionary,
  emptyJobStandard,
  type Importance,
  type JobStandard,
} from '../domain/job-standard';
import { type StandardPolicy, startingTechnicalLevel } from '../domain/job-standard-policy';
import { findJobLevel, type PositionGroup } from '../domain/reference';
import { type AgencyKind, isRegionalAgency } from '../domain/roles';
import { agencyStandardsPolicy, jobStandardPolicy } from '../policies/job-standard';
import { positionPolicy } from '../policies/position';
import type { ServiceContext } from './context';
import { loadVisibleStandard } from './job-standard-access';
import { effectivePolicy } from './standard-policy';

export interface CompetencyInput {
  competencyId: string;
  requiredLevel: number;
  importance?: Importance | null | undefined;
  /** Edited texts; omitted means the dictionary's text for the level. */
  levelDescription?: string | undefined;
  behaviourIndicators?: string[] | undefined;
}

async function loadPosition(ctx: ServiceContext, positionId: string) {
  const position = await findPosition(ctx.db, positionId);
  if (
    !position ||
    !positionPolicy.can(ctx.actor, 'read', position) ||
    position.agencyId !== ctx.actor.agencyId
  ) {
    throw new DomainError('POSITION_NOT_FOUND', 'Jabatan tidak ditemukan pada instansi Anda.');
  }
  return position;
}

/** Rows copied from the dictionaries, in input order; refuses unknown or unusable competencies. */
export async function buildCompetencyRows(
  db: Db,
  inputs: CompetencyInput[],
  agencyId: string,
): Promise<CompetencyRow[]> {
  const found = new Map(
    (await loadComposableCompetencies(db, [...new Set(inputs.map((i) => i.competencyId))])).map((c) => [
      c.id,
      c,
    ]),
  );
  const issues: { path: string; message: string; code: string }[] = [];
  const rows: CompetencyRow[] = [];
  inputs.forEach((input, index) => {
    const competency = found.get(input.competencyId);
    const path = `competencies.${index}.competencyId`;
    if (!competency) {
      issues.push({
        path,
        code: 'UNKNOWN_COMPETENCY',
        message: 'Kompetensi tidak ditemukan di kamus mana pun.',
      });
      return;
    }
    if (!usable(competency, agencyId)) {
      issues.push({
        path,
        code: 'COMPETENCY_NOT_RATIFIED',
        message: `Kompetensi ${competency.name} berasal dari kamus yang belum ditetapkan.`,
      });
      return;
    }
    const row = competencyRowFromDictionary(competency, {
      kind: competency.kind,
      requiredLevel: input.requiredLevel,
      dictionaryVersionId: competency.dictionaryVersionId,
      importance: input.importance ?? (competency.kind === 'technical' ? 'essential' : null),
    });
    if (!row) {
      issues.push({
        path: `competencies.${index}.requiredLevel`,
        code: 'LEVEL_NOT_IN_DICTIONARY',
        message: `Kamus tidak memuat level ${input.requiredLevel} untuk ${competency.name}.`,
      });
      return;
    }
    if (input.levelDescription !== undefined) row.levelDescription = input.levelDescription;
    if (input.behaviourIndicators !== undefined) row.behaviourIndicators = input.behaviourIndicators;
    rows.push(row);
  });
  if (issues.length > 0) {
    throw new DomainError(issues[0]!.code, issues[0]!.message, { issues });
  }
  return rows;
}

function usable(competency: ComposableCompetency, agencyId: string): boolean {
  // Ratified dictionary versions feed standards; ratified dictionaries apply nationally. An
  // agency's own unratified technical entries may be used too (proposed from the composer): the
  // standard then carries a finding that blocks submission until the dictionary is ratified.
  if (competency.versionStatus === 'ratified') return true;
  return competency.kind === 'technical' && competency.dictionaryAgencyId === agencyId;
}

async function prefilledStandard(
  db: Db,
  position: NonNullable<Awaited<ReturnType<typeof findPosition>>>,
  policy: StandardPolicy,
): Promise<JobStandard> {
  const standard = emptyJobStandard({
    positionGroup: position.positionGroup as PositionGroup,
    jobLevel: position.jobLevel,
  });
  // The job description (anjab) is the analysed source: its summary and tasks come first, the
  // position's own fields when there is none or it is still empty.
  const analysed = (await findJobDescription(db, position.id))?.content as JobDescription | undefined;
  const analysedSummary = analysed?.summary.trim() ?? '';
  const analysedTasks = (analysed?.tasks ?? []).map((t) => t.task.trim()).filter((t) => t.length > 0);
  standard.identity = {
    ...standard.identity,
    positionName: position.name,
    governmentAffair: position.governmentAffair,
    orgUnitName: position.orgUnitName,
    summary: analysedSummary || position.summary,
    jobDescription: analysedTasks.length > 0 ? analysedTasks : (position.tasks ?? []),
  };
  standard.requirements.rank.minGrade = position.rankMin;
  const jobLevel = findJobLevel(position.jobLevel);
  const levels = policy.managerialLevels[position.jobLevel];
  const managerialLevel = levels?.managerial ?? jobLevel?.managerialLevel ?? null;
  const socioCulturalLevel = levels?.socioCultural ?? jobLevel?.socioCulturalLevel ?? null;
  const ids = await officialCompetencyIds(db, position.agencyId);
  const inputs: CompetencyInput[] = [];
  if (managerialLevel)
    inputs.push(...ids.managerial.map((id) => ({ competencyId: id, requiredLevel: managerialLevel })));
  if (socioCulturalLevel) {
    inputs.push(...ids.socioCultural.map((id) => ({ competencyId: id, requiredLevel: socioCulturalLevel })));
  }
  if (isRegionalAgency(position.agencyKind as AgencyKind)) {
    const level = startingTechnicalLevel(policy, position.jobLevel);
    inputs.push(
      ...ids.mandatoryRegional.map((id) => ({
        competencyId: id,
        requiredLevel: level,
        importance: 'essential' as const,
      })),
    );
  }
  standard.competencies = await buildCompetencyRows(db, inputs, position.agencyId);
  return standard;
}

export async function createJobStandard(ctx: ServiceContext, input: { positionId: string }) {
  const position = await loadPosition(ctx, input.positionId);
  agencyStandardsPolicy.authorize(ctx.actor, 'compose', position);
  const policy = await effectivePolicy(ctx.db, position.agencyId);
  const content = await prefilledStandard(ctx.db, position, policy);
  return ctx.db.transaction(async (tx) => {
    const open = await findOpenStandardForPosition(tx, position.id);
    if (open) {
      throw new DomainError('STANDARD_EXISTS', 'Jabatan ini sudah memiliki SKJ yang sedang disusun.', {
        standardId: open.id,
      });
    }
    const id = await insertStandard(tx, {
      version: 1,
      agencyId: position.agencyId,
      positionId: position.id,
      content,
      policyName: policy.name,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'jobStandard',
      entityId: id,
      action: 'create',
      diff: { positionId: position.id, competencies: content.competencies.length },
    });
    return { id, version: 1, status: 'draft' as const };
  });
}

/** A new draft version copying a ratified one: ratified versions never change in place. */
export async function reviseJobStandard(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const standard = await loadVisibleStandard(tx, ctx.actor, id, true);
    jobStandardPolicy.authorize(ctx.actor, 'compose', standard);
    const latest = await latestVersionOfLineage(tx, standard.lineageId);
    if (latest?.status !== 'ratified') {
      throw new DomainError(
        'REVISION_ALREADY_OPEN',
        'Versi terbaru SKJ ini masih dalam proses; lanjutkan versi itu.',
      );
    }
    const newId = await insertStandard(tx, {
      lineageId: standard.lineageId,
      version: latest.version + 1,
      agencyId: standard.agencyId,
      positionId: standard.positionId,
      content: standard.content,
      policyName: standard.policyName,
      originStandardId: standard.originStandardId,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: standard.agencyId,
      entity: 'jobStandard',
      entityId: newId,
      action: 'revise',
      diff: { basedOn: id, version: latest.version + 1 },
    });
    return { id: newId, version: latest.version + 1, status: 'draft' as const };
  });
}

/** Copies a ratified standard (any agency) as a new draft for one of the caller's positions. */
export async function adoptStandard(ctx: ServiceContext, sourceId: string, input: { positionId: string }) {
  const source = await loadVisibleStandard(ctx.db, ctx.actor, sourceId);
  if (source.status !== 'ratified') {
    throw new DomainError('STANDARD_NOT_RATIFIED', 'Hanya SKJ yang sudah ditetapkan yang dapat diadopsi.');
  }
  const position = await loadPosition(ctx, input.positionId);
  agencyStandardsPolicy.authorize(ctx.actor, 'compose', position);
  const policy = await effectivePolicy(ctx.db, position.agencyId);
  const content: JobStandard = structuredClone(source.content);
  content.identity = {
    ...content.identity,
    positionName: position.name,
    orgUnitName: position.orgUnitName,
    positionCode: source.positionCode,
    governmentAffair: position.governmentAffair ?? content.identity.governmentAffair,
  };
  return ctx.db.transaction(async (tx) => {
    if (await findOpenStandardForPosition(tx, position.id)) {
      throw new DomainError('STANDARD_EXISTS', 'Jabatan ini sudah memiliki SKJ yang sedang disusun.');
    }
    const id = await insertStandard(tx, {
      version: 1,
      agencyId: position.agencyId,
      positionId: position.id,
      content,
      policyName: policy.name,
      originStandardId: source.id,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'jobStandard',
      entityId: id,
      action: 'adopt',
      diff: { originStandardId: source.id, originAgencyId: source.agencyId, positionId: position.id },
    });
    return { id, version: 1, status: 'draft' as const, originStandardId: source.id };
  });
}
