import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { StandardStatus } from '../domain/job-standard-workflow';
import type { Role } from '../domain/roles';
import {
  agencyStandardsPolicy,
  assertCanActOnStandard,
  canActOnStandard,
  jobStandardPolicy,
  type StandardRecord,
} from './job-standard';

const actor = (role: Role, userId = `${role}-1`, agencyId: string | null = 'kota-malang'): Actor => ({
  role,
  agencyId,
  userId,
  username: userId,
});
const ratifier = (userId = 'ratifier-1') => actor('ratifier', userId, null);

const standard = (status: StandardStatus, submittedBy: string | null = 'drafter-1'): StandardRecord => ({
  agencyId: 'kota-malang',
  status,
  submittedBy,
});

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('canActOnStandard', () => {
  it('lets the drafter or admin of the owning agency submit, nobody else', () => {
    expect(canActOnStandard(actor('drafter'), standard('draft', null), 'submit')).toEqual({ ok: true });
    expect(canActOnStandard(actor('admin'), standard('draft', null), 'submit')).toEqual({ ok: true });
    const otherAgency = canActOnStandard(
      actor('drafter', 'd2', 'kota-batu'),
      standard('draft', null),
      'submit',
    );
    expect(otherAgency).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(canActOnStandard(actor('employee'), standard('draft', null), 'submit')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('lets the verifier and validator of the agency and a national ratifier take their own step', () => {
    expect(canActOnStandard(actor('verifier'), standard('submitted'), 'verify').ok).toBe(true);
    expect(canActOnStandard(actor('validator'), standard('verified'), 'validate').ok).toBe(true);
    expect(canActOnStandard(ratifier(), standard('validated'), 'ratify').ok).toBe(true);
    expect(canActOnStandard(actor('validator'), standard('submitted'), 'verify').ok).toBe(false);
    expect(canActOnStandard(actor('verifier', 'v2', 'kota-batu'), standard('submitted'), 'verify').ok).toBe(
      false,
    );
    expect(canActOnStandard(actor('admin'), standard('validated'), 'ratify').ok).toBe(false);
  });

  it('forbids approving a submission one submitted oneself', () => {
    const decision = canActOnStandard(actor('verifier', 'u-7'), standard('submitted', 'u-7'), 'verify');
    expect(decision).toMatchObject({ ok: false, code: 'SELF_APPROVAL' });
    expect(canActOnStandard(ratifier('u-7'), standard('validated', 'u-7'), 'ratify')).toMatchObject({
      code: 'SELF_APPROVAL',
    });
    expect(
      errorOf(() => assertCanActOnStandard(ratifier('u-7'), standard('validated', 'u-7'), 'ratify')).code,
    ).toBe('SELF_APPROVAL');
  });

  it('lets whoever acts on the current step return it', () => {
    expect(canActOnStandard(actor('verifier'), standard('submitted'), 'return').ok).toBe(true);
    expect(canActOnStandard(actor('validator'), standard('verified'), 'return').ok).toBe(true);
    expect(canActOnStandard(ratifier(), standard('validated'), 'return').ok).toBe(true);
    expect(canActOnStandard(actor('drafter'), standard('submitted'), 'return').ok).toBe(false);
    expect(canActOnStandard(actor('verifier'), standard('verified'), 'return').ok).toBe(false);
    expect(canActOnStandard(actor('verifier'), standard('draft'), 'return')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('jobStandardPolicy', () => {
  const statuses: StandardStatus[] = ['draft', 'submitted', 'verified', 'validated'];

  it('lets an employee and other agencies read only ratified versions', () => {
    for (const reader of [actor('employee'), actor('admin', 'a2', 'kota-batu')]) {
      for (const status of statuses)
        expect(jobStandardPolicy.can(reader, 'read', standard(status))).toBe(false);
      expect(jobStandardPolicy.can(reader, 'read', standard('ratified'))).toBe(true);
    }
    expect(
      errorOf(() => jobStandardPolicy.authorize(actor('employee'), 'read', standard('draft'))).code,
    ).toBe('STANDARD_NOT_FOUND');
  });

  it('lets the agency staff and the national actors read every status', () => {
    const readers = [
      ...(['admin', 'drafter', 'verifier', 'validator'] as Role[]).map((r) => actor(r)),
      ratifier(),
    ];
    readers.push(actor('superadmin', 'root', null));
    for (const reader of readers)
      for (const status of statuses)
        expect(jobStandardPolicy.can(reader, 'read', standard(status))).toBe(true);
  });

  it('gives the workflow buttons only on the waiting step', () => {
    expect(jobStandardPolicy.permissions(actor('drafter'), standard('draft', null))).toMatchObject({
      update: true,
      submit: true,
      verify: false,
      revise: false,
    });
    expect(jobStandardPolicy.permissions(actor('verifier'), standard('submitted'))).toMatchObject({
      update: false,
      verify: true,
      return: true,
      validate: false,
    });
    expect(jobStandardPolicy.can(ratifier(), 'ratify', standard('verified'))).toBe(false);
    expect(jobStandardPolicy.can(ratifier(), 'ratify', standard('validated'))).toBe(true);
    expect(jobStandardPolicy.can(actor('drafter'), 'revise', standard('ratified'))).toBe(true);
    expect(
      jobStandardPolicy.can(actor('drafter'), 'revise', { ...standard('ratified'), latest: false }),
    ).toBe(false);
    expect(jobStandardPolicy.can(actor('employee'), 'revise', standard('ratified'))).toBe(false);
  });

  it('keeps the agency reports and exports from employees, and the national view for national actors', () => {
    expect(agencyStandardsPolicy.can(actor('employee'), 'read', { agencyId: 'kota-malang' })).toBe(true);
    expect(agencyStandardsPolicy.can(actor('employee'), 'readReports', { agencyId: 'kota-malang' })).toBe(
      false,
    );
    expect(agencyStandardsPolicy.can(actor('employee'), 'export', { agencyId: 'kota-malang' })).toBe(false);
    expect(agencyStandardsPolicy.can(actor('verifier'), 'export', { agencyId: 'kota-malang' })).toBe(true);
    expect(agencyStandardsPolicy.can(actor('verifier'), 'compose', { agencyId: 'kota-malang' })).toBe(false);
    expect(agencyStandardsPolicy.can(ratifier(), 'readReports', { agencyId: null })).toBe(true);
    expect(agencyStandardsPolicy.can(actor('admin'), 'readReports', { agencyId: null })).toBe(false);
  });
});
