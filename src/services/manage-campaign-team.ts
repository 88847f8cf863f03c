/**
 * The people of a campaign (seed 000): a steering team and drafting groups, each with
 * coordinators and members. A user sits in at most one group of a campaign. Leaving a drafting
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
} from '../db/repositories/campaign-repository';
import type { CampaignGroupKind, CampaignMemberRole } from '../domain/campaign';
import { DomainError } from '../domain/errors';
import { assertAgencyUsers, auditCampaign, loadManagedCampaign } from './campaign-access';
import { type CampaignGroupView, groupViews } from './campaign-views';
import type { ServiceContext } from './context';
import { isUniqueViolation } from './manage-org-units';

function groupNotFound(): DomainError {
  return new DomainError('CAMPAIGN_GROUP_NOT_FOUND', 'Kelompok tidak ditemukan pada kegiatan ini.');
}

async function loadGroupView(db: ServiceContext['db'], campaignId: string, groupId: string) {
  const [groups, members] = await Promise.all([listGroups(db, campaignId), listMembers(db, campaignId)]);
  return groupViews(
    groups.filter((group) => group.id === groupId),
    members,
  )[0]!;
}

export async function createGroup(
  ctx: ServiceContext,
  campaignId: string,
  input: { name: string; kind: CampaignGroupKind },
): Promise<{ group: CampaignGroupView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const group = await insertGroup(tx, { campaignId, name: input.name, kind: input.kind });
    await auditCampaign(tx, actor, campaign, 'createGroup', { groupId: group.id, after: input });
    return { group: { id: group.id, name: group.name, kind: group.kind, members: [] } };
  });
}

export async function updateGroup(
  ctx: ServiceContext,
  campaignId: string,
  groupId: string,
  input: { name?: string | undefined; kind?: CampaignGroupKind | undefined },
): Promise<{ group: CampaignGroupView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const group = await findGroup(tx, campaignId, groupId);
    if (!group) throw groupNotFound();
    const next = { name: input.name ?? group.name, kind: input.kind ?? group.kind };
    let unassigned: string[] = [];
    if (group.kind === 'drafting' && next.kind === 'steering') {
      const members = (await listMembers(tx, campaignId)).filter((m) => m.groupId === groupId);
      unassigned = await unassignUsers(
        tx,
        campaignId,
        members.map((m) => m.userId),
      );
    }
    await updateGroupRow(tx, groupId, next);
    await auditCampaign(tx, actor, campaign, 'updateGroup', {
      groupId,
      before: { name: group.name, kind: group.kind },
      after: next,
      ...(unassigned.length > 0 ? { unassignedPositionIds: unassigned } : {}),
    });
    return { group: await loadGroupView(tx, campaignId, groupId) };
  });
}

export async function deleteGroup(
  ctx: ServiceContext,
  campaignId: string,
  groupId: string,
): Promise<{ deleted: true; unassigned: number }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const group = await findGroup(tx, campaignId, groupId);
    if (!group) throw groupNotFound();
    const members = (await listMembers(tx, campaignId)).filter((m) => m.groupId === groupId);
    const unassigned = await unassignUsers(
      tx,
      campaignId,
      members.map((m) => m.userId),
    );
    await deleteGroupRow(tx, groupId);
    await auditCampaign(tx, actor, campaign, 'deleteGroup', {
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

function alreadyInCampaign(userId: string, fullName: string, groupName: string): DomainError {
  return new DomainError(
    'MEMBER_ALREADY_IN_CAMPAIGN',
    `${fullName} sudah menjadi anggota kelompok "${groupName}" pada kegiatan ini. Seorang pengguna hanya dapat berada di satu kelompok.`,
    { userId, groupName },
  );
}

/** Adds users to a group, all or none: each of the agency, active, and not yet in any group of the campaign. */
export async function addMembers(
  ctx: ServiceContext,
  campaignId: string,
  groupId: string,
  input: { members: { userId: string; role: CampaignMemberRole }[] },
): Promise<{ group: CampaignGroupView }> {
  const { db, actor } = ctx;
  const userIds = input.members.map((m) => m.userId);
  if (new Set(userIds).size !== userIds.length) {
    throw new DomainError('VALIDATION_FAILED', 'Pengguna yang sama disebut lebih dari sekali.', {
      issues: [{ path: 'members', message: 'Pengguna ganda' }],
    });
  }
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const group = await findGroup(tx, campaignId, groupId);
    if (!group) throw groupNotFound();
    const users = await assertAgencyUsers(tx, campaign.agencyId, userIds);
    const seated = await findMembers(tx, campaignId, userIds);
    if (seated.length > 0) {
      const first = seated[0]!;
      const groups = await listGroups(tx, campaignId);
      const groupName = groups.find((g) => g.id === first.groupId)?.name ?? '';
      throw alreadyInCampaign(first.userId, first.fullName, groupName);
    }
    try {
      await insertMembers(
        tx,
        input.members.map((m) => ({ campaignId, groupId, userId: m.userId, role: m.role })),
      );
    } catch (error) {
      // Only reachable without the campaign lock (which serializes writes); kept as a last guard.
      if (isUniqueViolation(error)) {
        const user = users[0]!;
        throw alreadyInCampaign(user.id, user.fullName, '');
      }
      throw error;
    }
    await auditCampaign(tx, actor, campaign, 'addMembers', { groupId, members: input.members });
    return { group: await loadGroupView(tx, campaignId, groupId) };
  });
}

function memberNotFound(): DomainError {
  return new DomainError('CAMPAIGN_MEMBER_NOT_FOUND', 'Pengguna ini bukan anggota tim kegiatan ini.');
}

/** Changes a member's role or moves them to another group of the same campaign. */
export async function updateMember(
  ctx: ServiceContext,
  campaignId: string,
  userId: string,
  input: { role?: CampaignMemberRole | undefined; groupId?: string | undefined },
) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const [member] = await findMembers(tx, campaignId, [userId]);
    if (!member) throw memberNotFound();
    const target = input.groupId ? await findGroup(tx, campaignId, input.groupId) : null;
    if (input.groupId && !target) throw groupNotFound();
    const next = { role: input.role ?? member.role, groupId: target?.id ?? member.groupId };
    const unassigned =
      member.groupKind === 'drafting' && target?.kind === 'steering'
        ? await unassignUsers(tx, campaignId, [userId])
        : [];
    await updateMemberRow(tx, campaignId, userId, next);
    await auditCampaign(tx, actor, campaign, 'updateMember', {
      userId,
      before: { role: member.role, groupId: member.groupId },
      after: next,
      ...(unassigned.length > 0 ? { unassignedPositionIds: unassigned } : {}),
    });
    return { member: { userId, ...next } };
  });
}

export async function removeMember(ctx: ServiceContext, campaignId: string, userId: string) {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, campaignId);
    const [member] = await findMembers(tx, campaignId, [userId]);
    if (!member) throw memberNotFound();
    const unassigned = await unassignUsers(tx, campaignId, [userId]);
    await deleteMember(tx, campaignId, userId);
    await auditCampaign(tx, actor, campaign, 'removeMember', {
      userId,
      before: { role: member.role, groupId: member.groupId },
      unassignedPositionIds: unassigned,
    });
    return { deleted: true as const, unassigned: unassigned.length };
  });
}
