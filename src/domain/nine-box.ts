/**
 * The 9-box of talent management as practice numbers it under PermenPAN-RB 3/2020
 * (`reference/talent.json`): 1 kinerja di bawah ekspektasi & potensial rendah, 2 sesuai & rendah,
 * 3 di bawah & menengah, 4 di atas & rendah, 5 sesuai & menengah, 6 di bawah & tinggi, 7 di atas
 * & menengah, 8 sesuai & tinggi, 9 di atas & tinggi. Performance comes from the SKP rating
 * (`performance-rating.ts`); potential from its own evidence, or from the JPM where the policy
 * lets it stand in (`placePotential`). Pure.
 */
import { categoryIn } from './job-person-match';
import { type PerformanceBand, performanceBandNames, performanceBands } from './performance-rating';
import { talentData } from './reference';
import type { TalentPolicy } from './talent-policy';

export const potentialBands = ['low', 'medium', 'high'] as const;
export type PotentialBand = (typeof potentialBands)[number];

export const potentialBandNames: Readonly<Record<PotentialBand, string>> = Object.freeze({
  low: 'Rendah',
  medium: 'Menengah',
  high: 'Tinggi',
});

const performanceByPractice: Record<string, PerformanceBand> = {
  'di bawah ekspektasi': 'below',
  'sesuai ekspektasi': 'meets',
  'di atas ekspektasi': 'above',
};
const potentialByPractice: Record<string, PotentialBand> = {
  rendah: 'low',
  menengah: 'medium',
  tinggi: 'high',
};

export interface NineBoxCell {
  box: number;
  performance: PerformanceBand;
  potential: PotentialBand;
  /** "Kinerja di atas ekspektasi, potensial tinggi". */
  name: string;
}

/** The nine cells read from the reference data, box 1 first. */
export const nineBoxCells: readonly NineBoxCell[] = Object.freeze(
  talentData.nineBox.boxes.map((b) => {
    const performance = performanceByPractice[b.kinerja];
    const potential = potentialByPractice[b.potensial];
    if (!performance || !potential) throw new Error(`talent.json: box ${b.box} has unknown axes`);
    return {
      box: b.box,
      performance,
      potential,
      name: `Kinerja ${performanceBandNames[performance].toLowerCase()}, potensial ${potentialBandNames[potential].toLowerCase()}`,
    };
  }),
);

const cellByAxes = new Map(nineBoxCells.map((c) => [`${c.performance}|${c.potential}`, c]));
if (cellByAxes.size !== 9 || performanceBands.length * potentialBands.length !== 9) {
  throw new Error('talent.json: the 9-box must have one box per performance × potential');
}

export function nineBox(performance: PerformanceBand, potential: PotentialBand): NineBoxCell {
  return cellByAxes.get(`${performance}|${potential}`)!;
}

// ---------------------------------------------------------------------------------------------
// Potential

export interface PotentialEvidence {
  /** 0..100, when the result was a score. */
  score: number | null;
  /** The band, as given or from the score. */
  band: PotentialBand;
  assessedOn: string;
  source: string;
}

/** A score on 0..100 by the policy's thresholds. */
export function potentialBandOfScore(score: number, policy: TalentPolicy): PotentialBand {
  if (score >= policy.potential.highMinScore) return 'high';
  if (score >= policy.potential.mediumMinScore) return 'medium';
  return 'low';
}

/** "Tinggi", "menengah", "Rendah" (also "sedang", "high"…) → the band; null otherwise. */
export function parsePotentialCategory(text: string): PotentialBand | null {
  const words = text.trim().toLowerCase();
  const map: Record<string, PotentialBand> = {
    tinggi: 'high',
    high: 'high',
    menengah: 'medium',
    sedang: 'medium',
    medium: 'medium',
    rendah: 'low',
    low: 'low',
  };
  return map[words] ?? null;
}

/** From the JPM, with the competency-mapping categories: top category high, the next medium. */
export function potentialBandOfJpm(percent: number, policy: TalentPolicy): PotentialBand {
  const sorted = [...policy.categorySets.competencyMapping].sort((a, b) => b.minPercent - a.minPercent);
  const category = categoryIn(percent, sorted);
  const index = sorted.indexOf(category);
  return index === 0 ? 'high' : index === 1 ? 'medium' : 'low';
}

export type PotentialBasis = 'potentialAssessment' | 'jpm';

export interface PlacedPotential {
  band: PotentialBand;
  basis: PotentialBasis;
}

/**
 * The potential the 9-box uses: the person's newest potential result; without one, the JPM when
 * the policy allows it and the person has results; otherwise none (not placed).
 */
export function placePotential(
  evidence: Pick<PotentialEvidence, 'band'> | null,
  jpm: { percent: number; assessed: number } | null,
  policy: TalentPolicy,
): PlacedPotential | null {
  if (evidence) return { band: evidence.band, basis: 'potentialAssessment' };
  if (policy.potential.fallbackToJpm && jpm && jpm.assessed > 0) {
    return { band: potentialBandOfJpm(jpm.percent, policy), basis: 'jpm' };
  }
  return null;
}
