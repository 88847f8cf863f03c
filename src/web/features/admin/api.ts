/** Agencies, organisation units and users: creating them (`shared/api/reference.ts` lists them). */
import type { Agency, AgencyKind, OrgUnit } from '../../shared/api/reference';
import { type Items, request } from '../../shared/api/request';
import type { Role } from '../account/api';

export const roles: readonly Role[] = [
  'superadmin',
  'admin',
  'drafter',
  'verifier',
  'validator',
  'ratifier',
  'employee',
];
/** Roles an agency admin may hand out inside their own agency. */
export const rolesAssignableByAdmin: readonly Role[] = [
  'admin',
  'drafter',
  'verifier',
  'validator',
  'employee',
];

export interface NewAgency {
  code: string;
  name: string;
  kind: AgencyKind;
}

export function createAgency(input: NewAgency): Promise<{ agency: Agency }> {
  return request<{ agency: Agency }>('/agencies', { method: 'POST', body: input });
}

export interface NewOrgUnit {
  name: string;
  code?: string;
  parentId?: string;
}

export function createOrgUnit(agencyId: string, input: NewOrgUnit): Promise<{ orgUnit: OrgUnit }> {
  return request<{ orgUnit: OrgUnit }>(`/agencies/${encodeURIComponent(agencyId)}/org-units`, {
    method: 'POST',
    body: input,
  });
}

export interface UserListItem {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  active: boolean;
  nip: string | null;
  /** Official title (jabatan), printed under the person's signature. */
  positionTitle: string | null;
  permissions: Record<string, boolean>;
}

export function listUsers(agencyId?: string): Promise<Items<UserListItem>> {
  const query = agencyId ? `?agencyId=${encodeURIComponent(agencyId)}` : '';
  return request<Items<UserListItem>>(`/users${query}`);
}

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  agencyId?: string;
}

export type CreatedUser = Pick<UserListItem, 'id' | 'username' | 'fullName' | 'role'>;

export function createUser(input: NewUser): Promise<{ user: CreatedUser }> {
  return request<{ user: CreatedUser }>('/users', { method: 'POST', body: input });
}

export function setUserProfile(
  userId: string,
  input: { nip: string | null; positionTitle: string | null },
): Promise<{ user: UserListItem }> {
  return request(`/users/${encodeURIComponent(userId)}/profile`, { method: 'PUT', body: input });
}
