/** Loading a drafting campaign as the actor may see it, and the checks shared by its use-cases. */
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  type CampaignRow,
  findCampaign,
  findMembers,
  findUsers,
} from '../db/repositories/campaign-repository';
import { DomainError } from '../domain/errors';
import { type CampaignMembership, campaignPolicy } from '../policies/campaign';
import type { Actor } from './context';

export interface CampaignAccess {
  campaign: CampaignRow;
  /** The actor's seat in the campaign, if any. */
  membership: CampaignMembership | null;
}

export function campaignNotFound(): DomainError {
  return new DomainError('CAMPAIGN_NOT_FOUND', 'Kegiatan penyusunan SKJ tidak ditemukan.');
}

/**
 * The campaign if the actor may read it, else CAMPAIGN_NOT_FOUND (no existence leak). With
 * `forUpdate` the campaign row is locked: writes to one campaign run one after the other, so the
 * checks they make (one group per member, sign-off once) hold until they commit.
 */
export async function loadCampaign(
  db: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<CampaignAccess> {
  const campaign = await findCampaign(db, id, forUpdate);
  if (!campaign) throw campaignNotFound();
  const [seat] = actor.agencyId === campaign.agencyId ? await findMembers(db, id, [actor.userId]) : [];
  const membership = seat ? { groupId: seat.groupId, groupKind: seat.groupKind, role: seat.role } : null;
  if (!campaignPolicy.canRead(actor, campaign.agencyId, membership)) throw campaignNotFound();
  return { campaign, membership };
}

export function assertCanManageCampaign(actor: Actor, campaign: CampaignRow): void {
  if (!campaignPolicy.canManage(actor, campaign.agencyId)) {
    throw new DomainError('FORBIDDEN', 'Hanya admin instansi yang dapat mengubah kegiatan penyusunan SKJ.');
  }
}

/** The campaign, locked, for a change that only the agency admin may make. */
export async function loadManagedCampaign(db: Db, actor: Actor, id: string): Promise<CampaignAccess> {
  const access = await loadCampaign(db, actor, id, true);
  assertCanManageCampaign(actor, access.campaign);
  return access;
}

/** One audit entry per change of a campaign, on the campaign, in the change's transaction. */
export async function auditCampaign(
  db: Db,
  actor: Actor,
  campaign: CampaignRow,
  action: string,
  diff: unknown,
) {
  await recordAudit(db, {
    userId: actor.userId,
    agencyId: campaign.agencyId,
    entity: 'campaign',
    entityId: campaign.id,
    action,
    diff,
  });
}

/**
 * Users that may join the campaign: they exist (USER_NOT_FOUND), belong to the campaign's agency
 * (USER_OF_OTHER_AGENCY) and are active (USER_INACTIVE). Each error names the offending ids.
 */
export async function assertAgencyUsers(db: Db, agencyId: string, userIds: readonly string[]) {
  const found = await findUsers(db, userIds);
  const byId = new Map(found.map((user) => [user.id, user]));
  const unknown = userIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new DomainError('USER_NOT_FOUND', 'Pengguna tidak ditemukan.', { userIds: unknown });
  }
  const foreign = found.filter((user) => user.agencyId !== agencyId).map((user) => user.id);
  if (foreign.length > 0) {
    throw new DomainError(
      'USER_OF_OTHER_AGENCY',
      'Anggota tim harus pengguna dari instansi pemilik kegiatan ini.',
      { userIds: foreign },
    );
  }
  const inactive = found.filter((user) => !user.active).map((user) => user.id);
  if (inactive.length > 0) {
    throw new DomainError('USER_INACTIVE', 'Pengguna nonaktif tidak dapat menjadi anggota tim.', {
      userIds: inactive,
    });
  }
  return found;
}
