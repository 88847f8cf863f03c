/** Positions (jabatan) of an agency. */
import { findOrgUnit } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  countPositions,
  findPosition,
  insertPosition,
  listPositions as listPositionRows,
  type PositionFilter,
  positionRetirementBlockers,
  updatePositionRow,
} from '../db/repositories/position-repository';
import { knownAffairNames } from '../db/repositories/reference-repository';
import { DomainError } from '../domain/errors';
import { gradeIndex, normalizeGrade } from '../domain/job-standard-policy';
import { findJobLevel, type PositionGroup } from '../domain/reference';
import { agencyPositionsPolicy, positionPolicy } from '../policies/position';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { decodeCursor, toPage } from './paging';

/** What describes a position, whether created or edited. */
export interface PositionDetails {
  name: string;
  positionGroup: PositionGroup;
  jobLevel: string;
  governmentAffair?: string | null | undefined;
  summary?: string | null | undefined;
  rankMin?: string | null | undefined;
  rankMax?: string | null | undefined;
}

export interface CreatePositionInput extends PositionDetails {
  orgUnitId?: string | undefined;
  parentPositionId?: string | undefined;
  tasks?: string[] | undefined;
}

type Issue = { path: string; message: string };

/** The level fits the group, the affair and the ranks are known, the ranks are in order. */
export async function checkPositionDetails(
  ctx: ServiceContext,
  input: Pick<PositionDetails, 'positionGroup' | 'jobLevel' | 'governmentAffair' | 'rankMin' | 'rankMax'>,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const jobLevel = findJobLevel(input.jobLevel);
  if (!jobLevel) issues.push({ path: 'jobLevel', message: 'Jenjang jabatan tidak dikenal.' });
  else if (jobLevel.group !== input.positionGroup) {
    issues.push({ path: 'jobLevel', message: 'Jenjang jabatan tidak sesuai dengan kelompok jabatan.' });
  }
  if (input.governmentAffair && !(await knownAffairNames(ctx.db)).has(input.governmentAffair)) {
    issues.push({ path: 'governmentAffair', message: 'Urusan pemerintahan tidak dikenal.' });
  }
  for (const key of ['rankMin', 'rankMax'] as const) {
    if (input[key] && gradeIndex(input[key]!) === null)
      issues.push({ path: key, message: 'Golongan ruang tidak dikenal.' });
  }
  if (input.rankMin && input.rankMax && (gradeIndex(input.rankMin) ?? 0) > (gradeIndex(input.rankMax) ?? 0)) {
    issues.push({ path: 'rankMax', message: 'Golongan tertinggi tidak boleh di bawah golongan terendah.' });
  }
  return issues;
}

/**
 * The agency's positions that match the filter (name or unit search, unit with its sub-units,
 * group, level, standing), all of them (`nextCursor` null) or one keyset page, each with what the
 * actor may do with it; `total` counts the matches over every page.
 */
export async function listPositions(
  ctx: ServiceContext,
  agencyId: string,
  filter: PositionFilter = {},
  page?: { limit: number; cursor?: string | undefined },
) {
  agencyPositionsPolicy.authorize(ctx.actor, 'list', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const withPermissions = <T extends { agencyId: string }>(row: T) => ({
    ...row,
    permissions: positionPolicy.permissions(ctx.actor, row),
  });
  if (!page) {
    const rows = await listPositionRows(ctx.db, agencyId, filter);
    return { items: rows.map(withPermissions), nextCursor: null, total: rows.length };
  }
  const after = decodeCursor(page.cursor, 'positions:name', 'ss');
  const rows = await listPositionRows(ctx.db, agencyId, filter, { after, limit: page.limit });
  const total = await countPositions(ctx.db, agencyId, filter);
  return {
    ...toPage(rows, page.limit, 'positions:name', (row) => [row.name, row.id], withPermissions),
    total,
  };
}

export async function getPosition(ctx: ServiceContext, id: string) {
  const position = await findPosition(ctx.db, id);
  if (!position) throw positionPolicy.notFoundError();
  positionPolicy.authorize(ctx.actor, 'read', position);
  return position;
}

/** One position with what the actor may do with it. */
export async function readPosition(ctx: ServiceContext, id: string) {
  const position = await getPosition(ctx, id);
  return { position, permissions: positionPolicy.permissions(ctx.actor, position) };
}

/** Refuses work that only makes sense for a position on the map (candidates, new successors). */
export function refuseRetiredPosition(position: { retiredAt: Date | string | null }, what: string): void {
  if (position.retiredAt)
    throw new DomainError('POSITION_RETIRED', `Jabatan ini sudah dihapus dari peta jabatan: ${what}.`);
}

/**
 * Retires a position (abolished or merged): it leaves the working list and the map, its standards
 * stay readable. Refused while a standard of it is in review or a civil servant holds it.
 */
export async function retirePosition(ctx: ServiceContext, id: string, reason: string) {
  const position = await getPosition(ctx, id);
  positionPolicy.authorize(ctx.actor, 'retire', position);
  if (position.retiredAt)
    throw new DomainError('POSITION_RETIRED', 'Jabatan ini sudah dihapus dari peta jabatan.');
  const blockers = await positionRetirementBlockers(ctx.db, id);
  if (blockers.standardsInReview > 0) {
    throw new DomainError(
      'POSITION_IN_USE',
      'SKJ jabatan ini sedang diproses (diajukan, diverifikasi atau divalidasi); selesaikan atau kembalikan dahulu.',
      blockers,
    );
  }
  if (blockers.civilServants > 0) {
    throw new DomainError(
      'POSITION_IN_USE',
      `Jabatan ini masih diduduki ${blockers.civilServants} pegawai; pindahkan mereka dahulu.`,
      blockers,
    );
  }
  return ctx.db.transaction(async (tx) => {
    const retiredAt = new Date();
    await updatePositionRow(tx, id, { retiredAt });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: position.agencyId,
      entity: 'position',
      entityId: id,
      action: 'retire',
      diff: { before: { retiredAt: null }, after: { retiredAt: retiredAt.toISOString() }, reason },
    });
    return (await findPosition(tx, id))!;
  });
}

export async function createPosition(ctx: ServiceContext, input: CreatePositionInput) {
  const { actor } = ctx;
  agencyPositionsPolicy.authorize(actor, 'create', { agencyId: actor.agencyId });
  const agencyId = actor.agencyId!;
  const issues = await checkPositionDetails(ctx, input);
  if (input.orgUnitId) {
    const unit = await findOrgUnit(ctx.db, input.orgUnitId);
    if (!unit || unit.agencyId !== agencyId)
      issues.push({ path: 'orgUnitId', message: 'Unit organisasi tidak ditemukan pada instansi ini.' });
  }
  if (input.parentPositionId) {
    const parent = await findPosition(ctx.db, input.parentPositionId);
    if (!parent || parent.agencyId !== agencyId) {
      issues.push({ path: 'parentPositionId', message: 'Jabatan atasan tidak ditemukan pada instansi ini.' });
    }
  }
  if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', issues[0]!.message, { issues });
  return ctx.db.transaction(async (tx) => {
    const values = {
      agencyId,
      orgUnitId: input.orgUnitId ?? null,
      parentPositionId: input.parentPositionId ?? null,
      name: input.name,
      positionGroup: input.positionGroup,
      jobLevel: input.jobLevel,
      governmentAffair: input.governmentAffair ?? null,
      summary: input.summary ?? null,
      tasks: input.tasks ?? [],
      rankMin: input.rankMin ? normalizeGrade(input.rankMin) : null,
      rankMax: input.rankMax ? normalizeGrade(input.rankMax) : null,
    };
    const id = await insertPosition(tx, values);
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId,
      entity: 'position',
      entityId: id,
      action: 'create',
      diff: { after: values },
    });
    return (await findPosition(tx, id))!;
  });
}
