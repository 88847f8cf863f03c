import { describe, expect, it } from 'vitest';
import { normalizeEducation, normalizeEducationLevels } from './education';
import { defaultPolicies, mergePolicy } from './job-standard-policy';
import { checkTalentPolicy, defaultTalentPolicy } from './talent-policy';

describe('talent policy', () => {
  it('defaults from practice and regulation are valid', () => {
    expect(checkTalentPolicy(defaultTalentPolicy())).toEqual([]);
    expect(defaultPolicies['bimtek-magetan'].talent.categorySets.positionFilling.map((c) => c.name)).toEqual([
      'Memenuhi Syarat',
      'Masih Memenuhi Syarat',
      'Kurang Memenuhi Syarat',
    ]);
  });

  it('an override changes one value and keeps the rest; a bad one is refused in Indonesian', () => {
    const merged = mergePolicy(defaultPolicies['bimtek-magetan'], {
      talent: { nineBoxRecommendations: { '1': 'Pembinaan kinerja.' }, multiRater: { minimumGroupSize: 4 } },
    });
    expect(merged.talent.nineBoxRecommendations['1']).toBe('Pembinaan kinerja.');
    expect(merged.talent.nineBoxRecommendations['9']).toMatch(/^Dipromosikan/);
    expect(merged.talent.multiRater).toMatchObject({
      minimumGroupSize: 4,
      combination: 'assessmentCentreFirst',
    });
    expect(() =>
      mergePolicy(defaultPolicies['bimtek-magetan'], {
        talent: {
          categorySets: {
            positionFilling: [
              { code: 'MS', name: 'Memenuhi Syarat', minPercent: 80 },
              { code: 'KMS', name: 'Kurang', minPercent: 10 },
            ],
          },
        },
      }),
    ).toThrow('Kategori terendah harus mulai dari 0 %.');
    expect(() =>
      mergePolicy(defaultPolicies['bimtek-magetan'], { talent: { multiRater: { minimumGroupSize: 1 } } }),
    ).toThrow(/minimal penilai/);
    expect(() =>
      mergePolicy(defaultPolicies['bimtek-magetan'], { talent: { pensionAges: { pelaksana: 80 } } }),
    ).toThrow(/usia pensiun/);
  });
});

describe('education levels: one vocabulary, spellings mapped at the edges', () => {
  it('maps the spellings of requirements and of personnel data', () => {
    expect(
      ['S1', 'S-1', 's 1', 'Sarjana', 'D4', 'DIV', 'D-IV', 'D3', 'SLTA', 'SMK', 'Magister', 'S4'].map(
        normalizeEducation,
      ),
    ).toEqual([
      'S-1',
      'S-1',
      'S-1',
      'S-1',
      'D-IV',
      'D-IV',
      'D-IV',
      'D-III',
      'SMA/SMK',
      'SMA/SMK',
      'S-2',
      null,
    ]);
    expect(normalizeEducationLevels(['S1/DIV', 'S-1', 'Paket C'])).toEqual(['S-1', 'D-IV', 'Paket C']);
  });
});
