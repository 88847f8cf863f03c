import { ApiError } from '../../../shared/api/request';
import { type Factor, type GradeBand, gradeForValue } from '../api';

/** The running result of the levels chosen so far: points, and the grade once every factor has a level. */
export interface EvaluationScore {
  /** Factors with a level. */
  chosen: number;
  /** Sum of the chosen levels' points: the job value so far. */
  total: number;
  complete: boolean;
  /** The grade whose band holds the total; null while incomplete or when no band holds it. */
  grade: number | null;
  band: GradeBand | undefined;
}

export function scoreOf(
  factors: readonly Factor[],
  levels: Readonly<Record<string, string>>,
  gradeBands: readonly GradeBand[],
): EvaluationScore {
  const chosen = factors.flatMap((factor) => {
    const level = factor.levels.find((l) => l.level === levels[factor.factor]);
    return level ? [level] : [];
  });
  const total = chosen.reduce((sum, level) => sum + level.points, 0);
  const complete = chosen.length === factors.length;
  const grade = complete ? gradeForValue(gradeBands, total) : null;
  const band = grade === null ? undefined : gradeBands.find((b) => b.grade === grade);
  return { chosen: chosen.length, total, complete, grade, band };
}

/** Only the entries of this kind's factors (a kind change leaves the other kind's levels behind). */
export function pick(factors: readonly Factor[], values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    factors.flatMap((f) => {
      const value = values[f.factor];
      return value ? [[f.factor, value] as const] : [];
    }),
  );
}

export interface FactorProblem {
  factor: string;
  message: string;
}

/** The per-factor problems the server gave when it refused an evaluation. */
export function factorProblems(error: unknown): FactorProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details?.problems)) return [];
  return (error.details.problems as unknown[]).filter(
    (p): p is FactorProblem =>
      typeof p === 'object' && p !== null && typeof (p as FactorProblem).factor === 'string',
  );
}
