/**
 * Progress of a drafting campaign, derived from the latest standard of each position in scope
 * (never stored): counts per workflow state for the whole drafting campaign, per group and per member,
 * late items against the schedule, and the week grid of the Gantt-like view. Pure.
 */
import {
  addDays,
  type DraftingCampaignPhaseKind,
  dayNumber,
  daysBetween,
  type Period,
} from './drafting-campaign';
import type { StandardStatus } from './job-standard-workflow';

/** `none`: the position has no standard yet. */
export const progressStates = ['none', 'draft', 'submitted', 'verified', 'validated', 'ratified'] as const;
export type ProgressState = (typeof progressStates)[number];

export function progressState(status: StandardStatus | null): ProgressState {
  return status ?? 'none';
}

/** Until a standard is submitted, its position is still the drafting team's work. */
export function isOpenState(state: ProgressState): boolean {
  return state === 'none' || state === 'draft';
}

export type ProgressCounts = Record<ProgressState, number> & { total: number; percentRatified: number };

export function countStates(states: readonly ProgressState[]): ProgressCounts {
  const counts = { none: 0, draft: 0, submitted: 0, verified: 0, validated: 0, ratified: 0 };
  for (const state of states) counts[state]++;
  const total = states.length;
  return {
    ...counts,
    total,
    percentRatified: total === 0 ? 0 : Math.round((counts.ratified * 1000) / total) / 10,
  };
}

export interface PhaseDates extends Period {
  kind: DraftingCampaignPhaseKind;
}

export const dueSources = ['position', 'composingPhase', 'draftingCampaign'] as const;
export type DueSource = (typeof dueSources)[number];

/**
 * When a position's standard should be submitted: its own date, else the end of the composing
 * phase (the latest, when the plan has several), else the end of the drafting campaign.
 */
export function dueDate(
  ownDueOn: string | null,
  phases: readonly PhaseDates[],
  draftingCampaign: Period,
): { dueOn: string; source: DueSource } {
  if (ownDueOn) return { dueOn: ownDueOn, source: 'position' };
  const composing = phases.filter((phase) => phase.kind === 'composing').map((phase) => phase.endsOn);
  if (composing.length > 0) return { dueOn: composing.sort().at(-1)!, source: 'composingPhase' };
  return { dueOn: draftingCampaign.endsOn, source: 'draftingCampaign' };
}

/** Late: the due date has passed (due today is not late yet) and the standard is not submitted. */
export function isLate(state: ProgressState, dueOn: string, today: string): boolean {
  return isOpenState(state) && dueOn < today;
}

export interface ProgressPosition {
  positionId: string;
  assigneeId: string | null;
  dueOn: string | null;
  status: StandardStatus | null;
}

export interface ProgressMember {
  userId: string;
  groupId: string;
}

export interface DraftingCampaignProgressCore<P extends ProgressPosition> {
  totals: ProgressCounts;
  /** Positions in scope not assigned to anyone. */
  unassigned: ProgressCounts;
  groups: { groupId: string; counts: ProgressCounts }[];
  members: { userId: string; groupId: string; counts: ProgressCounts }[];
  lateItems: (P & {
    state: ProgressState;
    groupId: string | null;
    effectiveDueOn: string;
    dueSource: DueSource;
    daysLate: number;
  })[];
}

/**
 * Counts per state for the drafting campaign, each group (through its members' assignments) and each
 * member; late items ordered by how late they are. Every group and member appears, with zero
 * counts when nothing is assigned.
 */
export function draftingCampaignProgress<P extends ProgressPosition>(input: {
  positions: readonly P[];
  groupIds: readonly string[];
  members: readonly ProgressMember[];
  phases: readonly PhaseDates[];
  draftingCampaign: Period;
  today: string;
}): DraftingCampaignProgressCore<P> {
  const groupOf = new Map(input.members.map((member) => [member.userId, member.groupId]));
  const byMember = new Map<string, ProgressState[]>(input.members.map((m) => [m.userId, []]));
  const byGroup = new Map<string, ProgressState[]>(input.groupIds.map((id) => [id, []]));
  const all: ProgressState[] = [];
  const unassigned: ProgressState[] = [];
  const lateItems: DraftingCampaignProgressCore<P>['lateItems'] = [];
  for (const position of input.positions) {
    const state = progressState(position.status);
    all.push(state);
    const groupId = position.assigneeId ? (groupOf.get(position.assigneeId) ?? null) : null;
    if (position.assigneeId && groupId) {
      byMember.get(position.assigneeId)?.push(state);
      byGroup.get(groupId)?.push(state);
    } else {
      unassigned.push(state);
    }
    const due = dueDate(position.dueOn, input.phases, input.draftingCampaign);
    if (isLate(state, due.dueOn, input.today)) {
      lateItems.push({
        ...position,
        state,
        groupId,
        effectiveDueOn: due.dueOn,
        dueSource: due.source,
        daysLate: daysBetween(due.dueOn, input.today),
      });
    }
  }
  lateItems.sort((a, b) => b.daysLate - a.daysLate);
  return {
    totals: countStates(all),
    unassigned: countStates(unassigned),
    groups: input.groupIds.map((groupId) => ({ groupId, counts: countStates(byGroup.get(groupId)!) })),
    members: input.members.map((member) => ({
      userId: member.userId,
      groupId: member.groupId,
      counts: countStates(byMember.get(member.userId)!),
    })),
    lateItems,
  };
}

// ---------------------------------------------------------------------------------------------
// Week grid

export interface GridWeek extends Period {
  /** 0-based, counted from the drafting campaign start in blocks of seven days. */
  index: number;
  /** Month of the week's first day, YYYY-MM, and the week of that month (I..V as in seed 000). */
  month: string;
  weekOfMonth: number;
}

export interface GridPhase<T extends PhaseDates> {
  phase: T;
  firstWeek: number;
  lastWeek: number;
}

export interface WeekGrid<T extends PhaseDates> {
  weeks: GridWeek[];
  phases: GridPhase<T>[];
  /** The week holding today, or null when today is outside the period. */
  todayWeek: number | null;
}

export function weekOfDate(draftingCampaign: Period, date: string): number {
  return Math.floor(daysBetween(draftingCampaign.startsOn, date) / 7);
}

/** The weeks of the period and, per phase, the weeks it spans (clipped to the period). */
export function weekGrid<T extends PhaseDates>(
  draftingCampaign: Period,
  phases: readonly T[],
  today: string,
): WeekGrid<T> {
  const days = daysBetween(draftingCampaign.startsOn, draftingCampaign.endsOn) + 1;
  const count = Math.max(1, Math.ceil(days / 7));
  const weeks: GridWeek[] = [];
  for (let index = 0; index < count; index++) {
    const startsOn = addDays(draftingCampaign.startsOn, index * 7);
    const lastDay = addDays(startsOn, 6);
    weeks.push({
      index,
      startsOn,
      endsOn: [lastDay, draftingCampaign.endsOn].sort()[0]!,
      month: startsOn.slice(0, 7),
      weekOfMonth: Math.floor((Number(startsOn.slice(8, 10)) - 1) / 7) + 1,
    });
  }
  const clip = (date: string) =>
    date < draftingCampaign.startsOn
      ? draftingCampaign.startsOn
      : date > draftingCampaign.endsOn
        ? draftingCampaign.endsOn
        : date;
  return {
    weeks,
    phases: phases.map((phase) => ({
      phase,
      firstWeek: weekOfDate(draftingCampaign, clip(phase.startsOn)),
      lastWeek: weekOfDate(draftingCampaign, clip(phase.endsOn)),
    })),
    todayWeek:
      dayNumber(today) < dayNumber(draftingCampaign.startsOn) || today > draftingCampaign.endsOn
        ? null
        : weekOfDate(draftingCampaign, today),
  };
}
