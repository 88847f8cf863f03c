import { describe, expect, it } from 'vitest';
import { benchLevel, benchStrengthPercent, emptyBench, successionRisk } from './succession';

const bench = (readyNow: number, soon: number, later: number) => ({
  readyNow,
  readyInOneToTwoYears: soon,
  readyInThreeYearsOrMore: later,
});

describe('bench strength', () => {
  it('none, weak, adequate, strong', () => {
    expect(benchLevel(emptyBench())).toBe('none');
    expect(benchLevel(bench(0, 2, 1))).toBe('weak');
    expect(benchLevel(bench(1, 0, 3))).toBe('adequate');
    expect(benchLevel(bench(1, 1, 0))).toBe('strong');
    expect(benchLevel(bench(2, 0, 0))).toBe('strong');
    expect(benchStrengthPercent(3, 2)).toBe(66.7);
    expect(benchStrengthPercent(0, 0)).toBeNull();
  });
});

describe('succession risk of a critical position', () => {
  it('high when the seat empties and nobody is ready now', () => {
    expect(successionRisk({ vacant: true, holderRetiringWithinHorizon: false, bench: emptyBench() })).toEqual(
      {
        level: 'high',
        reasons: ['vacant', 'noSuccessor'],
      },
    );
    expect(
      successionRisk({ vacant: false, holderRetiringWithinHorizon: true, bench: bench(0, 1, 0) }),
    ).toEqual({ level: 'high', reasons: ['holderRetiring', 'noSuccessorReadyNow'] });
  });

  it('medium without a ready successor, or one ready for a seat about to empty; low otherwise', () => {
    expect(
      successionRisk({ vacant: false, holderRetiringWithinHorizon: false, bench: bench(0, 0, 2) }).level,
    ).toBe('medium');
    expect(
      successionRisk({ vacant: false, holderRetiringWithinHorizon: true, bench: bench(1, 0, 0) }).level,
    ).toBe('medium');
    expect(
      successionRisk({ vacant: false, holderRetiringWithinHorizon: true, bench: bench(1, 1, 0) }),
    ).toEqual({
      level: 'low',
      reasons: ['holderRetiring'],
    });
  });
});
