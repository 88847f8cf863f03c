/**
 * Steps every test setup takes with technical dictionaries now that the rules are enforced: tick
 * the nine composition steps before verification, and (for regional standards) let the superadmin
 * enter the text of the mandatory regional competency, which ships as a placeholder.
 */
import { compositionSteps } from '../../src/domain/technical-dictionary';
import type { ApiClient, TestServer } from './test-server';

function expectOk(response: { status: number; body: unknown }, what: string) {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Ticks all nine composition steps of a draft version (as an admin or drafter of its agency). */
export async function tickCompositionSteps(client: ApiClient, versionId: string) {
  for (const step of compositionSteps) {
    expectOk(
      await client.request('PUT', `/api/dictionary-versions/${versionId}/checklist/${step.key}`, {
        json: { ticked: true },
      }),
      `tick ${step.key}`,
    );
  }
}

/** Text standing in for the official one in tests: real-looking, never the placeholder. */
export function nationalCompetencyText(level: number) {
  return {
    description: `Mampu mengadvokasi kebijakan otonomi daerah pada tingkat ${level}.`,
    behaviourIndicators: [
      `Menjelaskan kebijakan otonomi daerah kepada pemangku kepentingan (level ${level}).`,
      `Menyelaraskan program unit dengan kebijakan otonomi daerah (level ${level}).`,
    ],
  };
}

/**
 * As the superadmin (steward of the national dictionary): revise it, replace the placeholder text
 * of its entries, tick the steps, verify and ratify. Returns the new version's id.
 */
export async function supplyNationalCompetencyText(server: TestServer): Promise<string> {
  const superadmin = await server.as('superadmin');
  const list = await superadmin.get('/api/technical-dictionaries');
  expectOk(list, 'dictionaries');
  const national = (list.body.items as { id: string; code: string }[]).find(
    (d) => d.code === 'KAMUS-TEKNIS-NASIONAL',
  )!;
  const revision = await superadmin.post(`/api/technical-dictionaries/${national.id}/revisions`, {});
  expectOk(revision, 'revise national dictionary');
  const versionId = revision.body.version.id as string;
  const version = await superadmin.get(`/api/dictionary-versions/${versionId}`);
  for (const entry of version.body.entries as {
    id: string;
    code: string;
    name: string;
    governmentAffair: string;
    group: string;
    revision: number;
  }[]) {
    expectOk(
      await superadmin.request('PUT', `/api/dictionary-versions/${versionId}/entries/${entry.id}`, {
        json: {
          code: entry.code,
          name: entry.name,
          definition: 'Kemampuan mengadvokasi kebijakan otonomi daerah kepada pemangku kepentingan.',
          governmentAffair: entry.governmentAffair,
          subAffair: null,
          group: entry.group,
          levels: [1, 2, 3, 4, 5].map((level) => ({ level, ...nationalCompetencyText(level) })),
          revision: entry.revision,
        },
      }),
      'national entry text',
    );
  }
  await tickCompositionSteps(superadmin, versionId);
  expectOk(
    await superadmin.post(`/api/dictionary-versions/${versionId}/transitions`, { action: 'verify' }),
    'verify national dictionary',
  );
  expectOk(
    await superadmin.post(`/api/dictionary-versions/${versionId}/transitions`, { action: 'ratify' }),
    'ratify national dictionary',
  );
  return versionId;
}
