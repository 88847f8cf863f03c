/**
 * Who may do what, per entity and role, in one place. Services call these before touching data;
 * a `false` from a read check becomes 404 (no existence leak), from a write check 403.
 */

import type { Actor } from '../domain/actor';
import { isNationalRole } from '../domain/roles';

export { agencyPolicy, orgUnitPolicy } from './agency';
export { userPolicy } from './user';

/**
 * Technical dictionaries: the owning agency composes (admin, drafter), verifies (verifier) and
 * ratifies as staffing authority (admin). Ratified versions are readable by everyone; drafts only
 * by the owning agency and national roles.
 */
export const dictionaryPolicy = {
  canReadDraft: (actor: Actor, ownerAgencyId: string | null) =>
    isNationalRole(actor.role) || (ownerAgencyId !== null && actor.agencyId === ownerAgencyId),
  canCompose: (actor: Actor, ownerAgencyId: string | null) =>
    ownerAgencyId !== null &&
    actor.agencyId === ownerAgencyId &&
    (actor.role === 'admin' || actor.role === 'drafter'),
  canAct: (actor: Actor, ownerAgencyId: string | null, allowedRoles: readonly string[]) =>
    ownerAgencyId !== null && actor.agencyId === ownerAgencyId && allowedRoles.includes(actor.role),
};
