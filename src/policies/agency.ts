/**
 * Who may do what with an agency and its org units. National roles read every agency, everyone
 * else their own; only the superadmin adds agencies; the agency admin (or the superadmin) builds
 * the unit tree and keeps the agency's identity for documents. An agency the actor may not read answers AGENCY_NOT_FOUND (no existence leak).
 */
import { type Actor, hasRole, isNationalActor, isOfAgency } from '../domain/actor';
import { definePolicy } from './policy';

export interface AgencyRecord {
  id: string;
}

const agencyAbilities = definePolicy<AgencyRecord, 'read' | 'createOrgUnit' | 'updateIdentity'>({
  entity: 'agency',
  notFound: { code: 'AGENCY_NOT_FOUND', message: 'Instansi tidak ditemukan.' },
  forbidden: {
    createOrgUnit: 'Anda tidak berwenang menambah unit organisasi pada instansi ini.',
    updateIdentity: 'Hanya admin instansi atau superadmin yang dapat mengubah identitas instansi.',
  },
  abilities: {
    read: (actor, agency) => isNationalActor(actor) || isOfAgency(actor, agency.id),
    createOrgUnit: (actor, agency) =>
      hasRole(actor, 'superadmin') || (hasRole(actor, 'admin') && isOfAgency(actor, agency.id)),
    /** Letterhead, logo, place, head and staffing official: what the official documents print. */
    updateIdentity: (actor, agency) =>
      hasRole(actor, 'superadmin') || (hasRole(actor, 'admin') && isOfAgency(actor, agency.id)),
  },
});

/** Abilities without a record: listing and adding agencies. */
const agencyCollection = {
  /** National roles see every agency; everyone else sees their own. */
  canListAll: (actor: Actor) => isNationalActor(actor),
  canCreate: (actor: Actor) => hasRole(actor, 'superadmin'),
};

export const agencyPolicy = Object.assign(agencyAbilities, agencyCollection, {
  /** Shorthand of `can(actor, 'read', { id })` for callers that hold only the id. */
  canRead: (actor: Actor, agencyId: string) => agencyAbilities.can(actor, 'read', { id: agencyId }),
});

export interface OrgUnitRecord {
  agencyId: string;
}

const orgUnitAbilities = definePolicy<OrgUnitRecord, 'read' | 'create'>({
  entity: 'orgUnit',
  notFound: { code: 'ORG_UNIT_NOT_FOUND', message: 'Unit organisasi tidak ditemukan.' },
  forbidden: { create: 'Anda tidak berwenang menambah unit organisasi pada instansi ini.' },
  abilities: {
    read: (actor, unit) => agencyAbilities.can(actor, 'read', { id: unit.agencyId }),
    create: (actor, unit) => agencyAbilities.can(actor, 'createOrgUnit', { id: unit.agencyId }),
  },
});

export const orgUnitPolicy = Object.assign(orgUnitAbilities, {
  canRead: (actor: Actor, agencyId: string) => orgUnitAbilities.can(actor, 'read', { agencyId }),
  canCreate: (actor: Actor, agencyId: string) => orgUnitAbilities.can(actor, 'create', { agencyId }),
});
