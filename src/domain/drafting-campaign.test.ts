import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertDraftingCampaignPeriod,
  assertDueDatesWithinPeriod,
  assertPhaseWithinPeriod,
  daysBetween,
  defaultPhasePlan,
  defaultSopSteps,
  isIsoDate,
  sopActorRoles,
  todayIso,
} from './drafting-campaign';
import {
  countStates,
  draftingCampaignProgress,
  dueDate,
  isLate,
  type PhaseDates,
  type ProgressPosition,
  weekGrid,
} from './drafting-campaign-progress';
import { DomainError } from './errors';

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'NOT_A_DOMAIN_ERROR';
  }
}

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-01T00:00:00Z')).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(daysBetween('2020-01-06', '2020-05-29')).toBe(144);
  });

  it("takes today's date in Jakarta (WIB, UTC+7)", () => {
    expect(todayIso(new Date('2024-01-31T16:59:59Z'))).toBe('2024-01-31');
    expect(todayIso(new Date('2024-01-31T17:00:00Z'))).toBe('2024-02-01');
    expect(todayIso(new Date('2024-01-31T17:00:00Z'), 'UTC')).toBe('2024-01-31');
  });
});

describe('periods', () => {
  it('refuses an inverted or over-long drafting campaign period', () => {
    expect(
      codeOf(() => assertDraftingCampaignPeriod({ startsOn: '2024-01-01', endsOn: '2024-01-01' })),
    ).toBeNull();
    expect(codeOf(() => assertDraftingCampaignPeriod({ startsOn: '2024-05-01', endsOn: '2024-04-30' }))).toBe(
      'INVALID_PERIOD',
    );
    expect(
      codeOf(() => assertDraftingCampaignPeriod({ startsOn: '2024-01-01', endsOn: '2025-12-31' })),
    ).toBeNull();
    expect(codeOf(() => assertDraftingCampaignPeriod({ startsOn: '2024-01-01', endsOn: '2026-01-01' }))).toBe(
      'DRAFTING_CAMPAIGN_PERIOD_TOO_LONG',
    );
  });

  it('keeps phases inside the drafting campaign period', () => {
    const draftingCampaign = { startsOn: '2024-01-08', endsOn: '2024-05-31' };
    expect(codeOf(() => assertPhaseWithinPeriod(draftingCampaign, draftingCampaign))).toBeNull();
    expect(
      codeOf(() =>
        assertPhaseWithinPeriod({ startsOn: '2024-01-07', endsOn: '2024-02-01' }, draftingCampaign),
      ),
    ).toBe('PHASE_OUTSIDE_PERIOD');
    expect(
      codeOf(() =>
        assertPhaseWithinPeriod({ startsOn: '2024-05-01', endsOn: '2024-06-01' }, draftingCampaign),
      ),
    ).toBe('PHASE_OUTSIDE_PERIOD');
    expect(
      codeOf(() =>
        assertPhaseWithinPeriod({ startsOn: '2024-03-01', endsOn: '2024-02-01' }, draftingCampaign),
      ),
    ).toBe('INVALID_PERIOD');
  });

  it('keeps due dates inside a moved period, naming the positions left outside', () => {
    const scope = [
      { positionId: 'a', dueOn: '2024-01-08' },
      { positionId: 'b', dueOn: null },
      { positionId: 'c', dueOn: '2024-05-31' },
      { positionId: 'd', dueOn: '2024-03-01' },
    ];
    expect(
      codeOf(() => assertDueDatesWithinPeriod(scope, { startsOn: '2024-01-08', endsOn: '2024-05-31' })),
    ).toBeNull();
    let error: unknown;
    try {
      assertDueDatesWithinPeriod(scope, { startsOn: '2024-01-09', endsOn: '2024-05-30' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('DUE_DATE_OUTSIDE_PERIOD');
    expect((error as DomainError).message).toContain('2 jabatan');
    expect((error as DomainError).details).toMatchObject({ positionIds: ['a', 'c'] });
  });
});

describe('default phase plan', () => {
  it("cuts seed 000's five months into four phases at week boundaries (3 : 7 : 5 : 5)", () => {
    const plan = defaultPhasePlan({ startsOn: '2020-01-06', endsOn: '2020-05-29' });
    expect(plan).toEqual([
      { kind: 'preparation', name: 'Persiapan', sortOrder: 1, startsOn: '2020-01-06', endsOn: '2020-01-26' },
      {
        kind: 'dataCollection',
        name: 'Pengumpulan data',
        sortOrder: 2,
        startsOn: '2020-01-27',
        endsOn: '2020-03-22',
      },
      {
        kind: 'processing',
        name: 'Pengolahan data',
        sortOrder: 3,
        startsOn: '2020-03-23',
        endsOn: '2020-04-26',
      },
      {
        kind: 'composing',
        name: 'Penyusunan hasil standar kompetensi jabatan',
        sortOrder: 4,
        startsOn: '2020-04-27',
        endsOn: '2020-05-29',
      },
    ]);
  });

  it('gives each phase one week of a four-week period, days of a shorter one, all of a tiny one', () => {
    const fourWeeks = defaultPhasePlan({ startsOn: '2024-07-01', endsOn: '2024-07-28' });
    expect(fourWeeks.map((p) => [p.startsOn, p.endsOn])).toEqual([
      ['2024-07-01', '2024-07-07'],
      ['2024-07-08', '2024-07-14'],
      ['2024-07-15', '2024-07-21'],
      ['2024-07-22', '2024-07-28'],
    ]);
    const tenDays = defaultPhasePlan({ startsOn: '2024-07-01', endsOn: '2024-07-10' });
    expect(tenDays.map((p) => [p.startsOn, p.endsOn])).toEqual([
      ['2024-07-01', '2024-07-02'],
      ['2024-07-03', '2024-07-05'],
      ['2024-07-06', '2024-07-08'],
      ['2024-07-09', '2024-07-10'],
    ]);
    const twoDays = defaultPhasePlan({ startsOn: '2024-07-01', endsOn: '2024-07-02' });
    expect(twoDays.every((p) => p.startsOn === '2024-07-01' && p.endsOn === '2024-07-02')).toBe(true);
  });

  it('covers every period from 4 days to two years with contiguous, non-empty phases inside it', () => {
    const startsOn = '2024-02-26';
    for (let length = 4; length <= 731; length++) {
      const period = { startsOn, endsOn: addDays(startsOn, length - 1) };
      const plan = defaultPhasePlan(period);
      expect(plan).toHaveLength(4);
      expect(plan[0]!.startsOn).toBe(period.startsOn);
      expect(plan[3]!.endsOn).toBe(period.endsOn);
      plan.forEach((phase, i) => {
        expect(phase.startsOn <= phase.endsOn).toBe(true);
        expect(codeOf(() => assertPhaseWithinPeriod(phase, period))).toBeNull();
        if (i > 0) expect(phase.startsOn).toBe(addDays(plan[i - 1]!.endsOn, 1));
      });
    }
  });
});

describe('default SOP steps (seed 003)', () => {
  it('has the seven steps with actor, inputs, time and output', () => {
    expect(defaultSopSteps).toHaveLength(7);
    expect(defaultSopSteps.map((s) => s.actorRole)).toEqual([
      'steering',
      'coordinator',
      'coordinator',
      'coordinator',
      'coordinator',
      'steering',
      'coordinator',
    ]);
    expect(defaultSopSteps[2]!.duration).toBe('3 jam');
    expect(defaultSopSteps[2]!.inputs).toContain('kamus kompetensi');
    expect(defaultSopSteps.every((s) => sopActorRoles.includes(s.actorRole))).toBe(true);
  });
});

describe('progress', () => {
  it('counts states with the ratified share to one decimal', () => {
    expect(countStates(['none', 'ratified', 'draft'])).toEqual({
      none: 1,
      draft: 1,
      submitted: 0,
      verified: 0,
      validated: 0,
      ratified: 1,
      total: 3,
      percentRatified: 33.3,
    });
    expect(countStates([]).percentRatified).toBe(0);
  });

  const draftingCampaign = { startsOn: '2024-01-08', endsOn: '2024-05-31' };
  const phases: PhaseDates[] = [
    { kind: 'preparation', startsOn: '2024-01-08', endsOn: '2024-01-31' },
    { kind: 'composing', startsOn: '2024-04-01', endsOn: '2024-04-30' },
  ];

  it('takes the due date from the position, else the composing phase end, else the drafting campaign end', () => {
    expect(dueDate('2024-03-01', phases, draftingCampaign)).toEqual({
      dueOn: '2024-03-01',
      source: 'position',
    });
    expect(dueDate(null, phases, draftingCampaign)).toEqual({
      dueOn: '2024-04-30',
      source: 'composingPhase',
    });
    expect(dueDate(null, [phases[0]!], draftingCampaign)).toEqual({
      dueOn: '2024-05-31',
      source: 'draftingCampaign',
    });
  });

  it('is late only after the due date and only before submission', () => {
    expect(isLate('draft', '2024-04-30', '2024-04-30')).toBe(false);
    expect(isLate('draft', '2024-04-30', '2024-05-01')).toBe(true);
    expect(isLate('none', '2024-04-30', '2024-05-01')).toBe(true);
    expect(isLate('submitted', '2024-04-30', '2024-05-01')).toBe(false);
    expect(isLate('ratified', '2024-04-30', '2024-05-01')).toBe(false);
  });

  it('counts per group and member, keeps unassigned apart and lists late items, latest first', () => {
    const positions: (ProgressPosition & { name: string })[] = [
      { name: 'A', positionId: 'a', assigneeId: 'u1', dueOn: null, status: 'ratified' },
      { name: 'B', positionId: 'b', assigneeId: 'u1', dueOn: '2024-03-01', status: 'draft' },
      { name: 'C', positionId: 'c', assigneeId: 'u2', dueOn: null, status: null },
      { name: 'D', positionId: 'd', assigneeId: 'u3', dueOn: '2024-02-01', status: 'submitted' },
      { name: 'E', positionId: 'e', assigneeId: null, dueOn: '2024-01-20', status: null },
    ];
    const progress = draftingCampaignProgress({
      positions,
      groupIds: ['g1', 'g2', 'steer'],
      members: [
        { userId: 'u1', groupId: 'g1' },
        { userId: 'u2', groupId: 'g1' },
        { userId: 'u3', groupId: 'g2' },
        { userId: 'u4', groupId: 'g2' },
      ],
      phases,
      draftingCampaign,
      today: '2024-05-02',
    });
    expect(progress.totals).toMatchObject({ total: 5, none: 2, draft: 1, submitted: 1, ratified: 1 });
    expect(progress.totals.percentRatified).toBe(20);
    expect(progress.unassigned).toMatchObject({ total: 1, none: 1 });
    expect(progress.groups.map((g) => [g.groupId, g.counts.total])).toEqual([
      ['g1', 3],
      ['g2', 1],
      ['steer', 0],
    ]);
    expect(progress.groups[0]!.counts.percentRatified).toBe(33.3);
    expect(progress.members.map((m) => [m.userId, m.counts.total])).toEqual([
      ['u1', 2],
      ['u2', 1],
      ['u3', 1],
      ['u4', 0],
    ]);
    expect(
      progress.lateItems.map((item) => [item.name, item.dueSource, item.daysLate, item.groupId]),
    ).toEqual([
      ['E', 'position', 103, null],
      ['B', 'position', 62, 'g1'],
      ['C', 'composingPhase', 2, 'g1'],
    ]);
  });
});

describe('week grid', () => {
  it('draws the weeks of the period and the weeks each phase spans', () => {
    const period = { startsOn: '2020-01-06', endsOn: '2020-05-29' };
    const plan = defaultPhasePlan(period);
    const grid = weekGrid(period, plan, '2020-02-03');
    expect(grid.weeks).toHaveLength(21);
    expect(grid.weeks[0]).toEqual({
      index: 0,
      startsOn: '2020-01-06',
      endsOn: '2020-01-12',
      month: '2020-01',
      weekOfMonth: 1,
    });
    expect(grid.weeks[20]).toMatchObject({ startsOn: '2020-05-25', endsOn: '2020-05-29', weekOfMonth: 4 });
    expect(grid.phases.map((p) => [p.phase.kind, p.firstWeek, p.lastWeek])).toEqual([
      ['preparation', 0, 2],
      ['dataCollection', 3, 10],
      ['processing', 11, 15],
      ['composing', 16, 20],
    ]);
    expect(grid.todayWeek).toBe(4);
    expect(weekGrid(period, plan, '2020-06-01').todayWeek).toBeNull();
    expect(weekGrid(period, plan, '2019-12-31').todayWeek).toBeNull();
  });
});
