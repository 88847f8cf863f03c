/**
 * The agency's standard policy (Kebijakan SKJ): RCL pattern, technical count, weights, mandatory
 * competencies, managerial levels and rank ranges, on top of a named base policy.
 */

import type { AgencyKind } from '../../shared/api/reference';
import { request } from '../../shared/api/request';

export interface LevelDistributionRule {
  /** Allowed required levels of technical competencies. */
  allowed: number[];
  /** Most technical rows at this level; null = half-half between the two top allowed levels. */
  dominant: number | null;
}

export interface CompetencyWeights {
  socioCultural: number;
  managerial: number;
  technical: number;
}

export interface MandatoryTechnical {
  name: string;
  appliesTo: AgencyKind[];
}

export interface StandardPolicy {
  name: string;
  /** Per job level code; a job level without a row has no pattern yet ("belum tersedia"). */
  levelDistributionRules: Record<string, LevelDistributionRule>;
  technicalCount: { min: number; max: number };
  mandatoryTechnical: MandatoryTechnical[];
  competencyWeights: Record<string, CompetencyWeights>;
  managerialLevels: Record<string, { managerial: number | null; socioCultural: number | null }>;
  rankRanges: Record<string, { min: string; max: string }>;
}

/** What the agency admin overrides on top of the base policy; merged per job level, field by field. */
export interface StandardPolicyOverride {
  name?: string;
  levelDistributionRules?: Record<string, Partial<LevelDistributionRule>>;
  technicalCount?: Partial<StandardPolicy['technicalCount']>;
  /** Replaces the base list when given. */
  mandatoryTechnical?: MandatoryTechnical[];
  competencyWeights?: Record<string, Partial<CompetencyWeights>>;
  managerialLevels?: Record<string, Partial<{ managerial: number | null; socioCultural: number | null }>>;
  rankRanges?: Record<string, Partial<{ min: string; max: string }>>;
}

export interface StandardPolicySetting {
  baseName: string;
  override: StandardPolicyOverride;
  effective: StandardPolicy;
  /** The named base policies shipped (seed 001, seed 004). */
  available: { id: string; name: string }[];
}

export function getStandardPolicy(agencyId: string): Promise<StandardPolicySetting> {
  return request<StandardPolicySetting>(`/agencies/${encodeURIComponent(agencyId)}/standard-policy`);
}

/** Fails with 422 INVALID_POLICY (details.issues) or UNKNOWN_POLICY, 403 for non-admins. */
export function saveStandardPolicy(
  agencyId: string,
  input: { baseName: string; override: StandardPolicyOverride },
): Promise<{ effective: StandardPolicy }> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/standard-policy`, { method: 'PUT', body: input });
}
