import { describe, expect, it } from 'vitest';
import { pensionAgeFor, retirementDate, retirementHorizon } from './retirement';
import { defaultTalentPolicy } from './talent-policy';

const policy = defaultTalentPolicy();

describe('pension age (PP 11/2017 art. 239)', () => {
  it('58, 60 and 65 by job level', () => {
    const ages = Object.fromEntries(
      ['pelaksana', 'administrator', 'pengawas', 'ahli-muda', 'ahli-pertama', 'terampil', 'penyelia'].map(
        (l) => [l, pensionAgeFor(l, policy).age],
      ),
    );
    expect(new Set(Object.values(ages))).toEqual(new Set([58]));
    expect(
      ['jpt-utama', 'jpt-madya', 'jpt-pratama', 'ahli-madya'].map((l) => pensionAgeFor(l, policy).age),
    ).toEqual([60, 60, 60, 60]);
    expect(pensionAgeFor('ahli-utama', policy)).toEqual({ age: 65, assumed: false });
    expect(pensionAgeFor(null, policy)).toEqual({ age: 58, assumed: true });
  });
});

describe('retirement date: the first day of the month after the birthday month', () => {
  it('a birthday on the first of a month retires on the first of the next month', () => {
    expect(retirementDate('1968-03-01', 58)).toBe('2026-04-01');
  });

  it('a birthday on the last day of a month, and in December', () => {
    expect(retirementDate('1968-01-31', 58)).toBe('2026-02-01');
    expect(retirementDate('1966-02-28', 60)).toBe('2026-03-01');
    expect(retirementDate('1964-02-29', 60)).toBe('2024-03-01');
    expect(retirementDate('1961-12-31', 65)).toBe('2027-01-01');
  });

  it('each pension age from one birth date', () => {
    expect([58, 60, 65].map((age) => retirementDate('1970-07-15', age))).toEqual([
      '2028-08-01',
      '2030-08-01',
      '2035-08-01',
    ]);
  });

  it('falls within the next 1, 2 or 5 years, already past, or beyond', () => {
    const today = '2026-06-15';
    expect(retirementHorizon('2026-06-01', today)).toBe(0);
    expect(retirementHorizon('2027-06-01', today)).toBe(1);
    expect(retirementHorizon('2027-06-15', today)).toBe(1);
    expect(retirementHorizon('2027-07-01', today)).toBe(2);
    expect(retirementHorizon('2031-06-01', today)).toBe(5);
    expect(retirementHorizon('2031-07-01', today)).toBeNull();
  });
});
