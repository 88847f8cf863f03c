/**
 * Progress of a campaign for its dashboard: standards per workflow state for the campaign, each
 * group and each member, late items, and the week grid of the schedule. Derived on every read
 * from the latest standard of each position in scope.
 */
import {
  type CampaignGroupKind,
  type CampaignMemberRole,
  type CampaignPhaseKind,
  todayIso,
} from '../domain/campaign';
import {
  campaignProgress,
  type DueSource,
  type GridWeek,
  type ProgressCounts,
  type ProgressState,
  weekGrid,
} from '../domain/campaign-progress';
import { loadCampaign } from './campaign-access';
import { loadCampaignState } from './campaign-views';
import type { ServiceContext } from './context';

export interface CampaignProgress {
  today: string;
  totals: ProgressCounts;
  unassigned: ProgressCounts;
  groups: { groupId: string; name: string; kind: CampaignGroupKind; counts: ProgressCounts }[];
  members: {
    userId: string;
    fullName: string;
    groupId: string;
    role: CampaignMemberRole;
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
      kind: CampaignPhaseKind;
      name: string;
      startsOn: string;
      endsOn: string;
      firstWeek: number;
      lastWeek: number;
    }[];
    todayWeek: number | null;
  };
}

export async function getCampaignProgress(
  ctx: ServiceContext,
  campaignId: string,
  now = new Date(),
): Promise<CampaignProgress> {
  const { campaign } = await loadCampaign(ctx.db, ctx.actor, campaignId);
  const { groups, members, phases, scope } = await loadCampaignState(ctx.db, campaign);
  const today = todayIso(now);
  const progress = campaignProgress({
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
    campaign,
    today,
  });
  const groupById = new Map(groups.map((group) => [group.id, group]));
  const memberById = new Map(members.map((member) => [member.userId, member]));
  const grid = weekGrid(campaign, phases, today);
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
