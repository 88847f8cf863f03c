import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { computeWorkload, minutesOf, roundHeadcount, type WorkloadTask } from './workload';

const task = (
  volume: number,
  time: number,
  unit: WorkloadTask['unit'],
  name = 'Menyusun laporan',
): WorkloadTask => ({
  task: name,
  output: 'Laporan',
  volume,
  time,
  unit,
});

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'none';
}

describe('computeWorkload, by hand', () => {
  it('sums volume × time over tasks and divides by 75,000 effective minutes', () => {
    // 1,200 letters × 30 min = 36,000; 24 reports × 10 h = 14,400; 12 evaluations × 2 days (300 min) = 7,200
    const result = computeWorkload([
      task(1200, 30, 'minute', 'Mengagendakan surat'),
      task(24, 10, 'hour', 'Menyusun laporan'),
      task(12, 2, 'day', 'Mengevaluasi program'),
    ]);
    expect(result.rows.map((r) => r.minutesPerYear)).toEqual([36_000, 14_400, 7_200]);
    expect(result.totalMinutes).toBe(57_600);
    // 57,600 / 75,000 = 0.768 → 0.77 shown; at least one person
    expect(result.need).toBe(0.77);
    expect(result.requiredHeadcount).toBe(1);
    expect(result.rows[0]!.people).toBe(0.48);
  });

  it('rounds half up: 1.49 → 1, 1.5 → 2, 2.51 → 3', () => {
    expect(computeWorkload([task(1, 111_750, 'minute')]).need).toBe(1.49);
    expect(computeWorkload([task(1, 111_750, 'minute')]).requiredHeadcount).toBe(1);
    expect(computeWorkload([task(1, 112_500, 'minute')]).requiredHeadcount).toBe(2);
    expect(computeWorkload([task(1, 188_250, 'minute')]).requiredHeadcount).toBe(3);
    expect([roundHeadcount(0), roundHeadcount(0.01), roundHeadcount(0.49), roundHeadcount(2.5)]).toEqual([
      0, 1, 1, 3,
    ]);
  });

  it('uses the agency effective time and minutes per day', () => {
    const result = computeWorkload([task(100, 1, 'day')], {
      effectiveMinutesPerYear: 60_000,
      minutesPerDay: 360,
    });
    // 100 × 360 = 36,000 / 60,000 = 0.6
    expect([result.totalMinutes, result.need, result.requiredHeadcount]).toEqual([36_000, 0.6, 1]);
    expect(minutesOf(2, 'hour')).toBe(120);
  });

  it('no tasks: no need', () => {
    expect(computeWorkload([])).toMatchObject({ need: 0, requiredHeadcount: 0 });
  });
});

describe('computeWorkload, bad input', () => {
  it.each([
    ['zero volume', [task(0, 10, 'minute')]],
    ['negative time', [task(5, -1, 'minute')]],
    ['unknown unit', [task(5, 1, 'week' as never)]],
    ['no output', [{ ...task(5, 1, 'minute'), output: ' ' }]],
  ])('%s', (_, tasks) => {
    expect(codeOf(() => computeWorkload(tasks))).toBe('INVALID_WORKLOAD');
  });

  it('effective time of zero', () => {
    expect(
      codeOf(() =>
        computeWorkload([task(1, 1, 'minute')], { effectiveMinutesPerYear: 0, minutesPerDay: 300 }),
      ),
    ).toBe('INVALID_EFFECTIVE_TIME');
  });
});
