/**
 * Reports over an agency's standards (consistency, merit coverage) and the agency's standard
 * policy (RCL pattern, weights, mandatory competencies). Same conventions as `api-client.ts`.
 */
import { type AgencyKind, request } from './api-client';
import type { CompetencyKind } from './api-technical';

// --- Consistency report -----------------------------------------------------------------------

/** Latest standards of one position name and job level whose required levels differ. */
export interface DifferingLevelsGroup {
  position_name: string;
  job_level: string;
  /** Per standard: competency name → required level. */
  standards: { id: string; levels: Record<string, number> }[];
}

export interface EditedIndicatorRow {
  standard_id: string;
  position_name: string;
  competency_name: string;
  kind: CompetencyKind;
}

export interface PositionWithoutStandard {
  id: string;
  name: string;
  job_level: string;
  org_unit_name: string | null;
}

export interface ConsistencyReport {
  differingLevels: DifferingLevelsGroup[];
  editedRows: EditedIndicatorRow[];
  withoutStandard: PositionWithoutStandard[];
}

export function getConsistencyReport(agencyId: string): Promise<ConsistencyReport> {
  return request<ConsistencyReport>(`/agencies/${encodeURIComponent(agencyId)}/consistency-report`);
}

// --- Merit dashboard --------------------------------------------------------------------------

export interface Coverage {
  positions: number;
  ratified: number;
  /** Share of positions with a ratified standard, one decimal. */
  percent: number;
}

export interface CoverageGroup extends Coverage {
  key: string;
  label: string;
}

export interface MeritDashboard {
  total: Coverage;
  byAgency: CoverageGroup[];
  /** Key "-": positions without an org unit. */
  byOrgUnit: CoverageGroup[];
  /** Key and label: the job level code. */
  byJobLevel: CoverageGroup[];
}

/** One agency's dashboard, or the national one (national roles) when `agencyId` is null. */
export function getMeritDashboard(agencyId: string | null): Promise<MeritDashboard> {
  return request<MeritDashboard>(
    agencyId ? `/agencies/${encodeURIComponent(agencyId)}/merit-dashboard` : '/merit-dashboard',
  );
}

// --- Standard policy --------------------------------------------------------------------------

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
