/**
 * The position map (peta jabatan, seed 004): an agency's org-unit tree with its positions arranged
 * by authority (a position under its superior when both sit in the same unit), each with its
 * headcount, required headcount, job grade and standard state. Also the map's edits.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { findOrgUnit, listOrgUnits } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { findPosition } from '../db/repositories/position-repository';
import { positions } from '../db/schema';
import { DomainError } from '../domain/errors';
import { normalizeGrade } from '../domain/job-standard-policy';
import type { StandardStatus } from '../domain/job-standard-workflow';
import { flatten, type MapPosition, type MapUnit } from '../domain/position-map';
import { agencyPositionsPolicy, positionPolicy } from '../policies/position';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { checkPositionDetails, getPosition, type PositionDetails } from './manage-positions';
import { refreshTalentPlacements } from './talent-placement';

interface PositionMapRow {
  id: string;
  org_unit_id: string | null;
  parent_position_id: string | null;
  name: string;
  position_group: string;
  job_level: string;
  headcount: number;
  required_headcount: number;
  job_value: number | null;
  job_grade: number | null;
  standard_id: string | null;
  standard_version: number | null;
  standard_status: StandardStatus | null;
  has_ratified: boolean;
}

const groupOrder: Record<string, number> = { leadership: 0, administrative: 1, functional: 2 };

export async function getPositionMap(
  ctx: ServiceContext,
  agencyId: string,
  orgUnitId?: string,
  ability: 'readMap' | 'exportMap' = 'readMap',
) {
  agencyPositionsPolicy.authorize(ctx.actor, ability, { agencyId });
  const agency = await getVisibleAgency(ctx, agencyId);
  const units = await listOrgUnits(ctx.db, agencyId);
  if (orgUnitId && !units.some((u) => u.id === orgUnitId)) {
    throw new DomainError('ORG_UNIT_NOT_FOUND', 'Unit organisasi tidak ditemukan pada instansi ini.');
  }
  const rows = await queryRows<PositionMapRow>(
    ctx.db,
    sql`select p.id, p.org_unit_id, p.parent_position_id, p.name, p.position_group, p.job_level,
          p.headcount, p.required_headcount, p.job_value, p.job_grade,
          s.id as standard_id, s.version as standard_version, s.status as standard_status,
          exists (select 1 from job_standards r where r.position_id = p.id and r.status = 'ratified') as has_ratified
        from positions p
        left join lateral (
          select s.id, s.version, s.status from job_standards s
          where s.position_id = p.id order by s.version desc limit 1
        ) s on true
        where p.agency_id = ${agencyId} and p.retired_at is null
        order by p.name`,
  );
  const byId = new Map<string, MapPosition & { unitId: string | null }>();
  for (const r of rows) {
    byId.set(r.id, {
      id: r.id,
      unitId: r.org_unit_id,
      name: r.name,
      positionGroup: r.position_group,
      jobLevel: r.job_level,
      parentPositionId: r.parent_position_id,
      headcount: r.headcount,
      requiredHeadcount: r.required_headcount,
      gap: r.headcount - r.required_headcount,
      jobValue: r.job_value,
      jobGrade: r.job_grade,
      standard: r.standard_id
        ? { id: r.standard_id, version: r.standard_version!, status: r.standard_status! }
        : null,
      hasRatifiedStandard: r.has_ratified,
      children: [],
    });
  }
  const unitNodes = new Map<string | null, MapUnit>();
  for (const u of units) {
    unitNodes.set(u.id, {
      id: u.id,
      name: u.name,
      code: u.code,
      parentId: u.parentId,
      positions: [],
      children: [],
    });
  }
  const unplaced: MapUnit = {
    id: null,
    name: '(tanpa unit)',
    code: null,
    parentId: null,
    positions: [],
    children: [],
  };
  for (const node of byId.values()) {
    const parent = node.parentPositionId ? byId.get(node.parentPositionId) : undefined;
    if (parent && parent.unitId === node.unitId) parent.children.push(node);
    else (unitNodes.get(node.unitId) ?? unplaced).positions.push(node);
  }
  const sortPositions = (list: MapPosition[]) => {
    list.sort(
      (a, b) =>
        (groupOrder[a.positionGroup] ?? 9) - (groupOrder[b.positionGroup] ?? 9) ||
        (b.jobGrade ?? 0) - (a.jobGrade ?? 0) ||
        a.name.localeCompare(b.name, 'id'),
    );
    for (const p of list) sortPositions(p.children);
  };
  const roots: MapUnit[] = [];
  for (const unit of unitNodes.values()) {
    sortPositions(unit.positions);
    const parent = unit.parentId ? unitNodes.get(unit.parentId) : undefined;
    if (parent) parent.children.push(unit);
    else roots.push(unit);
  }
  sortPositions(unplaced.positions);
  if (unplaced.positions.length > 0) roots.push(unplaced);
  const strip = (p: MapPosition & { unitId?: string | null }): MapPosition => {
    const { unitId: _unitId, ...rest } = p;
    return { ...rest, children: rest.children.map(strip) };
  };
  const clean = (u: MapUnit): MapUnit => ({
    ...u,
    positions: u.positions.map(strip),
    children: u.children.map(clean),
  });
  const selected = orgUnitId ? [findUnit(roots, orgUnitId)!] : roots;
  const tree = selected.map(clean);
  const flat = flatten(tree);
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name },
    units: tree,
    totals: {
      positions: flat.length,
      headcount: flat.reduce((n, p) => n + p.headcount, 0),
      requiredHeadcount: flat.reduce((n, p) => n + p.requiredHeadcount, 0),
      evaluated: flat.filter((p) => p.jobGrade !== null).length,
      ratified: flat.filter((p) => p.hasRatifiedStandard).length,
    },
  };
}

function findUnit(units: MapUnit[], id: string): MapUnit | undefined {
  for (const u of units) {
    if (u.id === id) return u;
    const found = findUnit(u.children, id);
    if (found) return found;
  }
  return undefined;
}

export interface UpdatePositionInput extends Partial<PositionDetails> {
  headcount?: number | undefined;
  requiredHeadcount?: number | undefined;
  parentPositionId?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  tasks?: string[] | undefined;
}

/**
 * A position's details (name, group, level, affair, summary, ranks), headcounts and placement on
 * the map (unit, superior); admins and drafters of the position's agency. Audited with before/after.
 */
export async function updatePositionPlacement(ctx: ServiceContext, id: string, input: UpdatePositionInput) {
  const position = await getPosition(ctx, id);
  const { actor } = ctx;
  positionPolicy.authorize(actor, 'update', position);
  if (position.retiredAt) {
    throw new DomainError(
      'POSITION_RETIRED',
      'Jabatan ini sudah dihapus dari peta jabatan dan tidak dapat diubah.',
    );
  }
  const issues = await checkPositionDetails(ctx, {
    positionGroup: input.positionGroup ?? (position.positionGroup as PositionDetails['positionGroup']),
    jobLevel: input.jobLevel ?? position.jobLevel,
    governmentAffair: input.governmentAffair ?? undefined,
    rankMin: input.rankMin === undefined ? (position.rankMin ?? undefined) : (input.rankMin ?? undefined),
    rankMax: input.rankMax === undefined ? (position.rankMax ?? undefined) : (input.rankMax ?? undefined),
  });
  for (const key of ['headcount', 'requiredHeadcount'] as const) {
    const value = input[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      issues.push({ path: key, message: 'Jumlah pegawai tidak boleh negatif.' });
    }
  }
  if (input.orgUnitId) {
    const unit = await findOrgUnit(ctx.db, input.orgUnitId);
    if (!unit || unit.agencyId !== position.agencyId) {
      issues.push({ path: 'orgUnitId', message: 'Unit organisasi tidak ditemukan pada instansi ini.' });
    }
  }
  if (input.parentPositionId) {
    const parent = await findPosition(ctx.db, input.parentPositionId);
    if (!parent || parent.agencyId !== position.agencyId) {
      issues.push({ path: 'parentPositionId', message: 'Jabatan atasan tidak ditemukan pada instansi ini.' });
    } else if (await isDescendantOrSelf(ctx, position.id, parent.id)) {
      issues.push({
        path: 'parentPositionId',
        message: 'Jabatan atasan tidak boleh jabatan itu sendiri atau bawahannya.',
      });
    }
  }
  if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', issues[0]!.message, { issues });
  const changes: Partial<typeof positions.$inferInsert> = {};
  if (input.headcount !== undefined) changes.headcount = input.headcount;
  if (input.requiredHeadcount !== undefined) changes.requiredHeadcount = input.requiredHeadcount;
  if (input.parentPositionId !== undefined) changes.parentPositionId = input.parentPositionId;
  if (input.orgUnitId !== undefined) changes.orgUnitId = input.orgUnitId;
  if (input.name !== undefined) changes.name = input.name;
  if (input.positionGroup !== undefined) changes.positionGroup = input.positionGroup;
  if (input.jobLevel !== undefined) changes.jobLevel = input.jobLevel;
  if (input.governmentAffair !== undefined) changes.governmentAffair = input.governmentAffair;
  if (input.summary !== undefined) changes.summary = input.summary;
  if (input.tasks !== undefined) changes.tasks = input.tasks;
  if (input.rankMin !== undefined) changes.rankMin = input.rankMin ? normalizeGrade(input.rankMin) : null;
  if (input.rankMax !== undefined) changes.rankMax = input.rankMax ? normalizeGrade(input.rankMax) : null;
  if (Object.keys(changes).length === 0) return position;
  return ctx.db.transaction(async (tx) => {
    await tx.update(positions).set(changes).where(eq(positions.id, id));
    // The JPM of the holders weighs the kinds by the job level: their boxes may move.
    if (changes.jobLevel !== undefined && changes.jobLevel !== position.jobLevel) {
      await refreshTalentPlacements(tx, position.agencyId, sql`cs.position_id = ${id}`);
    }
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId: position.agencyId,
      entity: 'position',
      entityId: id,
      action: 'update',
      diff: {
        before: Object.fromEntries(
          Object.keys(changes).map((k) => [k, position[k as keyof typeof position]]),
        ),
        after: changes,
      },
    });
    return (await findPosition(tx, id))!;
  });
}

/** Whether `candidateId` is `positionId` or one of its subordinates (walking up from the candidate). */
async function isDescendantOrSelf(ctx: ServiceContext, positionId: string, candidateId: string) {
  const rows = await queryRows<{ id: string }>(
    ctx.db,
    sql`with recursive up as (
          select id, parent_position_id, 0 as depth from positions where id = ${candidateId}
          union all
          select p.id, p.parent_position_id, up.depth + 1 from positions p join up on p.id = up.parent_position_id
          where up.depth < 100
        )
        select id from up where id = ${positionId} limit 1`,
  );
  return rows.length > 0;
}
