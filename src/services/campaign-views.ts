/**
 * What the API answers about a campaign: the shapes (shared with the web client through
 * `src/api/campaigns/schema.ts`) and how they are read from the repository.
 */
import type { Db } from '../db/client';
import {
  type CampaignPhaseRow,
  type CampaignSopStepRow,
  listPhases,
  userNames,
} from '../db/repositories/campaign-activity-repository';
import {
  type CampaignMemberRow,
  type CampaignPositionRow,
  type CampaignRow,
  listGroups,
  listMembers,
  listScope,
} from '../db/repositories/campaign-repository';
import type {
  CampaignGroupKind,
  CampaignMemberRole,
  CampaignPhaseKind,
  IntervieweeRole,
  SopActorRole,
} from '../domain/campaign';
import {
  type DueSource,
  dueDate,
  isLate,
  type ProgressState,
  progressState,
} from '../domain/campaign-progress';
import type { StandardStatus } from '../domain/job-standard-workflow';
import type { Role } from '../domain/roles';

export interface CampaignView {
  id: string;
  agencyId: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface CampaignListItem extends CampaignView {
  agency: { id: string; code: string; name: string };
  positions: number;
  ratified: number;
  percentRatified: number;
  /** The caller's seat in the campaign, if any. */
  myRole: CampaignMemberRole | null;
  myGroupKind: CampaignGroupKind | null;
}

export interface CampaignMemberView {
  userId: string;
  username: string;
  fullName: string;
  userRole: Role;
  groupId: string;
  role: CampaignMemberRole;
}

export interface CampaignGroupView {
  id: string;
  name: string;
  kind: CampaignGroupKind;
  members: CampaignMemberView[];
}

export interface CampaignPhaseView {
  id: string;
  kind: CampaignPhaseKind;
  name: string;
  startsOn: string;
  endsOn: string;
  sortOrder: number;
}

export interface CampaignPositionView {
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

export function campaignView(row: CampaignRow): CampaignView {
  return { id: row.id, agencyId: row.agencyId, name: row.name, startsOn: row.startsOn, endsOn: row.endsOn };
}

export function phaseView(row: CampaignPhaseRow): CampaignPhaseView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    sortOrder: row.sortOrder,
  };
}

export function memberView(row: CampaignMemberRow): CampaignMemberView {
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
  rows: readonly CampaignSopStepRow[],
  canSignOff: (row: CampaignSopStepRow) => boolean,
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
export async function loadCampaignState(db: Db, campaign: CampaignRow) {
  const [groups, members, phases, scope] = await Promise.all([
    listGroups(db, campaign.id),
    listMembers(db, campaign.id),
    listPhases(db, campaign.id),
    listScope(db, campaign.id),
  ]);
  return { groups, members, phases, scope };
}

export function groupViews(
  groups: Awaited<ReturnType<typeof listGroups>>,
  members: readonly CampaignMemberRow[],
): CampaignGroupView[] {
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    kind: group.kind,
    members: members.filter((member) => member.groupId === group.id).map(memberView),
  }));
}

export function positionView(
  row: CampaignPositionRow,
  schedule: { phases: readonly CampaignPhaseRow[]; campaign: CampaignRow; today: string },
  permissions: { canAssign: boolean; canRecordInterview: boolean },
): CampaignPositionView {
  const state = progressState(row.status);
  const due = dueDate(row.due_on, schedule.phases, schedule.campaign);
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
