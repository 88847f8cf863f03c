/**
 * Reports over an agency's standards: consistency (differing levels, edited indicators, positions
 * without a standard) and merit coverage.
 */
import type { z } from 'zod';
import type { meritDashboardResponse } from '../../../api/catalog/merit-schema';
import type { consistencyReport } from '../../../api/catalog/schema';
import { request } from '../../shared/api/request';

// --- Consistency report -----------------------------------------------------------------------

export type ConsistencyReport = z.infer<typeof consistencyReport>;
/** Latest standards of one position name and job level whose required levels differ. */
export type DifferingLevelsGroup = ConsistencyReport['differingLevels'][number];
export type EditedIndicatorRow = ConsistencyReport['editedRows'][number];
export type PositionWithoutStandard = ConsistencyReport['withoutStandard'][number];

export function getConsistencyReport(agencyId: string): Promise<ConsistencyReport> {
  return request<ConsistencyReport>(`/agencies/${encodeURIComponent(agencyId)}/consistency-report`);
}

// --- Merit dashboard --------------------------------------------------------------------------

export type MeritDashboard = z.infer<typeof meritDashboardResponse>;
export type Coverage = MeritDashboard['total'];
export type CoverageGroup = MeritDashboard['byAgency'][number];

/** One agency's dashboard, or the national one (national roles) when `agencyId` is null. */
export function getMeritDashboard(agencyId: string | null): Promise<MeritDashboard> {
  return request<MeritDashboard>(
    agencyId ? `/agencies/${encodeURIComponent(agencyId)}/merit-dashboard` : '/merit-dashboard',
  );
}
