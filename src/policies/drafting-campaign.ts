/**
 * Who may do what in a drafting campaign. The agency admin runs the drafting campaign; coordinators
 * assign the positions of their group; members see the drafting campaigns they are in; verifiers,
 * validators and national roles read every drafting campaign they can see. A `false` from a read check
 * becomes 404, from a write check 403 (see `src/services/drafting-campaign-access.ts`).
 */

import type { Actor } from '../domain/actor';
import type {
  DraftingCampaignGroupKind,
  DraftingCampaignMemberRole,
  SopActorRole,
} from '../domain/drafting-campaign';
import { isNationalRole, type Role } from '../domain/roles';

/** The actor's seat in one drafting campaign (a user sits in at most one group per drafting campaign). */
export interface DraftingCampaignMembership {
  groupId: string;
  groupKind: DraftingCampaignGroupKind;
  role: DraftingCampaignMemberRole;
}

const readAllRoles: readonly Role[] = ['admin', 'verifier', 'validator'];
const agencyRoles: readonly SopActorRole[] = ['admin', 'drafter', 'verifier', 'validator'];

export const draftingCampaignPolicy = {
  /** Every drafting campaign of the agency, member or not. */
  canReadAll: (actor: Actor, agencyId: string) =>
    isNationalRole(actor.role) || (actor.agencyId === agencyId && readAllRoles.includes(actor.role)),
  canRead: (actor: Actor, agencyId: string, membership: DraftingCampaignMembership | null) =>
    draftingCampaignPolicy.canReadAll(actor, agencyId) ||
    (actor.agencyId === agencyId && membership !== null),
  /** Create and edit drafting campaigns, teams, scope, schedule and SOP steps. */
  canManage: (actor: Actor, agencyId: string) => actor.role === 'admin' && actor.agencyId === agencyId,
  /** Assign positions to the members of a drafting group. */
  canAssignInGroup: (
    actor: Actor,
    agencyId: string,
    membership: DraftingCampaignMembership | null,
    group: { id: string; kind: DraftingCampaignGroupKind },
  ) =>
    draftingCampaignPolicy.canManage(actor, agencyId) ||
    (actor.agencyId === agencyId &&
      group.kind === 'drafting' &&
      membership?.role === 'coordinator' &&
      membership.groupId === group.id),
  /** Interview notes of a position: its assignee, the assignee's coordinator, or the admin. */
  canRecordInterview: (
    actor: Actor,
    agencyId: string,
    membership: DraftingCampaignMembership | null,
    assignee: { userId: string; groupId: string } | null,
  ) =>
    draftingCampaignPolicy.canManage(actor, agencyId) ||
    (actor.agencyId === agencyId &&
      membership !== null &&
      assignee !== null &&
      (assignee.userId === actor.userId ||
        (membership.role === 'coordinator' && membership.groupId === assignee.groupId))),
  /** A step is signed off by someone in its actor role, or by the agency admin. */
  canSignOffSopStep: (
    actor: Actor,
    agencyId: string,
    membership: DraftingCampaignMembership | null,
    actorRole: SopActorRole,
  ) => {
    if (actor.agencyId !== agencyId) return false;
    if (actor.role === 'admin') return true;
    if (agencyRoles.includes(actorRole)) return actor.role === actorRole;
    if (!membership) return false;
    if (actorRole === 'steering') return membership.groupKind === 'steering';
    if (actorRole === 'coordinator')
      return membership.groupKind === 'drafting' && membership.role === 'coordinator';
    return membership.groupKind === 'drafting';
  },
};
