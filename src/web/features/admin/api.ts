/** Agencies, organisation units and users: creating them (`shared/api/reference.ts` lists them). */
import type { z } from 'zod';
import type { createAgencyBody, createOrgUnitBody } from '../../../api/agencies/schema';
import type {
  createdUser,
  createUserBody,
  listedUser,
  passwordResetResponse,
  userAccountResponse,
  userListResponse,
  userPermissions,
  userProfileBody,
} from '../../../api/users/schema';
import type { Agency, OrgUnit } from '../../shared/api/reference';
import { request } from '../../shared/api/request';

export type NewAgency = z.input<typeof createAgencyBody>;

export function createAgency(input: NewAgency): Promise<{ agency: Agency }> {
  return request<{ agency: Agency }>('/agencies', { method: 'POST', body: input });
}

export type NewOrgUnit = z.input<typeof createOrgUnitBody>;

export function createOrgUnit(agencyId: string, input: NewOrgUnit): Promise<{ orgUnit: OrgUnit }> {
  return request<{ orgUnit: OrgUnit }>(`/agencies/${encodeURIComponent(agencyId)}/org-units`, {
    method: 'POST',
    body: input,
  });
}

/** What the reader may do with one account (`src/policies/user.ts`). */
export type UserPermissions = z.infer<typeof userPermissions>;
export type UserListItem = z.infer<typeof listedUser>;
/** The users and the roles the reader may give a new account. */
export type UserList = z.infer<typeof userListResponse>;
/** An account as a change answers it (without the list's agency name and login state). */
export type UserAccount = z.infer<typeof userAccountResponse>['user'];

export function listUsers(agencyId?: string): Promise<UserList> {
  const query = agencyId ? `?agencyId=${encodeURIComponent(agencyId)}` : '';
  return request<UserList>(`/users${query}`);
}

/** The temporary password is shown once: the server keeps only its hash. */
export type PasswordReset = z.infer<typeof passwordResetResponse>;

export function resetUserPassword(userId: string): Promise<PasswordReset> {
  return request<PasswordReset>(`/users/${encodeURIComponent(userId)}/password-reset`, { method: 'POST' });
}

/** Deactivating ends every session of the user; 409 for the last active superadmin. */
export function setUserActive(userId: string, active: boolean): Promise<{ user: UserAccount }> {
  return request<{ user: UserAccount }>(`/users/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body: { active },
  });
}

export type NewUser = z.input<typeof createUserBody>;

export type CreatedUser = z.infer<typeof createdUser>;

export function createUser(input: NewUser): Promise<{ user: CreatedUser }> {
  return request<{ user: CreatedUser }>('/users', { method: 'POST', body: input });
}

export function setUserProfile(
  userId: string,
  input: z.input<typeof userProfileBody>,
): Promise<{ user: UserAccount }> {
  return request(`/users/${encodeURIComponent(userId)}/profile`, { method: 'PUT', body: input });
}
