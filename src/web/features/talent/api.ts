/**
 * Civil servants, assessment results, job-person match, candidates, talent pool and gap heatmap
 * (`src/api/talent/routes.ts`). Same conventions as `api-client.ts`; the answers' types come from
 * the API's schemas (type-only imports: nothing of zod reaches the bundle), as ADR 0017 decides.
 */

import type { z } from 'zod';
import type { positionListResponse } from '../../../api/positions/schema';
import type { assessmentImportResponse, civilServantImportResponse } from '../../../api/talent/import-schema';
import type {
  candidateRankingResponse,
  gapHeatmapResponse,
  jobPersonMatchResponse,
  talentPoolResponse,
} from '../../../api/talent/report-schema';
import type {
  civilServantDetail,
  civilServantListResponse,
  employeeLoginResponse,
} from '../../../api/talent/schema';
import { ApiError, type ErrorDetails, request } from '../../shared/api/request';
import { type BackgroundJob, getJob } from '../standards/documents-api';

const enc = encodeURIComponent;

/** Columns of the 9-box, left to right (same order as the domain's `performanceBands`). */
export const performanceBands: readonly PerformanceBand[] = ['below', 'meets', 'above'];

// --- Imports ----------------------------------------------------------------------------------

export type TalentImportKind = 'civilServants' | 'assessments' | 'potential';

/** Columns of the import templates, as the server reads them (`src/services/import-*.ts`). */
export const importColumns: Readonly<Record<TalentImportKind, { name: string; required: boolean }[]>> = {
  civilServants: [
    { name: 'NIP', required: true },
    { name: 'Nama', required: true },
    { name: 'Golongan', required: false },
    { name: 'Pendidikan', required: false },
    { name: 'Jurusan', required: false },
    { name: 'Jabatan', required: false },
    { name: 'Predikat Kinerja', required: false },
  ],
  assessments: [
    { name: 'NIP', required: true },
    { name: 'Kode Kompetensi', required: true },
    { name: 'Kamus', required: false },
    { name: 'Level', required: true },
    { name: 'Tanggal', required: true },
    { name: 'Asesor', required: true },
    { name: 'Lembaga', required: false },
  ],
  potential: [
    { name: 'NIP', required: true },
    { name: 'Tanggal', required: true },
    { name: 'Nilai', required: false },
    { name: 'Kategori', required: false },
    { name: 'Sumber', required: true },
  ],
};

export type CivilServantImportResult = z.infer<typeof civilServantImportResponse>;
export type AssessmentImportResult = z.infer<typeof assessmentImportResponse>;

function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<T>(path, { method: 'POST', body: form });
}

/** The imports that run as background jobs (potential results are few and import at once). */
const importPaths: Record<Exclude<TalentImportKind, 'potential'>, string> = {
  civilServants: '/imports/civil-servants',
  assessments: '/imports/assessments',
};

/**
 * Uploads the file (the server answers at once with the import's job) and follows the job until
 * it ends, telling `onProgress` each state. Answers the counts; a rejected or failed import throws
 * its ApiError (IMPORT_REJECTED with the row report in `details`).
 */
export async function runTalentImport<K extends Exclude<TalentImportKind, 'potential'>>(
  kind: K,
  file: File,
  onProgress: (job: BackgroundJob) => void,
): Promise<K extends 'civilServants' ? CivilServantImportResult : AssessmentImportResult> {
  const { jobId } = await upload<{ jobId: string }>(importPaths[kind], file);
  for (;;) {
    const job = await getJob(jobId);
    onProgress(job);
    if (job.status === 'done') return job.result as never;
    if (job.status === 'failed' || job.status === 'expired') {
      throw new ApiError(
        422,
        job.errorCode ?? 'JOB_FAILED',
        job.error ?? '',
        (job.errorDetails ?? undefined) as ErrorDetails | undefined,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
}

// --- Civil servants ---------------------------------------------------------------------------

export type CivilServantList = z.infer<typeof civilServantListResponse>;
export type CivilServantListItem = CivilServantList['items'][number];

/** One page; pass the answer's `nextCursor` back as `cursor` for the next one (null: last page). */
export function listCivilServants(
  agencyId: string,
  params: { q?: string; limit: number; cursor?: string | undefined },
): Promise<CivilServantList> {
  const query = new URLSearchParams({ limit: String(params.limit) });
  if (params.q) query.set('q', params.q);
  if (params.cursor) query.set('cursor', params.cursor);
  return request(`/agencies/${enc(agencyId)}/civil-servants?${query}`);
}

export type CivilServantDetail = z.infer<typeof civilServantDetail>;
export type AssessmentSession = CivilServantDetail['assessments'][number];

export function getCivilServant(nip: string): Promise<CivilServantDetail> {
  return request(`/civil-servants/${enc(nip)}`);
}

/** The signed-in employee's own record; 404 CIVIL_SERVANT_NOT_FOUND when the account is not linked. */
export function getMyCivilServant(): Promise<CivilServantDetail> {
  return request('/me/civil-servant');
}

/** 201 with a one-time password; 409 LOGIN_EXISTS when the civil servant already has one. */
export function createEmployeeLogin(nip: string): Promise<z.infer<typeof employeeLoginResponse>> {
  return request(`/civil-servants/${enc(nip)}/login`, { method: 'POST' });
}

// --- Job-person match -------------------------------------------------------------------------

export type JobPersonMatch = z.infer<typeof jobPersonMatchResponse>;
export type MatchRow = JobPersonMatch['rows'][number];
export type DevelopmentSuggestion = JobPersonMatch['development'][number];
/** Which category set a screen uses: profiles (pemetaan) or filling a position (pengisian jabatan). */
export type CategoryPurpose = JobPersonMatch['purpose'];
export type MatchMethod = JobPersonMatch['method'];
export type CategoryResult = JobPersonMatch['categories'][CategoryPurpose];
export type CompetencyWeights = NonNullable<JobPersonMatch['weights']>;
export type PerformanceBand = NonNullable<JobPersonMatch['civilServant']['performance']>;

/** Against `positionId`, or the civil servant's own position (422 NO_POSITION when none). */
export function getJobPersonMatch(nip: string, positionId?: string | null): Promise<JobPersonMatch> {
  const query = positionId ? `?positionId=${enc(positionId)}` : '';
  return request(`/civil-servants/${enc(nip)}/match${query}`);
}

/** Positions of an agency with the flag the match needs (a ratified standard). */
export type PositionOption = z.infer<typeof positionListResponse>['items'][number];

export function listPositionOptions(agencyId: string): Promise<z.infer<typeof positionListResponse>> {
  return request(`/agencies/${enc(agencyId)}/positions`);
}

// --- Candidates -------------------------------------------------------------------------------

export type CandidateRanking = z.infer<typeof candidateRankingResponse>;
export type CandidateScope = CandidateRanking['scope'];
export type Candidate = CandidateRanking['items'][number];

/** 422 NATIONAL_SCOPE_NOT_ALLOWED for a national search the user may not run. */
export function getCandidates(
  positionId: string,
  scope: CandidateScope,
  limit = 50,
): Promise<CandidateRanking> {
  return request(`/positions/${enc(positionId)}/candidates?scope=${scope}&limit=${limit}`);
}

// --- Talent pool ------------------------------------------------------------------------------

export type TalentPool = z.infer<typeof talentPoolResponse>;
export type NineBox = TalentPool['boxes'][number];
export type PotentialBand = NineBox['potential'];
/** Where a person's potential came from: their potential result, or the JPM standing in for it. */
export type PotentialBasis = NineBox['members'][number]['potentialBasis'];

export function getTalentPool(agencyId: string): Promise<TalentPool> {
  return request(`/agencies/${enc(agencyId)}/talent-pool`);
}

// --- Gap heatmap ------------------------------------------------------------------------------

export type GapHeatmap = z.infer<typeof gapHeatmapResponse>;

export function getGapHeatmap(orgUnitId: string): Promise<GapHeatmap> {
  return request(`/org-units/${enc(orgUnitId)}/gap-heatmap`);
}
