import { describe, expect, it } from 'vitest';
import { aggregateMultiRater, buildQuestionnaire, type RaterAnswer } from './multi-rater';
import { defaultTalentPolicy } from './talent-policy';

const policy = defaultTalentPolicy().multiRater;

function answers(
  relation: RaterAnswer['relation'],
  levels: (number | null)[],
  key = 'd:M.01',
): RaterAnswer[] {
  return levels.map((level, i) => ({ raterId: `${relation}${i}`, relation, competencyKey: key, level }));
}

describe('360° questionnaire from a ratified standard', () => {
  it("levels 1..5 from the dictionary, the required level in the standard's own words", () => {
    const [item] = buildQuestionnaire(
      [
        {
          competencyKey: 'd:M.01',
          code: 'M.01',
          name: 'Integritas',
          kind: 'managerial',
          requiredLevel: 3,
          levelDescription: 'Teks level 3 pada SKJ',
          behaviourIndicators: ['Indikator SKJ'],
        },
      ],
      new Map([
        [
          'd:M.01',
          [1, 2, 3, 4, 5].map((level) => ({
            level,
            description: `Kamus ${level}`,
            behaviourIndicators: [`Kamus indikator ${level}`],
          })),
        ],
      ]),
    );
    expect(item!.levels.map((l) => [l.level, l.description, l.required])).toEqual([
      [1, 'Kamus 1', false],
      [2, 'Kamus 2', false],
      [3, 'Teks level 3 pada SKJ', true],
      [4, 'Kamus 4', false],
      [5, 'Kamus 5', false],
    ]);
  });
});

describe('360° results with anonymity', () => {
  it('shows and counts peers only from three answers; the level is the mean of the groups shown', () => {
    const [twoPeers] = aggregateMultiRater(
      ['d:M.01'],
      [...answers('self', [5]), ...answers('superior', [3]), ...answers('peer', [2, 4])],
      policy,
    );
    expect(twoPeers!.groups.find((g) => g.relation === 'peer')).toEqual({
      relation: 'peer',
      answered: 2,
      mean: null,
      shown: false,
    });
    // self weighs 0, peers hidden: the superior alone
    expect(twoPeers!.level).toBe(3);
    const [threePeers] = aggregateMultiRater(
      ['d:M.01'],
      [
        ...answers('superior', [3]),
        ...answers('peer', [2, 4, 4]),
        ...answers('subordinate', [4, 4, 5, null]),
      ],
      policy,
    );
    const peer = threePeers!.groups.find((g) => g.relation === 'peer')!;
    expect([peer.shown, peer.mean]).toEqual([true, 3.33]);
    const subordinate = threePeers!.groups.find((g) => g.relation === 'subordinate')!;
    expect([subordinate.answered, subordinate.mean]).toEqual([3, 4.33]); // "tidak dapat menilai" not counted
    // (3 + 3.333 + 4.333) / 3 = 3.56
    expect(threePeers!.level).toBe(3.56);
  });

  it('"cannot rate" answers do not make a group large enough', () => {
    const [result] = aggregateMultiRater(['d:M.01'], answers('peer', [3, 3, null]), policy);
    expect(result!.groups.find((g) => g.relation === 'peer')!.shown).toBe(false);
    expect(result!.level).toBeNull();
  });
});
