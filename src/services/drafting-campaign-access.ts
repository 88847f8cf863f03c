/** Loading a drafting campaign as the actor may see it, and the checks shared by its use-cases. */
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  type DraftingCampaignRow,
  findDraftingCampaign,
  findMembers,
  findUsers,
} from '../db/repositories/drafting-campaign-repository';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { type DraftingCampaignMembership, draftingCampaignPolicy } from '../policies/drafting-campaign';

export interface DraftingCampaignAccess {
  draftingCampaign: DraftingCampaignRow;
  /** The actor's seat in the drafting campaign, if any. */
  membership: DraftingCampaignMembership | null;
}

export function draftingCampaignNotFound(): DomainError {
  return draftingCampaignPolicy.notFoundError();
}

/**
 * The drafting campaign if the actor may read it, else DRAFTING_CAMPAIGN_NOT_FOUND (no existence leak). With
 * `forUpdate` the drafting campaign row is locked: writes to one drafting campaign run one after the other, so the
 * checks they make (one group per member, sign-off once) hold until they commit.
 */
export async function loadDraftingCampaign(
  db: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<DraftingCampaignAccess> {
  const draftingCampaign = await findDraftingCampaign(db, id, forUpdate);
  if (!draftingCampaign) throw draftingCampaignNotFound();
  const [seat] =
    actor.agencyId === draftingCampaign.agencyId ? await findMembers(db, id, [actor.userId]) : [];
  const membership = seat ? { groupId: seat.groupId, groupKind: seat.groupKind, role: seat.role } : null;
  draftingCampaignPolicy.authorize(actor, 'read', { agencyId: draftingCampaign.agencyId, membership });
  return { draftingCampaign, membership };
}

/** The drafting campaign, locked, for a change that only the agency admin may make. */
export async function loadManagedDraftingCampaign(
  db: Db,
  actor: Actor,
  id: string,
): Promise<DraftingCampaignAccess> {
  const access = await loadDraftingCampaign(db, actor, id, true);
  draftingCampaignPolicy.authorize(actor, 'manage', {
    agencyId: access.draftingCampaign.agencyId,
    membership: access.membership,
  });
  return access;
}

/** One audit entry per change of a drafting campaign, on the drafting campaign, in the change's transaction. */
export async function auditDraftingCampaign(
  db: Db,
  actor: Actor,
  draftingCampaign: DraftingCampaignRow,
  action: string,
  diff: unknown,
) {
  await recordAudit(db, {
    userId: actor.userId,
    agencyId: draftingCampaign.agencyId,
    entity: 'draftingCampaign',
    entityId: draftingCampaign.id,
    action,
    diff,
  });
}

/**
 * Users that may join the drafting campaign: they exist (USER_NOT_FOUND), belong to the drafting campaign's agency
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
