import { describe, expect, it } from 'vitest';
import {
  findJobLevel,
  jobEvaluationData,
  jobLevels,
  jobPersonMatchData,
  managerialCompetencies,
  socioCulturalCompetencies,
  talentData,
} from './reference';

describe('official reference data', () => {
  it('has 8 managerial and 1 socio-cultural competency with exactly levels 1..5, each with indicators', () => {
    expect(managerialCompetencies).toHaveLength(8);
    expect(socioCulturalCompetencies).toHaveLength(1);
    for (const competency of [...managerialCompetencies, ...socioCulturalCompetencies]) {
      expect(competency.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      for (const level of competency.levels) expect(level.behaviourIndicators.length).toBeGreaterThan(0);
    }
  });

  it('gives the managerial level of each job level per seed 001, and flags the unverified ones', () => {
    expect(findJobLevel('jpt-pratama')?.managerialLevel).toBe(4);
    expect(findJobLevel('pengawas')?.managerialLevel).toBe(2);
    expect(findJobLevel('pelaksana')?.verified).toBe(false);
    expect(findJobLevel('unknown')).toBeUndefined();
    expect(new Set(jobLevels.map((j) => j.code)).size).toBe(14);
  });

  it('keeps values that were not found as null (shown as "belum tersedia")', () => {
    expect(jobEvaluationData.levelDescriptions).toBeNull();
  });

  it('carries both category sets of the BKN form and the nine boxes of practice', () => {
    expect(jobPersonMatchData.categorySets.positionFilling.categories.map((c) => c.minPercent)).toEqual([
      80, 68, 0,
    ]);
    expect(jobPersonMatchData.categorySets.competencyMapping.categories.map((c) => c.minPercent)).toEqual([
      90, 78, 0,
    ]);
    expect(talentData.nineBox.boxes.map((b) => b.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
