/**
 * Technical competency dictionaries (kamus kompetensi teknis), competency search and the
 * government-affair reference list. Same conventions as `api-client.ts`: typed results, every
 * write carries the CSRF token, failures throw `ApiError`.
 */
import { type Items, request } from '../../shared/api/request';

export type VersionStatus = 'draft' | 'verified' | 'ratified';
export const versionStatuses: readonly VersionStatus[] = ['draft', 'verified', 'ratified'];

export type CompetencyGroup = 'generic' | 'specific';
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

export interface VersionRef {
  id: string;
  version: number;
  status: VersionStatus;
}

export interface TechnicalDictionarySummary {
  id: string;
  code: string;
  name: string;
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  latestVersion: VersionRef;
  ratifiedVersion: { id: string; version: number } | null;
  entryCount: number;
}

export interface TechnicalDictionary {
  id: string;
  code: string;
  name: string;
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
}

export interface DictionaryVersion extends VersionRef {
  dictionaryId: string;
  revision: number;
  createdAt: string;
  verifiedAt: string | null;
  ratifiedAt: string | null;
}

export interface VersionListItem extends DictionaryVersion {
  entryCount: number;
}

export interface EntryLevel {
  level: number;
  description: string;
  behaviourIndicators: string[];
}

export interface EntryInput {
  code: string;
  name: string;
  definition: string;
  governmentAffair: string;
  subAffair?: string | null;
  group: CompetencyGroup;
  levels: EntryLevel[];
}

export interface Entry extends Required<EntryInput> {
  id: string;
  isPlaceholder?: boolean;
  /** Sent back with a change: someone else's save since then answers 409 ENTRY_STALE. */
  revision: number;
}

export interface ChecklistStep {
  key: CompositionStep;
  name: string;
  tickedBy: string | null;
  tickedAt: string | null;
}

export interface VersionEvent {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  comment: string | null;
  at: string;
  actorName: string | null;
}

export interface VersionPermissions {
  canEdit: boolean;
  canVerify: boolean;
  canRatify: boolean;
  canReturn: boolean;
  canRevise: boolean;
}

export interface VersionDetail {
  dictionary: TechnicalDictionary;
  version: DictionaryVersion;
  entries: Entry[];
  checklist: ChecklistStep[];
  events: VersionEvent[];
  permissions: VersionPermissions;
}

export type WorkflowAction = 'verify' | 'ratify' | 'return';

export interface LevelChange {
  level: number;
  description?: { before: string; after: string };
  indicatorsAdded: string[];
  indicatorsRemoved: string[];
}

export interface EntryChange {
  code: string;
  name: string;
  fields: { field: string; before: string; after: string }[];
  levels: LevelChange[];
}

export interface VersionDiff {
  from: VersionRef;
  to: VersionRef;
  added: Entry[];
  removed: Entry[];
  changed: EntryChange[];
  unchanged: number;
}

export type CompetencyKind = 'managerial' | 'socioCultural' | 'technical';
export const competencyKinds: readonly CompetencyKind[] = ['managerial', 'socioCultural', 'technical'];

export interface SearchResult {
  id: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  agency: { id: string; code: string; name: string } | null;
  dictionaryName: string;
  governmentAffair: string | null;
  score: number;
  /** Server-escaped HTML whose only tags are `<mark>`. */
  snippet: string;
}

export interface SearchParams {
  q: string;
  kind?: CompetencyKind;
  affair?: string;
  limit?: number;
}

export interface ImportOptions {
  governmentAffair?: string;
  group?: CompetencyGroup;
}

export interface ImportResult {
  imported: number;
  versionId: string;
  format: 'skj' | 'flat';
}

/** One problem of a rejected import (`IMPORT_REJECTED`, in `error.details.problems`). */
export interface ImportProblem {
  sheet: string;
  row: number;
  column: string | null;
  code: string;
  message: string;
}

const enc = encodeURIComponent;

// --- Dictionaries and versions ----------------------------------------------------------------

export function listTechnicalDictionaries(): Promise<Items<TechnicalDictionarySummary>> {
  return request<Items<TechnicalDictionarySummary>>('/technical-dictionaries');
}

export function createTechnicalDictionary(input: {
  code: string;
  name: string;
}): Promise<{ dictionaryId: string; versionId: string }> {
  return request('/technical-dictionaries', { method: 'POST', body: input });
}

export function getTechnicalDictionary(
  id: string,
): Promise<{ dictionary: TechnicalDictionary; versions: VersionListItem[]; canCompose: boolean }> {
  return request(`/technical-dictionaries/${enc(id)}`);
}

export function reviseTechnicalDictionary(id: string): Promise<{ version: VersionRef }> {
  return request(`/technical-dictionaries/${enc(id)}/revisions`, { method: 'POST' });
}

export function getDictionaryVersion(id: string): Promise<VersionDetail> {
  return request<VersionDetail>(`/dictionary-versions/${enc(id)}`);
}

export function addEntry(versionId: string, input: EntryInput, revision?: number): Promise<{ entry: Entry }> {
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
): Promise<{ entry: Entry }> {
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
): Promise<{ version: DictionaryVersion }> {
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
