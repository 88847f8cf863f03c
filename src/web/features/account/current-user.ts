/**
 * The signed-in user, and every role check of the UI in one place. The server decides who may do
 * what (`src/policies/`); these only choose what the UI offers, and each mirrors the policy it
 * names. When reads answer with `permissions`, each check here gives way to the server's answer.
 */
import { createContext, useContext } from 'react';
import type { User } from './api';

/** Provided by the layout once `GET /api/auth/me` answered. */
export const CurrentUserContext = createContext<User | null>(null);

export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser dipakai di luar Layout.');
  return user;
}

/** A general capability the server granted (`GET /api/auth/me`); false until it says so. */
export function hasCapability(user: User, capability: string): boolean {
  return user.capabilities?.[capability] === true;
}

const belongsTo = (user: User, agencyId: string | null | undefined) =>
  agencyId != null && user.agency?.id === agencyId;

/** A civil servant signed in to see their own profile (`/saya`), not the HR pages. */
export function isEmployee(user: User): boolean {
  return user.role === 'employee';
}

/** Administration (`/admin`): superadmin and agency admins. */
export function isAdministrator(user: User): boolean {
  return user.role === 'superadmin' || user.role === 'admin';
}

/** The superadmin creates agencies, and users of any role in any agency. */
export function canAdministerAllAgencies(user: User): boolean {
  return user.role === 'superadmin';
}

export const canCreateAgencies = canAdministerAllAgencies;

/** Org units: the superadmin anywhere, an agency admin in their own agency. */
export function canCreateOrgUnits(user: User, agencyId: string | null): boolean {
  return user.role === 'superadmin' || (user.role === 'admin' && belongsTo(user, agencyId));
}

/** Drafters and admins of an agency compose its standards (as the server's job-standard access rules say). */
export function canComposeStandards(user: User): boolean {
  return user.agency !== null && (user.role === 'drafter' || user.role === 'admin');
}

/** Drafters and admins of an agency create its technical dictionaries. */
export function canCreateTechnicalDictionaries(user: User): boolean {
  return canComposeStandards(user);
}

/** Consistency report and standard policy: everyone who works on standards, not employees. */
export function canReadStandardReports(user: User): boolean {
  return !isEmployee(user);
}

/** The standard policy: the agency's admin, or the superadmin for any agency. */
export function canEditStandardPolicy(user: User, agencyId: string | null): boolean {
  return (user.role === 'admin' && belongsTo(user, agencyId)) || user.role === 'superadmin';
}

/** Required headcounts on the position map and job evaluations: drafters and admins of the agency. */
export function canEditPositionMap(user: User, agencyId: string | null | undefined): boolean {
  return belongsTo(user, agencyId) && (user.role === 'admin' || user.role === 'drafter');
}

/** Candidates by job-person match are for HR staff. */
export function canSeeCandidates(user: User): boolean {
  return !isEmployee(user);
}

/** Civil servants and assessment results are imported by the admin of their agency. */
export function canImportCivilServants(user: User, agencyId: string | null): boolean {
  return user.role === 'admin' && belongsTo(user, agencyId);
}

/** An agency admin creates a civil servant's login. */
export function canCreateEmployeeLogins(user: User): boolean {
  return user.role === 'admin' && user.agency !== null;
}
