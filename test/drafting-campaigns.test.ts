/**
 * A city's drafting campaign (seed 000) through the API: 144 positions in scope, a steering team
 * and two drafting groups, assignments, ten standards moved through the workflow, and progress
 * per group and member with late items; the SOP of seed 003 with sign-off; bad input refused
 * with nothing written.
 */
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  draftingCampaignGroups,
  draftingCampaignInterviews,
  draftingCampaignMembers,
  draftingCampaignPhases,
  draftingCampaignPositions,
  draftingCampaignSopSteps,
  draftingCampaigns,
} from '../src/db/schema';
import { addDays, todayIso } from '../src/domain/drafting-campaign';
import { seed001Standard } from '../src/domain/job-standard-test-factory';
import { seed001DictionaryEntries, seed001Technical } from './fixtures/seed-001-technical';
import { supplyNationalCompetencyText, tickCompositionSteps } from './support/dictionary-steps';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let drafter: ApiClient;
let verifier: ApiClient;
let validator: ApiClient;
let ratifier: ApiClient;
let admin2: ApiClient;
const people: Record<string, { id: string; client: ApiClient }> = {};
let agencyId: string;
let parentUnitId: string;
/** The 144 positions in creation order; index i has job level by i % 3 (0: administrator). */
const positions: { id: string; jobLevel: string }[] = [];
let foreignPositionId: string;
let foreignUnitId: string;
let technicalIds: string[];
const today = todayIso(new Date());
/** Given by the admin (temporary), then replaced at the first login by `password`. */
const temporaryPassword = 'Sementara-Dari-Admin-71';
const password = 'Sandi-Pilihan-Pengguna-2026';

function expectStatus(response: { status: number; body: unknown }, status: number) {
  if (response.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
}

async function agencyUser(username: string, fullName: string) {
  const created = await admin.post('/api/users', {
    username,
    fullName,
    password: temporaryPassword,
    role: 'drafter',
  });
  expectStatus(created, 201);
  const client = server.client();
  expectStatus(await client.loginFirstTime(username, temporaryPassword, password), 200);
  people[username] = { id: created.body.user.id, client };
}

async function userId(client: ApiClient) {
  return (await client.get('/api/auth/me')).body.user.id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  drafter = await server.as('drafter');
  verifier = await server.as('verifier');
  validator = await server.as('validator');
  ratifier = await server.as('ratifier');
  admin2 = await server.as('admin2');
  agencyId = (await admin.get('/api/auth/me')).body.user.agency.id;
  for (const [username, client] of [
    ['drafter', drafter],
    ['verifier', verifier],
    ['admin', admin],
  ] as const) {
    people[username] = { id: await userId(client), client };
  }
  for (const [username, name] of [
    ['koordinator1', 'Grahita Purnama Sidi, S.H.'],
    ['koordinator2', 'Rifa Rofiawati, S.E.'],
    ['anggota1', 'Kurniasari Retno S, S.E.'],
    ['anggota2', 'Ririn Marwati, S.E.'],
    ['anggota3', 'Fitri Octora, S.Psi.'],
  ]) {
    await agencyUser(username!, name!);
  }

  // An office with two divisions holding the 144 positions of the drafting campaign.
  const unit = async (name: string, code: string, parentId?: string) => {
    const created = await admin.post(`/api/agencies/${agencyId}/org-units`, { name, code, parentId });
    expectStatus(created, 201);
    return created.body.orgUnit.id as string;
  };
  parentUnitId = await unit('Dinas Uji Kampanye', 'DUK');
  const divisions = [
    await unit('Bidang Uji A', 'DUK-A', parentUnitId),
    await unit('Bidang Uji B', 'DUK-B', parentUnitId),
  ];
  const levels = [
    { jobLevel: 'administrator', positionGroup: 'administrative', title: 'Kepala Bidang' },
    { jobLevel: 'pengawas', positionGroup: 'administrative', title: 'Kepala Seksi' },
    { jobLevel: 'jpt-pratama', positionGroup: 'leadership', title: 'Kepala Dinas' },
  ];
  for (let i = 0; i < 144; i++) {
    const level = levels[i % 3]!;
    const created = await drafter.post('/api/positions', {
      name: `${level.title} Uji ${String(i).padStart(3, '0')}`,
      positionGroup: level.positionGroup,
      jobLevel: level.jobLevel,
      orgUnitId: i < 48 ? parentUnitId : divisions[i < 96 ? 0 : 1],
      governmentAffair: 'Kepegawaian',
      summary: `Merencanakan dan mengevaluasi pengembangan kompetensi pegawai ASN, jabatan uji ${i}.`,
      ...(level.jobLevel === 'administrator' ? { rankMin: 'IV/a', rankMax: 'IV/b' } : {}),
    });
    expectStatus(created, 201);
    positions.push({ id: created.body.position.id, jobLevel: level.jobLevel });
  }
  const kab = (await admin2.get('/api/auth/me')).body.user.agency.id;
  foreignPositionId = (await admin2.get(`/api/agencies/${kab}/positions`)).body.items[0].id;
  foreignUnitId = (await admin2.get(`/api/agencies/${kab}/org-units`)).body.items[0].id;

  // The national text of the mandatory regional competency, then the city's technical dictionary
  // (the Magetan example's competencies), ratified, for composing standards.
  await supplyNationalCompetencyText(server);
  const dictionary = await drafter.post('/api/technical-dictionaries', {
    code: 'KAMUS-KOTA',
    name: 'Kamus Kota',
  });
  for (const entry of seed001DictionaryEntries()) {
    expectStatus(
      await drafter.post(`/api/dictionary-versions/${dictionary.body.versionId}/entries`, entry),
      201,
    );
  }
  await tickCompositionSteps(drafter, dictionary.body.versionId);
  await verifier.post(`/api/dictionary-versions/${dictionary.body.versionId}/transitions`, {
    action: 'verify',
  });
  expectStatus(
    await admin.post(`/api/dictionary-versions/${dictionary.body.versionId}/transitions`, {
      action: 'ratify',
    }),
    200,
  );
  technicalIds = [];
  for (const q of seed001Technical.slice(0, 5)) {
    const found = await drafter.get(`/api/competencies?q=${encodeURIComponent(q.name)}&kind=technical`);
    technicalIds.push(found.body.items.find((i: { code: string }) => i.code === q.code).id);
  }
}, 180_000);
afterAll(() => server?.close());

/** Composes a submittable standard for an administrator position; returns its id. */
async function composeStandard(index: number): Promise<string> {
  expect(positions[index]!.jobLevel).toBe('administrator');
  const created = await drafter.post('/api/job-standards', { positionId: positions[index]!.id });
  expectStatus(created, 201);
  const detail = (await drafter.get(`/api/job-standards/${created.body.id}`)).body;
  const competencies = [
    ...detail.content.competencies.map((r: { competencyId: string; requiredLevel: number }) => ({
      competencyId: r.competencyId,
      requiredLevel: r.requiredLevel,
    })),
    ...technicalIds.map((competencyId, i) => ({
      competencyId,
      requiredLevel: seed001Technical[i]!.level,
      importance: 'essential',
    })),
  ];
  const saved = await drafter.request('PUT', `/api/job-standards/${created.body.id}`, {
    json: { revision: detail.standard.revision, competencies, requirements: seed001Standard().requirements },
  });
  expectStatus(saved, 200);
  return created.body.id;
}

const steps: Record<string, () => ApiClient> = {
  submit: () => drafter,
  verify: () => verifier,
  validate: () => validator,
  ratify: () => ratifier,
};

async function moveTo(
  standardId: string,
  status: 'draft' | 'submitted' | 'verified' | 'validated' | 'ratified',
) {
  const order = ['submit', 'verify', 'validate', 'ratify'];
  const count = ['draft', 'submitted', 'verified', 'validated', 'ratified'].indexOf(status);
  for (const action of order.slice(0, count)) {
    expectStatus(
      await steps[action]!().post(`/api/job-standards/${standardId}/transitions`, { action }),
      200,
    );
  }
}

let draftingCampaignId: string;
const groups: Record<string, string> = {};

describe('a drafting campaign of 144 positions', () => {
  it('is created by the agency admin with the default weekly plan and the SOP of seed 003', async () => {
    const auditBefore = await server.count(auditLog, eq(auditLog.entity, 'draftingCampaign'));
    const created = await admin.post('/api/drafting-campaigns', {
      name: 'Penyusunan SKJ Struktural Kota Contoh',
      startsOn: addDays(today, -100),
      endsOn: addDays(today, 40),
    });
    expectStatus(created, 201);
    draftingCampaignId = created.body.draftingCampaign.id;
    const detail = (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body;
    expect(detail.phases.map((p: { kind: string }) => p.kind)).toEqual([
      'preparation',
      'dataCollection',
      'processing',
      'composing',
    ]);
    expect(detail.phases[0].startsOn).toBe(addDays(today, -100));
    expect(detail.phases[3].endsOn).toBe(addDays(today, 40));
    expect(detail.sopSteps).toHaveLength(7);
    expect(detail.sopSteps[2]).toMatchObject({
      actorRole: 'coordinator',
      duration: '3 jam',
      signedOffBy: null,
    });
    expect(detail.permissions.manage).toBe(true);
    expect(await server.count(auditLog, eq(auditLog.entity, 'draftingCampaign'))).toBe(auditBefore + 1);
  });

  it('builds the steering team and two drafting groups with coordinators', async () => {
    const group = async (name: string, kind: string, members: [string, string][]) => {
      const created = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/groups`, {
        name,
        kind,
      });
      expectStatus(created, 201);
      groups[name] = created.body.group.id;
      const added = await admin.post(
        `/api/drafting-campaigns/${draftingCampaignId}/groups/${created.body.group.id}/members`,
        {
          members: members.map(([username, role]) => ({ userId: people[username]!.id, role })),
        },
      );
      expectStatus(added, 201);
      expect(added.body.group.members).toHaveLength(members.length);
    };
    await group('Tim Pengarah', 'steering', [['verifier', 'member']]);
    await group('Kelompok I', 'drafting', [
      ['koordinator1', 'coordinator'],
      ['drafter', 'member'],
      ['anggota1', 'member'],
    ]);
    await group('Kelompok II', 'drafting', [
      ['koordinator2', 'coordinator'],
      ['anggota2', 'member'],
      ['anggota3', 'member'],
    ]);
    const detail = (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body;
    expect(detail.groups.map((g: { name: string }) => g.name)).toEqual([
      'Tim Pengarah',
      'Kelompok I',
      'Kelompok II',
    ]);
    expect(detail.groups[1].members[0]).toMatchObject({ role: 'coordinator', username: 'koordinator1' });
  });

  it('takes every position of an org unit and its sub-units into scope at once, idempotently', async () => {
    const added = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/positions`, {
      orgUnitId: parentUnitId,
    });
    expectStatus(added, 200);
    expect(added.body).toEqual({ added: 144, alreadyInScope: 0, total: 144 });
    const again = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/positions`, {
      positionIds: positions.slice(0, 10).map((p) => p.id),
    });
    expect(again.body).toEqual({ added: 0, alreadyInScope: 10, total: 144 });
  });

  it('lets the admin assign in bulk and a coordinator only within their own group', async () => {
    const assign = (from: number, to: number, username: string, dueOn?: (i: number) => string | undefined) =>
      positions.slice(from, to).map((p, k) => ({
        positionId: p.id,
        assigneeId: people[username]!.id,
        ...(dueOn?.(from + k) ? { dueOn: dueOn(from + k) } : {}),
      }));
    const overdue: Record<number, string> = {
      0: addDays(today, -10),
      3: addDays(today, -10),
      6: addDays(today, -10),
      9: addDays(today, -10),
      30: addDays(today, -3),
      33: addDays(today, -3),
      36: today,
      39: addDays(today, -1),
    };
    const assigned = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/assignments`, {
      assignments: [
        ...assign(0, 30, 'drafter', (i) => overdue[i]),
        ...assign(30, 60, 'anggota1', (i) => overdue[i]),
        ...assign(60, 90, 'anggota2'),
        ...assign(90, 120, 'anggota3'),
        { positionId: positions[129]!.id, assigneeId: null, dueOn: addDays(today, -20) },
      ],
    });
    expectStatus(assigned, 200);
    expect(assigned.body.updated).toBe(121);

    const coordinator = people.koordinator2!.client;
    const own = await coordinator.post(`/api/drafting-campaigns/${draftingCampaignId}/assignments`, {
      assignments: assign(120, 125, 'anggota2'),
    });
    expectStatus(own, 200);
    const detail = (await coordinator.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body;
    expect(detail.permissions).toEqual({
      read: true,
      manage: false,
      assignGroupIds: [groups['Kelompok II']],
    });

    const assignedBefore = await server.count(
      draftingCampaignPositions,
      isNotNull(draftingCampaignPositions.assigneeId),
    );
    const auditBefore = await server.count(auditLog);
    const otherGroupsPosition = await coordinator.post(
      `/api/drafting-campaigns/${draftingCampaignId}/assignments`,
      {
        assignments: [...assign(125, 126, 'anggota2'), ...assign(0, 1, 'anggota2')],
      },
    );
    expect(otherGroupsPosition.status).toBe(403);
    const toOtherGroup = await coordinator.post(`/api/drafting-campaigns/${draftingCampaignId}/assignments`, {
      assignments: assign(125, 126, 'drafter'),
    });
    expect(toOtherGroup.status).toBe(403);
    expect(toOtherGroup.body.error.code).toBe('FORBIDDEN');
    const member = await people.anggota2!.client.post(
      `/api/drafting-campaigns/${draftingCampaignId}/assignments`,
      {
        assignments: assign(125, 126, 'anggota2'),
      },
    );
    expect(member.status).toBe(403);
    expect(
      await server.count(draftingCampaignPositions, isNotNull(draftingCampaignPositions.assigneeId)),
    ).toBe(assignedBefore);
    expect(await server.count(auditLog)).toBe(auditBefore);
  });

  it('shows per group and member how many standards are in each state, and the late items', async () => {
    // Kelompok I — drafter: 0 ratified, 3 validated, 6 submitted, 9 draft; anggota1: 30 verified, 33 draft.
    // Kelompok II — anggota2: 60 ratified then revised (a draft v2), 63 submitted; anggota3: 90 ratified.
    // Unassigned: 129 draft.
    const plan: [number, 'draft' | 'submitted' | 'verified' | 'validated' | 'ratified'][] = [
      [0, 'ratified'],
      [3, 'validated'],
      [6, 'submitted'],
      [9, 'draft'],
      [30, 'verified'],
      [33, 'draft'],
      [60, 'ratified'],
      [63, 'submitted'],
      [90, 'ratified'],
      [129, 'draft'],
    ];
    const ids: Record<number, string> = {};
    for (const [index, status] of plan) {
      ids[index] = await composeStandard(index);
      await moveTo(ids[index]!, status);
    }
    expectStatus(await drafter.post(`/api/job-standards/${ids[60]}/revisions`, {}), 201);

    const progress = (await drafter.get(`/api/drafting-campaigns/${draftingCampaignId}/progress`)).body;
    expect(progress.today).toBe(today);
    expect(progress.totals).toEqual({
      none: 134,
      draft: 4,
      submitted: 2,
      verified: 1,
      validated: 1,
      ratified: 2,
      total: 144,
      percentRatified: 1.4,
    });
    expect(progress.unassigned).toMatchObject({ total: 19, draft: 1, none: 18 });
    const byGroup = Object.fromEntries(
      progress.groups.map((g: { name: string; counts: unknown }) => [g.name, g.counts]),
    );
    expect(byGroup['Kelompok I']).toEqual({
      none: 54,
      draft: 2,
      submitted: 1,
      verified: 1,
      validated: 1,
      ratified: 1,
      total: 60,
      percentRatified: 1.7,
    });
    expect(byGroup['Kelompok II']).toEqual({
      none: 62,
      draft: 1,
      submitted: 1,
      verified: 0,
      validated: 0,
      ratified: 1,
      total: 65,
      percentRatified: 1.5,
    });
    expect(byGroup['Tim Pengarah'].total).toBe(0);
    const byMember = Object.fromEntries(
      progress.members.map((m: { userId: string; counts: Record<string, number> }) => [m.userId, m.counts]),
    );
    expect(byMember[people.drafter!.id]).toMatchObject({
      total: 30,
      ratified: 1,
      validated: 1,
      submitted: 1,
      draft: 1,
      none: 26,
    });
    expect(byMember[people.anggota1!.id]).toMatchObject({ total: 30, verified: 1, draft: 1, none: 28 });
    expect(byMember[people.anggota2!.id]).toMatchObject({
      total: 35,
      submitted: 1,
      draft: 1,
      none: 33,
      ratified: 0,
    });
    expect(byMember[people.anggota3!.id]).toMatchObject({
      total: 30,
      ratified: 1,
      none: 29,
      percentRatified: 3.3,
    });
    expect(byMember[people.koordinator1!.id].total).toBe(0);

    // Late: past the due date and not yet submitted. Due today (36) is not late; 0, 3, 6, 30 moved on.
    expect(
      progress.lateItems.map((item: { positionId: string; daysLate: number; state: string }) => [
        positions.findIndex((p) => p.id === item.positionId),
        item.daysLate,
        item.state,
      ]),
    ).toEqual([
      [129, 20, 'draft'],
      [9, 10, 'draft'],
      [33, 3, 'draft'],
      [39, 1, 'none'],
    ]);
    expect(progress.lateItems[0]).toMatchObject({ assigneeId: null, groupId: null, dueSource: 'position' });
    expect(progress.lateItems[1]).toMatchObject({
      assigneeName: 'Budi Santoso, S.E.',
      groupId: groups['Kelompok I'],
      standardId: ids[9],
    });

    const detail = (await drafter.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body;
    const row = (i: number) =>
      detail.positions.find((p: { positionId: string }) => p.positionId === positions[i]!.id);
    expect(row(60)).toMatchObject({ state: 'draft', standard: { version: 2, status: 'draft' } });
    expect(row(90)).toMatchObject({ state: 'ratified', late: false });
    expect(row(9)).toMatchObject({ late: true, dueSource: 'position' });
    expect(row(100)).toMatchObject({ state: 'none', dueSource: 'composingPhase', late: false });
  });

  it('counts every open position without its own date as late once the composing phase has ended', async () => {
    const before = (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body;
    const composing = before.phases.find((p: { kind: string }) => p.kind === 'composing');
    const moved = await admin.request(
      'PATCH',
      `/api/drafting-campaigns/${draftingCampaignId}/phases/${composing.id}`,
      {
        json: { startsOn: addDays(today, -7), endsOn: addDays(today, -1) },
      },
    );
    expectStatus(moved, 200);
    const progress = (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}/progress`)).body;
    // Open: 134 without a standard + 4 drafts; of those only 36 (own date today) is not late.
    expect(progress.lateItems).toHaveLength(137);
    expect(
      progress.lateItems.filter((i: { dueSource: string }) => i.dueSource === 'composingPhase'),
    ).toHaveLength(133);
    const grid = progress.weekGrid;
    expect(grid.weeks).toHaveLength(21);
    expect(grid.todayWeek).toBe(14);
    expect(grid.phases.find((p: { kind: string }) => p.kind === 'composing')).toMatchObject({
      firstWeek: 13,
      lastWeek: 14,
    });
    expect(grid.phases.find((p: { kind: string }) => p.kind === 'preparation').firstWeek).toBe(0);
  });
});

describe('who sees and changes a drafting campaign', () => {
  let otherDraftingCampaignId: string;

  it('lists drafting campaigns by role: members see theirs, readers and national roles all of an agency', async () => {
    const other = await admin.post('/api/drafting-campaigns', {
      name: 'Penyusunan SKJ Fungsional',
      startsOn: '2024-01-08',
      endsOn: '2024-05-31',
    });
    expectStatus(other, 201);
    otherDraftingCampaignId = other.body.draftingCampaign.id;
    const names = async (client: ApiClient, query = '') =>
      (await client.get(`/api/drafting-campaigns${query}`)).body.items
        .map((c: { name: string }) => c.name)
        .sort();
    expect(await names(drafter)).toEqual(['Penyusunan SKJ Struktural Kota Contoh']);
    expect(await names(verifier)).toHaveLength(2);
    expect(await names(validator)).toHaveLength(2);
    expect(await names(admin2)).toEqual([]);
    expect(await names(ratifier, `?agencyId=${agencyId}`)).toHaveLength(2);
    const first = (await drafter.get('/api/drafting-campaigns')).body.items[0];
    expect(first).toMatchObject({ positions: 144, ratified: 2, percentRatified: 1.4, myRole: 'member' });
    expect((await admin2.get(`/api/drafting-campaigns?agencyId=${agencyId}`)).status).toBe(404);
  });

  it('hides a drafting campaign from users outside it and refuses writes by anyone but the admin', async () => {
    expect((await drafter.get(`/api/drafting-campaigns/${otherDraftingCampaignId}`)).body.error.code).toBe(
      'DRAFTING_CAMPAIGN_NOT_FOUND',
    );
    expect((await admin2.get(`/api/drafting-campaigns/${draftingCampaignId}`)).status).toBe(404);
    expect(
      (await (await server.as('pegawai')).get(`/api/drafting-campaigns/${draftingCampaignId}`)).status,
    ).toBe(404);
    expect((await validator.get(`/api/drafting-campaigns/${draftingCampaignId}/progress`)).status).toBe(200);
    expect((await ratifier.get(`/api/drafting-campaigns/${draftingCampaignId}`)).status).toBe(200);
    expect(
      (
        await drafter.post('/api/drafting-campaigns', {
          name: 'Kegiatan',
          startsOn: '2024-01-01',
          endsOn: '2024-02-01',
        })
      ).status,
    ).toBe(403);
    const rename = await verifier.request('PATCH', `/api/drafting-campaigns/${draftingCampaignId}`, {
      json: { name: 'Diubah' },
    });
    expect(rename.status).toBe(403);
    expect(
      (
        await admin2.request('PATCH', `/api/drafting-campaigns/${draftingCampaignId}`, {
          json: { name: 'Diubah' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('bad input: clear errors, nothing written', () => {
  it('refuses inverted periods and impossible dates', async () => {
    const before = await server.count(draftingCampaigns);
    const inverted = await admin.post('/api/drafting-campaigns', {
      name: 'Terbalik',
      startsOn: '2024-05-01',
      endsOn: '2024-04-01',
    });
    expect(inverted.status).toBe(422);
    expect(inverted.body.error.code).toBe('INVALID_PERIOD');
    expect(inverted.body.error.message).toContain('tidak boleh sebelum');
    const impossible = await admin.post('/api/drafting-campaigns', {
      name: 'Mustahil',
      startsOn: '2023-02-29',
      endsOn: '2023-04-01',
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.details.issues[0]).toMatchObject({ path: 'startsOn' });
    expect(await server.count(draftingCampaigns)).toBe(before);
    const shrink = await admin.request('PATCH', `/api/drafting-campaigns/${draftingCampaignId}`, {
      json: { endsOn: addDays(today, -30) },
    });
    expect(shrink.status).toBe(422);
    expect(shrink.body.error.code).toBe('PHASE_OUTSIDE_PERIOD');
    expect(
      (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body.draftingCampaign.endsOn,
    ).toBe(addDays(today, 40));
    // Replanning the phases does not carry the positions' due dates along: one is 20 days ago.
    const phasesBefore = await server.count(draftingCampaignPhases);
    const stranded = await admin.request('PATCH', `/api/drafting-campaigns/${draftingCampaignId}`, {
      json: { startsOn: addDays(today, -10), replanPhases: true },
    });
    expect(stranded.status).toBe(422);
    expect(stranded.body.error.code).toBe('DUE_DATE_OUTSIDE_PERIOD');
    expect(stranded.body.error.message).toContain('jabatan memiliki tenggat di luar periode baru');
    expect(stranded.body.error.details.positionIds).toContain(positions[129]!.id);
    const after = (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body.draftingCampaign;
    expect([after.startsOn, await server.count(draftingCampaignPhases)]).toEqual([
      addDays(today, -100),
      phasesBefore,
    ]);
  });

  it('refuses unknown ids, another agency’s positions and org units', async () => {
    const before = await server.count(draftingCampaignPositions);
    const unknownDraftingCampaign = await admin.post(
      '/api/drafting-campaigns/00000000-0000-4000-8000-000000000000/positions',
      {
        positionIds: [positions[0]!.id],
      },
    );
    expect(unknownDraftingCampaign.status).toBe(404);
    expect(unknownDraftingCampaign.body.error.code).toBe('DRAFTING_CAMPAIGN_NOT_FOUND');
    expect((await admin.get('/api/drafting-campaigns/bukan-id')).body.error.code).toBe(
      'DRAFTING_CAMPAIGN_NOT_FOUND',
    );
    const other = await admin.post('/api/drafting-campaigns', {
      name: 'Kecil',
      startsOn: '2024-01-01',
      endsOn: '2024-03-31',
    });
    const smallId = other.body.draftingCampaign.id;
    const foreign = await admin.post(`/api/drafting-campaigns/${smallId}/positions`, {
      positionIds: [positions[0]!.id, foreignPositionId],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error).toMatchObject({
      code: 'POSITION_OF_OTHER_AGENCY',
      details: { positionIds: [foreignPositionId] },
    });
    const unknown = await admin.post(`/api/drafting-campaigns/${smallId}/positions`, {
      positionIds: [positions[1]!.id, '00000000-0000-4000-8000-000000000001'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('POSITION_NOT_FOUND');
    const foreignUnit = await admin.post(`/api/drafting-campaigns/${smallId}/positions`, {
      orgUnitId: foreignUnitId,
    });
    expect(foreignUnit.body.error.code).toBe('ORG_UNIT_NOT_FOUND');
    expect(await server.count(draftingCampaignPositions)).toBe(before);
    const onlyParent = await admin.post(`/api/drafting-campaigns/${smallId}/positions`, {
      orgUnitId: parentUnitId,
      includeSubUnits: false,
    });
    expect(onlyParent.body).toEqual({ added: 48, alreadyInScope: 0, total: 48 });
    const assignForeign = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/assignments`, {
      assignments: [
        { positionId: positions[140]!.id, assigneeId: people.anggota3!.id },
        { positionId: foreignPositionId, assigneeId: people.anggota3!.id },
      ],
    });
    expect(assignForeign.body.error.code).toBe('POSITION_OF_OTHER_AGENCY');
    const assignOutOfScope = await admin.post(`/api/drafting-campaigns/${smallId}/assignments`, {
      assignments: [{ positionId: positions[140]!.id, assigneeId: null }],
    });
    expect(assignOutOfScope.body.error.code).toBe('POSITION_NOT_IN_DRAFTING_CAMPAIGN');
    const toSteering = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/assignments`, {
      assignments: [{ positionId: positions[140]!.id, assigneeId: people.verifier!.id }],
    });
    expect(toSteering.body.error.code).toBe('ASSIGNEE_NOT_IN_DRAFTING_GROUP');
    const dueOutside = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/assignments`, {
      assignments: [
        { positionId: positions[140]!.id, assigneeId: people.anggota3!.id, dueOn: addDays(today, 41) },
      ],
    });
    expect(dueOutside.body.error.code).toBe('DUE_DATE_OUTSIDE_PERIOD');
    const row = await server.database.db
      .select()
      .from(draftingCampaignPositions)
      .where(
        and(
          eq(draftingCampaignPositions.draftingCampaignId, draftingCampaignId),
          eq(draftingCampaignPositions.positionId, positions[140]!.id),
        ),
      );
    expect(row[0]!.assigneeId).toBeNull();
  });

  it('refuses a member already in another group, a user of another agency, unknown users: all or none', async () => {
    const before = await server.count(draftingCampaignMembers);
    const auditBefore = await server.count(auditLog);
    const steering = groups['Tim Pengarah'];
    const twice = await admin.post(
      `/api/drafting-campaigns/${draftingCampaignId}/groups/${steering}/members`,
      {
        members: [
          { userId: people.admin!.id, role: 'coordinator' },
          { userId: people.drafter!.id, role: 'member' },
        ],
      },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('MEMBER_ALREADY_IN_DRAFTING_CAMPAIGN');
    expect(twice.body.error.message).toContain('Kelompok I');
    const admin2Id = await userId(admin2);
    const foreign = await admin.post(
      `/api/drafting-campaigns/${draftingCampaignId}/groups/${steering}/members`,
      {
        members: [
          { userId: people.admin!.id, role: 'coordinator' },
          { userId: admin2Id, role: 'member' },
        ],
      },
    );
    expect(foreign.status).toBe(422);
    expect(foreign.body.error).toMatchObject({
      code: 'USER_OF_OTHER_AGENCY',
      details: { userIds: [admin2Id] },
    });
    const national = await admin.post(
      `/api/drafting-campaigns/${draftingCampaignId}/groups/${steering}/members`,
      {
        members: [{ userId: await userId(ratifier), role: 'member' }],
      },
    );
    expect(national.body.error.code).toBe('USER_OF_OTHER_AGENCY');
    const unknown = await admin.post(
      `/api/drafting-campaigns/${draftingCampaignId}/groups/${steering}/members`,
      {
        members: [{ userId: '00000000-0000-4000-8000-000000000002', role: 'member' }],
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('USER_NOT_FOUND');
    const badRole = await admin.post(
      `/api/drafting-campaigns/${draftingCampaignId}/groups/${steering}/members`,
      {
        members: [{ userId: people.admin!.id, role: 'ketua' }],
      },
    );
    expect(badRole.status).toBe(400);
    const unknownGroup = await admin.post(
      `/api/drafting-campaigns/${draftingCampaignId}/groups/00000000-0000-4000-8000-000000000003/members`,
      { members: [{ userId: people.admin!.id, role: 'member' }] },
    );
    expect(unknownGroup.body.error.code).toBe('DRAFTING_CAMPAIGN_GROUP_NOT_FOUND');
    expect(await server.count(draftingCampaignMembers)).toBe(before);
    expect(await server.count(auditLog)).toBe(auditBefore);
  });

  it('keeps phases inside the drafting campaign period', async () => {
    const before = await server.count(draftingCampaignPhases);
    const outside = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/phases`, {
      kind: 'other',
      name: 'Finalisasi',
      startsOn: addDays(today, 30),
      endsOn: addDays(today, 50),
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('PHASE_OUTSIDE_PERIOD');
    expect(outside.body.error.message).toContain('di luar periode kegiatan');
    const inverted = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/phases`, {
      kind: 'other',
      name: 'Finalisasi',
      startsOn: addDays(today, 30),
      endsOn: addDays(today, 20),
    });
    expect(inverted.body.error.code).toBe('INVALID_PERIOD');
    const badKind = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/phases`, {
      kind: 'holiday',
      name: 'Libur',
      startsOn: today,
      endsOn: today,
    });
    expect(badKind.status).toBe(400);
    expect(await server.count(draftingCampaignPhases)).toBe(before);
    const added = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/phases`, {
      kind: 'other',
      name: 'Finalisasi dan pelaporan',
      startsOn: addDays(today, 30),
      endsOn: addDays(today, 40),
    });
    expectStatus(added, 201);
    expect(added.body.phase.sortOrder).toBe(5);
  });
});

describe('interviews per position', () => {
  it('records interviews by the assignee and refuses roles outside the enum, positions outside the scope', async () => {
    const anggota1 = people.anggota1!.client;
    const position = positions[33]!.id;
    const recorded = await anggota1.post(`/api/drafting-campaigns/${draftingCampaignId}/interviews`, {
      positionId: position,
      intervieweeRole: 'holder',
      intervieweeName: 'Kepala Bidang Uji 033',
      heldOn: addDays(today, -2),
      notes: 'Tugas utama: perencanaan kebutuhan diklat; kompetensi teknis yang disebut: analisis jabatan.',
    });
    expectStatus(recorded, 201);
    expect(recorded.body.interview).toMatchObject({
      intervieweeRole: 'holder',
      recordedByName: 'Kurniasari Retno S, S.E.',
    });
    const byCoordinator = await people.koordinator1!.client.post(
      `/api/drafting-campaigns/${draftingCampaignId}/interviews`,
      {
        positionId: position,
        intervieweeRole: 'superior',
        intervieweeName: 'Sekretaris Dinas',
        heldOn: today,
        notes: 'Atasan langsung menekankan kemampuan koordinasi lintas bidang.',
      },
    );
    expectStatus(byCoordinator, 201);

    const before = await server.count(draftingCampaignInterviews);
    const badRole = await anggota1.post(`/api/drafting-campaigns/${draftingCampaignId}/interviews`, {
      positionId: position,
      intervieweeRole: 'friend',
      intervieweeName: 'Teman',
      heldOn: today,
      notes: 'Catatan.',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.code).toBe('VALIDATION_FAILED');
    expect(badRole.body.error.details.issues[0]).toMatchObject({ path: 'intervieweeRole' });
    expect(badRole.body.error.details.issues[0].message).toContain('pemegang jabatan');
    const otherMembersPosition = await anggota1.post(
      `/api/drafting-campaigns/${draftingCampaignId}/interviews`,
      {
        positionId: positions[0]!.id,
        intervieweeRole: 'holder',
        intervieweeName: 'Pemegang',
        heldOn: today,
        notes: 'Catatan.',
      },
    );
    expect(otherMembersPosition.status).toBe(403);
    const future = await anggota1.post(`/api/drafting-campaigns/${draftingCampaignId}/interviews`, {
      positionId: position,
      intervieweeRole: 'policyMaker',
      intervieweeName: 'Sekretaris Daerah',
      heldOn: addDays(today, 1),
      notes: 'Catatan.',
    });
    expect(future.body.error.code).toBe('INTERVIEW_DATE_IN_FUTURE');
    const outOfScope = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/interviews`, {
      positionId: foreignPositionId,
      intervieweeRole: 'holder',
      intervieweeName: 'Pemegang',
      heldOn: today,
      notes: 'Catatan.',
    });
    expect(outOfScope.body.error.code).toBe('POSITION_OF_OTHER_AGENCY');
    expect(await server.count(draftingCampaignInterviews)).toBe(before);

    const listed = await drafter.get(
      `/api/drafting-campaigns/${draftingCampaignId}/interviews?positionId=${position}`,
    );
    expect(listed.body.items.map((i: { intervieweeRole: string }) => i.intervieweeRole)).toEqual([
      'holder',
      'superior',
    ]);
    const detail = (await drafter.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body;
    expect(
      detail.positions.find((p: { positionId: string }) => p.positionId === position).interviewCount,
    ).toBe(2);
  });

  it('lets the recorder correct or delete a note, audited; others are refused and nothing changes', async () => {
    const anggota1 = people.anggota1!.client;
    const position = positions[33]!.id;
    const base = `/api/drafting-campaigns/${draftingCampaignId}/interviews`;
    const listed = (await anggota1.get(`${base}?positionId=${position}`)).body.items;
    const holderNote = listed.find((i: { intervieweeRole: string }) => i.intervieweeRole === 'holder');
    const auditBefore = await server.count(auditLog, eq(auditLog.entity, 'draftingCampaign'));

    const corrected = await anggota1.request('PATCH', `${base}/${holderNote.id}`, {
      json: {
        notes: 'Tugas utama: perencanaan kebutuhan diklat dan analisis jabatan.',
        heldOn: addDays(today, -3),
      },
    });
    expectStatus(corrected, 200);
    expect(corrected.body.interview).toMatchObject({
      id: holderNote.id,
      positionId: position,
      intervieweeRole: 'holder',
      intervieweeName: 'Kepala Bidang Uji 033',
      heldOn: addDays(today, -3),
      notes: 'Tugas utama: perencanaan kebutuhan diklat dan analisis jabatan.',
    });

    const snapshot = async () => (await anggota1.get(`${base}?positionId=${position}`)).body.items;
    const before = await snapshot();
    const future = await anggota1.request('PATCH', `${base}/${holderNote.id}`, {
      json: { heldOn: addDays(today, 1) },
    });
    expect([future.status, future.body.error.code]).toEqual([422, 'INTERVIEW_DATE_IN_FUTURE']);
    const moved = await anggota1.request('PATCH', `${base}/${holderNote.id}`, {
      json: { positionId: positions[0]!.id },
    });
    expect([moved.status, moved.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const empty = await anggota1.request('PATCH', `${base}/${holderNote.id}`, { json: { notes: '' } });
    expect(empty.status).toBe(400);
    const notMine = await people.anggota3!.client.request('PATCH', `${base}/${holderNote.id}`, {
      json: { notes: 'Bukan tugas saya.' },
    });
    expect(notMine.status).toBe(403);
    expect((await people.anggota3!.client.request('DELETE', `${base}/${holderNote.id}`)).status).toBe(403);
    const foreign = await admin2.request('PATCH', `${base}/${holderNote.id}`, { json: { notes: 'Asing.' } });
    expect(foreign.status).toBe(404);
    const unknown = await anggota1.request('DELETE', `${base}/00000000-0000-4000-8000-000000000000`);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'INTERVIEW_NOT_FOUND']);
    expect(await snapshot()).toEqual(before);

    const deleted = await anggota1.request('DELETE', `${base}/${holderNote.id}`);
    expectStatus(deleted, 200);
    expect((await snapshot()).map((i: { intervieweeRole: string }) => i.intervieweeRole)).toEqual([
      'superior',
    ]);
    expect(await server.count(auditLog, eq(auditLog.entity, 'draftingCampaign'))).toBe(auditBefore + 2);
    const [lastAudit] = await server.database.db
      .select({ action: auditLog.action, diff: auditLog.diff })
      .from(auditLog)
      .where(eq(auditLog.entity, 'draftingCampaign'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(lastAudit).toMatchObject({
      action: 'deleteInterview',
      diff: {
        interviewId: holderNote.id,
        before: { notes: 'Tugas utama: perencanaan kebutuhan diklat dan analisis jabatan.' },
      },
    });
  });
});

describe('the SOP of seed 003', () => {
  it('is signed off once per step, by someone in the step’s actor role or the admin', async () => {
    const detail = (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body;
    const [step1, step2, , , , step6] = detail.sopSteps;
    expect(step1.actorRole).toBe('steering');
    const url = (step: { id: string }) =>
      `/api/drafting-campaigns/${draftingCampaignId}/sop-steps/${step.id}/sign-off`;
    const byDrafter = await drafter.post(url(step1), { note: 'Bukan peran saya' });
    expect(byDrafter.status).toBe(403);
    expect(byDrafter.body.error.message).toContain('Tim Pengarah');
    expect(
      await server.count(draftingCampaignSopSteps, isNotNull(draftingCampaignSopSteps.signedOffBy)),
    ).toBe(0);

    const signed = await verifier.post(url(step1), { note: 'Surat penugasan nomor 800/12 telah terbit.' });
    expectStatus(signed, 200);
    expect(signed.body.step).toMatchObject({
      signedOffBy: people.verifier!.id,
      signedOffByName: 'Siti Rahmawati, S.Psi.',
      signOffNote: 'Surat penugasan nomor 800/12 telah terbit.',
    });
    expect(Date.parse(signed.body.step.signedOffAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await admin.post(url(step1), {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SOP_STEP_ALREADY_SIGNED_OFF');
    const editSigned = await admin.request(
      'PATCH',
      `/api/drafting-campaigns/${draftingCampaignId}/sop-steps/${step1.id}`,
      {
        json: { duration: '1 hari' },
      },
    );
    expect(editSigned.status).toBe(409);

    expect((await people.anggota1!.client.post(url(step2), {})).status).toBe(403);
    expectStatus(
      await people.koordinator1!.client.post(url(step2), { note: 'Jadwal rapat disepakati.' }),
      200,
    );
    expectStatus(await admin.post(url(step6), {}), 200);
    const after = (await drafter.get(`/api/drafting-campaigns/${draftingCampaignId}`)).body.sopSteps;
    expect(after.map((s: { signedOffBy: string | null }) => s.signedOffBy !== null)).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(after.every((s: { canSignOff: boolean }) => s.canSignOff === false)).toBe(true);
  });

  it('lets the admin add, edit and remove unsigned steps', async () => {
    const added = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/sop-steps`, {
      step: 'Validasi hasil perumusan oleh validator instansi.',
      actorRole: 'validator',
      duration: '1 hari',
    });
    expectStatus(added, 201);
    expect(added.body.step).toMatchObject({ sortOrder: 8, inputs: '', output: '' });
    const bad = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/sop-steps`, {
      step: 'X',
      actorRole: 'walikota',
    });
    expect(bad.status).toBe(400);
    const edited = await admin.request(
      'PATCH',
      `/api/drafting-campaigns/${draftingCampaignId}/sop-steps/${added.body.step.id}`,
      {
        json: { output: 'Berita acara validasi' },
      },
    );
    expect(edited.body.step.output).toBe('Berita acara validasi');
    expectStatus(
      await validator.post(
        `/api/drafting-campaigns/${draftingCampaignId}/sop-steps/${added.body.step.id}/sign-off`,
        {},
      ),
      200,
    );
    expect(
      (
        await admin.request(
          'DELETE',
          `/api/drafting-campaigns/${draftingCampaignId}/sop-steps/${added.body.step.id}`,
        )
      ).status,
    ).toBe(409);
  });
});

describe('team changes keep the assignments consistent', () => {
  it('unassigns the positions of a member who leaves, and audits every write', async () => {
    const auditBefore = await server.count(auditLog, eq(auditLog.entity, 'draftingCampaign'));
    const removed = await admin.request(
      'DELETE',
      `/api/drafting-campaigns/${draftingCampaignId}/members/${people.anggota3!.id}`,
    );
    expectStatus(removed, 200);
    expect(removed.body.unassigned).toBe(30);
    const progress = (await admin.get(`/api/drafting-campaigns/${draftingCampaignId}/progress`)).body;
    expect(progress.unassigned.total).toBe(49);
    expect(progress.members.some((m: { userId: string }) => m.userId === people.anggota3!.id)).toBe(false);
    const promoted = await admin.request(
      'PATCH',
      `/api/drafting-campaigns/${draftingCampaignId}/members/${people.anggota2!.id}`,
      {
        json: { role: 'coordinator' },
      },
    );
    expect(promoted.body.member.role).toBe('coordinator');
    const group = await admin.post(`/api/drafting-campaigns/${draftingCampaignId}/groups`, {
      name: 'Kelompok III',
      kind: 'drafting',
    });
    expect(
      (
        await admin.request(
          'DELETE',
          `/api/drafting-campaigns/${draftingCampaignId}/groups/${group.body.group.id}`,
        )
      ).status,
    ).toBe(200);
    expect(
      await server.count(
        draftingCampaignGroups,
        eq(draftingCampaignGroups.draftingCampaignId, draftingCampaignId),
      ),
    ).toBe(3);
    expect(await server.count(auditLog, eq(auditLog.entity, 'draftingCampaign'))).toBe(auditBefore + 4);
  });
});

describe('API documentation', () => {
  it('publishes the drafting campaign endpoints in the OpenAPI document', async () => {
    const doc = (await server.client().get('/api/openapi.json')).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'POST /api/drafting-campaigns',
      'GET /api/drafting-campaigns/{id}/progress',
      'POST /api/drafting-campaigns/{id}/groups/{groupId}/members',
      'POST /api/drafting-campaigns/{id}/assignments',
      'POST /api/drafting-campaigns/{id}/interviews',
      'PATCH /api/drafting-campaigns/{id}/interviews/{interviewId}',
      'DELETE /api/drafting-campaigns/{id}/interviews/{interviewId}',
      'POST /api/drafting-campaigns/{id}/sop-steps/{stepId}/sign-off',
    ]) {
      expect(operations).toContain(expected);
    }
  });
});
