import { describe, expect, it } from 'vitest';
import {
  nineBox,
  nineBoxCells,
  parsePotentialCategory,
  placePotential,
  potentialBandOfJpm,
  potentialBandOfScore,
} from './nine-box';
import { parsePerformance, performanceBandOfRating, performanceLabel } from './performance-rating';
import { defaultTalentPolicy } from './talent-policy';

const policy = defaultTalentPolicy();

describe('the 9-box of practice (PermenPAN-RB 3/2020)', () => {
  it('numbers all nine cells as practice does', () => {
    const placed = [
      ['below', 'low', 1],
      ['meets', 'low', 2],
      ['below', 'medium', 3],
      ['above', 'low', 4],
      ['meets', 'medium', 5],
      ['below', 'high', 6],
      ['above', 'medium', 7],
      ['meets', 'high', 8],
      ['above', 'high', 9],
    ] as const;
    for (const [performance, potential, box] of placed) {
      expect(nineBox(performance, potential).box, `${performance} × ${potential}`).toBe(box);
    }
    expect(nineBoxCells.map((c) => c.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(nineBox('below', 'high').name).toBe('Kinerja di bawah ekspektasi, potensial tinggi');
  });

  it('recommends for boxes 7–9 by default and leaves 1–6 to the agency', () => {
    expect(policy.nineBoxRecommendations['9']).toMatch(/^Dipromosikan dan dipertahankan/);
    expect(policy.nineBoxRecommendations['8']).toContain('rotasi/perluasan jabatan');
    expect(policy.nineBoxRecommendations['7']).toContain('rotasi/pengayaan jabatan');
    expect(['1', '2', '3', '4', '5', '6'].map((b) => policy.nineBoxRecommendations[b])).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('kinerja from the SKP rating', () => {
  it('Sangat Baik above; Baik meets; Butuh Perbaikan, Kurang, Sangat Kurang below', () => {
    expect(performanceBandOfRating).toEqual({
      veryGood: 'above',
      good: 'meets',
      needsImprovement: 'below',
      poor: 'below',
      veryPoor: 'below',
    });
    expect(parsePerformance(' baik ')).toEqual({ rating: 'good', band: 'meets' });
    expect(parsePerformance('SANGAT KURANG')).toEqual({ rating: 'veryPoor', band: 'below' });
    expect(parsePerformance('Di atas ekspektasi')).toEqual({ rating: null, band: 'above' });
    expect(parsePerformance('Istimewa')).toBeNull();
  });

  it('one label for a rating wherever it shows', () => {
    expect(performanceLabel('good', 'meets')).toBe('Baik (sesuai ekspektasi)');
    expect(performanceLabel(null, 'above')).toBe('Di atas ekspektasi');
    expect(performanceLabel(null, null)).toBeNull();
  });
});

describe('potential', () => {
  it('a score by the policy thresholds, a category by its name', () => {
    expect([80, 79.9, 68, 67.9].map((s) => potentialBandOfScore(s, policy))).toEqual([
      'high',
      'medium',
      'medium',
      'low',
    ]);
    expect(['Tinggi', 'sedang', 'Rendah', 'luar biasa'].map(parsePotentialCategory)).toEqual([
      'high',
      'medium',
      'low',
      null,
    ]);
  });

  it('uses the potential result; falls back to the JPM only where the policy says so', () => {
    expect(placePotential({ band: 'low' }, { percent: 95, assessed: 15 }, policy)).toEqual({
      band: 'low',
      basis: 'potentialAssessment',
    });
    expect(placePotential(null, { percent: 95, assessed: 15 }, policy)).toEqual({
      band: 'high',
      basis: 'jpm',
    });
    expect(placePotential(null, { percent: 0, assessed: 0 }, policy)).toBeNull();
    const strict = { ...policy, potential: { ...policy.potential, fallbackToJpm: false } };
    expect(placePotential(null, { percent: 95, assessed: 15 }, strict)).toBeNull();
    expect([90, 78, 77.9].map((p) => potentialBandOfJpm(p, policy))).toEqual(['high', 'medium', 'low']);
  });
});
