import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('official dictionaries', () => {
  it('serves the 8 managerial competencies, each with levels 1..5, description and indicators', async () => {
    const response = await server.client().get('/api/dictionaries/managerial');
    expect(response.status).toBe(200);
    expect(response.body.name).toMatch(/PermenPAN-RB 38\/2017/);
    expect(response.body.source).toMatch(/Peraturan Menteri PANRB Nomor 38 Tahun 2017/);
    const names = response.body.items.map((c: { name: string }) => c.name);
    expect(names).toEqual([
      'Integritas',
      'Kerja Sama',
      'Komunikasi',
      'Orientasi pada Hasil',
      'Pelayanan Publik',
      'Pengembangan Diri dan Orang Lain',
      'Mengelola Perubahan',
      'Pengambilan Keputusan',
    ]);
    for (const competency of response.body.items) {
      expect(competency.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
      for (const level of competency.levels) {
        expect(level.description.length).toBeGreaterThan(10);
        expect(level.behaviourIndicators.length).toBeGreaterThan(0);
      }
    }
    // Seed 001 (a regency's deck quoting the regulation): Integritas level 3.
    const integritas = response.body.items[0];
    expect(integritas.code).toBe('M.01');
    expect(integritas.levels[2].description).toBe(
      'Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal',
    );
    expect(integritas.levels[2].behaviourIndicators[2]).toBe(
      'Melakukan monitoring dan evaluasi terhadap penerapan sikap integritas di dalam unit kerja yang dipimpin.',
    );
  });

  it('serves Perekat Bangsa as the socio-cultural competency', async () => {
    const response = await server.client().get('/api/dictionaries/socio-cultural');
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(1);
    expect(response.body.items[0]).toMatchObject({ code: 'SK.01', name: 'Perekat Bangsa' });
    expect(response.body.items[0].levels[2].description).toBe(
      'Mempromosikan, mengembangkan sikap toleransi dan persatuan',
    );
  });
});

describe('reference data', () => {
  it('gives each job level its required managerial level, with no raw confirmation flag', async () => {
    const response = await server.client().get('/api/reference/job-levels');
    const byCode = Object.fromEntries(
      response.body.items.map((j: { code: string }) => [j.code, j]),
    ) as Record<string, { managerialLevel: number | null; socioCulturalLevel: number | null }>;
    // Seed 001's table: JPT Utama 5, Madya 5, Pratama 4, Administrator 3, Pengawas 2.
    expect(
      ['jpt-utama', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas'].map(
        (c) => byCode[c]!.managerialLevel,
      ),
    ).toEqual([5, 5, 4, 3, 2]);
    // Unconfirmed values are shown to admins on the policy page ("perlu dikonfirmasi"), not flagged here.
    expect(byCode.pelaksana).not.toHaveProperty('verified');
    expect(response.body.items).toHaveLength(14);
  });

  it('lists 17 ranks, 10 education levels, 30 affairs plus supporting functions, 5 proficiency levels', async () => {
    const client = server.client();
    const ranks = await client.get('/api/reference/ranks');
    expect(ranks.body.items).toHaveLength(17);
    expect(ranks.body.items[12]).toEqual({ grade: 'IV/a', code: '41', rank: 'Pembina' });
    expect((await client.get('/api/reference/education-levels')).body.items).toHaveLength(10);
    const affairs = (await client.get('/api/reference/government-affairs')).body.items;
    expect(affairs.filter((a: { kind: string }) => a.kind === 'affair')).toHaveLength(30);
    expect(affairs.some((a: { name: string }) => a.name === 'Kepegawaian')).toBe(true);
    const levels = (await client.get('/api/reference/proficiency-levels')).body.items;
    expect(levels.map((l: { nameId: string }) => l.nameId)).toEqual([
      'Paham / Dalam Pengembangan',
      'Dasar',
      'Menengah',
      'Mumpuni',
      'Ahli',
    ]);
  });
});

describe('health, OpenAPI and docs', () => {
  it('reports the database kind', async () => {
    const response = await server.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(['pglite', 'postgres']).toContain(response.body.database);
  });

  it('publishes every minimum endpoint in the OpenAPI document and renders a reference', async () => {
    const doc = (await server.client().get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'GET /api/dictionaries/managerial',
      'GET /api/dictionaries/socio-cultural',
      'GET /api/reference/job-levels',
      'GET /api/agencies',
      'POST /api/agencies',
      'GET /api/agencies/{id}/org-units',
      'POST /api/agencies/{id}/org-units',
      'GET /api/users',
      'POST /api/users',
    ]) {
      expect(operations).toContain(expected);
    }
    const createAgency = doc.paths['/api/agencies'].post;
    expect(createAgency.requestBody.content['application/json'].schema.properties.kind.enum).toEqual([
      'ministry',
      'province',
      'regency',
      'city',
    ]);
    const docs = await server.client().get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('<code>/api/agencies/{id}/org-units</code>');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await server.client().get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});

describe('request logs', () => {
  it('writes one line per request with method, path, status, ms, user and agency, never secrets', async () => {
    server.logLines.length = 0;
    const client = await server.as('admin');
    await client.get('/api/agencies?x=1');
    const loginLine = server.logLines.find((l) => l.path === '/api/auth/login')!;
    expect(loginLine).toMatchObject({ method: 'POST', status: 200, user: null });
    const line = server.logLines.find((l) => l.path === '/api/agencies')!;
    expect(line).toMatchObject({ method: 'GET', status: 200, user: 'admin' });
    expect(line.agency).toEqual(expect.any(String));
    expect(line.ms).toEqual(expect.any(Number));
    const all = JSON.stringify(server.logLines);
    expect(all).not.toContain('demo12345');
    expect(all).not.toContain(client.cookie!.split('=')[1]!);
    expect(all).not.toContain(client.csrfToken!);
  });
});
