/**
 * Request and answer shapes of the drafting campaign API. The web client imports the answer types
 * (type-only), so client, server and the published document never drift apart.
 */
import { z } from 'zod';
import {
  draftingCampaignGroupKinds,
  draftingCampaignMemberRoles,
  draftingCampaignPhaseKinds,
  intervieweeRoles,
  sopActorRoles,
} from '../../domain/drafting-campaign';
import { dueSources, progressStates } from '../../domain/drafting-campaign-progress';
import { standardStatuses } from '../../domain/job-standard-workflow';
import { roles } from '../../domain/roles';
import { calendarDate, permissionsOf, timestamp } from '../contract';
import { text } from '../text';

const isoDate = z.iso.date({ message: 'Tanggal harus berformat YYYY-MM-DD dan merupakan tanggal yang ada.' });
const sortOrder = z.number().int().min(0).max(10_000);

export const draftingCampaignParams = z.object({ id: z.uuid() });
export const groupParams = z.object({ id: z.uuid(), groupId: z.uuid() });
export const memberParams = z.object({ id: z.uuid(), userId: z.uuid() });
export const positionParams = z.object({ id: z.uuid(), positionId: z.uuid() });
export const phaseParams = z.object({ id: z.uuid(), phaseId: z.uuid() });
export const stepParams = z.object({ id: z.uuid(), stepId: z.uuid() });
export const interviewParams = z.object({ id: z.uuid(), interviewId: z.uuid() });

export const listDraftingCampaignsQuery = z.strictObject({ agencyId: z.uuid().optional() });

const draftingCampaignName = text({ min: 3, max: 200 });

export const createDraftingCampaignBody = z.strictObject({
  name: draftingCampaignName,
  startsOn: isoDate,
  endsOn: isoDate,
});

export const updateDraftingCampaignBody = z.strictObject({
  name: draftingCampaignName.optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  /** Replace the phases by the default plan of the (new) period. */
  replanPhases: z.boolean().optional(),
});

export const groupBody = z.strictObject({
  name: text({ min: 1, max: 200 }),
  kind: z.enum(draftingCampaignGroupKinds, {
    error: 'Jenis kelompok harus steering (Tim Pengarah) atau drafting (kelompok Tim Penyusun).',
  }),
});
export const updateGroupBody = groupBody.partial();

const memberRole = z.enum(draftingCampaignMemberRoles, {
  error: 'Peran harus coordinator (koordinator) atau member (anggota).',
});

export const addMembersBody = z.strictObject({
  members: z
    .array(z.strictObject({ userId: z.uuid(), role: memberRole }))
    .min(1)
    .max(200),
});
export const updateMemberBody = z.strictObject({ role: memberRole.optional(), groupId: z.uuid().optional() });

export const addPositionsBody = z
  .strictObject({
    positionIds: z.array(z.uuid()).max(5000).optional(),
    orgUnitId: z.uuid().optional(),
    includeSubUnits: z.boolean().optional(),
    dueOn: isoDate.nullable().optional(),
  })
  .refine((body) => (body.positionIds?.length ?? 0) > 0 || body.orgUnitId !== undefined, {
    message: 'Sebutkan jabatan (positionIds) atau unit organisasi (orgUnitId).',
    path: ['positionIds'],
  });

export const assignmentsBody = z.strictObject({
  assignments: z
    .array(
      z.strictObject({
        positionId: z.uuid(),
        assigneeId: z.uuid().nullable(),
        dueOn: isoDate.nullable().optional(),
      }),
    )
    .min(1)
    .max(5000),
});

export const phaseBody = z.strictObject({
  kind: z.enum(draftingCampaignPhaseKinds, {
    error: 'Jenis tahap harus preparation, dataCollection, processing, composing atau other.',
  }),
  name: text({ min: 1, max: 200 }),
  startsOn: isoDate,
  endsOn: isoDate,
  sortOrder: sortOrder.optional(),
});
export const updatePhaseBody = phaseBody.partial();

export const interviewBody = z.strictObject({
  positionId: z.uuid(),
  intervieweeRole: z.enum(intervieweeRoles, {
    error:
      'Narasumber harus holder (pemegang jabatan), superior (atasan langsung) atau policyMaker (pimpinan penentu kebijakan).',
  }),
  intervieweeName: text({ min: 1, max: 200 }),
  heldOn: isoDate,
  notes: text({ min: 1, max: 10_000, multiline: true }),
});
export const updateInterviewBody = interviewBody.omit({ positionId: true }).partial();
export const interviewsQuery = z.strictObject({ positionId: z.uuid().optional() });

export const sopStepBody = z.strictObject({
  step: text({ min: 1, max: 2000, multiline: true }),
  actorRole: z.enum(sopActorRoles, {
    error: `Pelaksana harus salah satu dari: ${sopActorRoles.join(', ')}.`,
  }),
  inputs: text({ max: 2000, multiline: true }).optional(),
  duration: text({ max: 100 }).optional(),
  output: text({ max: 2000, multiline: true }).optional(),
  sortOrder: sortOrder.optional(),
});
export const updateSopStepBody = sopStepBody.partial();

export const signOffBody = z.strictObject({ note: text({ max: 2000, multiline: true }).optional() });

export type CreateDraftingCampaignBody = z.infer<typeof createDraftingCampaignBody>;
export type UpdateDraftingCampaignBody = z.infer<typeof updateDraftingCampaignBody>;
export type GroupBody = z.infer<typeof groupBody>;
export type AddMembersBody = z.infer<typeof addMembersBody>;
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;
export type AddPositionsBody = z.infer<typeof addPositionsBody>;
export type AssignmentsBody = z.infer<typeof assignmentsBody>;
export type PhaseBody = z.infer<typeof phaseBody>;
export type InterviewBody = z.infer<typeof interviewBody>;
export type SopStepBody = z.infer<typeof sopStepBody>;

// --- Answers ------------------------------------------------------------------------------------

const groupKind = z.enum(draftingCampaignGroupKinds);
const memberRoleOut = z.enum(draftingCampaignMemberRoles);
const phaseKind = z.enum(draftingCampaignPhaseKinds);
const progressState = z.enum(progressStates);
const dueSource = z.enum(dueSources);

export const draftingCampaignView = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  name: z.string(),
  startsOn: calendarDate(),
  endsOn: calendarDate(),
});
export const draftingCampaignResponse = z.object({ draftingCampaign: draftingCampaignView });

export const draftingCampaignListItem = draftingCampaignView.extend({
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  /** Positions in scope, how many of them have a ratified standard, and the share in percent. */
  positions: z.number().int(),
  ratified: z.number().int(),
  percentRatified: z.number(),
  /** The reader's seat in the drafting campaign, if any. */
  myRole: memberRoleOut.nullable(),
  myGroupKind: groupKind.nullable(),
});
export const draftingCampaignListResponse = z.object({
  items: z.array(draftingCampaignListItem),
  /** Whether the reader may create a drafting campaign (the agency admin). */
  canCreate: z.boolean(),
});

export const draftingCampaignMemberView = z.object({
  userId: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  /** The member's role in SKJ (admin, drafter, ...), besides their seat in the group. */
  userRole: z.enum(roles),
  groupId: z.uuid(),
  role: memberRoleOut,
});

export const draftingCampaignGroupView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: groupKind,
  members: z.array(draftingCampaignMemberView),
});
export const groupResponse = z.object({ group: draftingCampaignGroupView });

export const draftingCampaignPhaseView = z.object({
  id: z.uuid(),
  kind: phaseKind,
  name: z.string(),
  startsOn: calendarDate(),
  endsOn: calendarDate(),
  sortOrder: z.number().int(),
});
export const phaseResponse = z.object({ phase: draftingCampaignPhaseView });

export const draftingCampaignPositionView = z.object({
  positionId: z.uuid(),
  name: z.string(),
  jobLevel: z.string(),
  positionGroup: z.string(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  assigneeId: z.uuid().nullable(),
  /** The position's own due date (null: the composing phase end applies). */
  dueOn: calendarDate().nullable(),
  effectiveDueOn: calendarDate(),
  dueSource,
  /** The position's latest standard, if any. */
  standard: z
    .object({ id: z.uuid(), status: z.enum(standardStatuses), version: z.number().int() })
    .nullable(),
  state: progressState,
  late: z.boolean(),
  interviewCount: z.number().int(),
  /** Whether the reader may change the assignee or due date, and record interviews. */
  canAssign: z.boolean(),
  canRecordInterview: z.boolean(),
});

export const sopStepView = z.object({
  id: z.uuid(),
  sortOrder: z.number().int(),
  step: z.string(),
  actorRole: z.enum(sopActorRoles),
  inputs: z.string(),
  duration: z.string(),
  output: z.string(),
  signedOffBy: z.uuid().nullable(),
  signedOffByName: z.string().nullable(),
  signedOffAt: timestamp().nullable(),
  signOffNote: z.string().nullable(),
  /** Whether the reader may sign the step off now. */
  canSignOff: z.boolean(),
});
export const sopStepResponse = z.object({ step: sopStepView });

export const interviewView = z.object({
  id: z.uuid(),
  positionId: z.uuid(),
  intervieweeRole: z.enum(intervieweeRoles),
  intervieweeName: z.string(),
  heldOn: calendarDate(),
  notes: z.string(),
  recordedBy: z.uuid(),
  recordedByName: z.string().nullable(),
  createdAt: timestamp(),
});
export const interviewResponse = z.object({ interview: interviewView });
export const interviewListResponse = z.object({ items: z.array(interviewView) });

export const draftingCampaignDetail = z.object({
  draftingCampaign: draftingCampaignView,
  /** Today in Asia/Jakarta, the day lateness is judged on. */
  today: calendarDate(),
  groups: z.array(draftingCampaignGroupView),
  phases: z.array(draftingCampaignPhaseView),
  positions: z.array(draftingCampaignPositionView),
  sopSteps: z.array(sopStepView),
  /** The reader's seat in the drafting campaign, if any. */
  membership: z.object({ groupId: z.uuid(), groupKind, role: memberRoleOut }).nullable(),
  /** `assignGroupIds`: the drafting groups whose positions the reader may assign. */
  permissions: permissionsOf(['read', 'manage']).extend({ assignGroupIds: z.array(z.uuid()) }),
});

const count = z.number().int();
/** Standards per workflow state (`none`: no standard yet). */
const progressCounts = z.object({
  none: count,
  draft: count,
  submitted: count,
  verified: count,
  validated: count,
  ratified: count,
  total: count,
  /** Ratified standards as a share of all positions, in percent with one decimal. */
  percentRatified: z.number(),
});

export const draftingCampaignProgress = z.object({
  today: calendarDate(),
  totals: progressCounts,
  /** Positions in scope without an assignee. */
  unassigned: progressCounts,
  groups: z.array(z.object({ groupId: z.uuid(), name: z.string(), kind: groupKind, counts: progressCounts })),
  members: z.array(
    z.object({
      userId: z.uuid(),
      fullName: z.string(),
      groupId: z.uuid(),
      role: memberRoleOut,
      counts: progressCounts,
    }),
  ),
  /** Positions still open (no standard or a draft) past their due date. */
  lateItems: z.array(
    z.object({
      positionId: z.uuid(),
      positionName: z.string(),
      orgUnitName: z.string().nullable(),
      assigneeId: z.uuid().nullable(),
      assigneeName: z.string().nullable(),
      groupId: z.uuid().nullable(),
      state: progressState,
      standardId: z.uuid().nullable(),
      dueOn: calendarDate(),
      dueSource,
      daysLate: z.number().int(),
    }),
  ),
  /** The weeks of the period (0-based from its start) and the weeks each phase spans. */
  weekGrid: z.object({
    weeks: z.array(
      z.object({
        index: z.number().int(),
        startsOn: calendarDate(),
        endsOn: calendarDate(),
        /** Month of the week's first day, YYYY-MM, and the week of that month. */
        month: z.string(),
        weekOfMonth: z.number().int(),
      }),
    ),
    phases: z.array(
      draftingCampaignPhaseView
        .omit({ sortOrder: true })
        .extend({ firstWeek: z.number().int(), lastWeek: z.number().int() }),
    ),
    /** The week holding today, or null when today is outside the period. */
    todayWeek: z.number().int().nullable(),
  }),
});

export const deletedResponse = z.object({ deleted: z.literal(true) });
/** A group or member removed: how many positions lost their assignee with it. */
export const deletedWithUnassignedResponse = deletedResponse.extend({ unassigned: z.number().int() });
export const memberResponse = z.object({
  member: z.object({ userId: z.uuid(), role: memberRoleOut, groupId: z.uuid() }),
});
export const addPositionsResponse = z.object({
  added: z.number().int(),
  alreadyInScope: z.number().int(),
  /** Positions in scope after the change. */
  total: z.number().int(),
});
export const assignmentsResponse = z.object({ updated: z.number().int() });

export type ProgressState = z.infer<typeof progressState>;
export type ProgressCounts = z.infer<typeof progressCounts>;
export type DraftingCampaignView = z.infer<typeof draftingCampaignView>;
export type DraftingCampaignListItem = z.infer<typeof draftingCampaignListItem>;
export type DraftingCampaignList = z.infer<typeof draftingCampaignListResponse>;
export type DraftingCampaignMemberView = z.infer<typeof draftingCampaignMemberView>;
export type DraftingCampaignGroupView = z.infer<typeof draftingCampaignGroupView>;
export type DraftingCampaignPhaseView = z.infer<typeof draftingCampaignPhaseView>;
export type DraftingCampaignPositionView = z.infer<typeof draftingCampaignPositionView>;
export type SopStepView = z.infer<typeof sopStepView>;
export type InterviewView = z.infer<typeof interviewView>;
export type DraftingCampaignDetail = z.infer<typeof draftingCampaignDetail>;
export type DraftingCampaignProgress = z.infer<typeof draftingCampaignProgress>;
export type DraftingCampaignMember = z.infer<typeof memberResponse>['member'];
export type AddPositionsResult = z.infer<typeof addPositionsResponse>;
