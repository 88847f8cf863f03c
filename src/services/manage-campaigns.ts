/**
 * Drafting campaigns (seed 000): create one with its default weekly plan and the SOP steps of
 * seed 003, list, read the whole campaign, change name or period, delete. Teams, scope,
 * schedule, interviews, SOP and progress have their own use-case files (`*-campaign-*.ts`).
 */

import {
  deletePhases,
  insertPhases,
  insertSopSteps,
  listPhases,
  listSopSteps,
} from '../db/repositories/campaign-activity-repository';
import {
  deleteCampaign as deleteCampaignRow,
  insertCampaign,
  listCampaigns as listCampaignRows,
  updateCampaign as updateCampaignRow,
} from '../db/repositories/campaign-repository';
import {
  assertCampaignPeriod,
  assertPhaseWithinPeriod,
  defaultPhasePlan,
  defaultSopSteps,
  todayIso,
} from '../domain/campaign';
import { DomainError } from '../domain/errors';
import { isNationalRole } from '../domain/roles';
import { campaignPolicy } from '../policies/campaign';
import { auditCampaign, loadCampaign, loadManagedCampaign } from './campaign-access';
import {
  type CampaignGroupView,
  type CampaignListItem,
  type CampaignPhaseView,
  type CampaignPositionView,
  type CampaignView,
  campaignView,
  groupViews,
  loadCampaignState,
  phaseView,
  positionView,
  type SopStepView,
  sopStepViews,
} from './campaign-views';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';

export interface CampaignInput {
  name: string;
  startsOn: string;
  endsOn: string;
}

export async function createCampaign(
  ctx: ServiceContext,
  input: CampaignInput,
): Promise<{ campaign: CampaignView }> {
  const { db, actor } = ctx;
  if (actor.role !== 'admin' || !actor.agencyId) {
    throw new DomainError('FORBIDDEN', 'Hanya admin instansi yang dapat membuat kegiatan penyusunan SKJ.');
  }
  const agencyId = actor.agencyId;
  assertCampaignPeriod(input);
  return db.transaction(async (tx) => {
    const campaign = await insertCampaign(tx, { agencyId, ...input, createdBy: actor.userId });
    const phases = defaultPhasePlan(input);
    await insertPhases(
      tx,
      phases.map((phase) => ({ campaignId: campaign.id, ...phase })),
    );
    await insertSopSteps(
      tx,
      defaultSopSteps.map((step, i) => ({ campaignId: campaign.id, sortOrder: i + 1, ...step })),
    );
    await auditCampaign(tx, actor, campaign, 'create', {
      after: input,
      phases,
      sopSteps: defaultSopSteps.length,
    });
    return { campaign: campaignView(campaign) };
  });
}

/**
 * Agency users see their agency's campaigns (drafters and employees only those they sit in);
 * national roles see every agency's, or one agency's with `agencyId`.
 */
export async function listCampaigns(ctx: ServiceContext, filter: { agencyId?: string | undefined }) {
  const { db, actor } = ctx;
  let agencyId: string | null;
  if (isNationalRole(actor.role)) {
    agencyId = filter.agencyId ?? null;
    if (agencyId) await getVisibleAgency(ctx, agencyId);
  } else {
    if (!actor.agencyId || (filter.agencyId && filter.agencyId !== actor.agencyId)) {
      throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
    }
    agencyId = actor.agencyId;
  }
  const onlyMember = agencyId !== null && !campaignPolicy.canReadAll(actor, agencyId);
  const rows = await listCampaignRows(db, { agencyId, userId: actor.userId, onlyMember });
  const items: CampaignListItem[] = rows.map((row) => ({
    id: row.id,
    agencyId: row.agency_id,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    agency: { id: row.agency_id, code: row.agency_code, name: row.agency_name },
    positions: row.positions,
    ratified: row.ratified,
    percentRatified: row.positions === 0 ? 0 : Math.round((row.ratified * 1000) / row.positions) / 10,
    myRole: row.my_role,
    myGroupKind: row.my_group_kind,
  }));
  return { items, canCreate: actor.role === 'admin' && actor.agencyId !== null };
}

export interface CampaignDetail {
  campaign: CampaignView;
  today: string;
  groups: CampaignGroupView[];
  phases: CampaignPhaseView[];
  positions: CampaignPositionView[];
  sopSteps: SopStepView[];
  membership: { groupId: string; groupKind: string; role: string } | null;
  permissions: { manage: boolean; assignGroupIds: string[] };
}

/** The whole campaign as the dashboard shows it, with what the caller may change. */
export async function getCampaign(
  ctx: ServiceContext,
  id: string,
  now = new Date(),
): Promise<CampaignDetail> {
  const { db, actor } = ctx;
  const { campaign, membership } = await loadCampaign(db, actor, id);
  const { groups, members, phases, scope } = await loadCampaignState(db, campaign);
  const steps = await listSopSteps(db, campaign.id);
  const today = todayIso(now);
  const manage = campaignPolicy.canManage(actor, campaign.agencyId);
  const assignGroupIds = groups
    .filter((group) => campaignPolicy.canAssignInGroup(actor, campaign.agencyId, membership, group))
    .map((group) => group.id);
  const groupOf = new Map(members.map((member) => [member.userId, member.groupId]));
  const positions = scope.map((row) => {
    const assigneeGroup = row.assignee_id ? (groupOf.get(row.assignee_id) ?? null) : null;
    const canAssign =
      manage || (assigneeGroup === null ? assignGroupIds.length > 0 : assignGroupIds.includes(assigneeGroup));
    const canRecordInterview = campaignPolicy.canRecordInterview(
      actor,
      campaign.agencyId,
      membership,
      row.assignee_id && assigneeGroup ? { userId: row.assignee_id, groupId: assigneeGroup } : null,
    );
    return positionView(row, { phases, campaign, today }, { canAssign, canRecordInterview });
  });
  return {
    campaign: campaignView(campaign),
    today,
    groups: groupViews(groups, members),
    phases: phases.map(phaseView),
    positions,
    sopSteps: await sopStepViews(db, steps, (step) =>
      campaignPolicy.canSignOffSopStep(actor, campaign.agencyId, membership, step.actorRole),
    ),
    membership,
    permissions: { manage, assignGroupIds },
  };
}

/**
 * Rename or move the period. Phases must stay inside the new period (PHASE_OUTSIDE_PERIOD names
 * them), unless `replanPhases` replaces them by the default plan of the new period.
 */
export async function updateCampaign(
  ctx: ServiceContext,
  id: string,
  input: Partial<CampaignInput> & { replanPhases?: boolean | undefined },
): Promise<{ campaign: CampaignView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, id);
    const next = {
      name: input.name ?? campaign.name,
      startsOn: input.startsOn ?? campaign.startsOn,
      endsOn: input.endsOn ?? campaign.endsOn,
    };
    assertCampaignPeriod(next);
    const phases = await listPhases(tx, campaign.id);
    let replanned: ReturnType<typeof defaultPhasePlan> | null = null;
    if (input.replanPhases) {
      replanned = defaultPhasePlan(next);
      await deletePhases(tx, campaign.id);
      await insertPhases(
        tx,
        replanned.map((phase) => ({ campaignId: campaign.id, ...phase })),
      );
    } else {
      for (const phase of phases) assertPhaseWithinPeriod(phase, next);
    }
    await updateCampaignRow(tx, campaign.id, next);
    await auditCampaign(tx, actor, campaign, 'update', {
      before: { name: campaign.name, startsOn: campaign.startsOn, endsOn: campaign.endsOn },
      after: next,
      ...(replanned ? { phasesBefore: phases.map(phaseView), phasesAfter: replanned } : {}),
    });
    return { campaign: campaignView({ ...campaign, ...next }) };
  });
}

/** Deletes the campaign with its teams, scope, schedule, interviews and SOP steps (standards stay). */
export async function deleteCampaign(ctx: ServiceContext, id: string): Promise<{ deleted: true }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { campaign } = await loadManagedCampaign(tx, actor, id);
    await deleteCampaignRow(tx, campaign.id);
    await auditCampaign(tx, actor, campaign, 'delete', { before: campaignView(campaign) });
    return { deleted: true as const };
  });
}
