/**
 * Positions in a drafting campaign's scope (e.g. the 144 structural positions of seed 000) and their
 * assignment to drafting-group members with due dates. Bulk operations check every row first and
 * write all or nothing in one transaction.
 */
import type { Db } from '../db/client';
import { findOrgUnit } from '../db/repositories/agency-repository';
import {
  type DraftingCampaignRow,
  deleteScopeRow,
  findPositionAgencies,
  findScopeRows,
  findUsers,
  insertScopeRows,
  listMembers,
  listOrgUnitTree,
  positionIdsOfOrgUnits,
  updateScopeRow,
} from '../db/repositories/drafting-campaign-repository';
import { assertDueWithinPeriod } from '../domain/drafting-campaign';
import { DomainError } from '../domain/errors';
import { draftingCampaignPolicy, draftingCampaignSeatRules } from '../policies/drafting-campaign';
import type { ServiceContext } from './context';
import {
  auditDraftingCampaign,
  loadDraftingCampaign,
  loadManagedDraftingCampaign,
} from './drafting-campaign-access';

/** POSITION_NOT_FOUND for unknown ids, POSITION_OF_OTHER_AGENCY for another agency's, each naming them. */
export async function assertAgencyPositions(db: Db, agencyId: string, positionIds: readonly string[]) {
  const found = await findPositionAgencies(db, positionIds);
  const known = new Set(found.map((p) => p.id));
  const unknown = positionIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainError('POSITION_NOT_FOUND', `${unknown.length} jabatan tidak ditemukan.`, {
      positionIds: unknown,
    });
  }
  const foreign = found.filter((p) => p.agencyId !== agencyId).map((p) => p.id);
  if (foreign.length > 0) {
    throw new DomainError(
      'POSITION_OF_OTHER_AGENCY',
      `${foreign.length} jabatan milik instansi lain; kegiatan hanya mencakup jabatan instansi sendiri.`,
      { positionIds: foreign },
    );
  }
}

/** The scope rows of these positions; POSITION_NOT_IN_DRAFTING_CAMPAIGN (after the agency checks) for the others. */
export async function scopeRowsOf(
  db: Db,
  draftingCampaign: DraftingCampaignRow,
  positionIds: readonly string[],
) {
  const rows = await findScopeRows(db, draftingCampaign.id, positionIds);
  if (rows.length !== positionIds.length) {
    await assertAgencyPositions(db, draftingCampaign.agencyId, positionIds);
    const inScope = new Set(rows.map((row) => row.positionId));
    const missing = positionIds.filter((id) => !inScope.has(id));
    throw new DomainError(
      'POSITION_NOT_IN_DRAFTING_CAMPAIGN',
      `${missing.length} jabatan belum termasuk dalam cakupan kegiatan ini.`,
      { positionIds: missing },
    );
  }
  return new Map(rows.map((row) => [row.positionId, row]));
}

/** The unit and every unit under it. */
async function unitWithDescendants(db: Db, agencyId: string, unitId: string) {
  const units = await listOrgUnitTree(db, agencyId);
  const ids = [unitId];
  for (let i = 0; i < ids.length; i++) {
    for (const unit of units) if (unit.parentId === ids[i]) ids.push(unit.id);
  }
  return ids;
}

export interface AddPositionsInput {
  positionIds?: string[] | undefined;
  /** All positions of this org unit (and, unless `includeSubUnits` is false, of its sub-units). */
  orgUnitId?: string | undefined;
  includeSubUnits?: boolean | undefined;
  dueOn?: string | null | undefined;
}

/** Adds positions to the scope; those already in scope are left as they are. */
export async function addPositions(
  ctx: ServiceContext,
  draftingCampaignId: string,
  input: AddPositionsInput,
) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    assertDueWithinPeriod(input.dueOn, draftingCampaign);
    const ids = [...new Set(input.positionIds ?? [])];
    if (input.orgUnitId) {
      const unit = await findOrgUnit(tx, input.orgUnitId);
      if (!unit || unit.agencyId !== draftingCampaign.agencyId) {
        throw new DomainError('ORG_UNIT_NOT_FOUND', 'Unit organisasi tidak ditemukan pada instansi ini.');
      }
      const units =
        input.includeSubUnits === false
          ? [unit.id]
          : await unitWithDescendants(tx, draftingCampaign.agencyId, unit.id);
      for (const id of await positionIdsOfOrgUnits(tx, draftingCampaign.agencyId, units)) {
        if (!ids.includes(id)) ids.push(id);
      }
    }
    await assertAgencyPositions(tx, draftingCampaign.agencyId, ids);
    const existing = new Set(
      (await findScopeRows(tx, draftingCampaign.id, ids)).map((row) => row.positionId),
    );
    const added = ids.filter((id) => !existing.has(id));
    await insertScopeRows(
      tx,
      added.map((positionId) => ({
        draftingCampaignId: draftingCampaign.id,
        positionId,
        dueOn: input.dueOn ?? null,
      })),
    );
    if (added.length > 0) {
      await auditDraftingCampaign(tx, actor, draftingCampaign, 'addPositions', {
        positionIds: added,
        orgUnitId: input.orgUnitId ?? null,
        dueOn: input.dueOn ?? null,
      });
    }
    const total = (await findScopeRows(tx, draftingCampaign.id)).length;
    return { added: added.length, alreadyInScope: existing.size, total };
  });
}

export async function removePosition(ctx: ServiceContext, draftingCampaignId: string, positionId: string) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const [before] = [...(await scopeRowsOf(tx, draftingCampaign, [positionId])).values()];
    await deleteScopeRow(tx, draftingCampaign.id, positionId);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'removePosition', { positionId, before });
    return { deleted: true as const };
  });
}

export interface AssignmentInput {
  positionId: string;
  /** null: unassign. */
  assigneeId: string | null;
  /** Omitted: unchanged; null: back to the composing phase end. */
  dueOn?: string | null | undefined;
}

/**
 * Assigns positions to members of drafting groups, all or none. The admin assigns anywhere; a
 * coordinator only to members of their group, and only positions that are unassigned or already
 * with their group.
 */
export async function assignPositions(
  ctx: ServiceContext,
  draftingCampaignId: string,
  input: { assignments: AssignmentInput[] },
) {
  const { db, actor } = ctx;
  const positionIds = input.assignments.map((a) => a.positionId);
  if (new Set(positionIds).size !== positionIds.length) {
    throw new DomainError('VALIDATION_FAILED', 'Jabatan yang sama disebut lebih dari sekali.', {
      issues: [{ path: 'assignments', message: 'Jabatan ganda' }],
    });
  }
  return db.transaction(async (tx) => {
    const { draftingCampaign, membership } = await loadDraftingCampaign(tx, actor, draftingCampaignId, true);
    const scope = await scopeRowsOf(tx, draftingCampaign, positionIds);
    const members = await listMembers(tx, draftingCampaignId);
    const memberOf = new Map(members.map((m) => [m.userId, m]));
    const assigneeIds = [...new Set(input.assignments.flatMap((a) => (a.assigneeId ? [a.assigneeId] : [])))];
    const outsiders = assigneeIds.filter((id) => !memberOf.has(id));
    if (outsiders.length > 0) {
      const users = await findUsers(tx, outsiders);
      const known = new Set(users.map((u) => u.id));
      const unknown = outsiders.filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw new DomainError('USER_NOT_FOUND', 'Pengguna tidak ditemukan.', { userIds: unknown });
      const foreign = users.filter((u) => u.agencyId !== draftingCampaign.agencyId).map((u) => u.id);
      if (foreign.length > 0) {
        throw new DomainError(
          'USER_OF_OTHER_AGENCY',
          'Jabatan hanya dapat ditugaskan kepada pengguna instansi ini.',
          {
            userIds: foreign,
          },
        );
      }
    }
    const notDrafting = assigneeIds.filter((id) => memberOf.get(id)?.groupKind !== 'drafting');
    if (notDrafting.length > 0) {
      throw new DomainError(
        'ASSIGNEE_NOT_IN_DRAFTING_GROUP',
        'Jabatan hanya dapat ditugaskan kepada anggota kelompok Tim Penyusun kegiatan ini.',
        { userIds: notDrafting },
      );
    }
    const mayAssignIn = (groupId: string) =>
      draftingCampaignSeatRules.canAssignInGroup(actor, draftingCampaign.agencyId, membership, {
        id: groupId,
        kind: 'drafting',
      });
    const changes = input.assignments.map((assignment) => {
      const before = scope.get(assignment.positionId)!;
      const fromGroup = before.assigneeId ? memberOf.get(before.assigneeId)?.groupId : undefined;
      const toGroup = assignment.assigneeId ? memberOf.get(assignment.assigneeId)!.groupId : undefined;
      const allowed =
        (fromGroup === undefined || mayAssignIn(fromGroup)) &&
        (toGroup === undefined
          ? fromGroup !== undefined ||
            draftingCampaignPolicy.can(actor, 'manage', {
              agencyId: draftingCampaign.agencyId,
              membership: null,
            })
          : mayAssignIn(toGroup));
      if (!allowed) {
        throw new DomainError(
          'FORBIDDEN',
          'Koordinator hanya dapat menugaskan jabatan kepada anggota kelompoknya sendiri.',
          { positionId: assignment.positionId },
        );
      }
      assertDueWithinPeriod(assignment.dueOn, draftingCampaign);
      const after = {
        assigneeId: assignment.assigneeId,
        dueOn: assignment.dueOn === undefined ? before.dueOn : assignment.dueOn,
      };
      return {
        positionId: assignment.positionId,
        before: { assigneeId: before.assigneeId, dueOn: before.dueOn },
        after,
      };
    });
    for (const change of changes)
      await updateScopeRow(tx, draftingCampaign.id, change.positionId, change.after);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'assignPositions', { assignments: changes });
    return { updated: changes.length };
  });
}
