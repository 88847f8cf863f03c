/**
 * The few facts every policy is built from, each written once: who sees an agency, who is its
 * staff, who composes for it, who administers it. Pure functions of the actor.
 */
import { type Actor, hasRole, isAgencyStaff, isNationalActor, isOfAgency } from '../domain/actor';

/** National actors see every agency; everyone else only their own. */
export function seesAgency(actor: Actor, agencyId: string | null): boolean {
  return isNationalActor(actor) || isOfAgency(actor, agencyId);
}

/**
 * Reads the agency's working data (drafts, reports, exports, people): its staff (every agency role
 * but `employee`) and the national actors, who oversee every agency.
 */
export function readsAgencyWork(actor: Actor, agencyId: string | null): boolean {
  return isNationalActor(actor) || isAgencyStaff(actor, agencyId);
}

/** Composes the agency's standards, dictionaries, positions and job descriptions: its admins and drafters. */
export function composesFor(actor: Actor, agencyId: string | null): boolean {
  return isOfAgency(actor, agencyId) && hasRole(actor, 'admin', 'drafter');
}

/** The agency's admin (its staffing authority's officer). */
export function administers(actor: Actor, agencyId: string | null): boolean {
  return isOfAgency(actor, agencyId) && hasRole(actor, 'admin');
}

export function isSuperadmin(actor: Actor): boolean {
  return hasRole(actor, 'superadmin');
}

export function isEmployee(actor: Actor): boolean {
  return hasRole(actor, 'employee');
}

/** An agency-scoped record or collection: what the agency-level policies decide on. */
export interface AgencyScope {
  agencyId: string | null;
}
