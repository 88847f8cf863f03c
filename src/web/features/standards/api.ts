/**
 * Job competency standards (SKJ): the agency's positions, composing a draft, saving it and moving
 * it through the workflow. Same conventions as `api-client.ts`.
 */

import type { StandardPolicy } from '../../../domain/job-standard-policy';
import type { DictionarySourceFact, StandardContext } from '../../../domain/job-standard-rules';
import type { PositionGroup } from '../../shared/api/reference';
import { type Items, request } from '../../shared/api/request';
import type { Role } from '../account/api';
import type { CompetencyKind } from '../dictionaries/api';

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
  /** The newest standard of the position, any status; null when none was composed yet. */
  latestStandard: { id: string; version: number; status: StandardStatus } | null;
  hasRatifiedStandard: boolean;
}

/** The dictionary text a row was copied from, at the level it had when it was last saved. */
export interface CompetencySource {
  dictionaryVersionId: string;
  levelDescription: string;
  behaviourIndicators: string[];
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
  /** null: typed by hand or not saved yet. */
  source: CompetencySource | null;
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
  actorRole: Role | null;
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

export interface StandardVersion {
  id: string;
  version: number;
  status: StandardStatus;
  positionCode: string | null;
  createdAt: string;
  ratifiedAt: string | null;
  updatedAt: string;
}

export interface StandardDetail {
  standard: {
    id: string;
    lineageId: string;
    version: number;
    agencyId: string;
    positionId: string;
    status: StandardStatus;
    revision: number;
    positionCode: string | null;
    /** The ratified standard of another agency this one was adopted from. */
    originStandardId: string | null;
    policyName: string;
    submittedAt: string | null;
    ratifiedAt: string | null;
    updatedAt: string;
  };
  content: { identity: StandardIdentity; competencies: StandardCompetency[]; requirements: Requirements };
  findings: Finding[];
  /** What the composer needs to run the rules itself on every change (see composer/live-check.ts). */
  check: {
    policy: StandardPolicy;
    /** As `StandardContext`, with the dictionary facts of the saved rows as a plain record. */
    context: Omit<StandardContext, 'dictionarySources'> & {
      dictionarySources?: Record<string, DictionarySourceFact>;
    };
  };
  transitions: StandardTransition[];
  /** Every version of this standard, newest first. */
  versions: StandardVersion[];
  permissions: StandardPermissions;
}

export interface CompetencyInput {
  competencyId: string;
  requiredLevel: number;
  importance?: Importance | null;
  /** Edited texts; omitted means the dictionary's text for the level. */
  levelDescription?: string;
  behaviourIndicators?: string[];
}

export interface SaveStandardInput {
  revision: number;
  /** The identity summary; omitted keeps the current one. */
  summary?: string | null;
  competencies: CompetencyInput[];
  requirements: Requirements;
}

// --- Diff between two versions (`src/domain/job-standard-diff.ts`) ----------------------------

export type DiffValue =
  | string
  | number
  | null
  | string[]
  | RequirementItem[]
  | { text: string; importance: Importance }[];

export interface ValueChange {
  /** Dotted path, e.g. `identity.summary` or `requirements.rank.minGrade`. */
  path: string;
  before: DiffValue;
  after: DiffValue;
}

export interface Change<T> {
  before: T;
  after: T;
}

export interface CompetencyRowChange {
  competencyId: string;
  kind: CompetencyKind;
  name: string;
  code?: Change<string>;
  renamed?: Change<string>;
  requiredLevel?: Change<number>;
  levelDescription?: Change<string>;
  indicatorsAdded: string[];
  indicatorsRemoved: string[];
  indicatorsReordered: boolean;
  importance?: Change<Importance | null>;
  dictionaryVersion?: Change<string | null>;
}

export interface StandardVersionRef {
  id: string;
  version: number;
  status: StandardStatus;
}

export interface StandardDiff {
  from: StandardVersionRef;
  to: StandardVersionRef;
  diff: {
    identity: ValueChange[];
    competencies: {
      added: StandardCompetency[];
      removed: StandardCompetency[];
      changed: CompetencyRowChange[];
    };
    requirements: ValueChange[];
  };
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

/** A new draft version copying this ratified one; answers the new version. */
export function reviseStandard(id: string): Promise<{ id: string; version: number; status: StandardStatus }> {
  return request(`/job-standards/${encodeURIComponent(id)}/revisions`, { method: 'POST' });
}

/** What changed from version `againstId` to version `id` of the same standard. */
export function diffStandards(id: string, againstId: string): Promise<StandardDiff> {
  return request<StandardDiff>(
    `/job-standards/${encodeURIComponent(id)}/diff?against=${encodeURIComponent(againstId)}`,
  );
}

export interface ProposalInput {
  name: string;
  definition: string;
  requiredLevel: number;
  levelDescription: string;
  behaviourIndicators: string[];
}

export interface ProposalResult {
  competency: {
    id: string;
    code: string;
    name: string;
    kind: 'technical';
    requiredLevel: number;
    levelDescription: string;
    behaviourIndicators: string[];
  };
  dictionary: { id: string; name: string; versionId: string };
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
