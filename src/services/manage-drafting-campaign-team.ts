/**
 * The people of a drafting campaign (seed 000): a steering team and drafting groups, each with
 * coordinators and members. A user sits in at most one group of a drafting campaign. Leaving a drafting
 * group (removal, move to the steering team, group deleted) unassigns the user's positions.
 */
import {
  deleteGroup as deleteGroupRow,
  deleteMember,
  findGroup,
  findMembers,
  insertGroup,
  insertMembers,
  listGroups,
  listMembers,
  unassignUsers,
  updateGroup as updateGroupRow,
  updateMember as updateMemberRow,
} from '../db/repositories/drafting-campaign-repository';
import type { DraftingCampaignGroupKind, DraftingCampaignMemberRole } from '../domain/drafting-campaign';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import {
  assertAgencyUsers,
  auditDraftingCampaign,
  loadManagedDraftingCampaign,
} from './drafting-campaign-access';
import { type DraftingCampaignGroupView, groupViews } from './drafting-campaign-views';
import { isUniqueViolation } from './manage-org-units';

function groupNotFound(): DomainError {
  return new DomainError('DRAFTING_CAMPAIGN_GROUP_NOT_FOUND', 'Kelompok tidak ditemukan pada kegiatan ini.');
}

async function loadGroupView(db: ServiceContext['db'], draftingCampaignId: string, groupId: string) {
  const [groups, members] = await Promise.all([
    listGroups(db, draftingCampaignId),
    listMembers(db, draftingCampaignId),
  ]);
  return groupViews(
    groups.filter((group) => group.id === groupId),
    members,
  )[0]!;
}

export async function createGroup(
  ctx: ServiceContext,
  draftingCampaignId: string,
  input: { name: string; kind: DraftingCampaignGroupKind },
): Promise<{ group: DraftingCampaignGroupView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const group = await insertGroup(tx, { draftingCampaignId, name: input.name, kind: input.kind });
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'createGroup', {
      groupId: group.id,
      after: input,
    });
    return { group: { id: group.id, name: group.name, kind: group.kind, members: [] } };
  });
}

export async function updateGroup(
  ctx: ServiceContext,
  draftingCampaignId: string,
  groupId: string,
  input: { name?: string | undefined; kind?: DraftingCampaignGroupKind | undefined },
): Promise<{ group: DraftingCampaignGroupView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const group = await findGroup(tx, draftingCampaignId, groupId);
    if (!group) throw groupNotFound();
    const next = { name: input.name ?? group.name, kind: input.kind ?? group.kind };
    let unassigned: string[] = [];
    if (group.kind === 'drafting' && next.kind === 'steering') {
      const members = (await listMembers(tx, draftingCampaignId)).filter((m) => m.groupId === groupId);
      unassigned = await unassignUsers(
        tx,
        draftingCampaignId,
        members.map((m) => m.userId),
      );
    }
    await updateGroupRow(tx, groupId, next);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'updateGroup', {
      groupId,
      before: { name: group.name, kind: group.kind },
      after: next,
      ...(unassigned.length > 0 ? { unassignedPositionIds: unassigned } : {}),
    });
    return { group: await loadGroupView(tx, draftingCampaignId, groupId) };
  });
}

export async function deleteGroup(
  ctx: ServiceContext,
  draftingCampaignId: string,
  groupId: string,
): Promise<{ deleted: true; unassigned: number }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const group = await findGroup(tx, draftingCampaignId, groupId);
    if (!group) throw groupNotFound();
    const members = (await listMembers(tx, draftingCampaignId)).filter((m) => m.groupId === groupId);
    const unassigned = await unassignUsers(
      tx,
      draftingCampaignId,
      members.map((m) => m.userId),
    );
    await deleteGroupRow(tx, groupId);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'deleteGroup', {
      groupId,
      before: {
        name: group.name,
        kind: group.kind,
        members: members.map((m) => ({ userId: m.userId, role: m.role })),
      },
      unassignedPositionIds: unassigned,
    });
    return { deleted: true as const, unassigned: unassigned.length };
  });
}

function alreadyInDraftingCampaign(userId: string, fullName: string, groupName: string): DomainError {
  return new DomainError(
    'MEMBER_ALREADY_IN_DRAFTING_CAMPAIGN',
    `${fullName} sudah menjadi anggota kelompok "${groupName}" pada kegiatan ini. Seorang pengguna hanya dapat berada di satu kelompok.`,
    { userId, groupName },
  );
}

/** Adds users to a group, all or none: each of the agency, active, and not yet in any group of the drafting campaign. */
export async function addMembers(
  ctx: ServiceContext,
  draftingCampaignId: string,
  groupId: string,
  input: { members: { userId: string; role: DraftingCampaignMemberRole }[] },
): Promise<{ group: DraftingCampaignGroupView }> {
  const { db, actor } = ctx;
  const userIds = input.members.map((m) => m.userId);
  if (new Set(userIds).size !== userIds.length) {
    throw new DomainError('VALIDATION_FAILED', 'Pengguna yang sama disebut lebih dari sekali.', {
      issues: [{ path: 'members', message: 'Pengguna ganda' }],
    });
  }
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const group = await findGroup(tx, draftingCampaignId, groupId);
    if (!group) throw groupNotFound();
    const users = await assertAgencyUsers(tx, draftingCampaign.agencyId, userIds);
    const seated = await findMembers(tx, draftingCampaignId, userIds);
    if (seated.length > 0) {
      const first = seated[0]!;
      const groups = await listGroups(tx, draftingCampaignId);
      const groupName = groups.find((g) => g.id === first.groupId)?.name ?? '';
      throw alreadyInDraftingCampaign(first.userId, first.fullName, groupName);
    }
    try {
      await insertMembers(
        tx,
        input.members.map((m) => ({ draftingCampaignId, groupId, userId: m.userId, role: m.role })),
      );
    } catch (error) {
      // Only reachable without the drafting campaign lock (which serializes writes); kept as a last guard.
      if (isUniqueViolation(error)) {
        const user = users[0]!;
        throw alreadyInDraftingCampaign(user.id, user.fullName, '');
      }
      throw error;
    }
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'addMembers', {
      groupId,
      members: input.members,
    });
    return { group: await loadGroupView(tx, draftingCampaignId, groupId) };
  });
}

function memberNotFound(): DomainError {
  return new DomainError(
    'DRAFTING_CAMPAIGN_MEMBER_NOT_FOUND',
    'Pengguna ini bukan anggota tim kegiatan ini.',
  );
}

/** Changes a member's role or moves them to another group of the same drafting campaign. */
export async function updateMember(
  ctx: ServiceContext,
  draftingCampaignId: string,
  userId: string,
  input: { role?: DraftingCampaignMemberRole | undefined; groupId?: string | undefined },
) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const [member] = await findMembers(tx, draftingCampaignId, [userId]);
    if (!member) throw memberNotFound();
    const target = input.groupId ? await findGroup(tx, draftingCampaignId, input.groupId) : null;
    if (input.groupId && !target) throw groupNotFound();
    const next = { role: input.role ?? member.role, groupId: target?.id ?? member.groupId };
    const unassigned =
      member.groupKind === 'drafting' && target?.kind === 'steering'
        ? await unassignUsers(tx, draftingCampaignId, [userId])
        : [];
    await updateMemberRow(tx, draftingCampaignId, userId, next);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'updateMember', {
      userId,
      before: { role: member.role, groupId: member.groupId },
      after: next,
      ...(unassigned.length > 0 ? { unassignedPositionIds: unassigned } : {}),
    });
    return { member: { userId, ...next } };
  });
}

export async function removeMember(ctx: ServiceContext, draftingCampaignId: string, userId: string) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, draftingCampaignId);
    const [member] = await findMembers(tx, draftingCampaignId, [userId]);
    if (!member) throw memberNotFound();
    const unassigned = await unassignUsers(tx, draftingCampaignId, [userId]);
    await deleteMember(tx, draftingCampaignId, userId);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'removeMember', {
      userId,
      before: { role: member.role, groupId: member.groupId },
      unassignedPositionIds: unassigned,
    });
    return { deleted: true as const, unassigned: unassigned.length };
  });
}
