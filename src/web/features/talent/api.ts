/**
 * Civil servants, assessment results, job-person match, candidates, talent pool and gap heatmap
 * (`src/api/talent/routes.ts`). Same conventions as `api-client.ts`; rows of the match are the
 * domain's own types (type-only imports, nothing of the domain is bundled).
 */

import type { z } from 'zod';
import type { assessmentImportResponse, civilServantImportResponse } from '../../../api/talent/import-schema';
import type {
  DevelopmentSuggestion,
  MatchRow,
  PerformanceBand,
  PotentialBand,
} from '../../../domain/job-person-match';
import type { CompetencyWeights } from '../../../domain/job-standard-policy';
import type { CompetencyKind } from '../../../domain/reference';
import { ApiError, type ErrorDetails, type Items, request } from '../../shared/api/request';
import { type BackgroundJob, getJob } from '../standards/documents-api';

export type { CompetencyWeights, DevelopmentSuggestion, MatchRow, PerformanceBand, PotentialBand };

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

/** Row problem of a rejected import (`IMPORT_REJECTED`, details.problems and details.total). */
export interface TalentImportProblem {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

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

export interface CivilServantListItem {
  nip: string;
  name: string;
  rankGrade: string | null;
  educationLevel: string | null;
  performance: PerformanceBand | null;
  /** The SKP rating with its band, the same words on every screen ("Baik (sesuai ekspektasi)"). */
  performanceLabel: string | null;
  positionId: string | null;
  positionName: string | null;
  hasLogin: boolean;
}

/** One page; pass the answer's `nextCursor` back as `cursor` for the next one (null: last page). */
export function listCivilServants(
  agencyId: string,
  params: { q?: string; limit: number; cursor?: string | undefined },
): Promise<Items<CivilServantListItem> & { nextCursor: string | null }> {
  const query = new URLSearchParams({ limit: String(params.limit) });
  if (params.q) query.set('q', params.q);
  if (params.cursor) query.set('cursor', params.cursor);
  return request(`/agencies/${enc(agencyId)}/civil-servants?${query}`);
}

export interface AssessmentSession {
  id: string;
  assessedOn: string;
  assessor: string;
  institution: string;
  scores: { code: string; name: string | null; kind: CompetencyKind; level: number }[];
}

export interface CivilServantDetail {
  civilServant: {
    nip: string;
    name: string;
    birthDate: string;
    serviceStart: string;
    sex: 'male' | 'female';
    rankGrade: string | null;
    educationLevel: string | null;
    fieldOfStudy: string | null;
    performance: PerformanceBand | null;
    performanceLabel: string | null;
    positionId: string | null;
    positionName: string | null;
    hasLogin: boolean;
  };
  assessments: AssessmentSession[];
  /** What the reader may do with this record (`src/policies/civil-servant.ts`). */
  permissions: Partial<
    Record<'read' | 'match' | 'createLogin' | 'recordPotential' | 'readTalentEvidence', boolean>
  >;
}

export function getCivilServant(nip: string): Promise<CivilServantDetail> {
  return request(`/civil-servants/${enc(nip)}`);
}

/** The signed-in employee's own record; 404 CIVIL_SERVANT_NOT_FOUND when the account is not linked. */
export function getMyCivilServant(): Promise<CivilServantDetail> {
  return request('/me/civil-servant');
}

/** 201 with a one-time password; 409 LOGIN_EXISTS when the civil servant already has one. */
export function createEmployeeLogin(nip: string): Promise<{ username: string; password: string }> {
  return request(`/civil-servants/${enc(nip)}/login`, { method: 'POST' });
}

// --- Job-person match -------------------------------------------------------------------------

/** Which category set a screen uses: profiles (pemetaan) or filling a position (pengisian jabatan). */
export type CategoryPurpose = 'competencyMapping' | 'positionFilling';
export type MatchMethod = 'weighted' | 'unweighted';

export interface CategoryResult {
  purpose: CategoryPurpose;
  code: string;
  name: string;
}

export interface JobPersonMatch {
  civilServant: {
    nip: string;
    name: string;
    rankGrade: string | null;
    educationLevel: string | null;
    performance: PerformanceBand | null;
    performanceLabel: string | null;
    positionId: string | null;
    positionName: string | null;
  };
  position: { id: string; name: string; jobLevel: string; standardId: string };
  /** Own position: competencyMapping; another position: positionFilling. */
  purpose: CategoryPurpose;
  weights: CompetencyWeights | null;
  rows: MatchRow[];
  /** The one JPM: weighted where weights are known, else unweighted. */
  percent: number;
  method: MatchMethod;
  unweighted: number;
  weighted: number | null;
  byKind: Partial<Record<CompetencyKind, number>>;
  /** The category of this screen's purpose. */
  category: string;
  categories: Record<CategoryPurpose, CategoryResult>;
  notAssessed: number;
  development: DevelopmentSuggestion[];
}

/** Against `positionId`, or the civil servant's own position (422 NO_POSITION when none). */
export function getJobPersonMatch(nip: string, positionId?: string | null): Promise<JobPersonMatch> {
  const query = positionId ? `?positionId=${enc(positionId)}` : '';
  return request(`/civil-servants/${enc(nip)}/match${query}`);
}

/** Positions of an agency with the flag the match needs (a ratified standard). */
export interface PositionOption {
  id: string;
  name: string;
  jobLevel: string;
  orgUnitName: string | null;
  hasRatifiedStandard: boolean;
}

export function listPositionOptions(agencyId: string): Promise<Items<PositionOption>> {
  return request(`/agencies/${enc(agencyId)}/positions`);
}

// --- Candidates -------------------------------------------------------------------------------

export type CandidateScope = 'agency' | 'national';

export interface Candidate {
  rank: number;
  nip: string;
  name: string;
  agencyName: string;
  currentPosition: string | null;
  performance: PerformanceBand | null;
  performanceLabel: string | null;
  percent: number;
  /** Position-filling category (Memenuhi Syarat …). */
  category: string;
  categoryCode: string;
  assessedCompetencies: number;
  requiredCompetencies: number;
  /** null: the standard sets no such requirement. */
  checks: { education: boolean | null; rank: boolean | null; experience: boolean | null };
  meetsRequirements: boolean;
  yearsOfService: number;
  /** Readiness when already nominated as a successor of this position. */
  successorReadiness: string | null;
}

export interface CandidateRanking {
  position: { id: string; name: string; jobLevel: string; standardId: string };
  scope: CandidateScope;
  method: MatchMethod;
  weights: CompetencyWeights | null;
  categoryPurpose: 'positionFilling';
  categories: { code: string; name: string; minPercent: number }[];
  requirements: { educationLevels: string[]; minRank: string | null; minYears: number | null };
  items: Candidate[];
}

/** 422 NATIONAL_SCOPE_NOT_ALLOWED for a national search the user may not run. */
export function getCandidates(
  positionId: string,
  scope: CandidateScope,
  limit = 50,
): Promise<CandidateRanking> {
  return request(`/positions/${enc(positionId)}/candidates?scope=${scope}&limit=${limit}`);
}

// --- Talent pool ------------------------------------------------------------------------------

/** Where a person's potential came from: their potential result, or the JPM standing in for it. */
export type PotentialBasis = 'potentialAssessment' | 'jpm';

export interface NineBox {
  box: number;
  name: string;
  performance: PerformanceBand;
  potential: PotentialBand;
  /** Recommended action of the box from the agency's policy (may be empty). */
  recommendation: string;
  count: number;
  byBasis: Record<PotentialBasis, number>;
  members: {
    nip: string;
    name: string;
    positionName: string | null;
    percent: number | null;
    category: string | null;
    potentialBasis: PotentialBasis;
    performanceLabel: string | null;
  }[];
}

export interface TalentPool {
  civilServants: number;
  potentialFallbackToJpm: boolean;
  placedBy: Record<PotentialBasis, number>;
  boxes: NineBox[];
  unplaced: { noPerformance: number; noPotential: number };
  sources: { nineBox: string; performance: string };
}

export function getTalentPool(agencyId: string): Promise<TalentPool> {
  return request(`/agencies/${enc(agencyId)}/talent-pool`);
}

// --- Gap heatmap ------------------------------------------------------------------------------

export interface GapHeatmap {
  unit: { id: string; name: string };
  positions: { id: string; name: string; holders: number }[];
  competencies: { key: string; code: string; name: string; kind: CompetencyKind }[];
  cells: {
    positionId: string;
    competencyKey: string;
    requiredLevel: number;
    averageGap: number;
    short: number;
    holders: number;
  }[];
  trainingNeeds: { code: string; name: string; kind: CompetencyKind; people: number; suggestion: string }[];
}

export function getGapHeatmap(orgUnitId: string): Promise<GapHeatmap> {
  return request(`/org-units/${enc(orgUnitId)}/gap-heatmap`);
}
