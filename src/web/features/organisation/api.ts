/**
 * The position map (peta jabatan) and job evaluation (evaluasi jabatan) endpoints of
 * `src/api/organisation/routes.ts`. Same conventions as `api-client.ts`; the answers' types come
 * from the API's schemas (type-only imports: nothing of zod reaches the bundle), as ADR 0017 decides.
 */

import type { z } from 'zod';
import type {
  evaluationBody,
  evaluationFactorsResponse,
  jobEvaluationHistory,
  jobEvaluationResult,
} from '../../../api/organisation/job-evaluation-schema';
import type { positionMapResponse } from '../../../api/organisation/schema';
import type { position, positionPermissions, updatePositionBody } from '../../../api/positions/schema';
import { request } from '../../shared/api/request';

// --- Position map -----------------------------------------------------------------------------

export type PositionMap = z.infer<typeof positionMapResponse>;
export type PositionMapTotals = PositionMap['totals'];
export type MapUnit = PositionMap['units'][number];
export type MapPosition = MapUnit['positions'][number];

function mapQuery(orgUnitId: string | null): string {
  return orgUnitId ? `?orgUnitId=${encodeURIComponent(orgUnitId)}` : '';
}

export function getPositionMap(agencyId: string, orgUnitId: string | null): Promise<PositionMap> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/position-map${mapQuery(orgUnitId)}`);
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

/** A partial update: absent fields stay as they are (`PATCH /api/positions/:id`). */
export type PositionPlacement = z.input<typeof updatePositionBody>;
export type PositionDetail = z.infer<typeof position>;
/** What the reader may do with one position (`src/policies/position.ts`). */
export type PositionPermissions = z.infer<typeof positionPermissions>;

export function getPosition(
  positionId: string,
): Promise<{ position: PositionDetail; permissions: PositionPermissions }> {
  return request(`/positions/${encodeURIComponent(positionId)}`);
}

export function updatePositionPlacement(
  positionId: string,
  placement: PositionPlacement,
): Promise<{ position: PositionDetail; permissions: PositionPermissions }> {
  return request(`/positions/${encodeURIComponent(positionId)}`, { method: 'PATCH', body: placement });
}

// --- Job evaluation ---------------------------------------------------------------------------

export type EvaluationFactors = z.infer<typeof evaluationFactorsResponse>;
export type Factor = EvaluationFactors['factors']['structural'][number];
export type GradeBand = EvaluationFactors['gradeBands'][number];

export function getEvaluationFactors(): Promise<EvaluationFactors> {
  return request('/job-evaluation/factors');
}

export type NewJobEvaluation = z.input<typeof evaluationBody>;

export type JobEvaluationResult = z.infer<typeof jobEvaluationResult>;
export type EvaluationKind = JobEvaluationResult['kind'];
export type EvaluationBreakdownRow = JobEvaluationResult['breakdown'][number];

export function evaluatePosition(input: NewJobEvaluation): Promise<JobEvaluationResult> {
  return request('/job-evaluations', { method: 'POST', body: input });
}

export type JobEvaluationHistory = z.infer<typeof jobEvaluationHistory>;
/** One evaluation of the history (newest first), with who evaluated it. */
export type JobEvaluation = JobEvaluationHistory['items'][number];

export function listJobEvaluations(positionId: string): Promise<JobEvaluationHistory> {
  return request(`/positions/${encodeURIComponent(positionId)}/job-evaluations`);
}

/**
 * The grade whose band holds the value, or null outside every band. Mirrors `gradeForValue` of
 * `src/domain/job-evaluation.ts` over the bands the server sent, for the form's running total.
 */
export function gradeForValue(bands: readonly GradeBand[], jobValue: number): number | null {
  const band = bands.find((b) => jobValue >= b.min && (b.max === null || jobValue <= b.max));
  return band ? band.grade : null;
}
