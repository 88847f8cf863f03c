/**
 * Technical competency dictionaries (kamus kompetensi teknis), competency search and the
 * government-affair reference list. Same conventions as `api-client.ts`: typed results, every
 * write carries the CSRF token, failures throw `ApiError`.
 */
import type { z } from 'zod';
import type { competencySearchHit } from '../../../api/competencies/schema';
import type {
  createdDictionaryResponse,
  dictionaryDetailResponse,
  dictionaryImportFields,
  dictionaryImportResponse,
  dictionaryListResponse,
  dictionarySummary,
  entryResponse,
  entryUpdateBody,
  revisionResponse,
  versionDetailResponse,
  versionDiffResponse,
  versionRef,
  versionResponse,
} from '../../../api/technical-dictionaries/schema';
import { type Items, request } from '../../shared/api/request';

export type VersionStatus = VersionRef['status'];
export const versionStatuses: readonly VersionStatus[] = ['draft', 'verified', 'ratified'];

export type CompetencyGroup = Entry['group'];
export const competencyGroups: readonly CompetencyGroup[] = ['generic', 'specific'];

/** The nine composition steps of a technical dictionary, in their order. */
export const compositionStepKeys = [
  'proposal',
  'mandates',
  'unitFunctions',
  'tasksAndOutputs',
  'identify',
  'define',
  'group',
  'indicators',
  'workshop',
] as const;
export type CompositionStep = (typeof compositionStepKeys)[number];

export type VersionRef = z.infer<typeof versionRef>;

export type TechnicalDictionarySummary = z.infer<typeof dictionarySummary>;

export type VersionDetail = z.infer<typeof versionDetailResponse>;
export type TechnicalDictionary = VersionDetail['dictionary'];
export type DictionaryVersion = VersionDetail['version'];

export type VersionListItem = z.infer<typeof dictionaryDetailResponse>['versions'][number];

export type Entry = VersionDetail['entries'][number];
export type EntryLevel = Entry['levels'][number];

/** An entry as the editor sends it; the revision travels as its own argument. */
export type EntryInput = Omit<z.input<typeof entryUpdateBody>, 'revision'>;

export type ChecklistStep = VersionDetail['checklist'][number];
export type VersionEvent = VersionDetail['events'][number];
export type VersionPermissions = VersionDetail['permissions'];

export type WorkflowAction = 'verify' | 'ratify' | 'return';

export type VersionDiff = z.infer<typeof versionDiffResponse>;
export type EntryChange = VersionDiff['changed'][number];
export type LevelChange = EntryChange['levels'][number];

export type SearchResult = z.infer<typeof competencySearchHit>;
export type CompetencyKind = SearchResult['kind'];
export const competencyKinds: readonly CompetencyKind[] = ['managerial', 'socioCultural', 'technical'];

export interface SearchParams {
  q: string;
  kind?: CompetencyKind;
  affair?: string;
  limit?: number;
}

/** The defaults for the flat layout's missing columns (the file travels on its own). */
export type ImportOptions = Omit<z.input<typeof dictionaryImportFields>, 'file'>;

export type ImportResult = z.infer<typeof dictionaryImportResponse>;

const enc = encodeURIComponent;

// --- Dictionaries and versions ----------------------------------------------------------------

export function listTechnicalDictionaries(): Promise<z.infer<typeof dictionaryListResponse>> {
  return request('/technical-dictionaries');
}

export function createTechnicalDictionary(input: {
  code: string;
  name: string;
}): Promise<z.infer<typeof createdDictionaryResponse>> {
  return request('/technical-dictionaries', { method: 'POST', body: input });
}

export function getTechnicalDictionary(id: string): Promise<z.infer<typeof dictionaryDetailResponse>> {
  return request(`/technical-dictionaries/${enc(id)}`);
}

export function reviseTechnicalDictionary(id: string): Promise<z.infer<typeof revisionResponse>> {
  return request(`/technical-dictionaries/${enc(id)}/revisions`, { method: 'POST' });
}

export function getDictionaryVersion(id: string): Promise<VersionDetail> {
  return request<VersionDetail>(`/dictionary-versions/${enc(id)}`);
}

export function addEntry(
  versionId: string,
  input: EntryInput,
  revision?: number,
): Promise<z.infer<typeof entryResponse>> {
  return request(`/dictionary-versions/${enc(versionId)}/entries`, {
    method: 'POST',
    body: { ...input, revision },
  });
}

/** `revision` is the entry's revision as read (not the version's). */
export function updateEntry(
  versionId: string,
  entryId: string,
  input: EntryInput,
  revision: number,
): Promise<z.infer<typeof entryResponse>> {
  return request(`/dictionary-versions/${enc(versionId)}/entries/${enc(entryId)}`, {
    method: 'PUT',
    body: { ...input, revision },
  });
}

export function deleteEntry(versionId: string, entryId: string): Promise<{ ok: true }> {
  return request(`/dictionary-versions/${enc(versionId)}/entries/${enc(entryId)}`, { method: 'DELETE' });
}

export function transitionVersion(
  versionId: string,
  input: { action: WorkflowAction; comment?: string; revision?: number },
): Promise<z.infer<typeof versionResponse>> {
  return request(`/dictionary-versions/${enc(versionId)}/transitions`, { method: 'POST', body: input });
}

export function tickChecklistStep(
  versionId: string,
  step: CompositionStep,
  ticked: boolean,
): Promise<{ ok: true }> {
  return request(`/dictionary-versions/${enc(versionId)}/checklist/${enc(step)}`, {
    method: 'PUT',
    body: { ticked },
  });
}

/** `versionId` is the newer side ("to"), `againstId` the older one ("from"). */
export function diffVersions(versionId: string, againstId: string): Promise<VersionDiff> {
  return request<VersionDiff>(`/dictionary-versions/${enc(versionId)}/diff?against=${enc(againstId)}`);
}

/** Plain link target: the browser downloads it with the session cookie. */
export function versionExportUrl(versionId: string): string {
  return `/api/dictionary-versions/${enc(versionId)}/export.xlsx`;
}

/** Multipart upload of an .xlsx file; the CSRF header is added by `request`. */
export function importDictionary(
  dictionaryId: string,
  file: File,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (options.governmentAffair) form.append('governmentAffair', options.governmentAffair);
  if (options.group) form.append('group', options.group);
  return request<ImportResult>(`/technical-dictionaries/${enc(dictionaryId)}/import`, {
    method: 'POST',
    body: form,
  });
}

// --- Search and reference ---------------------------------------------------------------------

export function searchCompetencies(params: SearchParams): Promise<Items<SearchResult>> {
  const query = new URLSearchParams({ q: params.q });
  if (params.kind) query.set('kind', params.kind);
  if (params.affair) query.set('affair', params.affair);
  if (params.limit) query.set('limit', String(params.limit));
  return request<Items<SearchResult>>(`/competencies?${query.toString()}`);
}
