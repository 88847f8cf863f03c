/**
 * The audit log: who changed what. The superadmin reads every entry (the whole installation or
 * one agency); an agency's admin reads the entries of their own agency. Another agency's log does
 * not exist for anyone else (AGENCY_NOT_FOUND); everyone else who may see the agency gets 403.
 */
import { type Actor, hasRole } from '../domain/actor';
import { definePolicy } from './policy';
import { administers, seesAgency } from './scope';

/** Whose entries: one agency, or (null) the whole installation, national changes included. */
export interface AuditLogScope {
  agencyId: string | null;
}

export const auditLogPolicy = definePolicy<AuditLogScope, 'list'>({
  entity: 'auditLog',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: { default: 'Log audit hanya untuk admin instansi dan superadmin.' },
  abilities: {
    read: (actor, scope) => scope.agencyId === null || seesAgency(actor, scope.agencyId),
    list: (actor, scope) =>
      hasRole(actor, 'superadmin') || (scope.agencyId !== null && administers(actor, scope.agencyId)),
  },
});

/**
 * Whose log is read when the request names no agency: the whole installation for the superadmin,
 * the agency's own log for everyone else (the policy then decides whether they may read it).
 */
export function defaultAuditLogAgency(actor: Actor): string | null {
  return hasRole(actor, 'superadmin') ? null : actor.agencyId;
}
