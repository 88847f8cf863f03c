import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import type { Finding } from './job-standard-rules';
import {
  assertCanActOnStandard,
  assertStandardEditable,
  assertSubmittable,
  canActOnStandard,
  defaultPositionCodePattern,
  formatPositionCode,
  nextStandardStatus,
  type StandardActor,
  type StandardStatus,
  type StandardWorkflowState,
} from './job-standard-workflow';
import type { Role } from './roles';

const actor = (role: Role, userId = `${role}-1`, agencyId: string | null = 'kota-malang'): StandardActor => ({
  role,
  agencyId,
  userId,
});
const ratifier = (userId = 'ratifier-1') => actor('ratifier', userId, null);

const standard = (
  status: StandardStatus,
  submittedBy: string | null = 'drafter-1',
): StandardWorkflowState => ({
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

describe('nextStandardStatus', () => {
  it('walks draft → submitted → verified → validated → ratified', () => {
    expect(nextStandardStatus('draft', 'submit')).toBe('submitted');
    expect(nextStandardStatus('submitted', 'verify')).toBe('verified');
    expect(nextStandardStatus('verified', 'validate')).toBe('validated');
    expect(nextStandardStatus('validated', 'ratify')).toBe('ratified');
  });

  it('refuses skipped steps and anything on a ratified standard', () => {
    expect(errorOf(() => nextStandardStatus('draft', 'verify')).code).toBe('INVALID_TRANSITION');
    expect(errorOf(() => nextStandardStatus('submitted', 'ratify')).code).toBe('INVALID_TRANSITION');
    expect(errorOf(() => nextStandardStatus('ratified', 'submit')).message).toContain('ditetapkan');
    expect(errorOf(() => nextStandardStatus('ratified', 'return', 'salah')).code).toBe('INVALID_TRANSITION');
  });

  it('returns submitted, verified and validated standards to draft with a reason', () => {
    for (const status of ['submitted', 'verified', 'validated'] as const) {
      expect(nextStandardStatus(status, 'return', 'Level teknis belum sesuai pola')).toBe('draft');
    }
    expect(errorOf(() => nextStandardStatus('submitted', 'return', '  ')).code).toBe(
      'RETURN_REASON_REQUIRED',
    );
    expect(errorOf(() => nextStandardStatus('verified', 'return')).code).toBe('RETURN_REASON_REQUIRED');
    expect(errorOf(() => nextStandardStatus('draft', 'return', 'x')).code).toBe('INVALID_TRANSITION');
  });
});

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

describe('assertSubmittable and assertStandardEditable', () => {
  const warning: Finding = { code: 'POSITION_CODE_MISSING', severity: 'warning', path: 'x', message: 'w' };
  const error: Finding = {
    code: 'RANK_REQUIRED',
    severity: 'error',
    path: 'requirements.rank',
    message: 'e',
  };

  it('accepts findings that are only warnings', () => {
    expect(() => assertSubmittable([warning])).not.toThrow();
    expect(() => assertStandardEditable('draft')).not.toThrow();
  });

  it('refuses a standard with an error and gives the findings; refuses edits outside draft', () => {
    const thrown = errorOf(() => assertSubmittable([warning, error]));
    expect(thrown.code).toBe('STANDARD_HAS_ERRORS');
    expect(thrown.details).toEqual({ findings: [warning, error] });
    expect(errorOf(() => assertStandardEditable('ratified')).code).toBe('STANDARD_RATIFIED');
    expect(errorOf(() => assertStandardEditable('submitted')).code).toBe('STANDARD_NOT_DRAFT');
  });
});

describe('formatPositionCode', () => {
  const parts = { jobLevel: 'administrator', agencyCode: '3573', year: 2025 };

  it('formats the default pattern and custom ones', () => {
    expect(defaultPositionCodePattern).toBe('SKJ-{YYYY}-{SEQ6}');
    expect(formatPositionCode(defaultPositionCodePattern, 42, parts)).toBe('SKJ-2025-000042');
    expect(formatPositionCode('{AGENCY}/{LEVEL}/{YY}/{SEQ}', 7, parts)).toBe('3573/ADMINISTRATOR/25/7');
    expect(formatPositionCode('SKJ{SEQ3}', 999, parts)).toBe('SKJ999');
  });

  it('refuses unknown placeholders, a pattern without sequence, bad sequences and missing parts', () => {
    expect(errorOf(() => formatPositionCode('SKJ-{MM}-{SEQ}', 1, parts)).code).toBe('INVALID_CODE_PATTERN');
    expect(errorOf(() => formatPositionCode('SKJ-{YYYY}', 1, parts)).code).toBe('INVALID_CODE_PATTERN');
    expect(errorOf(() => formatPositionCode('SKJ{SEQ3}', 1000, parts)).code).toBe('INVALID_CODE_SEQUENCE');
    expect(errorOf(() => formatPositionCode('SKJ{SEQ}', 0, parts)).code).toBe('INVALID_CODE_SEQUENCE');
    expect(errorOf(() => formatPositionCode('{AGENCY}-{SEQ}', 1, { ...parts, agencyCode: ' ' })).code).toBe(
      'INVALID_CODE_PATTERN',
    );
  });
});
