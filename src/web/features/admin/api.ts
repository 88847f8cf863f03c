/** Agencies, organisation units and users: creating them (`shared/api/reference.ts` lists them). */
import type { Agency, AgencyKind, OrgUnit } from '../../shared/api/reference';
import { type Items, request } from '../../shared/api/request';
import type { Role } from '../account/api';

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

/** What the reader may do with one account (`src/policies/user.ts`). */
export interface UserPermissions {
  read: boolean;
  resetPassword: boolean;
  deactivate: boolean;
  activate: boolean;
  updateProfile: boolean;
}

export interface UserListItem {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  active: boolean;
  /** The password is temporary (a new account or a reset) and not changed yet. */
  mustChangePassword: boolean;
  passwordExpiresAt: string | null;
  lastLoginAt: string | null;
  nip: string | null;
  /** Official title (jabatan), printed under the person's signature. */
  positionTitle: string | null;
  permissions: UserPermissions;
}

export interface UserList extends Items<UserListItem> {
  /** The roles the reader may give a new account. */
  assignableRoles: Role[];
}

export function listUsers(agencyId?: string): Promise<UserList> {
  const query = agencyId ? `?agencyId=${encodeURIComponent(agencyId)}` : '';
  return request<UserList>(`/users${query}`);
}

export interface PasswordReset {
  username: string;
  /** Shown once: the server keeps only its hash. */
  temporaryPassword: string;
  expiresAt: string;
}

export function resetUserPassword(userId: string): Promise<PasswordReset> {
  return request<PasswordReset>(`/users/${encodeURIComponent(userId)}/password-reset`, { method: 'POST' });
}

/** Deactivating ends every session of the user; 409 for the last active superadmin. */
export function setUserActive(userId: string, active: boolean): Promise<{ user: UserListItem }> {
  return request<{ user: UserListItem }>(`/users/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body: { active },
  });
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
