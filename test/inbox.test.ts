/**
 * The inboxes (`GET /api/me/tasks`): each role finds what waits for it, returned drafts carry
 * their reason, the national queue filters by agency, level and waiting time, the admin sees what
 * is missing and late; an employee's inbox is empty. Every answer is also checked against the
 * route's schema (the test server runs the contract check).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeStandard, type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let ratifier: ApiClient;
const standards: Record<'submitted' | 'validated' | 'returned', { positionId: string; standardId: string }> =
  {} as never;

const transition = async (client: ApiClient, standardId: string, action: string, comment?: string) => {
  const response = await client.post(`/api/job-standards/${standardId}/transitions`, {
    action,
    ...(comment ? { comment } : {}),
  });
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
};

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server, 'KEMEN-TUGAS');
  ratifier = await server.as('ratifier');
  const { drafter, verifier, validator, orgUnitId } = ministry;
  standards.submitted = await composeStandard(drafter, orgUnitId, 'Kepala Bidang Pengadaan Pegawai');
  await transition(drafter, standards.submitted.standardId, 'submit');
  standards.validated = await composeStandard(drafter, orgUnitId, 'Kepala Bidang Penilaian Kinerja');
  await transition(drafter, standards.validated.standardId, 'submit');
  await transition(verifier, standards.validated.standardId, 'verify');
  await transition(validator, standards.validated.standardId, 'validate');
  standards.returned = await composeStandard(drafter, orgUnitId, 'Kepala Bidang Informasi Kepegawaian');
  await transition(drafter, standards.returned.standardId, 'submit');
  await transition(verifier, standards.returned.standardId, 'return', 'Indikator kinerja belum terukur.');
}, 180_000);
afterAll(() => server?.close());

const tasks = async (client: ApiClient, query = '') => {
  const response = await client.get(`/api/me/tasks${query}`);
  expect(response.status).toBe(200);
  return response.body;
};

describe('GET /api/me/tasks', () => {
  it("gives the drafter the agency's drafts, the returned one first with its reason", async () => {
    const body = await tasks(ministry.drafter);
    expect(body.reviews).toBeNull();
    expect(body.ratifications).toBeNull();
    expect(body.overview).toBeNull();
    const first = body.drafts.items[0];
    expect(first).toMatchObject({
      standardId: standards.returned.standardId,
      positionName: 'Kepala Bidang Informasi Kepegawaian',
      jobLevel: 'administrator',
      jobLevelName: 'Administrator',
      status: 'draft',
      returned: { reason: 'Indikator kinerja belum terukur.', byName: 'Pengguna verifier' },
    });
    expect(body.counts).toMatchObject({ returned: 1, reviews: 0, ratifications: 0 });
    expect(body.counts.total).toBe(body.counts.drafts);
  });

  it('gives the verifier what waits for verification, and the validator nothing yet', async () => {
    const verifierTasks = await tasks(ministry.verifier);
    expect(verifierTasks.drafts).toBeNull();
    expect(verifierTasks.reviews.items.map((i: { standardId: string }) => i.standardId)).toEqual([
      standards.submitted.standardId,
    ]);
    expect(verifierTasks.reviews.items[0]).toMatchObject({ status: 'submitted', waitingDays: 0 });
    expect(verifierTasks.counts.total).toBe(1);
    const validatorTasks = await tasks(ministry.validator);
    expect(validatorTasks.reviews.items).toEqual([]);
    expect(validatorTasks.counts.total).toBe(0);
  });

  it("puts every agency's validated standards in the national ratifier's queue, with filters", async () => {
    const all = await tasks(ratifier);
    expect(all.drafts).toBeNull();
    expect(all.reviews).toBeNull();
    const mine = all.ratifications.items.find(
      (i: { standardId: string }) => i.standardId === standards.validated.standardId,
    );
    expect(mine).toMatchObject({
      agencyId: ministry.agencyId,
      agencyName: 'Kementerian Contoh',
      status: 'validated',
    });
    expect(all.ratifications.agencies).toContainEqual({
      id: ministry.agencyId,
      name: 'Kementerian Contoh',
      count: 1,
    });
    expect(all.counts.ratifications).toBe(all.ratifications.queueTotal);

    const demoCity = (await (await server.as('admin')).get('/api/auth/me')).body.user.agency.id;
    const otherAgency = await tasks(ratifier, `?agencyId=${demoCity}`);
    expect(
      otherAgency.ratifications.items.some((i: { agencyId: string }) => i.agencyId === ministry.agencyId),
    ).toBe(false);
    expect(otherAgency.ratifications.queueTotal).toBe(all.ratifications.queueTotal);
    const byLevel = await tasks(ratifier, `?agencyId=${ministry.agencyId}&jobLevel=administrator`);
    expect(byLevel.ratifications.items).toHaveLength(1);
    const otherLevel = await tasks(ratifier, `?agencyId=${ministry.agencyId}&jobLevel=ahli-muda`);
    expect(otherLevel.ratifications.items).toHaveLength(0);
    // Validated moments ago: not yet waiting a day.
    const waitingLong = await tasks(ratifier, `?agencyId=${ministry.agencyId}&minWaitingDays=1`);
    expect(waitingLong.ratifications.items).toHaveLength(0);
    expect(waitingLong.ratifications.total).toBe(0);
  });

  it('refuses a malformed filter with a clear code', async () => {
    const response = await ratifier.get('/api/me/tasks?minWaitingDays=-3');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('shows the admin positions without a standard and overdue campaign positions', async () => {
    const { admin, drafter, orgUnitId } = ministry;
    const bare = await drafter.post('/api/positions', {
      name: 'Analis Kebijakan Ahli Muda',
      positionGroup: 'functional',
      jobLevel: 'ahli-muda',
      orgUnitId,
    });
    expect(bare.status).toBe(201);
    const campaign = await admin.post('/api/drafting-campaigns', {
      name: 'Penyusunan SKJ 2024',
      startsOn: '2024-01-08',
      endsOn: '2024-05-31',
    });
    expect(campaign.status).toBe(201);
    const campaignId = campaign.body.draftingCampaign.id;
    const added = await admin.post(`/api/drafting-campaigns/${campaignId}/positions`, {
      positionIds: [bare.body.position.id, standards.returned.positionId, standards.validated.positionId],
    });
    expect(added.status).toBe(200);
    const body = await tasks(admin);
    expect(body.overview.positionsWithoutStandard.items).toContainEqual({
      positionId: bare.body.position.id,
      positionName: 'Analis Kebijakan Ahli Muda',
      jobLevel: 'ahli-muda',
      jobLevelName: 'JF Ahli Muda',
      orgUnitName: 'Biro Sumber Daya Manusia',
    });
    // Overdue: not submitted (no standard, or a draft) past the campaign's end; not the validated one.
    expect(body.overview.overdue.map((o: { positionName: string }) => o.positionName).sort()).toEqual([
      'Analis Kebijakan Ahli Muda',
      'Kepala Bidang Informasi Kepegawaian',
    ]);
    expect(body.overview.overdue[0]).toMatchObject({
      dueOn: '2024-05-31',
      draftingCampaignName: 'Penyusunan SKJ 2024',
    });
    expect(body.counts.overdue).toBe(2);
    // The admin composes too: the agency's drafts, with the campaign's due date.
    const returned = body.drafts.items.find(
      (i: { standardId: string }) => i.standardId === standards.returned.standardId,
    );
    expect(returned).toMatchObject({ dueOn: '2024-05-31', draftingCampaignName: 'Penyusunan SKJ 2024' });
  });

  it("gives an employee an empty inbox, and never another agency's work", async () => {
    const employee = await server.as('pegawai');
    const body = await tasks(employee);
    expect(body).toMatchObject({ drafts: null, reviews: null, ratifications: null, overview: null });
    expect(body.counts.total).toBe(0);
    const cityDrafter = await tasks(await server.as('drafter'));
    expect(cityDrafter.drafts.items.some((i: { agencyId: string }) => i.agencyId === ministry.agencyId)).toBe(
      false,
    );
  });
});
