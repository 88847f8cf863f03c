/**
 * The demo ships a ratified example technical dictionary: a drafter of the demo agency finishes
 * a standard with it alone, without building a dictionary through other roles first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownAffairNames } from '../src/db/repositories/reference-repository';
import { exampleDictionary, exampleEntries } from '../src/db/seed/example-technical-dictionary';
import { checkEntry } from '../src/domain/technical-dictionary';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let drafter: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  drafter = await server.as('drafter');
});
afterAll(() => server?.close());

describe('the example technical dictionary of the demo', () => {
  it('is ratified, named as an example, and every entry has five complete levels', async () => {
    const list = await drafter.get('/api/technical-dictionaries');
    const example = list.body.items.find((d: { code: string }) => d.code === exampleDictionary.code);
    expect(example).toBeDefined();
    expect(example.name).toMatch(/^Contoh /);
    expect(example.ratifiedVersion).not.toBeNull();
    expect(example.entryCount).toBe(exampleEntries.length);
    const affairs = await knownAffairNames(server.database.db);
    for (const entry of exampleEntries) expect(checkEntry(entry, affairs)).toEqual([]);
    expect(exampleEntries.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Penyusunan Kebijakan Publik',
        'Advokasi Kebijakan Publik',
        'Manajemen Sumber Daya Manusia',
        'Penyusunan Standar Kompetensi',
        'Pengembangan Kompetensi',
        'Manajemen Kinerja',
      ]),
    );
  });

  it.each(['kepegawaian', 'sumber daya manusia', 'analisis', 'SDM'])(
    'answers the picker for "%s"',
    async (q) => {
      const found = await drafter.get(`/api/competencies?q=${encodeURIComponent(q)}&kind=technical`);
      expect(found.status).toBe(200);
      expect(found.body.items.map((i: { dictionaryName: string }) => i.dictionaryName)).toContain(
        exampleDictionary.name,
      );
    },
  );

  it('lets the drafter finish and submit a standard with it alone', async () => {
    const me = (await drafter.get('/api/auth/me')).body.user.agency.id;
    const positions = await drafter.get(`/api/agencies/${me}/positions`);
    const position = positions.body.items.find(
      (p: { name: string }) => p.name === 'Kepala Bidang Pengembangan Kompetensi',
    );
    const created = await drafter.post('/api/job-standards', { positionId: position.id });
    expect(created.status).toBe(201);
    const current = (await drafter.get(`/api/job-standards/${created.body.id}`)).body;
    const picked: { competencyId: string; requiredLevel: number; importance: string }[] = [];
    for (const [name, level] of [
      ['Penyusunan Standar Kompetensi', 4],
      ['Pengembangan Kompetensi', 3],
      ['Manajemen Kinerja', 3],
    ] as const) {
      const found = await drafter.get(`/api/competencies?q=${encodeURIComponent(name)}&kind=technical`);
      const item = found.body.items.find((i: { name: string }) => i.name === name);
      expect(item, name).toBeDefined();
      picked.push({ competencyId: item.id, requiredLevel: level, importance: 'essential' });
    }
    const saved = await drafter.request('PUT', `/api/job-standards/${created.body.id}`, {
      json: {
        revision: current.standard.revision,
        competencies: [
          ...current.content.competencies.map((r: { competencyId: string; requiredLevel: number }) => ({
            competencyId: r.competencyId,
            requiredLevel: r.requiredLevel,
          })),
          ...picked,
        ],
        requirements: {
          education: {
            levels: ['S-1', 'D-IV'],
            fieldsOfStudy: ['Administrasi Negara'],
            importance: 'essential',
          },
          training: { managerial: [], technical: [], functional: [] },
          experience: {
            description: 'Jabatan pengawas bidang kepegawaian',
            years: 2,
            importance: 'veryImportant',
          },
          rank: { minGrade: 'IV/a', importance: 'essential' },
          performanceIndicators: [
            { text: 'Kualitas kebijakan pengembangan kompetensi', importance: 'essential' },
          ],
        },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const errors = saved.body.findings?.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors ?? []).toEqual([]);
    const submit = await drafter.post(`/api/job-standards/${created.body.id}/transitions`, {
      action: 'submit',
    });
    expect(submit.status, JSON.stringify(submit.body)).toBe(200);
  });
});
