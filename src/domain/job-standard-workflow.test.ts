import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import type { Finding } from './job-standard-rules';
import {
  assertStandardEditable,
  assertSubmittable,
  defaultPositionCodePattern,
  formatPositionCode,
  nextStandardStatus,
} from './job-standard-workflow';

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
