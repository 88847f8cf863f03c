import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor';
import type { Role } from '../domain/roles';
import {
  agencyMultiRaterRoundsPolicy,
  multiRaterResultPolicy,
  multiRaterRoundPolicy,
  raterTaskPolicy,
} from './multi-rater-round';
import { successionPolicy } from './succession';

const actor = (role: Role, userId = `${role}-1`): Actor => ({
  userId,
  username: role,
  role,
  agencyId: role === 'superadmin' || role === 'ratifier' ? null : 'A',
});

describe('360° rounds', () => {
  it('HR opens and closes; staff follow; an employee does not see the round', () => {
    expect(agencyMultiRaterRoundsPolicy.can(actor('admin'), 'open', { agencyId: 'A' })).toBe(true);
    expect(agencyMultiRaterRoundsPolicy.can(actor('drafter'), 'open', { agencyId: 'A' })).toBe(false);
    const open = { agencyId: 'A', status: 'open' as const };
    expect(multiRaterRoundPolicy.permissions(actor('verifier'), open)).toEqual({
      read: true,
      manage: false,
      close: false,
      readResults: false,
    });
    expect(multiRaterRoundPolicy.can(actor('admin'), 'close', open)).toBe(true);
    expect(multiRaterRoundPolicy.can(actor('admin'), 'close', { ...open, status: 'closed' })).toBe(false);
    expect(() => multiRaterRoundPolicy.authorize(actor('employee'), 'read', open)).toThrow(
      expect.objectContaining({ code: 'MULTI_RATER_ROUND_NOT_FOUND' }),
    );
  });

  it("a questionnaire is its rater's alone, answerable while open and not sent", () => {
    const task = { agencyId: 'A', raterUserId: 'employee-1', roundStatus: 'open' as const, submitted: false };
    expect(raterTaskPolicy.can(actor('employee'), 'answer', task)).toBe(true);
    expect(raterTaskPolicy.can(actor('admin'), 'read', task)).toBe(false);
    expect(raterTaskPolicy.can(actor('employee', 'someone-else'), 'read', task)).toBe(false);
    expect(raterTaskPolicy.can(actor('employee'), 'answer', { ...task, submitted: true })).toBe(false);
    expect(raterTaskPolicy.can(actor('employee'), 'answer', { ...task, roundStatus: 'closed' })).toBe(false);
  });

  it('results: after closing, to the staff and to the person rated', () => {
    const closed = { agencyId: 'A', subjectUserId: 'employee-1', roundStatus: 'closed' as const };
    expect(multiRaterResultPolicy.can(actor('employee'), 'readResults', closed)).toBe(true);
    expect(
      multiRaterResultPolicy.can(actor('employee'), 'readResults', { ...closed, roundStatus: 'open' }),
    ).toBe(false);
    expect(multiRaterResultPolicy.can(actor('employee', 'a-peer'), 'read', closed)).toBe(false);
    expect(multiRaterResultPolicy.can(actor('ratifier'), 'readResults', closed)).toBe(true);
  });
});

describe('succession', () => {
  it('staff and national actors read it, HR plans it, employees neither', () => {
    const own = { agencyId: 'A' };
    expect(successionPolicy.permissions(actor('admin'), own)).toEqual({
      read: true,
      readSuccession: true,
      plan: true,
    });
    expect(successionPolicy.permissions(actor('drafter'), own)).toEqual({
      read: true,
      readSuccession: true,
      plan: false,
    });
    expect(successionPolicy.can(actor('employee'), 'readSuccession', own)).toBe(false);
    expect(successionPolicy.can(actor('superadmin'), 'plan', own)).toBe(false);
    expect(successionPolicy.can(actor('admin'), 'read', { agencyId: 'B' })).toBe(false);
  });
});
