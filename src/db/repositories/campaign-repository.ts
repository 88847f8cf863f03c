/**
 * Drafting campaigns: the campaign, its groups and members, positions in scope with their
 * assignees (phases, interviews and SOP steps: `campaign-activity-repository.ts`). The state of
 * each position is read from the latest version of its standard (highest version among the
 * position's standards), never stored here.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CampaignGroupKind, CampaignMemberRole } from '../../domain/campaign';
import type { StandardStatus } from '../../domain/job-standard-workflow';
import type { Role } from '../../domain/roles';
import { type Db, queryRows } from '../client';
import {
  campaignGroups,
  campaignMembers,
  campaignPositions,
  campaigns,
  orgUnits,
  positions,
  users,
} from '../schema';

export type CampaignRow = typeof campaigns.$inferSelect;

// --- Campaigns --------------------------------------------------------------------------------

export async function findCampaign(db: Db, id: string, forUpdate = false): Promise<CampaignRow | undefined> {
  const query = db.select().from(campaigns).where(eq(campaigns.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertCampaign(
  db: Db,
  values: { agencyId: string; name: string; startsOn: string; endsOn: string; createdBy: string },
) {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row!;
}

export async function updateCampaign(
  db: Db,
  id: string,
  patch: Partial<{ name: string; startsOn: string; endsOn: string }>,
) {
  await db.update(campaigns).set(patch).where(eq(campaigns.id, id));
}

export async function deleteCampaign(db: Db, id: string) {
  await db.delete(campaigns).where(eq(campaigns.id, id));
}

export interface CampaignListRow {
  id: string;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  name: string;
  starts_on: string;
  ends_on: string;
  positions: number;
  ratified: number;
  my_role: CampaignMemberRole | null;
  my_group_kind: CampaignGroupKind | null;
}

/** Campaigns of one agency (or all), optionally only those `userId` sits in, with scope and ratified counts. */
export async function listCampaigns(
  db: Db,
  filter: { agencyId: string | null; userId: string; onlyMember: boolean },
) {
  return queryRows<CampaignListRow>(
    db,
    sql`select c.id, c.agency_id, a.code as agency_code, a.name as agency_name, c.name, c.starts_on, c.ends_on,
          count(cp.position_id)::int as positions,
          (count(cp.position_id) filter (where s.status = 'ratified'))::int as ratified,
          m.role as my_role, g.kind as my_group_kind
        from campaigns c
        join agencies a on a.id = c.agency_id
        left join campaign_members m on m.campaign_id = c.id and m.user_id = ${filter.userId}
        left join campaign_groups g on g.id = m.group_id
        left join campaign_positions cp on cp.campaign_id = c.id
        left join lateral (
          select js.status from job_standards js where js.position_id = cp.position_id
          order by js.version desc, js.created_at desc limit 1
        ) s on true
        where ${filter.agencyId ? sql`c.agency_id = ${filter.agencyId}` : sql`true`}
          and ${filter.onlyMember ? sql`m.user_id is not null` : sql`true`}
        group by c.id, a.code, a.name, m.role, g.kind
        order by c.starts_on desc, c.name`,
  );
}

// --- Groups and members -----------------------------------------------------------------------

export type CampaignGroupRow = typeof campaignGroups.$inferSelect & { kind: CampaignGroupKind };

export async function listGroups(db: Db, campaignId: string) {
  return (await db
    .select()
    .from(campaignGroups)
    .where(eq(campaignGroups.campaignId, campaignId))
    .orderBy(
      sql`case when ${campaignGroups.kind} = 'steering' then 0 else 1 end`,
      asc(campaignGroups.name),
    )) as CampaignGroupRow[];
}

export async function findGroup(db: Db, campaignId: string, groupId: string) {
  const [row] = await db
    .select()
    .from(campaignGroups)
    .where(and(eq(campaignGroups.campaignId, campaignId), eq(campaignGroups.id, groupId)));
  return row as CampaignGroupRow | undefined;
}

export async function insertGroup(
  db: Db,
  values: { campaignId: string; name: string; kind: CampaignGroupKind },
) {
  const [row] = await db.insert(campaignGroups).values(values).returning();
  return row as CampaignGroupRow;
}

export async function updateGroup(
  db: Db,
  groupId: string,
  patch: Partial<{ name: string; kind: CampaignGroupKind }>,
) {
  await db.update(campaignGroups).set(patch).where(eq(campaignGroups.id, groupId));
}

export async function deleteGroup(db: Db, groupId: string) {
  await db.delete(campaignGroups).where(eq(campaignGroups.id, groupId));
}

export interface CampaignMemberRow {
  userId: string;
  groupId: string;
  role: CampaignMemberRole;
  groupKind: CampaignGroupKind;
  username: string;
  fullName: string;
  userRole: Role;
}

const memberColumns = {
  userId: campaignMembers.userId,
  groupId: campaignMembers.groupId,
  role: campaignMembers.role,
  groupKind: campaignGroups.kind,
  username: users.username,
  fullName: users.fullName,
  userRole: users.role,
};

export async function listMembers(db: Db, campaignId: string) {
  return (await db
    .select(memberColumns)
    .from(campaignMembers)
    .innerJoin(campaignGroups, eq(campaignGroups.id, campaignMembers.groupId))
    .innerJoin(users, eq(users.id, campaignMembers.userId))
    .where(eq(campaignMembers.campaignId, campaignId))
    .orderBy(
      sql`case when ${campaignMembers.role} = 'coordinator' then 0 else 1 end`,
      asc(users.fullName),
    )) as CampaignMemberRow[];
}

export async function findMembers(db: Db, campaignId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return (await db
    .select(memberColumns)
    .from(campaignMembers)
    .innerJoin(campaignGroups, eq(campaignGroups.id, campaignMembers.groupId))
    .innerJoin(users, eq(users.id, campaignMembers.userId))
    .where(
      and(eq(campaignMembers.campaignId, campaignId), inArray(campaignMembers.userId, [...userIds])),
    )) as CampaignMemberRow[];
}

export async function insertMembers(
  db: Db,
  rows: { campaignId: string; groupId: string; userId: string; role: CampaignMemberRole }[],
) {
  if (rows.length > 0) await db.insert(campaignMembers).values(rows);
}

export async function updateMember(
  db: Db,
  campaignId: string,
  userId: string,
  patch: Partial<{ groupId: string; role: CampaignMemberRole }>,
) {
  await db
    .update(campaignMembers)
    .set(patch)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)));
}

export async function deleteMember(db: Db, campaignId: string, userId: string) {
  await db
    .delete(campaignMembers)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)));
}

export async function findUsers(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: users.id,
      agencyId: users.agencyId,
      active: users.active,
      fullName: users.fullName,
      role: users.role,
    })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

// --- Positions in scope -----------------------------------------------------------------------

export async function findPositionAgencies(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: positions.id, agencyId: positions.agencyId })
    .from(positions)
    .where(inArray(positions.id, [...ids]));
}

/** Ids of the positions of the given org units of an agency. */
export async function positionIdsOfOrgUnits(db: Db, agencyId: string, orgUnitIds: readonly string[]) {
  if (orgUnitIds.length === 0) return [];
  const rows = await db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.agencyId, agencyId), inArray(positions.orgUnitId, [...orgUnitIds])))
    .orderBy(asc(positions.name));
  return rows.map((row) => row.id);
}

export async function listOrgUnitTree(db: Db, agencyId: string) {
  return db
    .select({ id: orgUnits.id, parentId: orgUnits.parentId, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.agencyId, agencyId));
}

export interface ScopeRow {
  positionId: string;
  assigneeId: string | null;
  dueOn: string | null;
}

export async function findScopeRows(db: Db, campaignId: string, positionIds?: readonly string[]) {
  if (positionIds && positionIds.length === 0) return [];
  return db
    .select({
      positionId: campaignPositions.positionId,
      assigneeId: campaignPositions.assigneeId,
      dueOn: campaignPositions.dueOn,
    })
    .from(campaignPositions)
    .where(
      and(
        eq(campaignPositions.campaignId, campaignId),
        positionIds ? inArray(campaignPositions.positionId, [...positionIds]) : undefined,
      ),
    );
}

export async function insertScopeRows(
  db: Db,
  rows: { campaignId: string; positionId: string; dueOn: string | null }[],
) {
  // 144 positions × 3 parameters stays far below the parameter limit; chunk anyway for larger scopes.
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(campaignPositions).values(rows.slice(i, i + 1000));
  }
}

export async function deleteScopeRow(db: Db, campaignId: string, positionId: string) {
  const deleted = await db
    .delete(campaignPositions)
    .where(and(eq(campaignPositions.campaignId, campaignId), eq(campaignPositions.positionId, positionId)))
    .returning({ positionId: campaignPositions.positionId });
  return deleted.length > 0;
}

export async function updateScopeRow(
  db: Db,
  campaignId: string,
  positionId: string,
  patch: Partial<{ assigneeId: string | null; dueOn: string | null }>,
) {
  await db
    .update(campaignPositions)
    .set(patch)
    .where(and(eq(campaignPositions.campaignId, campaignId), eq(campaignPositions.positionId, positionId)));
}

/** Unassigns every position of these users in the campaign; returns the positions touched. */
export async function unassignUsers(db: Db, campaignId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .update(campaignPositions)
    .set({ assigneeId: null })
    .where(
      and(eq(campaignPositions.campaignId, campaignId), inArray(campaignPositions.assigneeId, [...userIds])),
    )
    .returning({ positionId: campaignPositions.positionId });
  return rows.map((row) => row.positionId);
}

export interface CampaignPositionRow {
  position_id: string;
  position_name: string;
  job_level: string;
  position_group: string;
  org_unit_id: string | null;
  org_unit_name: string | null;
  assignee_id: string | null;
  due_on: string | null;
  standard_id: string | null;
  status: StandardStatus | null;
  version: number | null;
  interview_count: number;
}

/** Positions in scope with the latest version of each one's standard (if any). */
export async function listScope(db: Db, campaignId: string) {
  return queryRows<CampaignPositionRow>(
    db,
    sql`select cp.position_id, p.name as position_name, p.job_level, p.position_group,
          p.org_unit_id, u.name as org_unit_name, cp.assignee_id, cp.due_on,
          s.id as standard_id, s.status, s.version,
          (select count(*) from campaign_interviews i
            where i.campaign_id = cp.campaign_id and i.position_id = cp.position_id)::int as interview_count
        from campaign_positions cp
        join positions p on p.id = cp.position_id
        left join org_units u on u.id = p.org_unit_id
        left join lateral (
          select js.id, js.status, js.version from job_standards js where js.position_id = cp.position_id
          order by js.version desc, js.created_at desc limit 1
        ) s on true
        where cp.campaign_id = ${campaignId}
        order by u.name nulls last, p.name, p.id`,
  );
}
