/**
 * Job descriptions (uraian jabatan) and workload analysis (ABK): the endpoints of
 * `src/api/job-descriptions/routes.ts`. Same conventions as `api-client.ts`; the content shapes are
 * the domain's own types and the answers come from the server's schemas (type-only imports, nothing
 * of the domain or of zod is bundled).
 */
import type { z } from 'zod';
import type {
  agencyWorkloadSettings,
  completion,
  jobDescriptionDetail,
  jobDescriptionHistory,
  jobFactorInformationResult,
  ratifiedJobDescription,
  savedJobDescription,
  taskImportResult,
  updatedWorkloadSettings,
  workloadSettingsBody,
  workloadSummary,
} from '../../../api/job-descriptions/schema';
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

export type Completion = z.infer<typeof completion>;

export type WorkloadSettings = z.input<typeof workloadSettingsBody>;

export type JobDescriptionDetail = z.infer<typeof jobDescriptionDetail>;

const base = (positionId: string) => `/positions/${encodeURIComponent(positionId)}/job-description`;

export function getJobDescription(positionId: string): Promise<JobDescriptionDetail> {
  return request<JobDescriptionDetail>(base(positionId));
}

export type SavedJobDescription = z.infer<typeof savedJobDescription>;

export function saveJobDescription(
  positionId: string,
  input: { revision: number; content: JobDescription },
): Promise<SavedJobDescription> {
  return request<SavedJobDescription>(base(positionId), { method: 'PUT', body: input });
}

export function ratifyJobDescription(
  positionId: string,
  revision: number,
): Promise<z.infer<typeof ratifiedJobDescription>> {
  return request(`${base(positionId)}/ratify`, { method: 'POST', body: { revision } });
}

export function previewWorkload(positionId: string, tasks: JobTask[]): Promise<WorkloadResult> {
  return request<WorkloadResult>(`${base(positionId)}/workload`, { method: 'POST', body: { tasks } });
}

export type JobDescriptionHistory = z.infer<typeof jobDescriptionHistory>;
export type JobDescriptionVersion = JobDescriptionHistory['items'][number];

export function listJobDescriptionVersions(positionId: string): Promise<JobDescriptionHistory> {
  return request(`${base(positionId)}/versions`);
}

export type TaskImportResult = z.infer<typeof taskImportResult>;

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

export type JobFactorInformationResult = z.infer<typeof jobFactorInformationResult>;

export function getJobFactorInformation(positionId: string): Promise<JobFactorInformationResult> {
  return request(`/positions/${encodeURIComponent(positionId)}/job-factor-information`);
}

// --- Workload settings and the per-unit summary ------------------------------------------------

export type AgencyWorkloadSettings = z.infer<typeof agencyWorkloadSettings>;

export function getWorkloadSettings(agencyId: string): Promise<AgencyWorkloadSettings> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/workload-settings`);
}

export function updateWorkloadSettings(
  agencyId: string,
  settings: WorkloadSettings,
): Promise<z.infer<typeof updatedWorkloadSettings>> {
  return request(`/agencies/${encodeURIComponent(agencyId)}/workload-settings`, {
    method: 'PUT',
    body: settings,
  });
}

export type WorkloadSummary = z.infer<typeof workloadSummary>;
export type WorkloadSummaryPosition = WorkloadSummary['units'][number]['positions'][number];
export type WorkloadTotals = WorkloadSummary['totals'];

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
