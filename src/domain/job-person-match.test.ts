import { describe, expect, it } from 'vitest';
import { suggestDevelopment } from './development';
import {
  type AssessedLevel,
  categoriesFor,
  categoryFor,
  defaultCategorySets,
  jobPersonMatch,
  matchPercent,
  type RequiredCompetency,
} from './job-person-match';

function req(
  id: string,
  kind: RequiredCompetency['kind'],
  level: number,
  importance: RequiredCompetency['importance'] = null,
) {
  return { competencyId: id, code: id, name: `Kompetensi ${id}`, kind, requiredLevel: level, importance };
}

function assessed(entries: [string, number][]): Map<string, AssessedLevel> {
  return new Map(entries.map(([id, level]) => [id, { level, assessedOn: '2026-06-01' }]));
}

// An administrator: 2 managerial at 4, socio-cultural at 3, 2 technical at 3 (weights 20/40/40).
const required = [
  req('M1', 'managerial', 4),
  req('M2', 'managerial', 4),
  req('S1', 'socioCultural', 3),
  req('T1', 'technical', 3, 'essential'),
  req('T2', 'technical', 3, 'important'),
];
const weights = { socioCultural: 20, managerial: 40, technical: 40 };

describe('jobPersonMatch, computed by hand', () => {
  it('everything met (and exceeded): 100 %, Optimal, negative gaps kept', () => {
    const result = jobPersonMatch(
      required,
      assessed([
        ['M1', 5],
        ['M2', 4],
        ['S1', 3],
        ['T1', 3],
        ['T2', 4],
      ]),
      weights,
    );
    expect(result.unweighted).toBe(100);
    expect(result.weighted).toBe(100);
    expect(result.category).toBe('Optimal');
    expect(result.rows.find((r) => r.competencyId === 'M1')!.competencyGap).toBe(-1);
  });

  it('unweighted and weighted differ when the gaps sit in a heavy kind', () => {
    // min: M1 3, M2 4, S1 3, T1 2, T2 1 → 13 of 17 required = 76.47 % → 76.5
    // per kind: managerial 7/8 = 87.5 %, socio 3/3 = 100 %, technical 3/6 = 50 %
    // weighted: (20·1 + 40·0.875 + 40·0.5) / 100 = 0.75 → 75 %
    const result = jobPersonMatch(
      required,
      assessed([
        ['M1', 3],
        ['M2', 4],
        ['S1', 3],
        ['T1', 2],
        ['T2', 1],
      ]),
      weights,
    );
    expect(result.unweighted).toBe(76.5);
    expect(result.byKind).toEqual({ managerial: 87.5, socioCultural: 100, technical: 50 });
    expect(result.weighted).toBe(75);
    expect(result.category).toBe('Kurang Optimal');
  });

  it('decimal levels of assessment centres, and a competency not assessed counts as 0', () => {
    // min: M1 3.5, M2 4, S1 2.75, T1 0 (not assessed), T2 3 → 13.25 / 17 = 77.94 % → 77.9
    const result = jobPersonMatch(
      required,
      assessed([
        ['M1', 3.5],
        ['M2', 4.2],
        ['S1', 2.75],
        ['T2', 3],
      ]),
      null,
    );
    expect(result.unweighted).toBe(77.9);
    expect(result.weighted).toBeNull();
    expect(result.category).toBe('Kurang Optimal'); // 77.9 < 78
    expect(result.notAssessed).toBe(1);
    const t1 = result.rows.find((r) => r.competencyId === 'T1')!;
    expect([t1.assessedLevel, t1.competencyGap]).toEqual([null, 3]);
    expect(result.rows.find((r) => r.competencyId === 'S1')!.competencyGap).toBe(0.25);
  });

  it('weights only over the kinds present', () => {
    // technical only: 2/3 → 66.7 % weighted the same as unweighted
    const result = jobPersonMatch([req('T1', 'technical', 3)], assessed([['T1', 2]]), weights);
    expect(result.weighted).toBe(66.7);
    expect(result.unweighted).toBe(66.7);
  });

  it('the JPM is the weighted match where weights are known, the unweighted one otherwise', () => {
    const levels = assessed([
      ['M1', 3],
      ['M2', 4],
      ['S1', 3],
      ['T1', 2],
      ['T2', 1],
    ]);
    expect(jobPersonMatch(required, levels, weights)).toMatchObject({ percent: 75, method: 'weighted' });
    expect(jobPersonMatch(required, levels, null)).toMatchObject({ percent: 76.5, method: 'unweighted' });
  });

  it('from per-kind sums gives the same number as the full match (ranking and 9-box use it)', () => {
    // One person used to read 89.1 "Cukup Optimal" on the candidate list (unweighted) and a
    // higher weighted figure "Optimal" on their match: now both screens read the weighted one.
    const sums = {
      managerial: { met: 26, required: 32 },
      socioCultural: { met: 3, required: 3 },
      technical: { met: 20, required: 20 },
    };
    // unweighted 49/55 = 89.09 → 89.1; weighted (20·1 + 40·0.8125 + 40·1) / 100 = 0.925 → 92.5
    expect(matchPercent(sums, weights)).toEqual({
      percent: 92.5,
      method: 'weighted',
      unweighted: 89.1,
      weighted: 92.5,
    });
    expect(matchPercent(sums, null)).toEqual({
      percent: 89.1,
      method: 'unweighted',
      unweighted: 89.1,
      weighted: null,
    });
  });
});

describe('categories by purpose (BKN individual report form)', () => {
  it('competency mapping: Optimal from 90, Cukup Optimal from 78, thresholds inclusive', () => {
    const names = [90, 89.9, 78, 77.9, 0].map((p) => categoryFor(p, 'competencyMapping').name);
    expect(names).toEqual(['Optimal', 'Cukup Optimal', 'Cukup Optimal', 'Kurang Optimal', 'Kurang Optimal']);
    expect(categoryFor(90).code).toBe('O');
  });

  it('position filling: Memenuhi Syarat from 80, Masih Memenuhi Syarat from 68', () => {
    const found = [100, 80, 79.9, 68, 67.9, 0].map((p) => categoryFor(p, 'positionFilling').code);
    expect(found).toEqual(['MS', 'MS', 'MMS', 'MMS', 'KMS', 'KMS']);
    expect(categoryFor(79.9, 'positionFilling').name).toBe('Masih Memenuhi Syarat');
  });

  it('one percent, one category per purpose; the sets come from the policy', () => {
    expect(categoriesFor(85)).toEqual({
      competencyMapping: { purpose: 'competencyMapping', code: 'CO', name: 'Cukup Optimal' },
      positionFilling: { purpose: 'positionFilling', code: 'MS', name: 'Memenuhi Syarat' },
    });
    const strict = {
      ...defaultCategorySets,
      positionFilling: [
        { code: 'MS', name: 'Memenuhi Syarat', minPercent: 95 },
        { code: 'KMS', name: 'Kurang Memenuhi Syarat', minPercent: 0 },
      ],
    };
    expect(categoryFor(94, 'positionFilling', strict).code).toBe('KMS');
  });
});

describe('suggestDevelopment', () => {
  it('one suggestion per shortfall, by kind and gap size, highest score first', () => {
    const result = jobPersonMatch(
      required,
      assessed([
        ['M1', 2],
        ['M2', 3.5],
        ['S1', 3],
        ['T2', 2],
      ]),
      weights,
    );
    const suggestions = suggestDevelopment(result.rows);
    expect(suggestions.map((s) => [s.competencyId, s.actions, s.priority, s.score])).toEqual([
      ['T1', ['training', 'assignment', 'internship'], 'high', 9], // gap 3 × Mutlak 3
      ['M1', ['training', 'assignment', 'mentoring'], 'high', 4], // gap 2 × none 2
      ['M2', ['coaching'], 'low', 1], // gap 0.5 × 2
      ['T2', ['training', 'assignment'], 'low', 1], // gap 1 × Perlu 1
    ]);
    expect(suggestions[1]!.targetLevel).toBe(4);
    expect(suggestions[0]!.text).toBe(
      'Kompetensi T1: kesenjangan 3 level (belum diases); pelatihan teknis, penugasan, magang.',
    );
    expect(suggestions[2]!.text).toContain('kesenjangan 0,5 level');
  });
});

describe('development priorities', () => {
  it("spread by gap and importance, with the standard's target behaviours", () => {
    const rows = jobPersonMatch(
      [
        req('T1', 'technical', 3, 'essential'),
        req('T2', 'technical', 3, 'veryImportant'),
        req('T3', 'technical', 3, 'important'),
      ],
      assessed([
        ['T1', 2],
        ['T2', 2],
        ['T3', 2],
      ]),
      null,
    ).rows;
    const targets = new Map([
      ['T1', { levelDescription: 'Mampu', behaviourIndicators: ['Menyusun rencana', 'Menilai hasil'] }],
    ]);
    const suggestions = suggestDevelopment(rows, targets);
    expect(suggestions.map((s) => [s.competencyId, s.priority])).toEqual([
      ['T1', 'high'], // 1 × 3
      ['T2', 'medium'], // 1 × 2
      ['T3', 'low'], // 1 × 1
    ]);
    expect(suggestions[0]!.targetBehaviours).toEqual(['Menyusun rencana', 'Menilai hasil']);
    expect(suggestions[0]!.text).toContain('Sasaran perilaku level 3: Menyusun rencana; Menilai hasil.');
  });
});
