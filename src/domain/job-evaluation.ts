/**
 * Job evaluation (evaluasi jabatan, PermenPAN-RB 34/2011) and job grade (kelas jabatan,
 * PermenPAN-RB 39/2013): a level is chosen for every factor of the position's kind, the points of
 * the chosen levels add up to the job value, and the value's band gives the grade 1..17. Factor
 * tables and bands are the reference data (`reference/evaluasi-jabatan.json`). Pure.
 */
import { DomainError } from './errors';
import { jobEvaluationData } from './reference';

export const evaluationKinds = ['structural', 'functional'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];

export interface FactorLevel {
  level: string;
  points: number;
}

export interface Factor {
  factor: string;
  name: string;
  levels: readonly FactorLevel[];
}

export interface GradeBand {
  grade: number;
  min: number;
  /** null: no upper bound (grade 17). */
  max: number | null;
}

export const evaluationFactors: Readonly<Record<EvaluationKind, readonly Factor[]>> = Object.freeze({
  structural: jobEvaluationData.structural,
  functional: jobEvaluationData.functional,
});

export const gradeBands: readonly GradeBand[] = jobEvaluationData.gradeBands;

export interface EvaluationBreakdownRow {
  factor: string;
  name: string;
  level: string;
  points: number;
}

export interface EvaluationResult {
  kind: EvaluationKind;
  jobValue: number;
  jobGrade: number;
  breakdown: EvaluationBreakdownRow[];
}

/** The grade whose band holds the value; a value outside every band is an error, not a guess. */
export function gradeForValue(jobValue: number): number {
  if (!Number.isInteger(jobValue)) {
    throw new DomainError('INVALID_JOB_VALUE', `Nilai jabatan harus bilangan bulat, bukan ${jobValue}.`);
  }
  const band = gradeBands.find((b) => jobValue >= b.min && (b.max === null || jobValue <= b.max));
  if (!band) {
    const lowest = gradeBands[0]!.min;
    throw new DomainError(
      'JOB_VALUE_OUTSIDE_BANDS',
      jobValue < lowest
        ? `Nilai jabatan ${jobValue} di bawah batas terendah kelas jabatan 1 (${lowest}).`
        : `Nilai jabatan ${jobValue} tidak termasuk rentang kelas jabatan mana pun.`,
      { jobValue },
    );
  }
  return band.grade;
}

/**
 * Sums the chosen levels: every factor of the kind exactly once (structural 1, 2, 3, 4A, 4B, 5, 6;
 * functional 1..9), each level one of its factor's table. All problems are reported together.
 */
export function evaluateJob(
  kind: EvaluationKind,
  levels: Readonly<Record<string, string>>,
): EvaluationResult {
  const factors = evaluationFactors[kind];
  if (!factors) {
    throw new DomainError('UNKNOWN_EVALUATION_KIND', `Jenis evaluasi "${kind}" tidak dikenal.`);
  }
  const problems: { factor: string; message: string }[] = [];
  const other = kind === 'structural' ? 'functional' : 'structural';
  const known = new Set(factors.map((f) => f.factor));
  for (const factor of Object.keys(levels)) {
    if (known.has(factor)) continue;
    const inOther = evaluationFactors[other].some((f) => f.factor === factor);
    problems.push({
      factor,
      message: inOther
        ? `Faktor ${factor} tidak berlaku pada evaluasi jabatan ${kindNames[kind]}.`
        : `Faktor ${factor} tidak dikenal.`,
    });
  }
  const breakdown: EvaluationBreakdownRow[] = [];
  for (const factor of factors) {
    const chosen = levels[factor.factor];
    if (chosen === undefined || chosen === '') {
      problems.push({
        factor: factor.factor,
        message: `Faktor ${factor.factor} (${factor.name}) belum dipilih.`,
      });
      continue;
    }
    const level = factor.levels.find((l) => l.level === chosen);
    if (!level) {
      problems.push({
        factor: factor.factor,
        message: `Tingkat "${chosen}" tidak ada pada faktor ${factor.factor} (${factor.name}); pilihan: ${factor.levels
          .map((l) => l.level)
          .join(', ')}.`,
      });
      continue;
    }
    breakdown.push({ factor: factor.factor, name: factor.name, level: level.level, points: level.points });
  }
  if (problems.length > 0) {
    throw new DomainError('INVALID_EVALUATION', problems[0]!.message, { problems });
  }
  const jobValue = breakdown.reduce((sum, row) => sum + row.points, 0);
  return { kind, jobValue, jobGrade: gradeForValue(jobValue), breakdown };
}

export const kindNames: Readonly<Record<EvaluationKind, string>> = Object.freeze({
  structural: 'struktural',
  functional: 'fungsional',
});

const structuralJobLevels = new Set(['jpt-utama', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas']);

/**
 * The method a position is evaluated by: structural positions (JPT, administrator, supervisor) by
 * the 6 factors of structural jobs; functional and executor positions (the former JFT/JFU) by 9.
 */
export function evaluationKindFor(jobLevel: string): EvaluationKind {
  return structuralJobLevels.has(jobLevel) ? 'structural' : 'functional';
}
