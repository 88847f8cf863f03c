/**
 * Progress of a drafting campaign for its dashboard: standards per workflow state for the drafting campaign, each
 * group and each member, late items, and the week grid of the schedule. Derived on every read
 * from the latest standard of each position in scope.
 */
import {
  type DraftingCampaignGroupKind,
  type DraftingCampaignMemberRole,
  type DraftingCampaignPhaseKind,
  todayIso,
} from '../domain/drafting-campaign';
import {
  type DueSource,
  draftingCampaignProgress,
  type GridWeek,
  type ProgressCounts,
  type ProgressState,
  weekGrid,
} from '../domain/drafting-campaign-progress';
import type { ServiceContext } from './context';
import { loadDraftingCampaign } from './drafting-campaign-access';
import { loadDraftingCampaignState } from './drafting-campaign-views';

export interface DraftingCampaignProgress {
  today: string;
  totals: ProgressCounts;
  unassigned: ProgressCounts;
  groups: { groupId: string; name: string; kind: DraftingCampaignGroupKind; counts: ProgressCounts }[];
  members: {
    userId: string;
    fullName: string;
    groupId: string;
    role: DraftingCampaignMemberRole;
    counts: ProgressCounts;
  }[];
  lateItems: {
    positionId: string;
    positionName: string;
    orgUnitName: string | null;
    assigneeId: string | null;
    assigneeName: string | null;
    groupId: string | null;
    state: ProgressState;
    standardId: string | null;
    dueOn: string;
    dueSource: DueSource;
    daysLate: number;
  }[];
  weekGrid: {
    weeks: GridWeek[];
    phases: {
      id: string;
      kind: DraftingCampaignPhaseKind;
      name: string;
      startsOn: string;
      endsOn: string;
      firstWeek: number;
      lastWeek: number;
    }[];
    todayWeek: number | null;
  };
}

export async function getDraftingCampaignProgress(
  ctx: ServiceContext,
  draftingCampaignId: string,
  now = new Date(),
): Promise<DraftingCampaignProgress> {
  const { draftingCampaign } = await loadDraftingCampaign(ctx.db, ctx.actor, draftingCampaignId);
  const { groups, members, phases, scope } = await loadDraftingCampaignState(ctx.db, draftingCampaign);
  const today = todayIso(now);
  const progress = draftingCampaignProgress({
    positions: scope.map((row) => ({
      positionId: row.position_id,
      positionName: row.position_name,
      orgUnitName: row.org_unit_name,
      standardId: row.standard_id,
      assigneeId: row.assignee_id,
      dueOn: row.due_on,
      status: row.status,
    })),
    groupIds: groups.map((group) => group.id),
    members,
    phases,
    draftingCampaign,
    today,
  });
  const groupById = new Map(groups.map((group) => [group.id, group]));
  const memberById = new Map(members.map((member) => [member.userId, member]));
  const grid = weekGrid(draftingCampaign, phases, today);
  return {
    today,
    totals: progress.totals,
    unassigned: progress.unassigned,
    groups: progress.groups.map(({ groupId, counts }) => {
      const group = groupById.get(groupId)!;
      return { groupId, name: group.name, kind: group.kind, counts };
    }),
    members: progress.members.map(({ userId, groupId, counts }) => {
      const member = memberById.get(userId)!;
      return { userId, fullName: member.fullName, groupId, role: member.role, counts };
    }),
    lateItems: progress.lateItems.map((item) => ({
      positionId: item.positionId,
      positionName: item.positionName,
      orgUnitName: item.orgUnitName,
      assigneeId: item.assigneeId,
      assigneeName: item.assigneeId ? (memberById.get(item.assigneeId)?.fullName ?? null) : null,
      groupId: item.groupId,
      state: item.state,
      standardId: item.standardId,
      dueOn: item.effectiveDueOn,
      dueSource: item.dueSource,
      daysLate: item.daysLate,
    })),
    weekGrid: {
      weeks: grid.weeks,
      phases: grid.phases.map(({ phase, firstWeek, lastWeek }) => ({
        id: phase.id,
        kind: phase.kind,
        name: phase.name,
        startsOn: phase.startsOn,
        endsOn: phase.endsOn,
        firstWeek,
        lastWeek,
      })),
      todayWeek: grid.todayWeek,
    },
  };
}
