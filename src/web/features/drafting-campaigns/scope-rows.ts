import type { DraftingCampaignDetail, DraftingCampaignPositionView } from './api';

/** A member of a drafting group, who may be given positions to draft. */
export interface Drafter {
  userId: string;
  fullName: string;
  groupName: string;
  groupId: string;
}

/** Members of the drafting groups (the steering group drafts nothing), in group order. */
export function draftingMembers(detail: DraftingCampaignDetail): Drafter[] {
  return detail.groups.flatMap((group) =>
    group.kind === 'drafting'
      ? group.members.map((m) => ({
          userId: m.userId,
          fullName: m.fullName,
          groupName: group.name,
          groupId: group.id,
        }))
      : [],
  );
}

export interface ScopeFilter {
  /** Part of the position's or its unit's name. */
  query: string;
  /** A progress state, "late", or "" for all. */
  state: string;
  /** A user id, "-" for unassigned, or "" for everyone. */
  assignee: string;
}

export const noFilter: ScopeFilter = { query: '', state: '', assignee: '' };

/** The positions in scope that pass the filter. */
export function filterScope(
  positions: readonly DraftingCampaignPositionView[],
  filter: ScopeFilter,
): DraftingCampaignPositionView[] {
  const needle = filter.query.trim().toLowerCase();
  return positions.filter(
    (p) =>
      (!needle ||
        p.name.toLowerCase().includes(needle) ||
        (p.orgUnitName ?? '').toLowerCase().includes(needle)) &&
      (!filter.state || (filter.state === 'late' ? p.late : p.state === filter.state)) &&
      (!filter.assignee ||
        (filter.assignee === '-' ? p.assigneeId === null : p.assigneeId === filter.assignee)),
  );
}
