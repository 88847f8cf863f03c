import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor';
import type { Role } from '../domain/roles';
import { type UserRecord, userPolicy } from './user';

const actor = (role: Role, agencyId: string | null = 'A', userId = 'actor'): Actor => ({
  userId,
  username: role,
  role,
  agencyId,
});
const account = (role: Role, agencyId: string | null = 'A', active = true, id = 'target'): UserRecord => ({
  id,
  role,
  agencyId,
  active,
});

describe('user policy', () => {
  it('lets an admin manage the agency-role accounts of their own agency only', () => {
    const admin = actor('admin');
    expect(userPolicy.permissions(admin, account('drafter'))).toEqual({
      read: true,
      resetPassword: true,
      deactivate: true,
      activate: false,
      updateProfile: true,
    });
    expect(userPolicy.can(admin, 'activate', account('drafter', 'A', false))).toBe(true);
    expect(userPolicy.can(admin, 'read', account('drafter', 'B'))).toBe(false);
    expect(userPolicy.can(admin, 'resetPassword', account('drafter', 'B'))).toBe(false);
    expect(userPolicy.can(admin, 'read', account('superadmin', null))).toBe(false);
  });

  it('lets the superadmin manage every account, and nobody reset or deactivate their own', () => {
    const superadmin = actor('superadmin', null, 'root');
    expect(userPolicy.can(superadmin, 'resetPassword', account('ratifier', null))).toBe(true);
    expect(userPolicy.can(superadmin, 'deactivate', account('superadmin', null, true, 'other'))).toBe(true);
    const self = account('superadmin', null, true, 'root');
    expect(userPolicy.permissions(superadmin, self)).toEqual({
      read: true,
      resetPassword: false,
      deactivate: false,
      activate: false,
      // Their own NIP and jabatan, printed under their signature.
      updateProfile: true,
    });
  });

  it('gives other roles only their own account to read', () => {
    for (const role of ['drafter', 'verifier', 'validator', 'employee'] as Role[]) {
      const someone = actor(role, 'A', 'me');
      expect(userPolicy.can(someone, 'read', account('drafter'))).toBe(false);
      expect(userPolicy.can(someone, 'read', account(role, 'A', true, 'me'))).toBe(true);
      expect(userPolicy.can(someone, 'deactivate', account(role, 'A', true, 'me'))).toBe(false);
    }
    expect(userPolicy.can(actor('ratifier', null), 'read', account('drafter'))).toBe(false);
  });

  it('answers USER_NOT_FOUND for an account the actor may not read, FORBIDDEN for a refused ability', () => {
    const codeOf = (fn: () => void) => {
      try {
        fn();
        return null;
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    expect(codeOf(() => userPolicy.authorize(actor('admin', 'B'), 'resetPassword', account('drafter')))).toBe(
      'USER_NOT_FOUND',
    );
    expect(
      codeOf(() => userPolicy.authorize(actor('admin', 'A', 'target'), 'deactivate', account('admin'))),
    ).toBe('FORBIDDEN');
  });

  it('offers the roles each actor may give a new account, for the form', () => {
    expect(userPolicy.assignableRoles(actor('superadmin', null))).toEqual([
      'superadmin',
      'admin',
      'drafter',
      'verifier',
      'validator',
      'ratifier',
      'employee',
    ]);
    expect(userPolicy.assignableRoles(actor('admin'))).toEqual([
      'admin',
      'drafter',
      'verifier',
      'validator',
      'employee',
    ]);
    for (const role of ['drafter', 'verifier', 'validator', 'employee', 'ratifier'] as Role[])
      expect(userPolicy.assignableRoles(actor(role, role === 'ratifier' ? null : 'A'))).toEqual([]);
  });
});
