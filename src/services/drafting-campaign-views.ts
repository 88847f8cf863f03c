/**
 * What the API answers about a drafting campaign and how it is read from the repository. The
 * published shapes (which the web client imports) are in `src/api/drafting-campaigns/schema.ts`;
 * API tests check every answer against them.
 */
import type { Db } from '../db/client';
import {
  type DraftingCampaignPhaseRow,
  type DraftingCampaignSopStepRow,
  listPhases,
  userNames,
} from '../db/repositories/drafting-campaign-activity-repository';
import {
  type DraftingCampaignMemberRow,
  type DraftingCampaignPositionRow,
  type DraftingCampaignRow,
  listGroups,
  listMembers,
  listScope,
} from '../db/repositories/drafting-campaign-repository';
import type {
  DraftingCampaignGroupKind,
  DraftingCampaignMemberRole,
  DraftingCampaignPhaseKind,
  IntervieweeRole,
  SopActorRole,
} from '../domain/drafting-campaign';
import {
  type DueSource,
  dueDate,
  isLate,
  type ProgressState,
  progressState,
} from '../domain/drafting-campaign-progress';
import type { StandardStatus } from '../domain/job-standard-workflow';
import type { Role } from '../domain/roles';

export interface DraftingCampaignView {
  id: string;
  agencyId: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface DraftingCampaignListItem extends DraftingCampaignView {
  agency: { id: string; code: string; name: string };
  positions: number;
  ratified: number;
  percentRatified: number;
  /** The caller's seat in the drafting campaign, if any. */
  myRole: DraftingCampaignMemberRole | null;
  myGroupKind: DraftingCampaignGroupKind | null;
}

export interface DraftingCampaignMemberView {
  userId: string;
  username: string;
  fullName: string;
  userRole: Role;
  groupId: string;
  role: DraftingCampaignMemberRole;
}

export interface DraftingCampaignGroupView {
  id: string;
  name: string;
  kind: DraftingCampaignGroupKind;
  members: DraftingCampaignMemberView[];
}

export interface DraftingCampaignPhaseView {
  id: string;
  kind: DraftingCampaignPhaseKind;
  name: string;
  startsOn: string;
  endsOn: string;
  sortOrder: number;
}

export interface DraftingCampaignPositionView {
  positionId: string;
  name: string;
  jobLevel: string;
  positionGroup: string;
  orgUnitId: string | null;
  orgUnitName: string | null;
  assigneeId: string | null;
  /** The position's own due date (null: the composing phase end applies). */
  dueOn: string | null;
  effectiveDueOn: string;
  dueSource: DueSource;
  standard: { id: string; status: StandardStatus; version: number } | null;
  state: ProgressState;
  late: boolean;
  interviewCount: number;
  /** Whether the caller may change the assignee or due date, and record interviews. */
  canAssign: boolean;
  canRecordInterview: boolean;
}

export interface SopStepView {
  id: string;
  sortOrder: number;
  step: string;
  actorRole: SopActorRole;
  inputs: string;
  duration: string;
  output: string;
  signedOffBy: string | null;
  signedOffByName: string | null;
  signedOffAt: string | null;
  signOffNote: string | null;
  canSignOff: boolean;
}

export interface InterviewView {
  id: string;
  positionId: string;
  intervieweeRole: IntervieweeRole;
  intervieweeName: string;
  heldOn: string;
  notes: string;
  recordedBy: string;
  recordedByName: string | null;
  createdAt: string;
}

export function draftingCampaignView(row: DraftingCampaignRow): DraftingCampaignView {
  return { id: row.id, agencyId: row.agencyId, name: row.name, startsOn: row.startsOn, endsOn: row.endsOn };
}

export function phaseView(row: DraftingCampaignPhaseRow): DraftingCampaignPhaseView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    sortOrder: row.sortOrder,
  };
}

export function memberView(row: DraftingCampaignMemberRow): DraftingCampaignMemberView {
  return {
    userId: row.userId,
    username: row.username,
    fullName: row.fullName,
    userRole: row.userRole,
    groupId: row.groupId,
    role: row.role,
  };
}

export async function sopStepViews(
  db: Db,
  rows: readonly DraftingCampaignSopStepRow[],
  canSignOff: (row: DraftingCampaignSopStepRow) => boolean,
): Promise<SopStepView[]> {
  const names = await userNames(db, [
    ...new Set(rows.flatMap((row) => (row.signedOffBy ? [row.signedOffBy] : []))),
  ]);
  return rows.map((row) => ({
    id: row.id,
    sortOrder: row.sortOrder,
    step: row.step,
    actorRole: row.actorRole,
    inputs: row.inputs,
    duration: row.duration,
    output: row.output,
    signedOffBy: row.signedOffBy,
    signedOffByName: row.signedOffBy ? (names.get(row.signedOffBy) ?? null) : null,
    signedOffAt: row.signedOffAt ? new Date(row.signedOffAt).toISOString() : null,
    signOffNote: row.signOffNote,
    canSignOff: row.signedOffBy === null && canSignOff(row),
  }));
}

/** Groups with their members, phases and the positions in scope, read in one go. */
export async function loadDraftingCampaignState(db: Db, draftingCampaign: DraftingCampaignRow) {
  const [groups, members, phases, scope] = await Promise.all([
    listGroups(db, draftingCampaign.id),
    listMembers(db, draftingCampaign.id),
    listPhases(db, draftingCampaign.id),
    listScope(db, draftingCampaign.id),
  ]);
  return { groups, members, phases, scope };
}

export function groupViews(
  groups: Awaited<ReturnType<typeof listGroups>>,
  members: readonly DraftingCampaignMemberRow[],
): DraftingCampaignGroupView[] {
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    kind: group.kind,
    members: members.filter((member) => member.groupId === group.id).map(memberView),
  }));
}

export function positionView(
  row: DraftingCampaignPositionRow,
  schedule: {
    phases: readonly DraftingCampaignPhaseRow[];
    draftingCampaign: DraftingCampaignRow;
    today: string;
  },
  permissions: { canAssign: boolean; canRecordInterview: boolean },
): DraftingCampaignPositionView {
  const state = progressState(row.status);
  const due = dueDate(row.due_on, schedule.phases, schedule.draftingCampaign);
  return {
    positionId: row.position_id,
    name: row.position_name,
    jobLevel: row.job_level,
    positionGroup: row.position_group,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    assigneeId: row.assignee_id,
    dueOn: row.due_on,
    effectiveDueOn: due.dueOn,
    dueSource: due.source,
    standard:
      row.standard_id && row.status && row.version !== null
        ? { id: row.standard_id, status: row.status, version: row.version }
        : null,
    state,
    late: isLate(state, due.dueOn, schedule.today),
    interviewCount: row.interview_count,
    ...permissions,
  };
}
