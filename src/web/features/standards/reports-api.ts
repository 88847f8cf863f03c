/**
 * Reports over an agency's standards: consistency (differing levels, edited indicators, positions
 * without a standard) and merit coverage.
 */
import { request } from '../../shared/api/request';
import type { CompetencyKind } from '../dictionaries/api';

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
