/**
 * Drafting campaigns (seed 000): create one with its default weekly plan and the SOP steps of
 * seed 003, list, read the whole drafting campaign, change name or period, delete. Teams, scope,
 * schedule, interviews, SOP and progress have their own use-case files (`*-drafting-campaign-*.ts`).
 */

import {
  deletePhases,
  insertPhases,
  insertSopSteps,
  listPhases,
  listSopSteps,
} from '../db/repositories/drafting-campaign-activity-repository';
import {
  deleteDraftingCampaign as deleteDraftingCampaignRow,
  findScopeRows,
  insertDraftingCampaign,
  listDraftingCampaigns as listDraftingCampaignRows,
  updateDraftingCampaign as updateDraftingCampaignRow,
} from '../db/repositories/drafting-campaign-repository';
import {
  assertDraftingCampaignPeriod,
  assertDueDatesWithinPeriod,
  assertPhaseWithinPeriod,
  defaultPhasePlan,
  defaultSopSteps,
  todayIso,
} from '../domain/drafting-campaign';
import { DomainError } from '../domain/errors';
import {
  agencyDraftingCampaignsPolicy,
  draftingCampaignPolicy,
  draftingCampaignSeatRules,
} from '../policies/drafting-campaign';
import type { ServiceContext } from './context';
import {
  auditDraftingCampaign,
  loadDraftingCampaign,
  loadManagedDraftingCampaign,
} from './drafting-campaign-access';
import {
  type DraftingCampaignGroupView,
  type DraftingCampaignListItem,
  type DraftingCampaignPhaseView,
  type DraftingCampaignPositionView,
  type DraftingCampaignView,
  draftingCampaignView,
  groupViews,
  loadDraftingCampaignState,
  phaseView,
  positionView,
  type SopStepView,
  sopStepViews,
} from './drafting-campaign-views';
import { getVisibleAgency } from './manage-agencies';

export interface DraftingCampaignInput {
  name: string;
  startsOn: string;
  endsOn: string;
}

export async function createDraftingCampaign(
  ctx: ServiceContext,
  input: DraftingCampaignInput,
): Promise<{ draftingCampaign: DraftingCampaignView }> {
  const { db, actor } = ctx;
  agencyDraftingCampaignsPolicy.authorize(actor, 'create', { agencyId: actor.agencyId });
  const agencyId = actor.agencyId!;
  assertDraftingCampaignPeriod(input);
  return db.transaction(async (tx) => {
    const draftingCampaign = await insertDraftingCampaign(tx, {
      agencyId,
      ...input,
      createdBy: actor.userId,
    });
    const phases = defaultPhasePlan(input);
    await insertPhases(
      tx,
      phases.map((phase) => ({ draftingCampaignId: draftingCampaign.id, ...phase })),
    );
    await insertSopSteps(
      tx,
      defaultSopSteps.map((step, i) => ({
        draftingCampaignId: draftingCampaign.id,
        sortOrder: i + 1,
        ...step,
      })),
    );
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'create', {
      after: input,
      phases,
      sopSteps: defaultSopSteps.length,
    });
    return { draftingCampaign: draftingCampaignView(draftingCampaign) };
  });
}

/**
 * Agency users see their agency's drafting campaigns (drafters and employees only those they sit in);
 * national roles see every agency's, or one agency's with `agencyId`.
 */
export async function listDraftingCampaigns(ctx: ServiceContext, filter: { agencyId?: string | undefined }) {
  const { db, actor } = ctx;
  let agencyId: string | null;
  // Every agency's drafting campaigns (national actors): all of them, or one agency's on request.
  if (agencyDraftingCampaignsPolicy.can(actor, 'readAll', { agencyId: null })) {
    agencyId = filter.agencyId ?? null;
    if (agencyId) await getVisibleAgency(ctx, agencyId);
  } else {
    if (!actor.agencyId || (filter.agencyId && filter.agencyId !== actor.agencyId)) {
      throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
    }
    agencyId = actor.agencyId;
  }
  const onlyMember = agencyId !== null && !agencyDraftingCampaignsPolicy.can(actor, 'readAll', { agencyId });
  const rows = await listDraftingCampaignRows(db, { agencyId, userId: actor.userId, onlyMember });
  const items: DraftingCampaignListItem[] = rows.map((row) => ({
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
  return {
    items,
    canCreate: agencyDraftingCampaignsPolicy.can(actor, 'create', { agencyId: actor.agencyId }),
  };
}

export interface DraftingCampaignDetail {
  draftingCampaign: DraftingCampaignView;
  today: string;
  groups: DraftingCampaignGroupView[];
  phases: DraftingCampaignPhaseView[];
  positions: DraftingCampaignPositionView[];
  sopSteps: SopStepView[];
  membership: { groupId: string; groupKind: string; role: string } | null;
  permissions: { read: boolean; manage: boolean; assignGroupIds: string[] };
}

/** The whole drafting campaign as the dashboard shows it, with what the caller may change. */
export async function getDraftingCampaign(
  ctx: ServiceContext,
  id: string,
  now = new Date(),
): Promise<DraftingCampaignDetail> {
  const { db, actor } = ctx;
  const { draftingCampaign, membership } = await loadDraftingCampaign(db, actor, id);
  const { groups, members, phases, scope } = await loadDraftingCampaignState(db, draftingCampaign);
  const steps = await listSopSteps(db, draftingCampaign.id);
  const today = todayIso(now);
  const record = { agencyId: draftingCampaign.agencyId, membership };
  const manage = draftingCampaignPolicy.can(actor, 'manage', record);
  const assignGroupIds = groups
    .filter((group) =>
      draftingCampaignSeatRules.canAssignInGroup(actor, draftingCampaign.agencyId, membership, group),
    )
    .map((group) => group.id);
  const groupOf = new Map(members.map((member) => [member.userId, member.groupId]));
  const positions = scope.map((row) => {
    const assigneeGroup = row.assignee_id ? (groupOf.get(row.assignee_id) ?? null) : null;
    const canAssign =
      manage || (assigneeGroup === null ? assignGroupIds.length > 0 : assignGroupIds.includes(assigneeGroup));
    const canRecordInterview = draftingCampaignSeatRules.canRecordInterview(
      actor,
      draftingCampaign.agencyId,
      membership,
      row.assignee_id && assigneeGroup ? { userId: row.assignee_id, groupId: assigneeGroup } : null,
    );
    return positionView(row, { phases, draftingCampaign, today }, { canAssign, canRecordInterview });
  });
  return {
    draftingCampaign: draftingCampaignView(draftingCampaign),
    today,
    groups: groupViews(groups, members),
    phases: phases.map(phaseView),
    positions,
    sopSteps: await sopStepViews(db, steps, (step) =>
      draftingCampaignSeatRules.canSignOffSopStep(
        actor,
        draftingCampaign.agencyId,
        membership,
        step.actorRole,
      ),
    ),
    membership,
    permissions: { ...draftingCampaignPolicy.permissions(actor, record), manage, assignGroupIds },
  };
}

/**
 * Rename or move the period. Phases must stay inside the new period (PHASE_OUTSIDE_PERIOD names
 * them), unless `replanPhases` replaces them by the default plan of the new period; the positions'
 * due dates must stay inside it too (DUE_DATE_OUTSIDE_PERIOD lists them). All or nothing.
 */
export async function updateDraftingCampaign(
  ctx: ServiceContext,
  id: string,
  input: Partial<DraftingCampaignInput> & { replanPhases?: boolean | undefined },
): Promise<{ draftingCampaign: DraftingCampaignView }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, id);
    const next = {
      name: input.name ?? draftingCampaign.name,
      startsOn: input.startsOn ?? draftingCampaign.startsOn,
      endsOn: input.endsOn ?? draftingCampaign.endsOn,
    };
    assertDraftingCampaignPeriod(next);
    const phases = await listPhases(tx, draftingCampaign.id);
    let replanned: ReturnType<typeof defaultPhasePlan> | null = null;
    if (input.replanPhases) {
      replanned = defaultPhasePlan(next);
      await deletePhases(tx, draftingCampaign.id);
      await insertPhases(
        tx,
        replanned.map((phase) => ({ draftingCampaignId: draftingCampaign.id, ...phase })),
      );
    } else {
      for (const phase of phases) assertPhaseWithinPeriod(phase, next);
    }
    assertDueDatesWithinPeriod(await findScopeRows(tx, draftingCampaign.id), next);
    await updateDraftingCampaignRow(tx, draftingCampaign.id, next);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'update', {
      before: {
        name: draftingCampaign.name,
        startsOn: draftingCampaign.startsOn,
        endsOn: draftingCampaign.endsOn,
      },
      after: next,
      ...(replanned ? { phasesBefore: phases.map(phaseView), phasesAfter: replanned } : {}),
    });
    return { draftingCampaign: draftingCampaignView({ ...draftingCampaign, ...next }) };
  });
}

/** Deletes the drafting campaign with its teams, scope, schedule, interviews and SOP steps (standards stay). */
export async function deleteDraftingCampaign(ctx: ServiceContext, id: string): Promise<{ deleted: true }> {
  const { db, actor } = ctx;
  return db.transaction(async (tx) => {
    const { draftingCampaign } = await loadManagedDraftingCampaign(tx, actor, id);
    await deleteDraftingCampaignRow(tx, draftingCampaign.id);
    await auditDraftingCampaign(tx, actor, draftingCampaign, 'delete', {
      before: draftingCampaignView(draftingCampaign),
    });
    return { deleted: true as const };
  });
}
