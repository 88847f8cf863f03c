import { describe, expect, it } from 'vitest';
import { checkCandidate, normalizeEducation, performanceBandOf } from './candidate-checks';
import { seed001Standard } from './job-standard-test-factory';

const today = new Date('2026-11-23T00:00:00Z');
const requirements = seed001Standard().requirements; // S-1/D-IV, IV/a, no years

describe('checkCandidate', () => {
  it('education at least the lowest listed level, rank at least the minimum', () => {
    expect(
      checkCandidate(
        requirements,
        { educationLevel: 'S-2', rankGrade: 'IV/a', serviceStart: '2010-01-01' },
        today,
      ),
    ).toEqual({
      education: true,
      rank: true,
      experience: null,
      yearsOfService: 16,
      meetsRequirements: true,
    });
    const short = checkCandidate(
      requirements,
      { educationLevel: 'D-III', rankGrade: 'III/d', serviceStart: '2010-01-01' },
      today,
    );
    expect([short.education, short.rank, short.meetsRequirements]).toEqual([false, false, false]);
  });

  it('years of service against the experience years; nothing asked, nothing checked', () => {
    const withYears = { ...requirements, experience: { ...requirements.experience, years: 5 } };
    expect(
      checkCandidate(withYears, { educationLevel: null, rankGrade: null, serviceStart: '2023-01-01' }, today)
        .experience,
    ).toBe(false);
    expect(
      checkCandidate(undefined, { educationLevel: null, rankGrade: null, serviceStart: '2023-01-01' }, today),
    ).toMatchObject({
      education: null,
      rank: null,
      experience: null,
      meetsRequirements: true,
    });
  });
});

describe('reading what HR staff type', () => {
  it('education levels and performance predicates', () => {
    expect([
      normalizeEducation('S1'),
      normalizeEducation('d iii'),
      normalizeEducation('SMA/SMK'),
      normalizeEducation('S4'),
    ]).toEqual(['S-1', 'D-III', 'SMA/SMK', null]);
    expect([
      performanceBandOf('Sangat Baik'),
      performanceBandOf(' baik '),
      performanceBandOf('Butuh Perbaikan'),
      performanceBandOf('Istimewa'),
    ]).toEqual(['above', 'meets', 'below', null]);
  });
});
