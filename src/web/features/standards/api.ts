/**
 * Job competency standards (SKJ): the agency's positions, composing a draft, saving it and moving
 * it through the workflow. Same conventions as `api-client.ts`; answer and request types come from
 * the server's schemas (`src/api/job-standards/schema.ts`, type-only imports).
 */

import type { z } from 'zod';
import type {
  createdStandard,
  finding,
  proposalBody,
  proposalResponse,
  SaveStandardBody,
  savedStandard,
  standardCompetency,
  standardDetail,
  standardDiff,
  standardIdentity,
  standardRequirements,
  standardStatus,
  standardTransition,
  standardVersion,
  transitionBody,
  transitionResult,
} from '../../../api/job-standards/schema';
import type { listedPosition, positionListResponse } from '../../../api/positions/schema';
import { request } from '../../shared/api/request';

export type StandardStatus = z.infer<typeof standardStatus>;
export type StandardAction = z.infer<typeof transitionBody>['action'];
export const standardActions: readonly StandardAction[] = [
  'submit',
  'verify',
  'validate',
  'ratify',
  'return',
];

/** ITJ: Mutlak / Penting / Perlu. */
export type Importance = z.infer<typeof standardRequirements>['rank']['importance'];
export const importances: readonly Importance[] = ['essential', 'veryImportant', 'important'];

/** A row of `GET /api/agencies/:id/positions` (`src/api/positions/schema.ts`). */
export type Position = z.infer<typeof listedPosition>;

export type StandardCompetency = z.infer<typeof standardCompetency>;
/** The dictionary text a row was copied from, at the level it had when it was last saved. */
export type CompetencySource = NonNullable<StandardCompetency['source']>;
export type Requirements = z.infer<typeof standardRequirements>;
export type RequirementItem = Requirements['training']['managerial'][number];
export type StandardIdentity = z.infer<typeof standardIdentity>;
export type Finding = z.infer<typeof finding>;
export type StandardTransition = z.infer<typeof standardTransition>;
export type StandardVersion = z.infer<typeof standardVersion>;
export type StandardDetail = z.infer<typeof standardDetail>;
export type StandardPermissions = StandardDetail['permissions'];

/** The composer saves whole (PUT): rows and requirements every time; `summary` omitted keeps the current one. */
export type SaveStandardInput = SaveStandardBody;
export type CompetencyInput = SaveStandardInput['competencies'][number];

// --- Diff between two versions (`src/domain/job-standard-diff.ts`) ----------------------------

export type StandardDiff = z.infer<typeof standardDiff>;
export type StandardVersionRef = StandardDiff['from'];
export type ValueChange = StandardDiff['diff']['identity'][number];
export type DiffValue = ValueChange['before'];
export type CompetencyRowChange = StandardDiff['diff']['competencies']['changed'][number];

export type ProposalInput = z.input<typeof proposalBody>;
export type ProposalResult = z.infer<typeof proposalResponse>;

export function listPositions(agencyId: string): Promise<z.infer<typeof positionListResponse>> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/positions`);
}

export function createStandard(positionId: string): Promise<z.infer<typeof createdStandard>> {
  return request('/job-standards', { method: 'POST', body: { positionId } });
}

export function getStandard(id: string): Promise<StandardDetail> {
  return request<StandardDetail>(`/job-standards/${encodeURIComponent(id)}`);
}

export function saveStandard(id: string, input: SaveStandardInput): Promise<z.infer<typeof savedStandard>> {
  return request(`/job-standards/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function transitionStandard(
  id: string,
  input: z.input<typeof transitionBody>,
): Promise<z.infer<typeof transitionResult>> {
  return request(`/job-standards/${encodeURIComponent(id)}/transitions`, { method: 'POST', body: input });
}

/** A new draft version copying this ratified one; answers the new version. */
export function reviseStandard(id: string): Promise<z.infer<typeof createdStandard>> {
  return request(`/job-standards/${encodeURIComponent(id)}/revisions`, { method: 'POST' });
}

/** What changed from version `againstId` to version `id` of the same standard. */
export function diffStandards(id: string, againstId: string): Promise<StandardDiff> {
  return request<StandardDiff>(
    `/job-standards/${encodeURIComponent(id)}/diff?against=${encodeURIComponent(againstId)}`,
  );
}

/** "Usulkan kompetensi teknis": a draft entry in the agency's dictionary of proposals. */
export function proposeTechnicalCompetency(
  standardId: string,
  input: ProposalInput,
): Promise<ProposalResult> {
  return request(`/job-standards/${encodeURIComponent(standardId)}/technical-proposals`, {
    method: 'POST',
    body: input,
  });
}
