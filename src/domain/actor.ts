/**
 * Who is acting: the logged-in user as the rules see them. Policies (`src/policies/`) decide what
 * an actor may do with a record; nothing else compares roles.
 */
import { isNationalRole, type Role } from './roles';

export interface Actor {
  userId: string;
  username: string;
  role: Role;
  agencyId: string | null;
}

/** National roles (superadmin, ratifier) are bound to no agency and read across agencies. */
export function isNationalActor(actor: Actor): boolean {
  return isNationalRole(actor.role);
}

/** The actor belongs to this agency (national actors belong to none). */
export function isOfAgency(actor: Actor, agencyId: string | null): boolean {
  return agencyId !== null && actor.agencyId === agencyId;
}

/** Agency staff: every agency role except `employee`. */
export function isAgencyStaff(actor: Actor, agencyId: string | null): boolean {
  return isOfAgency(actor, agencyId) && actor.role !== 'employee';
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.includes(actor.role);
}
