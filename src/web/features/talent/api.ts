/**
 * Civil servants, assessment results, job-person match, candidates, talent pool and gap heatmap
 * (`src/api/talent/routes.ts`). Same conventions as `api-client.ts`; rows of the match are the
 * domain's own types (type-only imports, nothing of the domain is bundled).
 */
import type {
  DevelopmentSuggestion,
  MatchRow,
  PerformanceBand,
  PotentialBand,
} from '../../../domain/job-person-match';
import type { CompetencyWeights } from '../../../domain/job-standard-policy';
import type { CompetencyKind } from '../../../domain/reference';
import { type Items, request } from '../../shared/api/request';

export type { CompetencyWeights, DevelopmentSuggestion, MatchRow, PerformanceBand, PotentialBand };

const enc = encodeURIComponent;

/** Columns of the 9-box, left to right (same order as the domain's `performanceBands`). */
export const performanceBands: readonly PerformanceBand[] = ['below', 'meets', 'above'];

// --- Imports ----------------------------------------------------------------------------------

export type TalentImportKind = 'civilServants' | 'assessments';

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
};

/** One example row per template, matching `importColumns`. */
export const importExamples: Readonly<Record<TalentImportKind, string[]>> = {
  civilServants: [
    '198504122010011003',
    'Budi Santoso',
    'IV/a',
    'S-1',
    'Manajemen',
    'Kepala Bidang Pengembangan Kompetensi',
    'Baik',
  ],
  assessments: [
    '198504122010011003',
    'M.01',
    '',
    '3',
    '2026-06-01',
    'Tim Asesor',
    'UPT Penilaian Kompetensi',
  ],
};

export interface CivilServantImportResult {
  rows: number;
  created: number;
  updated: number;
  format: 'csv' | 'xlsx';
}

export interface AssessmentImportResult {
  rows: number;
  assessments: number;
  format: 'csv' | 'xlsx';
}

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

export function importCivilServants(file: File): Promise<CivilServantImportResult> {
  return upload('/imports/civil-servants', file);
}

export function importAssessments(file: File): Promise<AssessmentImportResult> {
  return upload('/imports/assessments', file);
}

// --- Civil servants ---------------------------------------------------------------------------

export interface CivilServantListItem {
  nip: string;
  name: string;
  rankGrade: string | null;
  educationLevel: string | null;
  performance: PerformanceBand | null;
  positionId: string | null;
  positionName: string | null;
  hasLogin: boolean;
}

export function listCivilServants(
  agencyId: string,
  params: { q?: string; limit: number; offset: number },
): Promise<Items<CivilServantListItem> & { total: number }> {
  const query = new URLSearchParams({ limit: String(params.limit), offset: String(params.offset) });
  if (params.q) query.set('q', params.q);
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
    positionId: string | null;
    positionName: string | null;
    hasLogin: boolean;
  };
  assessments: AssessmentSession[];
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

export interface JobPersonMatch {
  civilServant: {
    nip: string;
    name: string;
    rankGrade: string | null;
    educationLevel: string | null;
    performance: PerformanceBand | null;
    positionId: string | null;
    positionName: string | null;
  };
  position: { id: string; name: string; jobLevel: string; standardId: string };
  weights: CompetencyWeights | null;
  rows: MatchRow[];
  unweighted: number;
  weighted: number | null;
  byKind: Partial<Record<CompetencyKind, number>>;
  category: string;
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
  percent: number;
  category: string;
  assessedCompetencies: number;
  requiredCompetencies: number;
  /** null: the standard sets no such requirement. */
  checks: { education: boolean | null; rank: boolean | null; experience: boolean | null };
  meetsRequirements: boolean;
  yearsOfService: number;
}

export interface CandidateRanking {
  position: { id: string; name: string; jobLevel: string; standardId: string };
  scope: CandidateScope;
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

export interface NineBox {
  box: number;
  name: string;
  performance: PerformanceBand;
  potential: PotentialBand;
  count: number;
  members: { nip: string; name: string; positionName: string | null; percent: number }[];
}

export interface TalentPool {
  civilServants: number;
  boxes: NineBox[];
  unplaced: { noPerformance: number; noMatch: number };
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
