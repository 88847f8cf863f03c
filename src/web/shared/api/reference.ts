/**
 * Reference data every feature reads: the official dictionaries, job levels, proficiency levels,
 * government affairs, and the agencies and organisation units (created in `features/admin`). Types
 * come from the API's schemas (type-only imports, nothing of zod is bundled).
 */
import type { z } from 'zod';
import type { agency, orgUnit } from '../../../api/agencies/schema';
import type { officialDictionaryResponse } from '../../../api/dictionaries/schema';
import type {
  governmentAffair,
  governmentAffairsResponse,
  jobLevel,
  jobLevelsResponse,
  positionGroups,
  proficiencyLevel,
  proficiencyLevelsResponse,
} from '../../../api/reference/schema';
import { type Items, request } from './request';

export type Agency = z.infer<typeof agency>;
export type AgencyKind = Agency['kind'];
/** In the order the admin's form offers them. */
export const agencyKinds: readonly AgencyKind[] = ['ministry', 'province', 'regency', 'city'];

export type PositionGroup = (typeof positionGroups)[number];

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

export function getJobLevels(): Promise<z.infer<typeof jobLevelsResponse>> {
  return request('/reference/job-levels');
}

export function getProficiencyLevels(): Promise<z.infer<typeof proficiencyLevelsResponse>> {
  return request('/reference/proficiency-levels');
}

export function getGovernmentAffairs(): Promise<z.infer<typeof governmentAffairsResponse>> {
  return request('/reference/government-affairs');
}

export function listAgencies(): Promise<Items<Agency>> {
  return request<Items<Agency>>('/agencies');
}

export function listOrgUnits(agencyId: string): Promise<Items<OrgUnit>> {
  return request<Items<OrgUnit>>(`/agencies/${encodeURIComponent(agencyId)}/org-units`);
}
