/**
 * Who may do what, per entity and role, in one place. Services call these before touching data;
 * a `false` from a read check becomes 404 (no existence leak), from a write check 403.
 */

import type { Actor } from '../domain/actor';
import { isNationalRole, type Role } from '../domain/roles';

/** Roles an agency admin may hand out inside their own agency. */
const rolesAssignableByAdmin: readonly Role[] = ['admin', 'drafter', 'verifier', 'validator', 'employee'];

export const agencyPolicy = {
  /** National roles see every agency; everyone else sees their own. */
  canListAll: (actor: Actor) => isNationalRole(actor.role),
  canRead: (actor: Actor, agencyId: string) => isNationalRole(actor.role) || actor.agencyId === agencyId,
  canCreate: (actor: Actor) => actor.role === 'superadmin',
};

export const orgUnitPolicy = {
  canRead: (actor: Actor, agencyId: string) => agencyPolicy.canRead(actor, agencyId),
  canCreate: (actor: Actor, agencyId: string) =>
    actor.role === 'superadmin' || (actor.role === 'admin' && actor.agencyId === agencyId),
};

export const userPolicy = {
  canList: (actor: Actor) => actor.role === 'superadmin' || actor.role === 'admin',
  canListAll: (actor: Actor) => actor.role === 'superadmin',
  canCreate: (actor: Actor, target: { role: Role; agencyId: string | null }) => {
    if (actor.role === 'superadmin') return true;
    return (
      actor.role === 'admin' &&
      target.agencyId === actor.agencyId &&
      rolesAssignableByAdmin.includes(target.role)
    );
  },
};
