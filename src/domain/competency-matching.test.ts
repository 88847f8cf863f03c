import { describe, expect, it } from 'vitest';
import { type CandidateCompetency, matchCompetencies, type NamedCompetency } from './competency-matching';

const candidate = (id: string, code: string, name: string, agency: string | null, kind = 'technical') =>
  ({
    id,
    code,
    name,
    kind,
    dictionaryAgencyId: agency,
    dictionaryName: `Kamus ${id}`,
  }) as CandidateCompetency;
const named = (
  name: string,
  level: number | null,
  extra: Partial<NamedCompetency> = {},
): NamedCompetency => ({
  kind: 'technical',
  code: null,
  name,
  levelText: String(level ?? 'tinggi'),
  level,
  ...extra,
});

describe('matchCompetencies', () => {
  const candidates = [
    candidate('own', 'KEP.01', 'Manajemen SDM', 'agency-a'),
    candidate('national', 'T.01', 'Manajemen SDM', null),
    candidate('n1', 'T.02', 'Analisis Data', null),
    candidate('n2', 'T.03', 'Analisis  data', null),
    candidate('m', 'M.01', 'Integritas', null, 'managerial'),
  ];

  it('prefers the agency’s own dictionary, matches names ignoring case and spacing, codes first', () => {
    const result = matchCompetencies(
      [
        named('manajemen sdm', 3),
        named('Anything', 2, { code: 't.01' }),
        named('INTEGRITAS', 4, { kind: null }),
      ],
      candidates,
      'agency-a',
    );
    expect(result.matched.map((m) => [m.competencyId, m.matchedBy, m.level])).toEqual([
      ['own', 'name', 3],
      ['national', 'code', 2],
      ['m', 'name', 4],
    ]);
    expect(result.sourceIndex).toEqual([0, 1, 2]);
    expect(result.unmatched).toEqual([]);
  });

  it('reports unknown, ambiguous, unreadable and repeated competencies instead of guessing', () => {
    const result = matchCompetencies(
      [
        named('Manajemen Drone', 2),
        named('Analisis Data', 3),
        named('Manajemen SDM', null),
        named('Integritas', 3, { kind: 'managerial' }),
        named('Integritas', 4, { kind: 'managerial' }),
        named('Integritas', 3),
      ],
      candidates,
      'agency-b',
    );
    expect(result.unmatched.map((u) => [u.name, u.reason])).toEqual([
      ['Manajemen Drone', 'UNKNOWN_COMPETENCY'],
      ['Analisis Data', 'AMBIGUOUS_COMPETENCY'],
      ['Manajemen SDM', 'LEVEL_UNREADABLE'],
      ['Integritas', 'DUPLICATE_COMPETENCY'],
      // A technical row never matches a managerial competency of the same name.
      ['Integritas', 'UNKNOWN_COMPETENCY'],
    ]);
    expect(result.matched.map((m) => m.competencyId)).toEqual(['m']);
  });
});
