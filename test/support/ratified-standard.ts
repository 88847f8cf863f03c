/**
 * A ministry ("Kementerian Contoh") with its own users, the seed 001 technical dictionary
 * ratified, an org unit, and the seed 001 standard (Kepala Bidang Pengembangan Kompetensi)
 * composed and moved all the way to ratified through the API.
 */
import { seed001Standard } from '../../src/domain/job-standard-test-factory';
import { seed001DictionaryEntries, seed001Technical } from '../fixtures/seed-001-technical';
import { tickCompositionSteps } from './dictionary-steps';
import type { ApiClient, TestServer } from './test-server';

/** Given by the superadmin (temporary), then replaced at the first login by `password`. */
const temporaryPassword = 'Sementara-Dari-Admin-71';
export const ministryUserPassword = 'Sandi-Pilihan-Pengguna-2026';
const password = ministryUserPassword;

function expectOk(response: { status: number; body: unknown }, what: string) {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

export interface Ministry {
  agencyId: string;
  orgUnitId: string;
  positionId: string;
  standardId: string;
  admin: ApiClient;
  drafter: ApiClient;
  verifier: ApiClient;
  validator: ApiClient;
}

export async function ministryWithRatifiedStandard(
  server: TestServer,
  code = 'KEMEN-CONTOH',
): Promise<Ministry> {
  const superadmin = await server.as('superadmin');
  const agency = await superadmin.post('/api/agencies', {
    code,
    name: 'Kementerian Contoh',
    kind: 'ministry',
  });
  expectOk(agency, 'agency');
  const agencyId = agency.body.agency.id as string;
  const user = async (role: string) => {
    const username = `${role}.${code.toLowerCase()}`;
    expectOk(
      await superadmin.post('/api/users', {
        username,
        fullName: `Pengguna ${role}`,
        password: temporaryPassword,
        role,
        agencyId,
      }),
      `user ${role}`,
    );
    const client = server.client();
    expectOk(await client.loginFirstTime(username, temporaryPassword, password), `login ${role}`);
    return client;
  };
  const drafter = await user('drafter');
  const admin = await user('admin');
  const verifier = await user('verifier');
  const validator = await user('validator');
  const dictionary = await drafter.post('/api/technical-dictionaries', {
    code: `KAMUS-${code}`,
    name: 'Kamus Kepegawaian',
  });
  expectOk(dictionary, 'dictionary');
  for (const entry of seed001DictionaryEntries()) {
    expectOk(
      await drafter.post(`/api/dictionary-versions/${dictionary.body.versionId}/entries`, entry),
      'entry',
    );
  }
  await tickCompositionSteps(drafter, dictionary.body.versionId);
  expectOk(
    await verifier.post(`/api/dictionary-versions/${dictionary.body.versionId}/transitions`, {
      action: 'verify',
    }),
    'verify dictionary',
  );
  expectOk(
    await admin.post(`/api/dictionary-versions/${dictionary.body.versionId}/transitions`, {
      action: 'ratify',
    }),
    'ratify dictionary',
  );
  const unit = await admin.post(`/api/agencies/${agencyId}/org-units`, { name: 'Biro Sumber Daya Manusia' });
  expectOk(unit, 'org unit');
  const orgUnitId = unit.body.orgUnit.id as string;
  const { positionId, standardId } = await composeStandard(
    drafter,
    orgUnitId,
    'Kepala Bidang Pengembangan Kompetensi',
  );
  expectOk(
    await drafter.post(`/api/job-standards/${standardId}/transitions`, { action: 'submit' }),
    'submit',
  );
  expectOk(
    await verifier.post(`/api/job-standards/${standardId}/transitions`, { action: 'verify' }),
    'verify',
  );
  expectOk(
    await validator.post(`/api/job-standards/${standardId}/transitions`, { action: 'validate' }),
    'validate',
  );
  expectOk(
    await (await server.as('ratifier')).post(`/api/job-standards/${standardId}/transitions`, {
      action: 'ratify',
    }),
    'ratify',
  );
  return { agencyId, orgUnitId, positionId, standardId, admin, drafter, verifier, validator };
}

/**
 * A new administrator position in the unit with a standard composed from the seed 001 example
 * (the ministry's ratified dictionary supplies its technical competencies): ready to submit.
 */
export async function composeStandard(drafter: ApiClient, orgUnitId: string, name: string) {
  const position = await drafter.post('/api/positions', {
    name,
    positionGroup: 'administrative',
    jobLevel: 'administrator',
    orgUnitId,
    governmentAffair: 'Kepegawaian',
    summary: 'Merencanakan dan mengevaluasi pengembangan kompetensi pegawai ASN.',
    rankMin: 'IV/a',
    rankMax: 'IV/b',
  });
  expectOk(position, 'position');
  const positionId = position.body.position.id as string;
  const created = await drafter.post('/api/job-standards', { positionId });
  expectOk(created, 'standard');
  const standardId = created.body.id as string;
  const current = (await drafter.get(`/api/job-standards/${standardId}`)).body;
  const technical: { competencyId: string; requiredLevel: number; importance: string }[] = [];
  for (const q of seed001Technical) {
    const found = await drafter.get(`/api/competencies?q=${encodeURIComponent(q.name)}&kind=technical`);
    const item = found.body.items.find((i: { code: string }) => i.code === q.code);
    technical.push({ competencyId: item.id, requiredLevel: q.level, importance: 'essential' });
  }
  expectOk(
    await drafter.request('PUT', `/api/job-standards/${standardId}`, {
      json: {
        revision: current.standard.revision,
        competencies: [
          ...current.content.competencies.map((r: { competencyId: string; requiredLevel: number }) => ({
            competencyId: r.competencyId,
            requiredLevel: r.requiredLevel,
          })),
          ...technical,
        ],
        requirements: seed001Standard().requirements,
      },
    }),
    'save standard',
  );
  return { positionId, standardId };
}
