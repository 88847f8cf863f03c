/** The team as the drafting campaign's decree names it (steering roles and members, users or not). */
import { asc, eq } from 'drizzle-orm';
import type { DecreeTeamRole } from '../../documents/campaign-letters-outline';
import type { Db } from '../client';
import { draftingCampaignDecreeMembers, draftingCampaignPhases } from '../schema';

export interface DecreeMemberRow {
  id: string;
  teamRole: DecreeTeamRole;
  name: string;
  nip: string | null;
  positionTitle: string;
  userId: string | null;
}

export async function listDecreeMembers(db: Db, draftingCampaignId: string): Promise<DecreeMemberRow[]> {
  const rows = await db
    .select({
      id: draftingCampaignDecreeMembers.id,
      teamRole: draftingCampaignDecreeMembers.teamRole,
      name: draftingCampaignDecreeMembers.name,
      nip: draftingCampaignDecreeMembers.nip,
      positionTitle: draftingCampaignDecreeMembers.positionTitle,
      userId: draftingCampaignDecreeMembers.userId,
    })
    .from(draftingCampaignDecreeMembers)
    .where(eq(draftingCampaignDecreeMembers.draftingCampaignId, draftingCampaignId))
    .orderBy(asc(draftingCampaignDecreeMembers.sortOrder));
  return rows.map((r) => ({ ...r, teamRole: r.teamRole as DecreeTeamRole }));
}

/** Replaces the whole list (the form edits it as one table). */
export async function replaceDecreeMembers(
  db: Db,
  agencyId: string,
  draftingCampaignId: string,
  members: Omit<DecreeMemberRow, 'id'>[],
) {
  await db
    .delete(draftingCampaignDecreeMembers)
    .where(eq(draftingCampaignDecreeMembers.draftingCampaignId, draftingCampaignId));
  if (members.length === 0) return;
  await db
    .insert(draftingCampaignDecreeMembers)
    .values(members.map((m, k) => ({ ...m, agencyId, draftingCampaignId, sortOrder: k })));
}

export async function listSchedulePhases(db: Db, draftingCampaignId: string) {
  return db
    .select({
      name: draftingCampaignPhases.name,
      startsOn: draftingCampaignPhases.startsOn,
      endsOn: draftingCampaignPhases.endsOn,
    })
    .from(draftingCampaignPhases)
    .where(eq(draftingCampaignPhases.draftingCampaignId, draftingCampaignId))
    .orderBy(asc(draftingCampaignPhases.sortOrder));
}
