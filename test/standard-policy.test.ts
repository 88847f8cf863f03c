import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, standardPolicies } from '../src/db/schema';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let kotaId: string;
let path: string;

beforeAll(async () => {
  server = await startTestServer();
  const rows = await server.database.db.select().from(agencies);
  kotaId = rows.find((a) => a.code === 'KOTA-CONTOH')!.id;
  path = `/api/agencies/${kotaId}/standard-policy`;
  admin = await server.as('admin');
});
afterAll(() => server?.close());

/** What a refused PUT must leave as it was: the stored row, the audit trail and the GET answer. */
async function snapshot() {
  return {
    rows: await server.database.db.select().from(standardPolicies),
    audits: await server.count(auditLog, eq(auditLog.entity, 'standardPolicy')),
    policy: (await admin.get(path)).body,
  };
}

async function expectRefused(
  client: ApiClient,
  body: unknown,
  status: number,
  code: string,
  target = path,
): Promise<{ path: string; message: string }[]> {
  const before = await snapshot();
  const response = await client.request('PUT', target, { json: body });
  expect(response.status).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(typeof response.body.error.message).toBe('string');
  expect(await snapshot()).toEqual(before);
  return response.body.error.details?.issues ?? [];
}

describe('GET /api/agencies/:id/standard-policy', () => {
  it('starts from the Magetan deck pattern with both RCL patterns offered, each with its source', async () => {
    const response = await admin.get(path);
    expect(response.status).toBe(200);
    expect(response.body.baseName).toBe('bimtek-magetan');
    expect(response.body.override).toEqual({});
    expect(response.body.available.map((p: { id: string }) => p.id)).toEqual([
      'bimtek-magetan',
      'paparan-kemenpanrb',
    ]);
    expect(response.body.effective.levelDistributionRules.administrator).toEqual({
      allowed: [4, 3],
      dominant: 3,
    });
    expect(await server.count(standardPolicies)).toBe(0);
  });

  it('explains where each RCL pattern comes from and how they differ, never naming a seed file', async () => {
    const { body } = await admin.get(path);
    const [magetan, ministry] = body.available;
    expect(magetan.name).toBe('Pola RCL — bahan bimtek BKPSDM Kab. Magetan');
    expect(magetan.source).toContain('Kabupaten Magetan');
    expect(ministry.name).toBe('Pola RCL — paparan Kementerian PANRB');
    expect(ministry.description).toContain('Administrator (dominan 4, bukan 3)');
    expect(JSON.stringify(body)).not.toMatch(/seed|verified/i);
  });

  it('lists unconfirmed reference values with their source ("perlu dikonfirmasi")', async () => {
    const { body } = await admin.get(path);
    const topics = body.unconfirmed.map((u: { topic: string }) => u.topic);
    expect(topics).toContain('Level manajerial dan sosial kultural Pelaksana');
    expect(topics).toContain('Pendidikan terendah per jenjang');
    expect(topics).not.toContain('Level manajerial dan sosial kultural Administrator');
    for (const value of body.unconfirmed) expect(value.source.length).toBeGreaterThan(10);
    expect(body.effective.educationMinimums.administrator).toBe('S-1');
    expect(body.effective.requirementRules.educationLevel).toBe('error');
  });

  it('takes education minimums and requirement severities as part of the override', async () => {
    const saved = await admin.request('PUT', path, {
      json: {
        baseName: 'bimtek-magetan',
        override: { educationMinimums: { pengawas: 'S-1' }, requirementRules: { fieldOfStudy: 'error' } },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.effective.educationMinimums.pengawas).toBe('S-1');
    expect(saved.body.effective.requirementRules.fieldOfStudy).toBe('error');
    const unknown = await admin.request('PUT', path, {
      json: { baseName: 'bimtek-magetan', override: { educationMinimums: { pengawas: 'Sekolah Rakyat' } } },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('INVALID_POLICY');
    await admin.request('PUT', path, { json: { baseName: 'bimtek-magetan', override: {} } });
  });
});

describe('PUT /api/agencies/:id/standard-policy refuses bad input and writes nothing', () => {
  it('refuses an unknown base policy (422 UNKNOWN_POLICY)', async () => {
    await expectRefused(admin, { baseName: 'seed-999', override: {} }, 422, 'UNKNOWN_POLICY');
    await expectRefused(admin, { baseName: '', override: {} }, 422, 'UNKNOWN_POLICY');
  });

  it('refuses a body of the wrong shape (400 VALIDATION_FAILED)', async () => {
    await expectRefused(admin, { override: {} }, 400, 'VALIDATION_FAILED');
    await expectRefused(admin, { baseName: 'bimtek-magetan', override: null }, 400, 'VALIDATION_FAILED');
    await expectRefused(admin, { baseName: 'bimtek-magetan', override: [] }, 400, 'VALIDATION_FAILED');
    await expectRefused(admin, { baseName: 'x'.repeat(41), override: {} }, 400, 'VALIDATION_FAILED');
    await expectRefused(
      admin,
      { baseName: 'bimtek-magetan', override: {}, extra: true },
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses an override of the wrong structure (400 VALIDATION_FAILED, never a 500)', async () => {
    const malformed = [
      { mandatoryTechnical: 'Advokasi' },
      { mandatoryTechnical: [{ name: 5, appliesTo: ['city'] }] },
      { mandatoryTechnical: [{ name: 'Advokasi' }] },
      { mandatoryTechnical: [{ name: 'Advokasi', appliesTo: ['village'] }] },
      { mandatoryTechnical: [null] },
      { levelDistributionRules: { administrator: null } },
      { levelDistributionRules: { administrator: { allowed: '4,3' } } },
      { levelDistributionRules: { administrator: { allowed: [4, 3], dominant: '3' } } },
      { competencyWeights: { administrator: { technical: '40' } } },
      { technicalCount: 'ab' },
      { unknownSection: 1 },
    ];
    for (const override of malformed) {
      const issues = await expectRefused(
        admin,
        { baseName: 'bimtek-magetan', override },
        400,
        'VALIDATION_FAILED',
      );
      expect(issues.length, JSON.stringify(override)).toBeGreaterThan(0);
    }
  });

  it('refuses invalid override values with the issue paths (422 INVALID_POLICY)', async () => {
    const invalid = (override: unknown) =>
      expectRefused(admin, { baseName: 'bimtek-magetan', override }, 422, 'INVALID_POLICY');
    const levelSeven = await invalid({ levelDistributionRules: { administrator: { allowed: [4, 7] } } });
    expect(levelSeven.map((i) => i.path)).toContain('levelDistributionRules.administrator.allowed');
    expect(levelSeven[0]!.message).toMatch(/1 sampai 5/);
    const empty = await invalid({ levelDistributionRules: { pengawas: { allowed: [], dominant: null } } });
    expect(empty).toContainEqual({
      path: 'levelDistributionRules.pengawas.allowed',
      message: 'Level yang diizinkan tidak boleh kosong.',
    });
    const dominant = await invalid({ levelDistributionRules: { administrator: { dominant: 5 } } });
    expect(dominant.map((i) => i.path)).toEqual(['levelDistributionRules.administrator.dominant']);
    const repeated = await invalid({ levelDistributionRules: { administrator: { allowed: [3, 3] } } });
    expect(repeated.map((i) => i.path)).toContain('levelDistributionRules.administrator.allowed');
    const unknownLevel = await invalid({
      levelDistributionRules: { 'eselon-v': { allowed: [1], dominant: 1 } },
    });
    expect(unknownLevel.map((i) => i.path)).toContain('levelDistributionRules.eselon-v');
    const weights = await invalid({ competencyWeights: { pelaksana: { technical: 90 } } });
    expect(weights.map((i) => i.path)).toEqual(['competencyWeights.pelaksana']);
    const count = await invalid({ technicalCount: { min: 7, max: 6 } });
    expect(count.map((i) => i.path)).toEqual(['technicalCount']);
    const mandatory = await invalid({ mandatoryTechnical: [{ name: ' ', appliesTo: ['city'] }] });
    expect(mandatory.map((i) => i.path)).toEqual(['mandatoryTechnical.0.name']);
  });

  it('refuses a role other than admin of the agency (403 FORBIDDEN)', async () => {
    const body = { baseName: 'paparan-kemenpanrb', override: {} };
    for (const username of ['drafter', 'verifier', 'validator', 'pegawai', 'ratifier']) {
      await expectRefused(await server.as(username), body, 403, 'FORBIDDEN');
    }
  });

  it('hides the agency from the admin of another agency (404 AGENCY_NOT_FOUND)', async () => {
    await expectRefused(
      await server.as('admin2'),
      { baseName: 'paparan-kemenpanrb', override: {} },
      404,
      'AGENCY_NOT_FOUND',
    );
    expect((await (await server.as('admin2')).get(path)).status).toBe(404);
  });
});

describe('PUT /api/agencies/:id/standard-policy by the agency admin', () => {
  it('saves the base and override; a later refused PUT keeps the saved policy', async () => {
    const override = { levelDistributionRules: { administrator: { allowed: [4, 3, 2], dominant: 3 } } };
    const saved = await admin.request('PUT', path, { json: { baseName: 'paparan-kemenpanrb', override } });
    expect(saved.status).toBe(200);
    expect(saved.body.effective.levelDistributionRules.administrator).toEqual({
      allowed: [4, 3, 2],
      dominant: 3,
    });
    expect(saved.body.effective.levelDistributionRules.pengawas).toEqual({ allowed: [4, 3], dominant: null });
    const read = (await admin.get(path)).body;
    expect(read.baseName).toBe('paparan-kemenpanrb');
    expect(read.override).toEqual(override);
    expect(await server.count(standardPolicies)).toBe(1);

    await expectRefused(
      admin,
      {
        baseName: 'bimtek-magetan',
        override: { levelDistributionRules: { administrator: { allowed: [] } } },
      },
      422,
      'INVALID_POLICY',
    );
    await expectRefused(
      await server.as('drafter'),
      { baseName: 'bimtek-magetan', override: {} },
      403,
      'FORBIDDEN',
    );
    expect((await admin.get(path)).body).toEqual(read);
  });
});

describe('PUT /api/agencies/:id/standard-policy without override', () => {
  it('changes the base only and keeps the stored override, audited with what was stored', async () => {
    const override = { technicalCount: { min: 2, max: 6 } };
    const first = await admin.request('PUT', path, { json: { baseName: 'bimtek-magetan', override } });
    expect(first.status).toBe(200);
    const audits = await server.count(auditLog, eq(auditLog.entity, 'standardPolicy'));

    const changed = await admin.request('PUT', path, { json: { baseName: 'paparan-kemenpanrb' } });
    expect(changed.status).toBe(200);
    expect(changed.body.effective.technicalCount).toEqual({ min: 2, max: 6 });
    const read = (await admin.get(path)).body;
    expect(read.baseName).toBe('paparan-kemenpanrb');
    expect(read.override).toEqual(override);
    expect(await server.count(auditLog, eq(auditLog.entity, 'standardPolicy'))).toBe(audits + 1);
    const [row] = await server.database.db
      .select()
      .from(standardPolicies)
      .where(eq(standardPolicies.agencyId, kotaId));
    expect(row?.override).toEqual(override);
  });

  it('refuses an unknown base without an override too, keeping what was stored', async () => {
    await expectRefused(admin, { baseName: 'seed-999' }, 422, 'UNKNOWN_POLICY');
  });
});
