import { describe, expect, it } from 'vitest';
import type { JobStandard } from './job-standard';
import { diffStandards, isEmptyDiff } from './job-standard-diff';
import { rowIndex, seed001Standard, technicalRow } from './job-standard-test-factory';

function revised(change: (standard: JobStandard) => void): JobStandard {
  const standard = seed001Standard();
  change(standard);
  return standard;
}

describe('diffStandards', () => {
  it('finds nothing between equal standards', () => {
    const diff = diffStandards(seed001Standard(), seed001Standard());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.competencies).toEqual({ added: [], removed: [], changed: [] });
  });

  it('lists identity field changes with before and after', () => {
    const after = revised((s) => {
      s.identity.positionCode = 'SKJ-2025-000001';
      s.identity.jobDescription.push('Membina pegawai');
    });
    const diff = diffStandards(seed001Standard(), after);
    expect(diff.identity).toEqual([
      { path: 'identity.positionCode', before: null, after: 'SKJ-2025-000001' },
      {
        path: 'identity.jobDescription',
        before: seed001Standard().identity.jobDescription,
        after: after.identity.jobDescription,
      },
    ]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('lists added and removed competency rows', () => {
    const after = revised((s) => {
      s.competencies.splice(rowIndex(s, 'Manajemen Kinerja'), 1);
      s.competencies.push(technicalRow('Analisis Jabatan', 3));
    });
    const { added, removed, changed } = diffStandards(seed001Standard(), after).competencies;
    expect(added.map((r) => r.name)).toEqual(['Analisis Jabatan']);
    expect(removed.map((r) => r.name)).toEqual(['Manajemen Kinerja']);
    expect(changed).toEqual([]);
  });

  it('lists a changed level, description and indicators of a row', () => {
    const after = revised((s) => {
      const row = s.competencies[rowIndex(s, 'Manajemen SDM')]!;
      row.requiredLevel = 4;
      row.levelDescription = 'Deskripsi baru';
      row.behaviourIndicators = [row.behaviourIndicators[0]!, 'Indikator baru'];
    });
    const [change] = diffStandards(seed001Standard(), after).competencies.changed;
    expect(change).toMatchObject({
      name: 'Manajemen SDM',
      kind: 'technical',
      requiredLevel: { before: 3, after: 4 },
      levelDescription: { before: 'Mampu menerapkan manajemen sdm pada level 3', after: 'Deskripsi baru' },
      indicatorsAdded: ['Indikator baru'],
      indicatorsRemoved: ['Indikator 2 Manajemen SDM level 3'],
      indicatorsReordered: false,
    });
    expect(change).not.toHaveProperty('importance');
  });

  it('notices reordered indicators and ignores the order of rows', () => {
    const after = revised((s) => {
      s.competencies.reverse();
      s.competencies[0]!.behaviourIndicators.reverse();
    });
    const { changed } = diffStandards(seed001Standard(), after).competencies;
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      indicatorsReordered: true,
      indicatorsAdded: [],
      indicatorsRemoved: [],
    });
  });

  it('matches a row re-picked from a newer dictionary version by kind and name', () => {
    const after = revised((s) => {
      const row = s.competencies[rowIndex(s, 'Manajemen Kinerja')]!;
      row.competencyId = 'technical:new-id';
      row.source = { ...row.source!, dictionaryVersionId: 'kamus-teknis-kepegawaian-v2' };
    });
    const { added, removed, changed } = diffStandards(seed001Standard(), after).competencies;
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
    expect(changed[0]?.dictionaryVersion).toEqual({
      before: 'kamus-teknis-kepegawaian-v1',
      after: 'kamus-teknis-kepegawaian-v2',
    });
  });

  it('lists requirement changes per path with before and after', () => {
    const after = revised((s) => {
      s.requirements.rank.minGrade = 'IV/b';
      s.requirements.training.technical.pop();
      s.requirements.experience.years = 2;
    });
    const before = seed001Standard();
    expect(diffStandards(before, after).requirements).toEqual([
      {
        path: 'requirements.training.technical',
        before: before.requirements.training.technical,
        after: after.requirements.training.technical,
      },
      { path: 'requirements.experience.years', before: null, after: 2 },
      { path: 'requirements.rank.minGrade', before: 'IV/a', after: 'IV/b' },
    ]);
  });
});
