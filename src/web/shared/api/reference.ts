/**
 * Reference data every feature reads: the official dictionaries, job levels, proficiency levels,
 * government affairs, and the agencies and organisation units (created in `features/admin`).
 */
import { type Items, request } from './request';

export type AgencyKind = 'ministry' | 'province' | 'regency' | 'city';
export const agencyKinds: readonly AgencyKind[] = ['ministry', 'province', 'regency', 'city'];

export type PositionGroup = 'leadership' | 'administrative' | 'functional';

export interface AgencyRef {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
}

export interface Agency extends AgencyRef {
  createdAt: string;
}

export interface OrgUnit {
  id: string;
  agencyId: string;
  parentId: string | null;
  code: string | null;
  name: string;
}

export interface CompetencyLevel {
  level: number;
  description: string;
  behaviourIndicators: string[];
}

export interface Competency {
  code: string;
  name: string;
  definition: string;
  levels: CompetencyLevel[];
}

export interface Dictionary {
  name: string;
  source: string;
  items: Competency[];
}

export type DictionaryKind = 'managerial' | 'socio-cultural';

export interface JobLevel {
  code: string;
  positionGroup: PositionGroup;
  name: string;
  managerialLevel: number | null;
  socioCulturalLevel: number | null;
}

export interface ProficiencyLevel {
  level: number;
  name: string;
  nameId: string;
}

export interface GovernmentAffair {
  name: string;
  kind: 'affair' | 'supportingFunction';
}

export function getDictionary(kind: DictionaryKind): Promise<Dictionary> {
  return request<Dictionary>(`/dictionaries/${kind}`);
}

export function getJobLevels(): Promise<Items<JobLevel>> {
  return request<Items<JobLevel>>('/reference/job-levels');
}

export function getProficiencyLevels(): Promise<Items<ProficiencyLevel>> {
  return request<Items<ProficiencyLevel>>('/reference/proficiency-levels');
}

export function getGovernmentAffairs(): Promise<Items<GovernmentAffair>> {
  return request<Items<GovernmentAffair>>('/reference/government-affairs');
}

export function listAgencies(): Promise<Items<Agency>> {
  return request<Items<Agency>>('/agencies');
}

export function listOrgUnits(agencyId: string): Promise<Items<OrgUnit>> {
  return request<Items<OrgUnit>>(`/agencies/${encodeURIComponent(agencyId)}/org-units`);
}
