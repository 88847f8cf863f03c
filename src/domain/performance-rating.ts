/**
 * Performance (kinerja) on the 9-box comes from the SKP rating (predikat kinerja pegawai,
 * PermenPAN-RB 6/2022): Sangat Baik → di atas ekspektasi; Baik → sesuai ekspektasi; Butuh
 * Perbaikan, Kurang, Sangat Kurang → di bawah ekspektasi (`reference/talent.json`, the map of the
 * talent-management applications of PermenPAN-RB 3/2020). The rating is kept as imported and the
 * band always derived from it here, so "Baik" reads the same on every screen. Pure.
 */
import { talentData } from './reference';

export const performanceRatings = ['veryGood', 'good', 'needsImprovement', 'poor', 'veryPoor'] as const;
export type PerformanceRating = (typeof performanceRatings)[number];

export const performanceBands = ['below', 'meets', 'above'] as const;
export type PerformanceBand = (typeof performanceBands)[number];

export const performanceRatingNames: Readonly<Record<PerformanceRating, string>> = Object.freeze({
  veryGood: 'Sangat Baik',
  good: 'Baik',
  needsImprovement: 'Butuh Perbaikan',
  poor: 'Kurang',
  veryPoor: 'Sangat Kurang',
});

export const performanceBandNames: Readonly<Record<PerformanceBand, string>> = Object.freeze({
  below: 'Di bawah ekspektasi',
  meets: 'Sesuai ekspektasi',
  above: 'Di atas ekspektasi',
});

const bandByPracticeName: Record<string, PerformanceBand> = {
  'di bawah ekspektasi': 'below',
  'sesuai ekspektasi': 'meets',
  'di atas ekspektasi': 'above',
};

/** The SKP → kinerja map of practice, read from the reference data (its names, our codes). */
export const performanceBandOfRating: Readonly<Record<PerformanceRating, PerformanceBand>> = Object.freeze(
  Object.fromEntries(
    performanceRatings.map((rating) => {
      const practice = (talentData.nineBox.kinerjaFromSkp.map as Record<string, string>)[
        performanceRatingNames[rating]
      ];
      const band = practice ? bandByPracticeName[practice] : undefined;
      if (!band) throw new Error(`talent.json: no kinerja for SKP rating ${performanceRatingNames[rating]}`);
      return [rating, band];
    }),
  ) as Record<PerformanceRating, PerformanceBand>,
);

export const performanceMapSource = talentData.nineBox.kinerjaFromSkp.source;

const ratingByWords = new Map<string, PerformanceRating>(
  performanceRatings.map((r) => [performanceRatingNames[r].toLowerCase(), r]),
);

export interface ParsedPerformance {
  /** null when the file gave the band itself ("Sesuai ekspektasi") instead of an SKP rating. */
  rating: PerformanceRating | null;
  band: PerformanceBand;
}

/** An SKP rating ("Baik") or a band as practice names it ("Di atas ekspektasi"); null when neither. */
export function parsePerformance(text: string): ParsedPerformance | null {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const rating = ratingByWords.get(words);
  if (rating) return { rating, band: performanceBandOfRating[rating] };
  const band = bandByPracticeName[words];
  return band ? { rating: null, band } : null;
}

/** "Baik (sesuai ekspektasi)", or the band alone when no rating was recorded. */
export function performanceLabel(
  rating: PerformanceRating | null,
  band: PerformanceBand | null,
): string | null {
  if (rating) {
    return `${performanceRatingNames[rating]} (${performanceBandNames[performanceBandOfRating[rating]].toLowerCase()})`;
  }
  return band ? performanceBandNames[band] : null;
}
