/**
 * The team as the decree forming it names it (SK Tim Penyusun): steering roles (Pengarah,
 * Penanggung Jawab, Koordinator, Ketua, Sekretaris) and members, who need not be users of SKJ.
 * Read by whoever reads the drafting campaign; replaced as one list by the agency admin (audited).
 */
import {
  type DecreeMemberRow,
  listDecreeMembers,
  replaceDecreeMembers,
} from '../db/repositories/drafting-campaign-decree-repository';
import type { DecreeTeamRole } from '../documents/campaign-letters-outline';
import { normalizeNip } from '../domain/agency-identity';
import { draftingCampaignPolicy } from '../policies/drafting-campaign';
import type { ServiceContext } from './context';
import {
  assertAgencyUsers,
  auditDraftingCampaign,
  loadDraftingCampaign,
  loadManagedDraftingCampaign,
} from './drafting-campaign-access';

export interface DecreeMemberInput {
  teamRole: DecreeTeamRole;
  name: string;
  nip: string | null;
  positionTitle: string;
  userId?: string | null | undefined;
}

export async function getDecreeTeam(ctx: ServiceContext, draftingCampaignId: string) {
  const { draftingCampaign, membership } = await loadDraftingCampaign(ctx.db, ctx.actor, draftingCampaignId);
  return {
    members: await listDecreeMembers(ctx.db, draftingCampaignId),
    permissions: draftingCampaignPolicy.permissions(ctx.actor, {
      agencyId: draftingCampaign.agencyId,
      membership,
    }),
  };
}

export async function setDecreeTeam(
  ctx: ServiceContext,
  draftingCampaignId: string,
  members: DecreeMemberInput[],
) {
  return ctx.db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, ctx.actor, draftingCampaignId);
    const rows: Omit<DecreeMemberRow, 'id'>[] = members.map((m, k) => ({
      teamRole: m.teamRole,
      name: m.name.trim(),
      nip: m.nip?.trim() ? normalizeNip(m.nip, `members.${k}.nip`, `NIP anggota ke-${k + 1}`) : null,
      positionTitle: m.positionTitle.trim(),
      userId: m.userId ?? null,
    }));
    const userIds = [...new Set(rows.map((r) => r.userId).filter((id): id is string => Boolean(id)))];
    if (userIds.length > 0) await assertAgencyUsers(tx, draftingCampaign.agencyId, userIds);
    const before = await listDecreeMembers(tx, draftingCampaignId);
    await replaceDecreeMembers(tx, draftingCampaign.agencyId, draftingCampaignId, rows);
    await auditDraftingCampaign(tx, ctx.actor, draftingCampaign, 'setDecreeTeam', {
      before: before.map(({ id: _id, ...m }) => m),
      after: rows,
    });
    return { members: await listDecreeMembers(tx, draftingCampaignId) };
  });
}
