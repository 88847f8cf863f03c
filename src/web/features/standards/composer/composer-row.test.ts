import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../dictionaries/api';
import {
  composerRow,
  differsFrom,
  isPending,
  parseIndicators,
  pickedRow,
  toCompetencyInput,
  withLevel,
} from './composer-row';
import { savedRow } from './composer-test-rows';

describe('composer rows', () => {
  it('take a saved row as the dictionary text when it matches its source, spacing aside', () => {
    const row = composerRow(savedRow({ levelDescription: '  Mampu menata  kelembagaan perangkat daerah. ' }));
    expect(row.textEdited).toBe(false);
    expect(row.savedLevel).toBe(3);
    expect(composerRow(savedRow({ behaviourIndicators: ['Menyusun peta proses bisnis'] })).textEdited).toBe(
      true,
    );
    // Typed by hand (no source): its texts keep travelling.
    expect(composerRow(savedRow({ source: null })).textEdited).toBe(true);
  });

  it('send texts only when the drafter edited them, trimmed and without empty indicators', () => {
    expect(toCompetencyInput(composerRow(savedRow()))).toEqual({
      competencyId: 'c-org-01',
      requiredLevel: 3,
      importance: 'essential',
    });
    const edited = {
      ...composerRow(savedRow()),
      levelDescription: ' Teks baru ',
      behaviourIndicators: ['a ', ' ', 'b'],
      textEdited: true,
    };
    expect(toCompetencyInput(edited)).toEqual({
      competencyId: 'c-org-01',
      requiredLevel: 3,
      importance: 'essential',
      levelDescription: 'Teks baru',
      behaviourIndicators: ['a', 'b'],
    });
  });

  it('drop the texts on another level, and bring the dictionary text back on the saved level', () => {
    const row = { ...composerRow(savedRow()), levelDescription: 'diubah', textEdited: true };
    const other = withLevel(row, 4);
    expect(other).toMatchObject({
      requiredLevel: 4,
      levelDescription: '',
      behaviourIndicators: [],
      textEdited: false,
    });
    expect(isPending(other)).toBe(true);
    const back = withLevel(other, 3);
    expect(back.levelDescription).toBe('Mampu menata kelembagaan perangkat daerah.');
    expect(back.textEdited).toBe(false);
    expect(isPending(back)).toBe(false);
  });

  it('start a picked technical competency at the given level, texts left to the server', () => {
    const result = { id: 'c-9', code: 'ORG.09', name: 'Evaluasi Kelembagaan' } as SearchResult;
    const row = pickedRow(result, 3);
    expect(row).toMatchObject({ competencyId: 'c-9', kind: 'technical', requiredLevel: 3, savedLevel: null });
    expect(isPending(row)).toBe(true);
  });

  it('read indicators one per line, blank lines dropped', () => {
    expect(parseIndicators('Satu\n\n  Dua  \n')).toEqual(['Satu', 'Dua']);
    expect(
      differsFrom(
        { levelDescription: 'a', behaviourIndicators: ['x'] },
        { levelDescription: 'a', behaviourIndicators: ['x', 'y'] },
      ),
    ).toBe(true);
  });
});
