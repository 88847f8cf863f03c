/**
 * The position map (peta jabatan) and job evaluation (evaluasi jabatan) endpoints of
 * `src/api/organisation/routes.ts`. Same conventions as `api-client.ts`; the shapes are the
 * domain's own types (type-only imports, nothing of the domain is bundled).
 */

import type { z } from 'zod';
import type {
  evaluationBody,
  evaluationFactorsResponse,
  jobEvaluationResult,
} from '../../../api/organisation/job-evaluation-schema';
import type {
  EvaluationBreakdownRow,
  EvaluationKind,
  Factor,
  GradeBand,
} from '../../../domain/job-evaluation';
import type { MapPosition, MapUnit } from '../../../domain/position-map';
import { request } from '../../shared/api/request';

export type { EvaluationBreakdownRow, EvaluationKind, Factor, GradeBand, MapPosition, MapUnit };

// --- Position map -----------------------------------------------------------------------------

export interface PositionMapTotals {
  positions: number;
  headcount: number;
  requiredHeadcount: number;
  evaluated: number;
  ratified: number;
}

export interface PositionMap {
  agency: { id: string; code: string; name: string };
  units: MapUnit[];
  totals: PositionMapTotals;
}

function mapQuery(orgUnitId: string | null): string {
  return orgUnitId ? `?orgUnitId=${encodeURIComponent(orgUnitId)}` : '';
}

export function getPositionMap(agencyId: string, orgUnitId: string | null): Promise<PositionMap> {
  return request<PositionMap>(`/agencies/${encodeURIComponent(agencyId)}/position-map${mapQuery(orgUnitId)}`);
}

/** Address of the Excel download (a plain link: the browser saves the attachment). */
export function positionMapWorkbookUrl(agencyId: string, orgUnitId: string | null): string {
  return `/api/agencies/${encodeURIComponent(agencyId)}/position-map.xlsx${mapQuery(orgUnitId)}`;
}

export type ChartLayout = 'vertical' | 'horizontal';
export type ChartPaper = 'A3' | 'A4';

/** Address of the chart as a PDF (landscape), for the whole agency or one unit. */
export function positionChartUrl(
  agencyId: string,
  orgUnitId: string | null,
  layout: ChartLayout,
  paper: ChartPaper,
): string {
  const params = new URLSearchParams({ layout, paper, ...(orgUnitId ? { orgUnitId } : {}) });
  return `/api/agencies/${encodeURIComponent(agencyId)}/position-map.pdf?${params}`;
}

/** Address of the Rekapitulasi Kelas Jabatan dan Persediaan Pegawai. */
export function staffingRecapUrl(agencyId: string, orgUnitId: string | null, format: 'xlsx' | 'pdf'): string {
  return `/api/agencies/${encodeURIComponent(agencyId)}/staffing-recap.${format}${mapQuery(orgUnitId)}`;
}

export interface PositionPlacement {
  headcount?: number;
  requiredHeadcount?: number;
  parentPositionId?: string | null;
  orgUnitId?: string | null;
}

export interface PositionDetail {
  id: string;
  agencyId: string;
  orgUnitId: string | null;
  orgUnitName: string | null;
  parentPositionId: string | null;
  name: string;
  positionGroup: string;
  jobLevel: string;
  headcount: number;
  requiredHeadcount: number;
  jobValue: number | null;
  jobGrade: number | null;
  agencyCode: string;
}

/** What the reader may do with one position (`src/policies/position.ts`). */
export interface PositionPermissions {
  read: boolean;
  update: boolean;
  evaluate: boolean;
}

export function getPosition(
  positionId: string,
): Promise<{ position: PositionDetail; permissions: PositionPermissions }> {
  return request(`/positions/${encodeURIComponent(positionId)}`);
}

export function updatePositionPlacement(
  positionId: string,
  placement: PositionPlacement,
): Promise<{ position: PositionDetail }> {
  return request<{ position: PositionDetail }>(`/positions/${encodeURIComponent(positionId)}`, {
    method: 'PATCH',
    body: placement,
  });
}

// --- Job evaluation ---------------------------------------------------------------------------

export type EvaluationFactors = z.infer<typeof evaluationFactorsResponse>;

export function getEvaluationFactors(): Promise<EvaluationFactors> {
  return request<EvaluationFactors>('/job-evaluation/factors');
}

export type NewJobEvaluation = z.input<typeof evaluationBody>;

export type JobEvaluationResult = z.infer<typeof jobEvaluationResult>;

export function evaluatePosition(input: NewJobEvaluation): Promise<JobEvaluationResult> {
  return request<JobEvaluationResult>('/job-evaluations', { method: 'POST', body: input });
}

export interface JobEvaluation {
  id: string;
  kind: EvaluationKind;
  levels: Record<string, string>;
  justifications: Record<string, string>;
  jobValue: number;
  jobGrade: number;
  breakdown: EvaluationBreakdownRow[];
  /** Full name of the evaluator; null when the user was removed. */
  evaluatedBy: string | null;
  createdAt: string;
}

export interface JobEvaluationHistory {
  position: { id: string; name: string; kind: EvaluationKind };
  /** Newest first. */
  items: JobEvaluation[];
}

export function listJobEvaluations(positionId: string): Promise<JobEvaluationHistory> {
  return request<JobEvaluationHistory>(`/positions/${encodeURIComponent(positionId)}/job-evaluations`);
}

/**
 * The grade whose band holds the value, or null outside every band. Mirrors `gradeForValue` of
 * `src/domain/job-evaluation.ts` over the bands the server sent, for the form's running total.
 */
export function gradeForValue(bands: readonly GradeBand[], jobValue: number): number | null {
  const band = bands.find((b) => jobValue >= b.min && (b.max === null || jobValue <= b.max));
  return band ? band.grade : null;
}
