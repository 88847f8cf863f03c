import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor';
import type { Role } from '../domain/roles';
import { agencyPolicy, orgUnitPolicy, userPolicy } from './index';

const actor = (role: Role, agencyId: string | null = 'A'): Actor => ({
  userId: 'u',
  username: role,
  role,
  agencyId,
});

describe('agency policy', () => {
  it('lets national roles read every agency and others only their own', () => {
    expect(agencyPolicy.canRead(actor('ratifier', null), 'B')).toBe(true);
    expect(agencyPolicy.canRead(actor('superadmin', null), 'B')).toBe(true);
    expect(agencyPolicy.canRead(actor('admin'), 'A')).toBe(true);
    expect(agencyPolicy.canRead(actor('admin'), 'B')).toBe(false);
    expect(agencyPolicy.canRead(actor('employee'), 'B')).toBe(false);
  });
  it('lets only the superadmin create agencies', () => {
    expect(agencyPolicy.canCreate(actor('superadmin', null))).toBe(true);
    for (const role of ['admin', 'drafter', 'ratifier'] as Role[])
      expect(agencyPolicy.canCreate(actor(role))).toBe(false);
  });
});

describe('org unit policy', () => {
  it("lets an admin write only their own agency's units", () => {
    expect(orgUnitPolicy.canCreate(actor('admin'), 'A')).toBe(true);
    expect(orgUnitPolicy.canCreate(actor('admin'), 'B')).toBe(false);
    expect(orgUnitPolicy.canCreate(actor('drafter'), 'A')).toBe(false);
    expect(orgUnitPolicy.canCreate(actor('superadmin', null), 'B')).toBe(true);
  });
});

describe('user policy', () => {
  it('lets an admin create agency roles in their own agency only, never national roles', () => {
    expect(userPolicy.canCreate(actor('admin'), { role: 'drafter', agencyId: 'A' })).toBe(true);
    expect(userPolicy.canCreate(actor('admin'), { role: 'drafter', agencyId: 'B' })).toBe(false);
    expect(userPolicy.canCreate(actor('admin'), { role: 'ratifier', agencyId: null })).toBe(false);
    expect(userPolicy.canCreate(actor('admin'), { role: 'superadmin', agencyId: null })).toBe(false);
    expect(userPolicy.canCreate(actor('drafter'), { role: 'drafter', agencyId: 'A' })).toBe(false);
    expect(userPolicy.canCreate(actor('superadmin', null), { role: 'ratifier', agencyId: null })).toBe(true);
  });
});
