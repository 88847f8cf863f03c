import { describe, expect, it } from 'vitest';
import {
  competencyNameKey,
  competencyRowFromDictionary,
  emptyJobStandard,
  importanceNames,
  importances,
} from './job-standard';
import { managerialCompetencies } from './reference';

describe('job standard types and helpers', () => {
  it('names the importances as the documents do (ITJ)', () => {
    expect(importances.map((i) => importanceNames[i])).toEqual(['Mutlak', 'Penting', 'Perlu']);
  });

  it('copies one dictionary level into a row and keeps the copied text as its source', () => {
    const integrity = managerialCompetencies[0]!;
    const row = competencyRowFromDictionary(
      { id: 'm1', code: integrity.code, name: integrity.name, levels: integrity.levels },
      { kind: 'managerial', requiredLevel: 3, dictionaryVersionId: 'permenpan-rb-38-2017' },
    )!;
    expect(row).toMatchObject({ competencyId: 'm1', name: 'Integritas', requiredLevel: 3, importance: null });
    expect(row.levelDescription).toBe(integrity.levels[2]!.description);
    expect(row.source?.behaviourIndicators).toEqual(row.behaviourIndicators);
    row.behaviourIndicators.push('diubah');
    expect(row.source?.behaviourIndicators).not.toContain('diubah');
  });

  it('gives no row for a level the dictionary does not have', () => {
    const integrity = managerialCompetencies[0]!;
    const row = competencyRowFromDictionary(
      { id: 'm1', code: integrity.code, name: integrity.name, levels: integrity.levels },
      { kind: 'managerial', requiredLevel: 6, dictionaryVersionId: 'v' },
    );
    expect(row).toBeNull();
  });

  it('starts a blank draft and compares names without case or spacing', () => {
    const draft = emptyJobStandard({ positionGroup: 'administrative', jobLevel: 'pengawas' });
    expect(draft.identity).toMatchObject({ positionCode: null, jobLevel: 'pengawas', jobDescription: [] });
    expect(draft.competencies).toEqual([]);
    expect(competencyNameKey('Kerja Sama')).toBe(competencyNameKey('kerjasama'));
    expect(competencyNameKey('Advokasi  Kebijakan')).not.toBe(competencyNameKey('Advokasi Kebijakan Publik'));
  });
});
