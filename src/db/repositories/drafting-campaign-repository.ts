/**
 * Drafting campaigns: the drafting campaign, its groups and members, positions in scope with their
 * assignees (phases, interviews and SOP steps: `drafting-campaign-activity-repository.ts`). The state of
 * each position is read from the latest version of its standard (highest version among the
 * position's standards), never stored here.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DraftingCampaignGroupKind, DraftingCampaignMemberRole } from '../../domain/drafting-campaign';
import type { StandardStatus } from '../../domain/job-standard-workflow';
import type { Role } from '../../domain/roles';
import { type Db, queryRows } from '../client';
import {
  draftingCampaignGroups,
  draftingCampaignMembers,
  draftingCampaignPositions,
  draftingCampaigns,
  orgUnits,
  positions,
  users,
} from '../schema';
import { agencyOf } from './agency-of';

export type DraftingCampaignRow = typeof draftingCampaigns.$inferSelect;

// --- Drafting campaigns --------------------------------------------------------------------------------

export async function findDraftingCampaign(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<DraftingCampaignRow | undefined> {
  const query = db.select().from(draftingCampaigns).where(eq(draftingCampaigns.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertDraftingCampaign(
  db: Db,
  values: { agencyId: string; name: string; startsOn: string; endsOn: string; createdBy: string },
) {
  const [row] = await db.insert(draftingCampaigns).values(values).returning();
  return row!;
}

export async function updateDraftingCampaign(
  db: Db,
  id: string,
  patch: Partial<{ name: string; startsOn: string; endsOn: string }>,
) {
  await db.update(draftingCampaigns).set(patch).where(eq(draftingCampaigns.id, id));
}

export async function deleteDraftingCampaign(db: Db, id: string) {
  await db.delete(draftingCampaigns).where(eq(draftingCampaigns.id, id));
}

export interface DraftingCampaignListRow {
  id: string;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  name: string;
  starts_on: string;
  ends_on: string;
  positions: number;
  ratified: number;
  my_role: DraftingCampaignMemberRole | null;
  my_group_kind: DraftingCampaignGroupKind | null;
}

/** Drafting campaigns of one agency (or all), optionally only those `userId` sits in, with scope and ratified counts. */
export async function listDraftingCampaigns(
  db: Db,
  filter: { agencyId: string | null; userId: string; onlyMember: boolean },
) {
  return queryRows<DraftingCampaignListRow>(
    db,
    sql`select c.id, c.agency_id, a.code as agency_code, a.name as agency_name, c.name, c.starts_on, c.ends_on,
          count(cp.position_id)::int as positions,
          (count(cp.position_id) filter (where s.status = 'ratified'))::int as ratified,
          m.role as my_role, g.kind as my_group_kind
        from drafting_campaigns c
        join agencies a on a.id = c.agency_id
        left join drafting_campaign_members m on m.drafting_campaign_id = c.id and m.user_id = ${filter.userId}
        left join drafting_campaign_groups g on g.id = m.group_id
        left join drafting_campaign_positions cp on cp.drafting_campaign_id = c.id
        left join lateral (
          select js.status from job_standards js where js.position_id = cp.position_id
          order by js.version desc, js.created_at desc limit 1
        ) s on true
        where ${filter.agencyId ? sql`c.agency_id = ${filter.agencyId}` : sql`true`}
          and ${filter.onlyMember ? sql`m.user_id is not null` : sql`true`}
        group by c.id, c.agency_id, a.code, a.name, m.role, g.kind
        order by c.starts_on desc, c.name`,
  );
}

// --- Groups and members -----------------------------------------------------------------------

export type DraftingCampaignGroupRow = typeof draftingCampaignGroups.$inferSelect & {
  kind: DraftingCampaignGroupKind;
};

export async function listGroups(db: Db, draftingCampaignId: string) {
  return (await db
    .select()
    .from(draftingCampaignGroups)
    .where(eq(draftingCampaignGroups.draftingCampaignId, draftingCampaignId))
    .orderBy(
      sql`case when ${draftingCampaignGroups.kind} = 'steering' then 0 else 1 end`,
      asc(draftingCampaignGroups.name),
    )) as DraftingCampaignGroupRow[];
}

export async function findGroup(db: Db, draftingCampaignId: string, groupId: string) {
  const [row] = await db
    .select()
    .from(draftingCampaignGroups)
    .where(
      and(
        eq(draftingCampaignGroups.draftingCampaignId, draftingCampaignId),
        eq(draftingCampaignGroups.id, groupId),
      ),
    );
  return row as DraftingCampaignGroupRow | undefined;
}

export async function insertGroup(
  db: Db,
  values: { draftingCampaignId: string; name: string; kind: DraftingCampaignGroupKind },
) {
  const [row] = await db
    .insert(draftingCampaignGroups)
    .values({ ...values, agencyId: agencyOf.draftingCampaign(values.draftingCampaignId) })
    .returning();
  return row as DraftingCampaignGroupRow;
}

export async function updateGroup(
  db: Db,
  groupId: string,
  patch: Partial<{ name: string; kind: DraftingCampaignGroupKind }>,
) {
  await db.update(draftingCampaignGroups).set(patch).where(eq(draftingCampaignGroups.id, groupId));
}

export async function deleteGroup(db: Db, groupId: string) {
  await db.delete(draftingCampaignGroups).where(eq(draftingCampaignGroups.id, groupId));
}

export interface DraftingCampaignMemberRow {
  userId: string;
  groupId: string;
  role: DraftingCampaignMemberRole;
  groupKind: DraftingCampaignGroupKind;
  username: string;
  fullName: string;
  userRole: Role;
}

const memberColumns = {
  userId: draftingCampaignMembers.userId,
  groupId: draftingCampaignMembers.groupId,
  role: draftingCampaignMembers.role,
  groupKind: draftingCampaignGroups.kind,
  username: users.username,
  fullName: users.fullName,
  userRole: users.role,
};

export async function listMembers(db: Db, draftingCampaignId: string) {
  return (await db
    .select(memberColumns)
    .from(draftingCampaignMembers)
    .innerJoin(draftingCampaignGroups, eq(draftingCampaignGroups.id, draftingCampaignMembers.groupId))
    .innerJoin(users, eq(users.id, draftingCampaignMembers.userId))
    .where(eq(draftingCampaignMembers.draftingCampaignId, draftingCampaignId))
    .orderBy(
      sql`case when ${draftingCampaignMembers.role} = 'coordinator' then 0 else 1 end`,
      asc(users.fullName),
    )) as DraftingCampaignMemberRow[];
}

export async function findMembers(db: Db, draftingCampaignId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return (await db
    .select(memberColumns)
    .from(draftingCampaignMembers)
    .innerJoin(draftingCampaignGroups, eq(draftingCampaignGroups.id, draftingCampaignMembers.groupId))
    .innerJoin(users, eq(users.id, draftingCampaignMembers.userId))
    .where(
      and(
        eq(draftingCampaignMembers.draftingCampaignId, draftingCampaignId),
        inArray(draftingCampaignMembers.userId, [...userIds]),
      ),
    )) as DraftingCampaignMemberRow[];
}

export async function insertMembers(
  db: Db,
  rows: { draftingCampaignId: string; groupId: string; userId: string; role: DraftingCampaignMemberRole }[],
) {
  if (rows.length === 0) return;
  await db
    .insert(draftingCampaignMembers)
    .values(rows.map((row) => ({ ...row, agencyId: agencyOf.draftingCampaign(row.draftingCampaignId) })));
}

export async function updateMember(
  db: Db,
  draftingCampaignId: string,
  userId: string,
  patch: Partial<{ groupId: string; role: DraftingCampaignMemberRole }>,
) {
  await db
    .update(draftingCampaignMembers)
    .set(patch)
    .where(
      and(
        eq(draftingCampaignMembers.draftingCampaignId, draftingCampaignId),
        eq(draftingCampaignMembers.userId, userId),
      ),
    );
}

export async function deleteMember(db: Db, draftingCampaignId: string, userId: string) {
  await db
    .delete(draftingCampaignMembers)
    .where(
      and(
        eq(draftingCampaignMembers.draftingCampaignId, draftingCampaignId),
        eq(draftingCampaignMembers.userId, userId),
      ),
    );
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

export async function findScopeRows(db: Db, draftingCampaignId: string, positionIds?: readonly string[]) {
  if (positionIds && positionIds.length === 0) return [];
  return db
    .select({
      positionId: draftingCampaignPositions.positionId,
      assigneeId: draftingCampaignPositions.assigneeId,
      dueOn: draftingCampaignPositions.dueOn,
    })
    .from(draftingCampaignPositions)
    .where(
      and(
        eq(draftingCampaignPositions.draftingCampaignId, draftingCampaignId),
        positionIds ? inArray(draftingCampaignPositions.positionId, [...positionIds]) : undefined,
      ),
    );
}

export async function insertScopeRows(
  db: Db,
  rows: { draftingCampaignId: string; positionId: string; dueOn: string | null }[],
) {
  // 144 positions × 3 parameters stays far below the parameter limit; chunk anyway for larger scopes.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(draftingCampaignPositions)
      .values(
        rows
          .slice(i, i + 1000)
          .map((row) => ({ ...row, agencyId: agencyOf.draftingCampaign(row.draftingCampaignId) })),
      );
  }
}

export async function deleteScopeRow(db: Db, draftingCampaignId: string, positionId: string) {
  const deleted = await db
    .delete(draftingCampaignPositions)
    .where(
      and(
        eq(draftingCampaignPositions.draftingCampaignId, draftingCampaignId),
        eq(draftingCampaignPositions.positionId, positionId),
      ),
    )
    .returning({ positionId: draftingCampaignPositions.positionId });
  return deleted.length > 0;
}

export async function updateScopeRow(
  db: Db,
  draftingCampaignId: string,
  positionId: string,
  patch: Partial<{ assigneeId: string | null; dueOn: string | null }>,
) {
  await db
    .update(draftingCampaignPositions)
    .set(patch)
    .where(
      and(
        eq(draftingCampaignPositions.draftingCampaignId, draftingCampaignId),
        eq(draftingCampaignPositions.positionId, positionId),
      ),
    );
}

/** Unassigns every position of these users in the drafting campaign; returns the positions touched. */
export async function unassignUsers(db: Db, draftingCampaignId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .update(draftingCampaignPositions)
    .set({ assigneeId: null })
    .where(
      and(
        eq(draftingCampaignPositions.draftingCampaignId, draftingCampaignId),
        inArray(draftingCampaignPositions.assigneeId, [...userIds]),
      ),
    )
    .returning({ positionId: draftingCampaignPositions.positionId });
  return rows.map((row) => row.positionId);
}

export interface DraftingCampaignPositionRow {
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
export async function listScope(db: Db, draftingCampaignId: string) {
  return queryRows<DraftingCampaignPositionRow>(
    db,
    sql`select cp.position_id, p.name as position_name, p.job_level, p.position_group,
          p.org_unit_id, u.name as org_unit_name, cp.assignee_id, cp.due_on,
          s.id as standard_id, s.status, s.version,
          (select count(*) from drafting_campaign_interviews i
            where i.drafting_campaign_id = cp.drafting_campaign_id and i.position_id = cp.position_id)::int as interview_count
        from drafting_campaign_positions cp
        join positions p on p.id = cp.position_id
        left join org_units u on u.id = p.org_unit_id
        left join lateral (
          select js.id, js.status, js.version from job_standards js where js.position_id = cp.position_id
          order by js.version desc, js.created_at desc limit 1
        ) s on true
        where cp.drafting_campaign_id = ${draftingCampaignId}
        order by u.name nulls last, p.name, p.id`,
  );
}
