/**
 * Reference data every feature reads: the official dictionaries, job levels, proficiency levels,
 * government affairs, and the agencies and organisation units (created in `features/admin`).
 */
import type { z } from 'zod';
import type { agency, orgUnit } from '../../../api/agencies/schema';
import type { officialDictionaryResponse } from '../../../api/dictionaries/schema';
import type {
  governmentAffair,
  jobLevel,
  positionGroups,
  proficiencyLevel,
} from '../../../api/reference/schema';
import { type Items, request } from './request';

export type AgencyKind = 'ministry' | 'province' | 'regency' | 'city';
export const agencyKinds: readonly AgencyKind[] = ['ministry', 'province', 'regency', 'city'];

export type PositionGroup = (typeof positionGroups)[number];

export interface AgencyRef {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
}

export type Agency = z.infer<typeof agency>;
export type OrgUnit = z.infer<typeof orgUnit>;

export type Dictionary = z.infer<typeof officialDictionaryResponse>;
export type Competency = Dictionary['items'][number];
export type CompetencyLevel = Competency['levels'][number];

export type DictionaryKind = 'managerial' | 'socio-cultural';

export type JobLevel = z.infer<typeof jobLevel>;
export type ProficiencyLevel = z.infer<typeof proficiencyLevel>;
export type GovernmentAffair = z.infer<typeof governmentAffair>;

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
