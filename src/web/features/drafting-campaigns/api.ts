/**
 * Drafting campaigns (kegiatan penyusunan SKJ) and their SOP. Same conventions as
 * `api-client.ts`; request and answer types come from the server's schema (type-only imports).
 */
import type { z } from 'zod';
import type { decreeTeam, decreeTeamBody } from '../../../api/documents/schema';
import type {
  AddMembersBody,
  AddPositionsBody,
  AddPositionsResult,
  AssignmentsBody,
  assignmentsResponse,
  CreateDraftingCampaignBody,
  DraftingCampaignDetail,
  DraftingCampaignGroupView,
  DraftingCampaignList,
  DraftingCampaignMember,
  DraftingCampaignPhaseView,
  DraftingCampaignProgress,
  DraftingCampaignView,
  deletedResponse,
  deletedWithUnassignedResponse,
  GroupBody,
  InterviewBody,
  InterviewView,
  interviewListResponse,
  PhaseBody,
  ProgressState,
  SopStepBody,
  SopStepView,
  UpdateDraftingCampaignBody,
  UpdateMemberBody,
} from '../../../api/drafting-campaigns/schema';
import { request } from '../../shared/api/request';

type Deleted = z.infer<typeof deletedResponse>;
type DeletedWithUnassigned = z.infer<typeof deletedWithUnassignedResponse>;

export type {
  DraftingCampaignDetail,
  DraftingCampaignGroupView,
  DraftingCampaignListItem,
  DraftingCampaignMemberView,
  DraftingCampaignPhaseView,
  DraftingCampaignPositionView,
  DraftingCampaignProgress,
  InterviewView,
  ProgressCounts,
  ProgressState,
  SopStepView,
} from '../../../api/drafting-campaigns/schema';

// The enumerations for selects, checked against the server's types so they cannot drift apart.
export const progressStates = [
  'none',
  'draft',
  'submitted',
  'verified',
  'validated',
  'ratified',
] as const satisfies readonly ProgressState[];
export const draftingCampaignPhaseKinds = [
  'preparation',
  'dataCollection',
  'processing',
  'composing',
  'other',
] as const satisfies readonly PhaseBody['kind'][];
export const intervieweeRoles = [
  'holder',
  'superior',
  'policyMaker',
] as const satisfies readonly InterviewBody['intervieweeRole'][];
export const sopActorRoles = [
  'steering',
  'coordinator',
  'member',
  'admin',
  'drafter',
  'verifier',
  'validator',
] as const satisfies readonly SopStepBody['actorRole'][];
export type SopActorRole = SopStepBody['actorRole'];
export type IntervieweeRole = InterviewBody['intervieweeRole'];
export type PhaseKind = PhaseBody['kind'];

const base = (id: string) => `/drafting-campaigns/${encodeURIComponent(id)}`;

export function listDraftingCampaigns(agencyId?: string): Promise<DraftingCampaignList> {
  const query = agencyId ? `?agencyId=${encodeURIComponent(agencyId)}` : '';
  return request(`/drafting-campaigns${query}`);
}

export function createDraftingCampaign(
  input: CreateDraftingCampaignBody,
): Promise<{ draftingCampaign: DraftingCampaignView }> {
  return request('/drafting-campaigns', { method: 'POST', body: input });
}

export function getDraftingCampaign(id: string): Promise<DraftingCampaignDetail> {
  return request(base(id));
}

export function updateDraftingCampaign(
  id: string,
  input: UpdateDraftingCampaignBody,
): Promise<{ draftingCampaign: DraftingCampaignView }> {
  return request(base(id), { method: 'PATCH', body: input });
}

export function getDraftingCampaignProgress(id: string): Promise<DraftingCampaignProgress> {
  return request(`${base(id)}/progress`);
}

// --- Team -------------------------------------------------------------------------------------

export function createGroup(id: string, input: GroupBody): Promise<{ group: DraftingCampaignGroupView }> {
  return request(`${base(id)}/groups`, { method: 'POST', body: input });
}

export function updateGroup(id: string, groupId: string, input: Partial<GroupBody>) {
  return request<{ group: DraftingCampaignGroupView }>(`${base(id)}/groups/${encodeURIComponent(groupId)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function deleteGroup(id: string, groupId: string) {
  return request<DeletedWithUnassigned>(`${base(id)}/groups/${encodeURIComponent(groupId)}`, {
    method: 'DELETE',
  });
}

export function addMembers(id: string, groupId: string, input: AddMembersBody) {
  return request<{ group: DraftingCampaignGroupView }>(
    `${base(id)}/groups/${encodeURIComponent(groupId)}/members`,
    {
      method: 'POST',
      body: input,
    },
  );
}

export function updateMember(id: string, userId: string, input: UpdateMemberBody) {
  return request<{ member: DraftingCampaignMember }>(`${base(id)}/members/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function removeMember(id: string, userId: string) {
  return request<DeletedWithUnassigned>(`${base(id)}/members/${encodeURIComponent(userId)}`, {
    method: 'DELETE',
  });
}

// --- Scope and assignment ---------------------------------------------------------------------

export function addPositions(id: string, input: AddPositionsBody) {
  return request<AddPositionsResult>(`${base(id)}/positions`, {
    method: 'POST',
    body: input,
  });
}

export function removePosition(id: string, positionId: string) {
  return request<Deleted>(`${base(id)}/positions/${encodeURIComponent(positionId)}`, {
    method: 'DELETE',
  });
}

export function assignPositions(id: string, input: AssignmentsBody) {
  return request<z.infer<typeof assignmentsResponse>>(`${base(id)}/assignments`, {
    method: 'POST',
    body: input,
  });
}

// --- Schedule ---------------------------------------------------------------------------------

export function addPhase(id: string, input: PhaseBody): Promise<{ phase: DraftingCampaignPhaseView }> {
  return request(`${base(id)}/phases`, { method: 'POST', body: input });
}

export function updatePhase(id: string, phaseId: string, input: Partial<PhaseBody>) {
  return request<{ phase: DraftingCampaignPhaseView }>(`${base(id)}/phases/${encodeURIComponent(phaseId)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function deletePhase(id: string, phaseId: string) {
  return request<Deleted>(`${base(id)}/phases/${encodeURIComponent(phaseId)}`, {
    method: 'DELETE',
  });
}

// --- Interviews -------------------------------------------------------------------------------

export function listInterviews(
  id: string,
  positionId: string,
): Promise<z.infer<typeof interviewListResponse>> {
  return request(`${base(id)}/interviews?positionId=${encodeURIComponent(positionId)}`);
}

export function recordInterview(id: string, input: InterviewBody): Promise<{ interview: InterviewView }> {
  return request(`${base(id)}/interviews`, { method: 'POST', body: input });
}

export function updateInterview(
  id: string,
  interviewId: string,
  input: Partial<Omit<InterviewBody, 'positionId'>>,
): Promise<{ interview: InterviewView }> {
  return request(`${base(id)}/interviews/${interviewId}`, { method: 'PATCH', body: input });
}

export function deleteInterview(id: string, interviewId: string): Promise<Deleted> {
  return request(`${base(id)}/interviews/${interviewId}`, { method: 'DELETE' });
}

// --- SOP --------------------------------------------------------------------------------------

export function addSopStep(id: string, input: SopStepBody): Promise<{ step: SopStepView }> {
  return request(`${base(id)}/sop-steps`, { method: 'POST', body: input });
}

export function updateSopStep(id: string, stepId: string, input: Partial<SopStepBody>) {
  return request<{ step: SopStepView }>(`${base(id)}/sop-steps/${encodeURIComponent(stepId)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function deleteSopStep(id: string, stepId: string) {
  return request<Deleted>(`${base(id)}/sop-steps/${encodeURIComponent(stepId)}`, {
    method: 'DELETE',
  });
}

export function signOffSopStep(id: string, stepId: string, note: string) {
  return request<{ step: SopStepView }>(`${base(id)}/sop-steps/${encodeURIComponent(stepId)}/sign-off`, {
    method: 'POST',
    body: note.trim() ? { note: note.trim() } : {},
  });
}

/** Seats named by the SK Tim Penyusun, in the order the decree lists them. */
export const decreeTeamRoles = [
  'steering',
  'responsible',
  'coordinator',
  'chair',
  'secretary',
  'member',
] as const satisfies readonly DecreeTeamRole[];

/** A seat as the form sends it; `userId` links the seat to an account (members need not be users). */
export type DecreeTeamMember = z.input<typeof decreeTeamBody>['members'][number];
export type DecreeTeamRole = DecreeTeamMember['teamRole'];
export type DecreeTeam = z.infer<typeof decreeTeam>;

export function getDecreeTeam(id: string): Promise<DecreeTeam> {
  return request<DecreeTeam>(`${base(id)}/decree-team`);
}

export function setDecreeTeam(id: string, members: DecreeTeamMember[]): Promise<DecreeTeam> {
  return request<DecreeTeam>(`${base(id)}/decree-team`, { method: 'PUT', body: { members } });
}

export type CampaignLetterKind = 'team-decree' | 'assignment-letter' | 'schedule';

/** A plain link downloads it (same-origin GET with the session cookie); empty values are left out. */
export function campaignLetterUrl(
  id: string,
  kind: CampaignLetterKind,
  format: 'pdf' | 'docx',
  query: { number?: string; date?: string; teamDecreeNumber?: string },
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value?.trim()) params.set(key, value.trim());
  const search = params.toString();
  return `/api${base(id)}/${kind}.${format}${search ? `?${search}` : ''}`;
}
