/**
 * "Usulkan kompetensi teknis": a drafter proposes a technical competency no dictionary holds; it
 * becomes a draft entry of the agency's dictionary of proposals, the standard may carry it, and
 * the standard waits (a blocking finding) until that dictionary is ratified.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { tickCompositionSteps } from './support/dictionary-steps';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let drafter: ApiClient;
let standardId: string;
let agencyId: string;

const proposal = {
  name: 'Manajemen Aparatur Berbasis Data',
  definition: 'Kemampuan mengelola data aparatur sebagai dasar keputusan kepegawaian.',
  requiredLevel: 3,
  levelDescription: 'Mampu menyusun analisis data aparatur untuk keputusan kepegawaian',
  behaviourIndicators: ['Menyusun dasbor data aparatur', '  ', 'Merekomendasikan keputusan berbasis data'],
};

async function positionId(name: string) {
  const list = await drafter.get(`/api/agencies/${agencyId}/positions`);
  return list.body.items.find((p: { name: string }) => p.name === name).id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  drafter = await server.as('drafter');
  agencyId = (await drafter.get('/api/auth/me')).body.user.agency.id;
  const created = await drafter.post('/api/job-standards', {
    positionId: await positionId('Kepala Bidang Mutasi dan Promosi'),
  });
  standardId = created.body.id;
});
afterAll(() => server?.close());

async function detail() {
  return (await drafter.get(`/api/job-standards/${standardId}`)).body;
}

async function saveWith(extra: { competencyId: string; requiredLevel: number }[]) {
  const current = await detail();
  return drafter.request('PUT', `/api/job-standards/${standardId}`, {
    json: {
      revision: current.standard.revision,
      competencies: [
        ...current.content.competencies
          .filter((r: { competencyId: string }) => !extra.some((e) => e.competencyId === r.competencyId))
          .map((r: { competencyId: string; requiredLevel: number }) => ({
            competencyId: r.competencyId,
            requiredLevel: r.requiredLevel,
          })),
        ...extra,
      ],
      requirements: current.content.requirements,
    },
  });
}

describe('proposing a technical competency from the composer', () => {
  let competencyId: string;
  let versionId: string;

  it('makes a draft entry in the agency dictionary of proposals, audited', async () => {
    const audits = await server.count(auditLog);
    const response = await drafter.post(`/api/job-standards/${standardId}/technical-proposals`, proposal);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.competency).toMatchObject({
      name: proposal.name,
      code: 'USUL.01',
      requiredLevel: 3,
      behaviourIndicators: ['Menyusun dasbor data aparatur', 'Merekomendasikan keputusan berbasis data'],
    });
    expect(response.body.dictionary.name).toBe('Usulan Kompetensi Teknis Pemerintah Kota Contoh');
    competencyId = response.body.competency.id;
    versionId = response.body.dictionary.versionId;
    const version = (await drafter.get(`/api/dictionary-versions/${versionId}`)).body;
    expect(version.version.status).toBe('draft');
    const entry = version.entries.find((e: { id: string }) => e.id === competencyId);
    expect(entry.levels.map((l: { description: string }) => l.description !== '')).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(await server.count(auditLog)).toBeGreaterThan(audits);
  });

  it('refuses the same name twice, and an incomplete proposal, with a clear message', async () => {
    const again = await drafter.post(`/api/job-standards/${standardId}/technical-proposals`, {
      ...proposal,
      name: 'manajemen aparatur  berbasis data',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PROPOSAL_EXISTS');
    expect(again.body.error.message).toContain('sudah diusulkan');
    const empty = await drafter.post(`/api/job-standards/${standardId}/technical-proposals`, {
      ...proposal,
      name: 'Kompetensi Lain',
      behaviourIndicators: ['   '],
    });
    expect(empty.status).toBe(400);
  });

  it('is invisible to another agency (404) and refused to a verifier', async () => {
    const other = await server.as('admin2');
    const foreign = await other.post(`/api/job-standards/${standardId}/technical-proposals`, {
      ...proposal,
      name: 'Usulan Asing',
    });
    expect(foreign.status).toBe(404);
    const verifier = await server.as('verifier');
    const refused = await verifier.post(`/api/job-standards/${standardId}/technical-proposals`, {
      ...proposal,
      name: 'Usulan Verifikator',
    });
    expect(refused.status).toBe(403);
  });

  it('lets the standard carry it, and holds the submission until the dictionary is ratified', async () => {
    const saved = await saveWith([{ competencyId, requiredLevel: 3 }]);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const row = (await detail()).content.competencies.find(
      (r: { competencyId: string }) => r.competencyId === competencyId,
    );
    expect(row.levelDescription).toBe(proposal.levelDescription);
    const waiting = (await detail()).findings.filter(
      (f: { code: string }) => f.code === 'COMPETENCY_AWAITING_RATIFICATION',
    );
    expect(waiting).toHaveLength(1);
    expect(waiting[0].message).toContain('Usulan Kompetensi Teknis Pemerintah Kota Contoh');
    expect(waiting[0].severity).toBe('error');
    expect((await detail()).check.context.pendingCompetencies).toEqual([
      { competencyId, dictionaryName: 'Usulan Kompetensi Teknis Pemerintah Kota Contoh' },
    ]);

    const submit = await drafter.post(`/api/job-standards/${standardId}/transitions`, { action: 'submit' });
    expect(submit.status).toBe(422);
    expect(JSON.stringify(submit.body.error.details)).toContain('COMPETENCY_AWAITING_RATIFICATION');

    // The dictionary cannot be verified while the other four levels are empty (the composition
    // procedure's nine steps are ticked first, so that the entry's problems are what stops it).
    await tickCompositionSteps(drafter, versionId);
    const verifier = await server.as('verifier');
    const early = await verifier.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'verify',
    });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('DICTIONARY_HAS_PROBLEMS');

    const version = (await drafter.get(`/api/dictionary-versions/${versionId}`)).body;
    const entry = version.entries.find((e: { id: string }) => e.id === competencyId);
    const completed = await drafter.request(
      'PUT',
      `/api/dictionary-versions/${versionId}/entries/${competencyId}`,
      {
        json: {
          code: entry.code,
          name: entry.name,
          definition: entry.definition,
          governmentAffair: 'Kepegawaian',
          subAffair: null,
          group: 'specific',
          revision: entry.revision,
          levels: entry.levels.map(
            (l: { level: number; description: string; behaviourIndicators: string[] }) =>
              l.description
                ? l
                : {
                    level: l.level,
                    description: `Level ${l.level} manajemen aparatur berbasis data`,
                    behaviourIndicators: [`Indikator level ${l.level}`],
                  },
          ),
        },
      },
    );
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    expect(
      (await verifier.post(`/api/dictionary-versions/${versionId}/transitions`, { action: 'verify' })).status,
    ).toBe(200);
    const admin = await server.as('admin');
    expect(
      (await admin.post(`/api/dictionary-versions/${versionId}/transitions`, { action: 'ratify' })).status,
    ).toBe(200);
    const after = await detail();
    expect(after.findings.map((f: { code: string }) => f.code)).not.toContain(
      'COMPETENCY_AWAITING_RATIFICATION',
    );
  });

  it('opens a new draft version of the proposals dictionary once the last one is ratified', async () => {
    const response = await drafter.post(`/api/job-standards/${standardId}/technical-proposals`, {
      ...proposal,
      name: 'Tata Kelola Data Kepegawaian',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const version = (await drafter.get(`/api/dictionary-versions/${response.body.dictionary.versionId}`))
      .body;
    expect(version.version).toMatchObject({ status: 'draft', version: 2 });
    expect(version.entries.map((e: { name: string }) => e.name)).toEqual([
      proposal.name,
      'Tata Kelola Data Kepegawaian',
    ]);
  });
});
