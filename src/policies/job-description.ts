/**
 * Who may do what with job descriptions (uraian jabatan) and workload settings (ABK). Readers:
 * every user of the position's agency and national roles. The organisation bureau composes:
 * admins and drafters of the agency; the agency admin ratifies a version and sets the effective
 * working time. A `false` from a read check becomes 404, from a write check 403.
 */

import type { Actor } from '../domain/actor';
import { isNationalRole } from '../domain/roles';

export const jobDescriptionPolicy = {
  canRead: (actor: Actor, agencyId: string) => isNationalRole(actor.role) || actor.agencyId === agencyId,
  canEdit: (actor: Actor, agencyId: string) =>
    actor.agencyId === agencyId && (actor.role === 'admin' || actor.role === 'drafter'),
  canRatify: (actor: Actor, agencyId: string) => actor.agencyId === agencyId && actor.role === 'admin',
};

export const workloadSettingsPolicy = {
  canRead: (actor: Actor, agencyId: string) => jobDescriptionPolicy.canRead(actor, agencyId),
  canEdit: (actor: Actor, agencyId: string) => actor.agencyId === agencyId && actor.role === 'admin',
};
