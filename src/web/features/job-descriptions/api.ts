/**
 * Job descriptions (uraian jabatan) and workload analysis (ABK): the endpoints of
 * `src/api/job-descriptions/routes.ts`. Same conventions as `api-client.ts`; the content shapes are
 * the domain's own types (type-only imports, nothing of the domain is bundled).
 */
import type {
  ComponentGroup,
  ComponentKey,
  JobDescription,
  JobTask,
  MaterialUse,
  RequirementKey,
  WorkingConditionAspect,
  WorkingRelation,
} from '../../../domain/job-description';
import type { FactorInformation, FactorSource } from '../../../domain/job-factor-information';
import type { TimeUnit, WorkloadResult, WorkloadRow } from '../../../domain/workload';
import { request } from '../../shared/api/request';

export type {
  ComponentGroup,
  ComponentKey,
  FactorInformation,
  FactorSource,
  JobDescription,
  JobTask,
  MaterialUse,
  RequirementKey,
  TimeUnit,
  WorkingConditionAspect,
  WorkingRelation,
  WorkloadResult,
  WorkloadRow,
};

export const timeUnits: readonly TimeUnit[] = ['minute', 'hour', 'day'];
export const workingConditionAspects: readonly WorkingConditionAspect[] = [
  'room',
  'temperature',
  'lighting',
  'weather',
  'noise',
  'time',
];

export type JobDescriptionStatus = 'draft' | 'ratified';

export interface Completion {
  groups: {
    group: ComponentGroup;
    components: { key: ComponentKey; filled: boolean }[];
    filled: number;
    total: number;
  }[];
  filled: number;
  total: number;
  percent: number;
}

export interface WorkloadSettings {
  effectiveMinutesPerYear: number;
  minutesPerDay: number;
}

export interface JobDescriptionDetail {
  position: {
    id: string;
    agencyId: string;
    name: string;
    orgUnitId: string | null;
    orgUnitName: string | null;
    positionGroup: string;
    jobLevel: string;
    positionCode: string | null;
    headcount: number;
    requiredHeadcount: number;
  };
  /** null before the first save (the content is then a draft pre-filled from the position). */
  jobDescription: {
    id: string;
    version: number;
    revision: number;
    status: JobDescriptionStatus;
    updatedAt: string;
  } | null;
  content: JobDescription;
  completion: Completion;
  workload: WorkloadResult | null;
  settings: WorkloadSettings & { custom: boolean };
  permissions: { canEdit: boolean; canRatify: boolean };
}

const base = (positionId: string) => `/positions/${encodeURIComponent(positionId)}/job-description`;

export function getJobDescription(positionId: string): Promise<JobDescriptionDetail> {
  return request<JobDescriptionDetail>(base(positionId));
}

export interface SavedJobDescription {
  version: number;
  revision: number;
  status: JobDescriptionStatus;
  workload: WorkloadResult;
  requiredHeadcount: number;
}

export function saveJobDescription(
  positionId: string,
  input: { revision: number; content: JobDescription },
): Promise<SavedJobDescription> {
  return request<SavedJobDescription>(base(positionId), { method: 'PUT', body: input });
}

export function ratifyJobDescription(
  positionId: string,
  revision: number,
): Promise<{ version: number; revision: number; status: JobDescriptionStatus }> {
  return request(`${base(positionId)}/ratify`, { method: 'POST', body: { revision } });
}

export function previewWorkload(positionId: string, tasks: JobTask[]): Promise<WorkloadResult> {
  return request<WorkloadResult>(`${base(positionId)}/workload`, { method: 'POST', body: { tasks } });
}

export interface JobDescriptionVersion {
  version: number;
  positionName: string;
  source: 'edit' | 'import';
  createdAt: string;
  createdBy: string | null;
  ratifiedAt: string | null;
  tasks: number;
}

export function listJobDescriptionVersions(
  positionId: string,
): Promise<{ current: { version: number; status: JobDescriptionStatus }; items: JobDescriptionVersion[] }> {
  return request(`${base(positionId)}/versions`);
}

export interface TaskImportResult extends SavedJobDescription {
  tasks: number;
  format: 'xlsx' | 'csv';
}

export function importTasks(positionId: string, file: File, revision: number): Promise<TaskImportResult> {
  const form = new FormData();
  form.append('file', file);
  form.append('revision', String(revision));
  return request<TaskImportResult>(`${base(positionId)}/tasks/import`, { method: 'POST', body: form });
}

/** Addresses of the downloads (plain links: the browser saves the attachment). */
export function jobDescriptionFileUrl(positionId: string, kind: 'docx' | 'pdf' | 'tasks.xlsx'): string {
  const path = `/api/positions/${encodeURIComponent(positionId)}/job-description`;
  return kind === 'tasks.xlsx' ? `${path}/tasks.xlsx` : `${path}.${kind}`;
}

export interface JobFactorInformationResult {
  position: { id: string; name: string; kind: 'structural' | 'functional' };
  jobDescription: { version: number; status: JobDescriptionStatus } | null;
  factors: FactorInformation[];
}

export function getJobFactorInformation(positionId: string): Promise<JobFactorInformationResult> {
  return request(`/positions/${encodeURIComponent(positionId)}/job-factor-information`);
}

// --- Workload settings and the per-unit summary ------------------------------------------------

export interface AgencyWorkloadSettings extends WorkloadSettings {
  agencyId: string;
  custom: boolean;
  updatedAt: string | null;
  defaults: WorkloadSettings;
  canEdit: boolean;
}

export function getWorkloadSettings(agencyId: string): Promise<AgencyWorkloadSettings> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/workload-settings`);
}

export function updateWorkloadSettings(
  agencyId: string,
  settings: WorkloadSettings,
): Promise<AgencyWorkloadSettings & { recomputed: { jobDescriptions: number; changedPositions: number } }> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/workload-settings`, {
    method: 'PUT',
    body: settings,
  });
}

export interface WorkloadSummaryPosition {
  id: string;
  name: string;
  jobLevel: string;
  headcount: number;
  requiredHeadcount: number;
  difference: number;
  hasJobDescription: boolean;
  tasks: number;
  workloadMinutes: number | null;
  workloadNeed: number | null;
  workloadHeadcount: number | null;
}

export interface WorkloadTotals {
  positions: number;
  withJobDescription: number;
  headcount: number;
  requiredHeadcount: number;
  workloadNeed: number;
  shortage: number;
  surplus: number;
}

export interface WorkloadSummary {
  agency: { id: string; code: string; name: string };
  orgUnit: { id: string; name: string; code: string | null };
  settings: WorkloadSettings;
  units: {
    id: string;
    name: string;
    code: string | null;
    parentId: string | null;
    depth: number;
    positions: WorkloadSummaryPosition[];
    totals: WorkloadTotals;
  }[];
  totals: WorkloadTotals;
}

export function getWorkloadSummary(orgUnitId: string): Promise<WorkloadSummary> {
  return request(`/org-units/${encodeURIComponent(orgUnitId)}/workload-summary`);
}

export function workloadSummaryWorkbookUrl(orgUnitId: string): string {
  return `/api/org-units/${encodeURIComponent(orgUnitId)}/workload-summary.xlsx`;
}

/**
 * Whether a component holds content. Mirrors `jobDescriptionCompletion` of
 * `src/domain/job-description.ts` for the editor's live progress; the server's answer after a
 * save is the reference.
 */
export function isComponentFilled(content: JobDescription, key: ComponentKey): boolean {
  if (key === 'workingConditions') {
    return workingConditionAspects.every((a) => content.workingConditions[a].trim() !== '');
  }
  const value = key.startsWith('requirements.')
    ? content.requirements[key.slice('requirements.'.length) as RequirementKey]
    : content[key as Exclude<ComponentKey, `requirements.${string}`>];
  if (Array.isArray(value)) {
    return value.some((item) =>
      typeof item === 'string'
        ? item.trim() !== ''
        : Object.entries(item).some(([k, v]) => k !== 'unit' && typeof v === 'string' && v.trim() !== ''),
    );
  }
  return typeof value === 'string' && value.trim() !== '';
}
