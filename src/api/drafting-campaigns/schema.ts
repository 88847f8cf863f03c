/**
 * Request shapes of the drafting campaign API, and the answer types the web client imports (type-only)
 * so that client and server never drift apart.
 */
import { z } from 'zod';
import {
  draftingCampaignGroupKinds,
  draftingCampaignMemberRoles,
  draftingCampaignPhaseKinds,
  intervieweeRoles,
  sopActorRoles,
} from '../../domain/drafting-campaign';
import { text } from '../text';

export type { ProgressCounts, ProgressState } from '../../domain/drafting-campaign-progress';
export type {
  DraftingCampaignGroupView,
  DraftingCampaignListItem,
  DraftingCampaignMemberView,
  DraftingCampaignPhaseView,
  DraftingCampaignPositionView,
  DraftingCampaignView,
  InterviewView,
  SopStepView,
} from '../../services/drafting-campaign-views';
export type { DraftingCampaignDetail } from '../../services/manage-drafting-campaigns';
export type { DraftingCampaignProgress } from '../../services/read-drafting-campaign-progress';

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
