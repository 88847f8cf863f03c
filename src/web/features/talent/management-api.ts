/**
 * Talent management beyond the match: potential results, 360° rounds and questionnaires,
 * succession, the retirement forecast and the training-needs analysis. Types come from the API's
 * own schemas (type-only imports: nothing of zod reaches the bundle), as ADR 0017 decides.
 */
import type { z } from 'zod';
import type {
  addRaterBody,
  closedRound,
  myResults,
  openRoundBody,
  roundDetail,
  roundList,
  saveAnswersBody,
  subjectResults,
  taskDetail,
  taskList,
} from '../../../api/multi-rater/schema';
import type {
  criticalBody,
  nominateBody,
  positionSuccession,
  successionDashboard,
  updateSuccessorBody,
} from '../../../api/succession/schema';
import type {
  forecastResponse,
  potentialBody,
  potentialImportResponse,
  potentialList,
  potentialResponse,
  trainingNeedsResponse,
} from '../../../api/talent/schema';
import { request } from '../../shared/api/request';

const enc = encodeURIComponent;

// --- Potential --------------------------------------------------------------------------------

export type PotentialList = z.output<typeof potentialList>;
export type PotentialResult = z.output<typeof potentialResponse>;
export type PotentialImportResult = z.output<typeof potentialImportResponse>;
export type PotentialBandValue = PotentialResult['band'];

export function listPotential(nip: string): Promise<PotentialList> {
  return request(`/civil-servants/${enc(nip)}/potential`);
}

export function recordPotential(nip: string, body: z.input<typeof potentialBody>): Promise<PotentialResult> {
  return request(`/civil-servants/${enc(nip)}/potential`, { method: 'POST', body });
}

export function importPotential(file: File): Promise<PotentialImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request('/imports/potential', { method: 'POST', body: form });
}

// --- 360° rounds ------------------------------------------------------------------------------

export type RoundList = z.output<typeof roundList>;
export type RoundDetail = z.output<typeof roundDetail>;
export type RaterRelation = RoundDetail['subjects'][number]['raters'][number]['relation'];
export type OtherRelation = Exclude<RaterRelation, 'self'>;
export type SubjectResults = z.output<typeof subjectResults>;
export type TaskList = z.output<typeof taskList>;
export type TaskDetail = z.output<typeof taskDetail>;
export type MyResults = z.output<typeof myResults>;

export function listRounds(agencyId: string, cursor?: string | null): Promise<RoundList> {
  const query = new URLSearchParams({ limit: '20' });
  if (cursor) query.set('cursor', cursor);
  return request(`/agencies/${enc(agencyId)}/multi-rater-rounds?${query}`);
}

export type OpenRoundInput = z.input<typeof openRoundBody>;

export function openRound(agencyId: string, body: OpenRoundInput): Promise<RoundDetail> {
  return request(`/agencies/${enc(agencyId)}/multi-rater-rounds`, { method: 'POST', body });
}

export function getRound(id: string): Promise<RoundDetail> {
  return request(`/multi-rater-rounds/${enc(id)}`);
}

export function addRater(id: string, body: z.input<typeof addRaterBody>): Promise<RoundDetail> {
  return request(`/multi-rater-rounds/${enc(id)}/raters`, { method: 'POST', body });
}

export function removeRater(id: string, raterId: string): Promise<RoundDetail> {
  return request(`/multi-rater-rounds/${enc(id)}/raters/${enc(raterId)}`, { method: 'DELETE' });
}

export function closeRound(id: string): Promise<z.infer<typeof closedRound>> {
  return request(`/multi-rater-rounds/${enc(id)}/close`, { method: 'POST' });
}

export function getSubjectResults(id: string, nip: string): Promise<SubjectResults> {
  return request(`/multi-rater-rounds/${enc(id)}/results/${enc(nip)}`);
}

export function myTasks(): Promise<TaskList> {
  return request('/me/multi-rater-tasks');
}

export function myMultiRaterResults(): Promise<MyResults> {
  return request('/me/multi-rater-results');
}

export function getTask(id: string): Promise<TaskDetail> {
  return request(`/multi-rater-tasks/${enc(id)}`);
}

export function saveTask(id: string, body: z.input<typeof saveAnswersBody>): Promise<TaskDetail> {
  return request(`/multi-rater-tasks/${enc(id)}`, { method: 'PUT', body });
}

// --- Succession -------------------------------------------------------------------------------

export type SuccessionDashboard = z.output<typeof successionDashboard>;
export type PositionSuccession = z.output<typeof positionSuccession>;
export type Readiness = PositionSuccession['successors'][number]['readiness'];
export const readinessOrder: readonly Readiness[] = [
  'readyNow',
  'readyInOneToTwoYears',
  'readyInThreeYearsOrMore',
];

export function getSuccessionDashboard(agencyId: string): Promise<SuccessionDashboard> {
  return request(`/agencies/${enc(agencyId)}/succession`);
}

export function getPositionSuccession(positionId: string): Promise<PositionSuccession> {
  return request(`/positions/${enc(positionId)}/succession`);
}

export function markCritical(
  positionId: string,
  body: z.input<typeof criticalBody>,
): Promise<PositionSuccession> {
  return request(`/positions/${enc(positionId)}/succession`, { method: 'PUT', body });
}

export function nominateSuccessor(
  positionId: string,
  body: z.input<typeof nominateBody>,
): Promise<PositionSuccession> {
  return request(`/positions/${enc(positionId)}/successors`, { method: 'POST', body });
}

export function updateSuccessor(
  positionId: string,
  nip: string,
  body: z.input<typeof updateSuccessorBody>,
): Promise<PositionSuccession> {
  return request(`/positions/${enc(positionId)}/successors/${enc(nip)}`, { method: 'PATCH', body });
}

export function removeSuccessor(positionId: string, nip: string): Promise<PositionSuccession> {
  return request(`/positions/${enc(positionId)}/successors/${enc(nip)}`, { method: 'DELETE' });
}

// --- Retirement forecast and training needs ---------------------------------------------------

export type RetirementForecast = z.output<typeof forecastResponse>;
export type TrainingNeeds = z.output<typeof trainingNeedsResponse>;

export function getRetirementForecast(
  agencyId: string,
  params: { years: number; orgUnitId?: string | null; cursor?: string | null },
): Promise<RetirementForecast> {
  const query = new URLSearchParams({ years: String(params.years), limit: '100' });
  if (params.orgUnitId) query.set('orgUnitId', params.orgUnitId);
  if (params.cursor) query.set('cursor', params.cursor);
  return request(`/agencies/${enc(agencyId)}/retirement-forecast?${query}`);
}

export function getTrainingNeeds(agencyId: string, orgUnitId?: string | null): Promise<TrainingNeeds> {
  const query = orgUnitId ? `?orgUnitId=${enc(orgUnitId)}` : '';
  return request(`/agencies/${enc(agencyId)}/training-needs${query}`);
}

export function trainingNeedsXlsxHref(agencyId: string, orgUnitId?: string | null): string {
  const query = orgUnitId ? `?orgUnitId=${enc(orgUnitId)}` : '';
  return `/api/agencies/${enc(agencyId)}/training-needs.xlsx${query}`;
}
