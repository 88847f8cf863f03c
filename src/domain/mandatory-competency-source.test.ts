import { describe, expect, it } from 'vitest';
import { mandatoryCompetencyIds } from './mandatory-competency-source';

describe('mandatoryCompetencyIds', () => {
  const placeholder = { id: 'national', name: 'Advokasi Kebijakan Otonomi Daerah', isPlaceholder: true };
  it("takes the agency's own entry of the same name while the national text is a placeholder", () => {
    expect(
      mandatoryCompetencyIds([placeholder], [{ id: 'own', name: 'advokasi kebijakan otonomi daerah' }]),
    ).toEqual(['own']);
  });
  it('keeps the national entry once its text is official, or when the agency has none', () => {
    expect(
      mandatoryCompetencyIds(
        [{ ...placeholder, isPlaceholder: false }],
        [{ id: 'own', name: placeholder.name }],
      ),
    ).toEqual(['national']);
    expect(mandatoryCompetencyIds([placeholder], [{ id: 'other', name: 'Manajemen Kinerja' }])).toEqual([
      'national',
    ]);
  });
  it('uses the first of several own entries of that name', () => {
    expect(
      mandatoryCompetencyIds(
        [placeholder],
        [
          { id: 'first', name: placeholder.name },
          { id: 'second', name: placeholder.name },
        ],
      ),
    ).toEqual(['first']);
  });
});
