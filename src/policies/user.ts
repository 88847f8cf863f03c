/**
 * Who may do what with user accounts. The superadmin manages every account; an agency admin the
 * accounts of their own agency with agency roles (never a national role); everyone reads their own
 * account and keeps their own NIP and official title. Nobody resets their own password here (they change it with the current one) or
 * deactivates themselves. An account the actor may not read answers USER_NOT_FOUND.
 */
import { type Actor, hasRole, isOfAgency } from '../domain/actor';
import { isNationalRole, type Role, roles } from '../domain/roles';
import { definePolicy } from './policy';

/** Roles an agency admin may hand out, and whose accounts they manage, inside their own agency. */
export const rolesAssignableByAdmin: readonly Role[] = [
  'admin',
  'drafter',
  'verifier',
  'validator',
  'employee',
];

export interface UserRecord {
  id: string;
  role: Role;
  agencyId: string | null;
  active: boolean;
}

/** The superadmin, or the admin of the account's agency for an agency role. */
function managesAccount(actor: Actor, user: { role: Role; agencyId: string | null }): boolean {
  if (hasRole(actor, 'superadmin')) return true;
  return (
    hasRole(actor, 'admin') && isOfAgency(actor, user.agencyId) && rolesAssignableByAdmin.includes(user.role)
  );
}

const isSelf = (actor: Actor, user: UserRecord) => actor.userId === user.id;

const userAbilities = definePolicy<
  UserRecord,
  'read' | 'resetPassword' | 'deactivate' | 'activate' | 'updateProfile'
>({
  entity: 'user',
  notFound: { code: 'USER_NOT_FOUND', message: 'Pengguna tidak ditemukan.' },
  forbidden: {
    resetPassword: 'Anda tidak berwenang mengatur ulang kata sandi pengguna ini.',
    deactivate: 'Anda tidak berwenang menonaktifkan pengguna ini.',
    activate: 'Anda tidak berwenang mengaktifkan pengguna ini.',
    updateProfile: 'Anda tidak berwenang mengubah NIP dan jabatan pengguna ini.',
  },
  abilities: {
    read: (actor, user) =>
      isSelf(actor, user) ||
      hasRole(actor, 'superadmin') ||
      (hasRole(actor, 'admin') && isOfAgency(actor, user.agencyId)),
    resetPassword: (actor, user) => !isSelf(actor, user) && managesAccount(actor, user),
    deactivate: (actor, user) => user.active && !isSelf(actor, user) && managesAccount(actor, user),
    activate: (actor, user) => !user.active && !isSelf(actor, user) && managesAccount(actor, user),
    /** NIP and official title, printed with their signature: the person, or whoever manages the account. */
    updateProfile: (actor, user) => isSelf(actor, user) || managesAccount(actor, user),
  },
});

/** Abilities without a record: the list and new accounts. */
const userCollection = {
  canList: (actor: Actor) => hasRole(actor, 'superadmin', 'admin'),
  /** Every agency's users; others list their own agency only. */
  canListAll: (actor: Actor) => hasRole(actor, 'superadmin'),
  canCreate: (actor: Actor, target: { role: Role; agencyId: string | null }) => managesAccount(actor, target),
};

export const userPolicy = Object.assign(userAbilities, userCollection, {
  /**
   * The roles the actor may give a new account (the choices of the form): a national role without
   * an agency, an agency role in the actor's own agency (the superadmin picks any agency).
   */
  assignableRoles: (actor: Actor): Role[] =>
    roles.filter((role) =>
      userCollection.canCreate(actor, { role, agencyId: isNationalRole(role) ? null : actor.agencyId }),
    ),
});
