import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobStandards, jobStandardTransitions, positions } from '../src/db/schema';
import { seed001Standard } from '../src/domain/job-standard-test-factory';
import { managerialCompetencies, socioCulturalCompetencies } from '../src/domain/reference';
import { seed001DictionaryEntries, seed001Technical } from './fixtures/seed-001-technical';
import { tickCompositionSteps } from './support/dictionary-steps';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let superadmin: ApiClient;
let drafter: ApiClient;
let ministryId: string;
let positionId: string;
let standardId: string;
/** Given by the superadmin (temporary), then replaced at the first login by `password`. */
const temporaryPassword = 'Sementara-Dari-Admin-71';
const password = 'Sandi-Pilihan-Pengguna-2026';

async function ministryUser(username: string, role: string) {
  const created = await superadmin.post('/api/users', {
    username,
    fullName: `Pengguna ${username}`,
    password: temporaryPassword,
    role,
    agencyId: ministryId,
  });
  expect(created.status).toBe(201);
  const client = server.client();
  expect((await client.loginFirstTime(username, temporaryPassword, password)).status).toBe(200);
  return client;
}

const seed001Requirements = seed001Standard().requirements;

beforeAll(async () => {
  server = await startTestServer();
  superadmin = await server.as('superadmin');
  const agency = await superadmin.post('/api/agencies', {
    code: 'KEMEN-CONTOH',
    name: 'Kementerian Contoh',
    kind: 'ministry',
  });
  ministryId = agency.body.agency.id;
  drafter = await ministryUser('penyusun.kemen', 'drafter');
  const admin = await ministryUser('admin.kemen', 'admin');
  const verifier = await ministryUser('verifikator.kemen', 'verifier');
  // The ministry's technical dictionary with seed 001's six competencies, ratified.
  const dictionary = await drafter.post('/api/technical-dictionaries', {
    code: 'KAMUS-KEP-KEMEN',
    name: 'Kamus Kepegawaian',
  });
  for (const entry of seed001DictionaryEntries()) {
    expect(
      (await drafter.post(`/api/dictionary-versions/${dictionary.body.versionId}/entries`, entry)).status,
    ).toBe(201);
  }
  await tickCompositionSteps(drafter, dictionary.body.versionId);
  await verifier.post(`/api/dictionary-versions/${dictionary.body.versionId}/transitions`, {
    action: 'verify',
  });
  const ratified = await admin.post(`/api/dictionary-versions/${dictionary.body.versionId}/transitions`, {
    action: 'ratify',
  });
  expect(ratified.status).toBe(200);
  const position = await drafter.post('/api/positions', {
    name: 'Kepala Bidang Pengembangan Kompetensi',
    positionGroup: 'administrative',
    jobLevel: 'administrator',
    governmentAffair: 'Kepegawaian',
    summary: 'Merencanakan dan mengevaluasi pengembangan kompetensi pegawai ASN.',
    rankMin: 'Pembina',
    rankMax: 'IV/b',
  });
  expect(position.status).toBe(201);
  positionId = position.body.position.id;
});
afterAll(() => server?.close());

async function technicalIds() {
  const ids: string[] = [];
  for (const q of seed001Technical) {
    const found = await drafter.get(`/api/competencies?q=${encodeURIComponent(q.name)}&kind=technical`);
    ids.push(found.body.items.find((i: { code: string }) => i.code === q.code).id);
  }
  return ids;
}

describe('composing the seed 001 example standard through the API', () => {
  it('pre-fills the 8 managerial and the socio-cultural competency at the job level (Administrator: 3)', async () => {
    const created = await drafter.post('/api/job-standards', { positionId });
    expect(created.status).toBe(201);
    standardId = created.body.id;
    const standard = (await drafter.get(`/api/job-standards/${standardId}`)).body;
    expect(standard.standard.status).toBe('draft');
    const rows = standard.content.competencies;
    expect(rows.map((r: { name: string }) => r.name)).toEqual([
      ...managerialCompetencies.map((c) => c.name),
      'Perekat Bangsa',
    ]);
    expect(rows.every((r: { requiredLevel: number }) => r.requiredLevel === 3)).toBe(true);
    // A ministry carries no mandatory regional competency.
    expect(rows.some((r: { kind: string }) => r.kind === 'technical')).toBe(false);
    expect(standard.content.requirements.rank.minGrade).toBe('IV/a');
    const again = await drafter.post('/api/job-standards', { positionId });
    expect(again.status).toBe(409);
  });

  it('saves the six technical competencies and requirements; levels and texts reproduce the seed', async () => {
    const current = (await drafter.get(`/api/job-standards/${standardId}`)).body;
    const ids = await technicalIds();
    const competencies = [
      ...current.content.competencies.map((r: { competencyId: string; requiredLevel: number }) => ({
        competencyId: r.competencyId,
        requiredLevel: r.requiredLevel,
      })),
      ...seed001Technical.map((q, i) => ({
        competencyId: ids[i],
        requiredLevel: q.level,
        importance: 'essential',
      })),
    ];
    const saved = await drafter.request('PUT', `/api/job-standards/${standardId}`, {
      json: { revision: current.standard.revision, competencies, requirements: seed001Requirements },
    });
    expect(saved.status).toBe(200);
    const standard = (await drafter.get(`/api/job-standards/${standardId}`)).body;
    const technical = standard.content.competencies.filter((r: { kind: string }) => r.kind === 'technical');
    expect(technical.map((r: { requiredLevel: number }) => r.requiredLevel)).toEqual([3, 3, 3, 4, 3, 3]);
    seed001Technical.forEach((q, i) => {
      expect(technical[i].levelDescription).toBe(q.description);
      expect(technical[i].behaviourIndicators).toEqual(q.indicators);
    });
    const integritas = standard.content.competencies[0];
    expect(integritas.levelDescription).toBe(managerialCompetencies[0]!.levels[2]!.description);
    expect(integritas.behaviourIndicators[0]).toBe(
      'Memastikan anggota yang dipimpin bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.',
    );
    expect(standard.content.competencies[8].levelDescription).toBe(
      socioCulturalCompetencies[0]!.levels[2]!.description,
    );
    const errors = standard.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toEqual([]);
    const findings = await drafter.get(`/api/job-standards/${standardId}/findings`);
    expect(findings.body.findings.map((f: { code: string }) => f.code)).toContain('POSITION_CODE_MISSING');
  });

  it('refuses bad input with clear errors and writes nothing', async () => {
    const current = (await drafter.get(`/api/job-standards/${standardId}`)).body;
    const before = JSON.stringify(
      (await server.database.db.select().from(jobStandards).where(eq(jobStandards.id, standardId)))[0]!
        .content,
    );
    const body = (competencies: unknown[], revision = current.standard.revision) => ({
      json: { revision, competencies, requirements: seed001Requirements },
    });
    const levelSix = await drafter.request(
      'PUT',
      `/api/job-standards/${standardId}`,
      body([{ competencyId: current.content.competencies[0].competencyId, requiredLevel: 6 }]),
    );
    expect(levelSix.status).toBe(400);
    const unknown = await drafter.request(
      'PUT',
      `/api/job-standards/${standardId}`,
      body([{ competencyId: '7b0c1a52-8f43-4c37-9a51-2a1f1c0e9d11', requiredLevel: 3 }]),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('UNKNOWN_COMPETENCY');
    const stale = await drafter.request(
      'PUT',
      `/api/job-standards/${standardId}`,
      body([], current.standard.revision - 1),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STANDARD_STALE');
    const otherAgency = await (await server.as('admin2')).request(
      'PUT',
      `/api/job-standards/${standardId}`,
      body([]),
    );
    expect(otherAgency.status).toBe(404);
    const skipped = await (await server.as('ratifier')).post(`/api/job-standards/${standardId}/transitions`, {
      action: 'ratify',
    });
    expect(skipped.status).toBe(422);
    expect(skipped.body.error.code).toBe('INVALID_TRANSITION');
    const after = (
      await server.database.db.select().from(jobStandards).where(eq(jobStandards.id, standardId))
    )[0]!;
    expect(JSON.stringify(after.content)).toBe(before);
    expect(after.status).toBe('draft');
  });

  it('returns a submission to draft only with a reason', async () => {
    expect(
      (await drafter.post(`/api/job-standards/${standardId}/transitions`, { action: 'submit' })).status,
    ).toBe(200);
    const verifier = server.client();
    await verifier.login('verifikator.kemen', password);
    const withoutReason = await verifier.post(`/api/job-standards/${standardId}/transitions`, {
      action: 'return',
    });
    expect(withoutReason.status).toBe(422);
    expect(withoutReason.body.error.code).toBe('RETURN_REASON_REQUIRED');
    const returned = await verifier.post(`/api/job-standards/${standardId}/transitions`, {
      action: 'return',
      comment: 'Lengkapi indikator kinerja',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('draft');
  });

  it('moves through submit → verify → validate → ratify, recording each step; ratification gives the code', async () => {
    expect(
      (await drafter.post(`/api/job-standards/${standardId}/transitions`, { action: 'submit' })).status,
    ).toBe(200);
    const selfApproval = await drafter.post(`/api/job-standards/${standardId}/transitions`, {
      action: 'verify',
    });
    expect(selfApproval.status).toBe(403);
    const verifier = server.client();
    await verifier.login('verifikator.kemen', password);
    expect(
      (await verifier.post(`/api/job-standards/${standardId}/transitions`, { action: 'verify' })).status,
    ).toBe(200);
    const validator = await ministryUser('validator.kemen', 'validator');
    expect(
      (
        await validator.post(`/api/job-standards/${standardId}/transitions`, {
          action: 'validate',
          comment: 'Sesuai',
        })
      ).status,
    ).toBe(200);
    const ratified = await (await server.as('ratifier')).post(
      `/api/job-standards/${standardId}/transitions`,
      { action: 'ratify' },
    );
    expect(ratified.status).toBe(200);
    expect(ratified.body.positionCode).toMatch(/^SKJ-\d{4}-000001$/);
    const [position] = await server.database.db.select().from(positions).where(eq(positions.id, positionId));
    expect(position!.positionCode).toBe(ratified.body.positionCode);
    const transitions = await server.database.db
      .select()
      .from(jobStandardTransitions)
      .where(eq(jobStandardTransitions.standardId, standardId));
    expect(transitions.map((t) => t.action)).toEqual([
      'submit',
      'return',
      'submit',
      'verify',
      'validate',
      'ratify',
    ]);
    const edit = await drafter.request('PUT', `/api/job-standards/${standardId}`, {
      json: { revision: 99, competencies: [], requirements: seed001Requirements },
    });
    expect(edit.status).toBeGreaterThanOrEqual(409);
  });

  it('revises into version 2 keeping the code; the diff shows the change', async () => {
    const revision = await drafter.post(`/api/job-standards/${standardId}/revisions`);
    expect(revision.status).toBe(201);
    expect(revision.body.version).toBe(2);
    const v2 = (await drafter.get(`/api/job-standards/${revision.body.id}`)).body;
    const competencies = v2.content.competencies.map(
      (r: { competencyId: string; requiredLevel: number; kind: string }, i: number) => ({
        competencyId: r.competencyId,
        requiredLevel: r.kind === 'technical' && i === 9 ? 4 : r.requiredLevel,
      }),
    );
    await drafter.request('PUT', `/api/job-standards/${revision.body.id}`, {
      json: { revision: v2.standard.revision, competencies, requirements: seed001Requirements },
    });
    const diff = await drafter.get(`/api/job-standards/${revision.body.id}/diff?against=${standardId}`);
    expect(diff.status).toBe(200);
    expect(diff.body.diff.competencies.changed).toHaveLength(1);
    expect((await drafter.get(`/api/job-standards/${standardId}/versions`)).body.items).toHaveLength(2);
  });
});

describe('national catalog and reuse', () => {
  it('shows the ratified standard to every agency, finds it for a similar position, and adopts it', async () => {
    const admin2 = await server.as('admin2');
    const catalog = await admin2.get('/api/catalog?q=pengembangan%20kompetensi');
    expect(catalog.body.items[0]).toMatchObject({
      id: standardId,
      positionName: 'Kepala Bidang Pengembangan Kompetensi',
      jobLevel: 'administrator',
      agency: { code: 'KEMEN-CONTOH' },
    });
    // The wire style: camelCase keys, a moment as ISO 8601 with its offset.
    expect(Object.keys(catalog.body.items[0]).filter((key) => key.includes('_'))).toEqual([]);
    expect(catalog.body.items[0].ratifiedAt).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
    );
    expect(catalog.body.nextCursor).toBeNull();
    // The ministry's version 2 draft stays private: another agency sees only ratified versions.
    const versions = (await admin2.get(`/api/job-standards/${standardId}/versions`)).body.items;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['ratified']);
    const kabPositions = await admin2.get(
      `/api/agencies/${(await admin2.get('/api/auth/me')).body.user.agency.id}/positions`,
    );
    const target = await admin2.post('/api/positions', {
      name: 'Kepala Bidang Pengembangan Kompetensi Aparatur',
      positionGroup: 'administrative',
      jobLevel: 'administrator',
      governmentAffair: 'Kepegawaian',
    });
    expect(target.status).toBe(201);
    expect(kabPositions.status).toBe(200);
    const similar = await admin2.get(`/api/positions/${target.body.position.id}/similar-standards`);
    expect(similar.body.items[0].id).toBe(standardId);
    const adopted = await admin2.post(`/api/catalog/${standardId}/adopt`, {
      positionId: target.body.position.id,
    });
    expect(adopted.status).toBe(201);
    expect(adopted.body.originStandardId).toBe(standardId);
    const copy = (await admin2.get(`/api/job-standards/${adopted.body.id}`)).body;
    expect(copy.content.identity.positionName).toBe('Kepala Bidang Pengembangan Kompetensi Aparatur');
    expect(copy.standard.status).toBe('draft');
    const foreignPosition = await admin2.post(`/api/catalog/${standardId}/adopt`, { positionId });
    expect(foreignPosition.status).toBe(404);
  });

  it('pre-adds the mandatory regional competency for a city', async () => {
    const cityDrafter = await server.as('drafter');
    const me = (await cityDrafter.get('/api/auth/me')).body.user.agency.id;
    const list = await cityDrafter.get(`/api/agencies/${me}/positions`);
    const position = list.body.items.find((p: { name: string }) => p.name === 'Kepala Bagian Organisasi');
    const created = await cityDrafter.post('/api/job-standards', { positionId: position.id });
    const standard = (await cityDrafter.get(`/api/job-standards/${created.body.id}`)).body;
    const technical = standard.content.competencies.filter((r: { kind: string }) => r.kind === 'technical');
    expect(technical.map((r: { name: string }) => r.name)).toEqual(['Advokasi Kebijakan Otonomi Daerah']);
    expect(standard.findings.map((f: { code: string }) => f.code)).toContain('TECHNICAL_COUNT_TOO_LOW');
    const submit = await cityDrafter.post(`/api/job-standards/${created.body.id}/transitions`, {
      action: 'submit',
    });
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('STANDARD_HAS_ERRORS');
  });

  it('reports consistency and merit coverage', async () => {
    const admin = await server.as('admin');
    const agencyId = (await admin.get('/api/auth/me')).body.user.agency.id;
    const report = await admin.get(`/api/agencies/${agencyId}/consistency-report`);
    expect(report.status).toBe(200);
    expect(report.body.withoutStandard.length).toBeGreaterThan(0);
    expect(Object.keys(report.body.withoutStandard[0]).sort()).toEqual([
      'id',
      'jobLevel',
      'name',
      'orgUnitName',
    ]);
    const national = await superadmin.get('/api/merit-dashboard');
    expect(national.body.total.ratified).toBeGreaterThanOrEqual(1);
    expect((await admin.get('/api/merit-dashboard')).status).toBe(403);
  });
});
