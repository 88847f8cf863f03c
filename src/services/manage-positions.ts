/** Positions (jabatan) of an agency. */
import { findOrgUnit } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  findPosition,
  insertPosition,
  listPositions as listPositionRows,
  type PositionFilter,
} from '../db/repositories/position-repository';
import { knownAffairNames } from '../db/repositories/reference-repository';
import { DomainError } from '../domain/errors';
import { gradeIndex, normalizeGrade } from '../domain/job-standard-policy';
import { findJobLevel, type PositionGroup } from '../domain/reference';
import { agencyPositionsPolicy, positionPolicy } from '../policies/position';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { decodeCursor, toPage } from './paging';

export interface CreatePositionInput {
  name: string;
  positionGroup: PositionGroup;
  jobLevel: string;
  orgUnitId?: string | undefined;
  parentPositionId?: string | undefined;
  governmentAffair?: string | undefined;
  summary?: string | undefined;
  tasks?: string[] | undefined;
  rankMin?: string | undefined;
  rankMax?: string | undefined;
}

/** Every position of the agency (`nextCursor` null), or one page of them. */
export async function listPositions(
  ctx: ServiceContext,
  agencyId: string,
  filter: PositionFilter = {},
  page?: { limit: number; cursor?: string | undefined },
) {
  agencyPositionsPolicy.authorize(ctx.actor, 'list', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  if (!page) return { items: await listPositionRows(ctx.db, agencyId, filter), nextCursor: null };
  const after = decodeCursor(page.cursor, 'positions:name', 'ss');
  const rows = await listPositionRows(ctx.db, agencyId, filter, { after, limit: page.limit });
  return toPage(rows, page.limit, 'positions:name', (row) => [row.name, row.id]);
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

export async function createPosition(ctx: ServiceContext, input: CreatePositionInput) {
  const { actor } = ctx;
  agencyPositionsPolicy.authorize(actor, 'create', { agencyId: actor.agencyId });
  const agencyId = actor.agencyId!;
  const issues: { path: string; message: string }[] = [];
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
