/**
 * Job competency standards (SKJ): the agency's positions, composing a draft, saving it and moving
 * it through the workflow. Same conventions as `api-client.ts`.
 */
import { type Items, type PositionGroup, request } from './api-client';
import type { CompetencyKind } from './api-technical';

export type StandardStatus = 'draft' | 'submitted' | 'verified' | 'validated' | 'ratified';
export type StandardAction = 'submit' | 'verify' | 'validate' | 'ratify' | 'return';
export const standardActions: readonly StandardAction[] = [
  'submit',
  'verify',
  'validate',
  'ratify',
  'return',
];

/** ITJ: Mutlak / Penting / Perlu. */
export type Importance = 'essential' | 'veryImportant' | 'important';
export const importances: readonly Importance[] = ['essential', 'veryImportant', 'important'];

export interface Position {
  id: string;
  name: string;
  positionGroup: PositionGroup;
  jobLevel: string;
  orgUnitName: string | null;
  governmentAffair: string | null;
  positionCode: string | null;
}

export interface StandardCompetency {
  competencyId: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  requiredLevel: number;
  levelDescription: string;
  behaviourIndicators: string[];
  importance: Importance | null;
}

export interface RequirementItem {
  name: string;
  importance: Importance;
}

export interface Requirements {
  education: { levels: string[]; fieldsOfStudy: string[]; importance: Importance };
  training: { managerial: RequirementItem[]; technical: RequirementItem[]; functional: RequirementItem[] };
  experience: { description: string; years: number | null; importance: Importance };
  rank: { minGrade: string | null; importance: Importance };
  performanceIndicators: { text: string; importance: Importance }[];
}

export interface StandardIdentity {
  positionName: string;
  positionCode: string | null;
  positionGroup: PositionGroup;
  jobLevel: string;
  governmentAffair: string | null;
  orgUnitName: string | null;
  summary: string | null;
  jobDescription: string[];
}

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

export interface StandardTransition {
  action: StandardAction;
  fromStatus: StandardStatus;
  toStatus: StandardStatus;
  comment: string | null;
  at: string;
  actorName: string | null;
}

export interface StandardPermissions {
  canEdit: boolean;
  canSubmit: boolean;
  canVerify: boolean;
  canValidate: boolean;
  canRatify: boolean;
  canReturn: boolean;
  canRevise: boolean;
}

export interface StandardDetail {
  standard: {
    id: string;
    version: number;
    status: StandardStatus;
    revision: number;
    positionCode: string | null;
    policyName: string;
  };
  content: { identity: StandardIdentity; competencies: StandardCompetency[]; requirements: Requirements };
  findings: Finding[];
  transitions: StandardTransition[];
  versions: { id: string; version: number; status: StandardStatus; positionCode: string | null }[];
  permissions: StandardPermissions;
}

export interface SaveStandardInput {
  revision: number;
  competencies: { competencyId: string; requiredLevel: number; importance?: Importance | null }[];
  requirements: Requirements;
}

export function listPositions(agencyId: string): Promise<Items<Position>> {
  return request<Items<Position>>(`/agencies/${encodeURIComponent(agencyId)}/positions`);
}

export function createStandard(
  positionId: string,
): Promise<{ id: string; version: number; status: StandardStatus }> {
  return request('/job-standards', { method: 'POST', body: { positionId } });
}

export function getStandard(id: string): Promise<StandardDetail> {
  return request<StandardDetail>(`/job-standards/${encodeURIComponent(id)}`);
}

export function saveStandard(
  id: string,
  input: SaveStandardInput,
): Promise<{ id: string; revision: number }> {
  return request(`/job-standards/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function transitionStandard(
  id: string,
  input: { action: StandardAction; comment?: string },
): Promise<{ id: string; status: StandardStatus; positionCode: string | null }> {
  return request(`/job-standards/${encodeURIComponent(id)}/transitions`, { method: 'POST', body: input });
}
