/**
 * Succession planning (rencana suksesi, PermenPAN-RB 3/2020): critical positions, successors
 * nominated with a readiness, the bench strength of a position and of a unit, and the risk of a
 * critical position (vacant, or its holder retiring soon, without a successor ready now). Pure.
 */

export const readinessLevels = ['readyNow', 'readyInOneToTwoYears', 'readyInThreeYearsOrMore'] as const;
export type Readiness = (typeof readinessLevels)[number];

export const readinessNames: Readonly<Record<Readiness, string>> = Object.freeze({
  readyNow: 'Siap sekarang',
  readyInOneToTwoYears: 'Siap 1–2 tahun',
  readyInThreeYearsOrMore: 'Siap 3 tahun atau lebih',
});

export type BenchCounts = Record<Readiness, number>;

export type BenchLevel = 'none' | 'weak' | 'adequate' | 'strong';

export const benchLevelNames: Readonly<Record<BenchLevel, string>> = Object.freeze({
  none: 'Tidak ada suksesor',
  weak: 'Lemah (belum ada yang siap sekarang)',
  adequate: 'Cukup (satu suksesor siap sekarang)',
  strong: 'Kuat (suksesor siap sekarang dan penggantinya)',
});

export function emptyBench(): BenchCounts {
  return { readyNow: 0, readyInOneToTwoYears: 0, readyInThreeYearsOrMore: 0 };
}

/**
 * Strong: a successor ready now and another ready now or within two years (the position survives
 * one of them leaving); adequate: one ready now; weak: successors, none ready now; none.
 */
export function benchLevel(bench: BenchCounts): BenchLevel {
  const total = bench.readyNow + bench.readyInOneToTwoYears + bench.readyInThreeYearsOrMore;
  if (total === 0) return 'none';
  if (bench.readyNow === 0) return 'weak';
  if (bench.readyNow >= 2 || bench.readyInOneToTwoYears >= 1) return 'strong';
  return 'adequate';
}

export type RiskLevel = 'high' | 'medium' | 'low';
export type RiskReason = 'vacant' | 'holderRetiring' | 'noSuccessor' | 'noSuccessorReadyNow';

export const riskLevelNames: Readonly<Record<RiskLevel, string>> = Object.freeze({
  high: 'Tinggi',
  medium: 'Sedang',
  low: 'Rendah',
});

export const riskReasonNames: Readonly<Record<RiskReason, string>> = Object.freeze({
  vacant: 'Jabatan lowong',
  holderRetiring: 'Pemangku pensiun dalam rentang waktu kebijakan',
  noSuccessor: 'Belum ada suksesor',
  noSuccessorReadyNow: 'Belum ada suksesor yang siap sekarang',
});

/**
 * High: the position is (or soon will be) empty — vacant, or a holder retires within the policy's
 * horizon — and nobody is ready now. Medium: nobody ready now, but the seat is not about to empty;
 * or it is about to empty and only one successor is ready. Low otherwise.
 */
export function successionRisk(input: {
  vacant: boolean;
  holderRetiringWithinHorizon: boolean;
  bench: BenchCounts;
}): { level: RiskLevel; reasons: RiskReason[] } {
  const reasons: RiskReason[] = [];
  if (input.vacant) reasons.push('vacant');
  if (input.holderRetiringWithinHorizon) reasons.push('holderRetiring');
  const level = benchLevel(input.bench);
  if (level === 'none') reasons.push('noSuccessor');
  else if (level === 'weak') reasons.push('noSuccessorReadyNow');
  const emptying = input.vacant || input.holderRetiringWithinHorizon;
  if (emptying && (level === 'none' || level === 'weak')) return { level: 'high', reasons };
  if (level === 'none' || level === 'weak' || (emptying && level === 'adequate')) {
    return { level: 'medium', reasons };
  }
  return { level: 'low', reasons };
}

/** Share of critical positions with at least one successor ready now, percent with one decimal. */
export function benchStrengthPercent(critical: number, withReadySuccessor: number): number | null {
  return critical === 0 ? null : Math.round((1000 * withReadySuccessor) / critical) / 10;
}
