/**
 * Who may do what in a drafting campaign. The agency admin runs the drafting campaign; coordinators
 * assign the positions of their group; members see the drafting campaigns they are in; verifiers,
 * validators and national roles read every drafting campaign they can see. A `false` read is 404
 * (DRAFTING_CAMPAIGN_NOT_FOUND), any other refusal 403. The seat rules below (assigning, interview
 * notes, SOP sign-off) depend on the group, the assignee or the step as well as on the actor.
 */

import { type Actor, hasRole, isNationalActor, isOfAgency } from '../domain/actor';
import type {
  DraftingCampaignGroupKind,
  DraftingCampaignMemberRole,
  SopActorRole,
} from '../domain/drafting-campaign';
import { definePolicy } from './policy';
import { type AgencyScope, administers, seesAgency } from './scope';

/** The actor's seat in one drafting campaign (a user sits in at most one group per drafting campaign). */
export interface DraftingCampaignMembership {
  groupId: string;
  groupKind: DraftingCampaignGroupKind;
  role: DraftingCampaignMemberRole;
}

export interface DraftingCampaignRecord {
  agencyId: string;
  /** The actor's seat in it, if any. */
  membership: DraftingCampaignMembership | null;
}

const agencyRoles: readonly SopActorRole[] = ['admin', 'drafter', 'verifier', 'validator'];

/** Every drafting campaign of the agency, member or not: national actors, its admin, verifiers and validators. */
function readsAll(actor: Actor, agencyId: string | null): boolean {
  return (
    isNationalActor(actor) ||
    (isOfAgency(actor, agencyId) && hasRole(actor, 'admin', 'verifier', 'validator'))
  );
}

export const draftingCampaignPolicy = definePolicy<DraftingCampaignRecord, 'manage'>({
  entity: 'draftingCampaign',
  notFound: { code: 'DRAFTING_CAMPAIGN_NOT_FOUND', message: 'Kegiatan penyusunan SKJ tidak ditemukan.' },
  forbidden: { manage: 'Hanya admin instansi yang dapat mengubah kegiatan penyusunan SKJ.' },
  abilities: {
    read: (actor, campaign) =>
      readsAll(actor, campaign.agencyId) ||
      (isOfAgency(actor, campaign.agencyId) && campaign.membership !== null),
    /** Create and edit drafting campaigns, teams, scope, schedule and SOP steps. */
    manage: (actor, campaign) => administers(actor, campaign.agencyId),
  },
});

/** The agency's drafting campaigns as a whole: the list (all, or only one's own) and creating one. */
export const agencyDraftingCampaignsPolicy = definePolicy<AgencyScope, 'readAll' | 'create'>({
  entity: 'agencyDraftingCampaigns',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: { create: 'Hanya admin instansi yang dapat membuat kegiatan penyusunan SKJ.' },
  abilities: {
    read: (actor, scope) => seesAgency(actor, scope.agencyId),
    readAll: (actor, scope) => readsAll(actor, scope.agencyId),
    create: (actor, scope) => administers(actor, scope.agencyId),
  },
});

/** The seat rules: decisions that need the group, the assignee or the SOP step besides the record. */
export const draftingCampaignSeatRules = {
  /** Assign positions to the members of a drafting group. */
  canAssignInGroup: (
    actor: Actor,
    agencyId: string,
    membership: DraftingCampaignMembership | null,
    group: { id: string; kind: DraftingCampaignGroupKind },
  ) =>
    administers(actor, agencyId) ||
    (isOfAgency(actor, agencyId) &&
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
    administers(actor, agencyId) ||
    (isOfAgency(actor, agencyId) &&
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
    if (!isOfAgency(actor, agencyId)) return false;
    if (hasRole(actor, 'admin')) return true;
    if (agencyRoles.includes(actorRole))
      return hasRole(actor, actorRole as 'drafter' | 'verifier' | 'validator');
    if (!membership) return false;
    if (actorRole === 'steering') return membership.groupKind === 'steering';
    if (actorRole === 'coordinator')
      return membership.groupKind === 'drafting' && membership.role === 'coordinator';
    return membership.groupKind === 'drafting';
  },
};
