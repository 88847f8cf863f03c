import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  type EvaluationKind,
  evaluateJob,
  evaluationFactors,
  evaluationKindFor,
  gradeBands,
  gradeForValue,
} from './job-evaluation';

/** The lowest level of every factor of a kind. */
function lowest(kind: EvaluationKind): Record<string, string> {
  return Object.fromEntries(evaluationFactors[kind].map((f) => [f.factor, f.levels[0]!.level]));
}

function lowestSum(kind: EvaluationKind): number {
  return evaluationFactors[kind].reduce((sum, f) => sum + f.levels[0]!.points, 0);
}

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('grade bands (PermenPAN-RB 39/2013)', () => {
  it.each([
    [190, 1],
    [240, 1],
    [245, 2],
    [300, 2],
    [305, 3],
    [650, 5],
    [655, 6],
    [4050, 16],
    [4055, 17],
    [9000, 17],
  ])('value %i is grade %i', (value, grade) => {
    expect(gradeForValue(value)).toBe(grade);
  });

  it('189 is below grade 1: an error, not grade 1', () => {
    const error = errorOf(() => gradeForValue(189));
    expect(error.code).toBe('JOB_VALUE_OUTSIDE_BANDS');
    expect(error.message).toContain('190');
  });

  it('a value between two bands (241..244) belongs to no band', () => {
    for (const value of [241, 242, 243, 244]) {
      expect(errorOf(() => gradeForValue(value)).code).toBe('JOB_VALUE_OUTSIDE_BANDS');
    }
  });

  it('bands are ordered, 17 of them, only the last one open-ended', () => {
    expect(gradeBands.map((b) => b.grade)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const [i, band] of gradeBands.entries()) {
      if (i < gradeBands.length - 1) expect(band.max).toBeGreaterThan(band.min);
      else expect(band.max).toBeNull();
      if (i > 0) expect(band.min).toBeGreaterThan(gradeBands[i - 1]!.max!);
    }
  });

  it('a fractional value is refused', () => {
    expect(errorOf(() => gradeForValue(200.5)).code).toBe('INVALID_JOB_VALUE');
  });
});

describe('evaluateJob: every level of every factor table counts its points', () => {
  for (const kind of ['structural', 'functional'] as const) {
    for (const factor of evaluationFactors[kind]) {
      it(`${kind} factor ${factor.factor} (${factor.name})`, () => {
        const base = lowestSum(kind) - factor.levels[0]!.points;
        for (const level of factor.levels) {
          const result = evaluateJob(kind, { ...lowest(kind), [factor.factor]: level.level });
          expect(result.jobValue).toBe(base + level.points);
          expect(result.breakdown.find((r) => r.factor === factor.factor)).toEqual({
            factor: factor.factor,
            name: factor.name,
            level: level.level,
            points: level.points,
          });
          expect(result.jobGrade).toBe(gradeForValue(base + level.points));
        }
      });
    }
  }
});

describe('evaluateJob: whole evaluations', () => {
  it('structural has 7 entries (factor 4 split into 4A and 4B), functional 9', () => {
    expect(evaluationFactors.structural.map((f) => f.factor)).toEqual(['1', '2', '3', '4A', '4B', '5', '6']);
    expect(evaluationFactors.functional.map((f) => f.factor)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('the lowest functional evaluation is exactly 190, grade 1', () => {
    expect(evaluateJob('functional', lowest('functional'))).toMatchObject({ jobValue: 190, jobGrade: 1 });
  });

  it('a head of division (administrator) example: 1-3, 2-2, 3-2, 4A-3, 4B-3, 5-5, 6-3', () => {
    const result = evaluateJob('structural', {
      '1': '1-3',
      '2': '2-2',
      '3': '3-2',
      '4A': '4A-3',
      '4B': '4B-3',
      '5': '5-5',
      '6': '6-3',
    });
    // 550 + 250 + 775 + 75 + 100 + 650 + 975 = 3375 → band 3155..3600
    expect(result.jobValue).toBe(3375);
    expect(result.jobGrade).toBe(15);
    expect(result.breakdown).toHaveLength(7);
  });

  it('the highest functional evaluation reaches grade 17', () => {
    const highest = Object.fromEntries(
      evaluationFactors.functional.map((f) => [f.factor, f.levels[f.levels.length - 1]!.level]),
    );
    const result = evaluateJob('functional', highest);
    expect(result.jobValue).toBe(4480);
    expect(result.jobGrade).toBe(17);
  });
});

describe('evaluateJob: bad input', () => {
  it('an unknown level of a known factor', () => {
    const error = errorOf(() => evaluateJob('structural', { ...lowest('structural'), '2': '2-9' }));
    expect(error.code).toBe('INVALID_EVALUATION');
    expect(error.message).toContain('2-9');
  });

  it('an unknown factor', () => {
    const error = errorOf(() => evaluateJob('functional', { ...lowest('functional'), '12': '12-1' }));
    expect(error.message).toContain('tidak dikenal');
  });

  it('a structural factor set on a functional evaluation', () => {
    const error = errorOf(() => evaluateJob('functional', { ...lowest('functional'), '4A': '4A-1' }));
    expect(error.message).toBe('Faktor 4A tidak berlaku pada evaluasi jabatan fungsional.');
  });

  it('a missing factor; all problems are listed in details', () => {
    const levels = lowest('structural');
    delete levels['5'];
    levels['1'] = '1-7';
    const error = errorOf(() => evaluateJob('structural', levels));
    const problems = (error.details as { problems: { factor: string }[] }).problems;
    expect(problems.map((p) => p.factor).sort()).toEqual(['1', '5']);
  });
});

describe('evaluationKindFor', () => {
  it('structural for JPT, administrator and supervisor; functional for JF and executors', () => {
    expect(evaluationKindFor('jpt-pratama')).toBe('structural');
    expect(evaluationKindFor('administrator')).toBe('structural');
    expect(evaluationKindFor('pengawas')).toBe('structural');
    expect(evaluationKindFor('pelaksana')).toBe('functional');
    expect(evaluationKindFor('ahli-muda')).toBe('functional');
  });
});
