import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, competencies, competencyLevels, dictionaryVersions } from '../src/db/schema';
import { compositionSteps } from '../src/domain/technical-dictionary';
import { tickCompositionSteps } from './support/dictionary-steps';
import { entryFixture } from './support/factories';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let drafter: ApiClient;
let versionId: string;
let dictionaryId: string;

beforeAll(async () => {
  server = await startTestServer();
  drafter = await server.as('drafter');
  const created = await drafter.post('/api/technical-dictionaries', {
    code: 'KAMUS-KEPEGAWAIAN',
    name: 'Kamus Kompetensi Teknis Kepegawaian',
  });
  expect(created.status).toBe(201);
  versionId = created.body.versionId;
  dictionaryId = created.body.dictionaryId;
});
afterAll(() => server?.close());

async function counts() {
  return {
    competencies: await server.count(competencies),
    levels: await server.count(competencyLevels),
    versions: await server.count(dictionaryVersions),
  };
}

describe('composing a technical dictionary', () => {
  it('adds an entry with five levels to the draft, audited', async () => {
    const response = await drafter.post(`/api/dictionary-versions/${versionId}/entries`, entryFixture());
    expect(response.status).toBe(201);
    expect(response.body.entry.levels).toHaveLength(5);
    const version = await drafter.get(`/api/dictionary-versions/${versionId}`);
    expect(version.body.entries.map((e: { code: string }) => e.code)).toEqual(['T.KEP.01']);
    expect(version.body.version.status).toBe('draft');
    expect(version.body.permissions).toMatchObject({ canEdit: true, canVerify: false });
    expect(version.body.checklist).toHaveLength(9);
    expect(await server.count(auditLog)).toBeGreaterThan(0);
  });

  it.each([
    [
      'four levels',
      entryFixture({ code: 'X.1', levels: entryFixture().levels.slice(0, 4) }),
      'ENTRY_LEVELS_NOT_FIVE',
    ],
    [
      'a level without indicator',
      entryFixture({
        code: 'X.2',
        levels: entryFixture().levels.map((l) => (l.level === 3 ? { ...l, behaviourIndicators: ['  '] } : l)),
      }),
      'LEVEL_WITHOUT_INDICATOR',
    ],
    [
      'an unknown affair',
      entryFixture({ code: 'X.3', governmentAffair: 'Urusan Antariksa' }),
      'UNKNOWN_GOVERNMENT_AFFAIR',
    ],
    ['a duplicate code', entryFixture({ code: 't.kep.01' }), 'DUPLICATE_ENTRY_CODE'],
  ])('refuses %s with a stable code and writes nothing', async (_label, body, code) => {
    const before = await counts();
    const response = await drafter.post(`/api/dictionary-versions/${versionId}/entries`, body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(/[a-z]/);
    expect(await counts()).toEqual(before);
  });

  it('refuses six levels at the edge (400 from the schema or the domain)', async () => {
    const six = entryFixture({
      code: 'X.6',
      levels: [...entryFixture().levels, { level: 5, description: 'lagi', behaviourIndicators: ['x'] }],
    });
    const before = await counts();
    const response = await drafter.post(`/api/dictionary-versions/${versionId}/entries`, six);
    expect(response.body.error.code).toBe('ENTRY_LEVELS_NOT_FIVE');
    expect(await counts()).toEqual(before);
  });

  it('forbids another agency and hides the draft from it', async () => {
    const admin2 = await server.as('admin2');
    const before = await counts();
    const read = await admin2.get(`/api/dictionary-versions/${versionId}`);
    expect(read.status).toBe(404);
    const write = await admin2.post(
      `/api/dictionary-versions/${versionId}/entries`,
      entryFixture({ code: 'Y.1' }),
    );
    expect(write.status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});

describe('the admin verifies without the nine steps, with a reason (audited)', () => {
  it('records the override as its own event and in the audit', async () => {
    const created = await drafter.post('/api/technical-dictionaries', {
      code: 'KAMUS-TANPA-LANGKAH',
      name: 'Kamus Uji Pengabaian',
    });
    const id = created.body.versionId as string;
    expect((await drafter.post(`/api/dictionary-versions/${id}/entries`, entryFixture())).status).toBe(201);
    const admin = await server.as('admin');
    const verified = await admin.post(`/api/dictionary-versions/${id}/transitions`, {
      action: 'verify',
      overrideSteps: { reason: 'Kamus diadopsi dari kementerian pembina; langkah sudah ditempuh di sana.' },
    });
    expect(verified.status).toBe(200);
    expect(verified.body.version.status).toBe('verified');
    const read = await admin.get(`/api/dictionary-versions/${id}`);
    const override = read.body.events.find((e: { action: string }) => e.action === 'overrideSteps');
    expect(override.comment).toBe('Kamus diadopsi dari kementerian pembina; langkah sudah ditempuh di sana.');
    const [audit] = await server.database.db
      .select({ diff: auditLog.diff })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'verify')));
    expect((audit!.diff as { stepsOverride: { missing: string[] } }).stepsOverride.missing).toHaveLength(9);
  });
});

describe('lifecycle', () => {
  it('refuses ratification by a drafter and a skipped step', async () => {
    const byDrafter = await drafter.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'ratify',
    });
    expect(byDrafter.status).toBe(403);
    const admin = await server.as('admin');
    const skipped = await admin.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'ratify',
    });
    expect(skipped.status).toBe(422);
    expect(skipped.body.error.code).toBe('INVALID_TRANSITION');
  });

  it('refuses verification with 0 of 9 composition steps ticked, naming the open steps', async () => {
    const verifier = await server.as('verifier');
    const before = await counts();
    const refused = await verifier.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'verify',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('COMPOSITION_STEPS_INCOMPLETE');
    expect(refused.body.error.message).toContain('0 dari 9 langkah');
    expect(refused.body.error.details.missing).toHaveLength(9);
    // Only the agency admin may verify without the steps, and only with a reason.
    const byVerifier = await verifier.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'verify',
      overrideSteps: { reason: 'Sudah dibahas' },
    });
    expect(byVerifier.status).toBe(403);
    const blank = await (await server.as('admin')).post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'verify',
      overrideSteps: { reason: '' },
    });
    expect(blank.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('lets ticking continue on the draft, then verifies once all nine are ticked', async () => {
    for (const step of compositionSteps.slice(0, 8)) {
      const ticked = await drafter.request(
        'PUT',
        `/api/dictionary-versions/${versionId}/checklist/${step.key}`,
        {
          json: { ticked: true },
        },
      );
      expect(ticked.status).toBe(200);
    }
    const verifier = await server.as('verifier');
    const eight = await verifier.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'verify',
    });
    expect(eight.body.error.code).toBe('COMPOSITION_STEPS_INCOMPLETE');
    expect(eight.body.error.message).toContain('8 dari 9 langkah');
    expect(eight.body.error.message).toContain('Workshop/lokakarya');
    await tickCompositionSteps(drafter, versionId);
  });

  it('verifies (verifier), ratifies (admin), then freezes the version', async () => {
    const verifier = await server.as('verifier');
    const verified = await verifier.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'verify',
    });
    expect(verified.status).toBe(200);
    expect(verified.body.version.status).toBe('verified');
    const admin = await server.as('admin');
    const ratified = await admin.post(`/api/dictionary-versions/${versionId}/transitions`, {
      action: 'ratify',
      comment: 'Ditetapkan oleh PPK',
    });
    expect(ratified.status).toBe(200);
    expect(ratified.body.version.status).toBe('ratified');
    expect(ratified.body.version.ratifiedAt).toEqual(expect.any(String));

    const before = await counts();
    const entries = (await drafter.get(`/api/dictionary-versions/${versionId}`)).body.entries;
    const edit = await drafter.request(
      'PUT',
      `/api/dictionary-versions/${versionId}/entries/${entries[0].id}`,
      {
        json: { ...entryFixture({ name: 'Nama Baru' }), revision: entries[0].revision },
      },
    );
    expect(edit.status).toBe(422);
    expect(edit.body.error.code).toBe('VERSION_RATIFIED');
    expect(await counts()).toEqual(before);
  });

  it('shows the ratified dictionary to another agency, read-only', async () => {
    const admin2 = await server.as('admin2');
    const list = await admin2.get('/api/technical-dictionaries');
    expect(list.body.items.map((d: { code: string }) => d.code)).toContain('KAMUS-KEPEGAWAIAN');
    const read = await admin2.get(`/api/dictionary-versions/${versionId}`);
    expect(read.status).toBe(200);
    expect(read.body.permissions.canEdit).toBe(false);
    const revise = await admin2.post(`/api/technical-dictionaries/${dictionaryId}/revisions`);
    expect(revise.status).toBe(403);
  });

  it('revises: a new draft copies the entries; the diff shows text-level changes', async () => {
    const revision = await drafter.post(`/api/technical-dictionaries/${dictionaryId}/revisions`);
    expect(revision.status).toBe(201);
    const newVersionId = revision.body.version.id;
    expect(revision.body.version.version).toBe(2);
    const again = await drafter.post(`/api/technical-dictionaries/${dictionaryId}/revisions`);
    expect(again.body.error.code).toBe('REVISION_ALREADY_OPEN');

    const draft = await drafter.get(`/api/dictionary-versions/${newVersionId}`);
    const entry = draft.body.entries[0];
    const changed = entryFixture();
    changed.levels[2] = {
      level: 3,
      description: 'Deskripsi baru level 3',
      behaviourIndicators: ['Indikator baru'],
    };
    const put = await drafter.request('PUT', `/api/dictionary-versions/${newVersionId}/entries/${entry.id}`, {
      json: { ...changed, revision: entry.revision },
    });
    expect(put.status).toBe(200);
    const stale = await drafter.request(
      'PUT',
      `/api/dictionary-versions/${newVersionId}/entries/${entry.id}`,
      {
        json: { ...changed, revision: entry.revision },
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('ENTRY_STALE');
    await drafter.post(
      `/api/dictionary-versions/${newVersionId}/entries`,
      entryFixture({ code: 'T.KEP.02', name: 'Manajemen Kinerja' }),
    );

    const diff = await drafter.get(`/api/dictionary-versions/${newVersionId}/diff?against=${versionId}`);
    expect(diff.status).toBe(200);
    expect(diff.body.added.map((e: { code: string }) => e.code)).toEqual(['T.KEP.02']);
    expect(diff.body.removed).toEqual([]);
    expect(diff.body.changed).toHaveLength(1);
    expect(diff.body.changed[0].levels).toEqual([
      {
        level: 3,
        description: { before: 'Deskripsi level 3 untuk T.KEP.01', after: 'Deskripsi baru level 3' },
        indicatorsAdded: ['Indikator baru'],
        indicatorsRemoved: ['Indikator 3.1 untuk T.KEP.01', 'Indikator 3.2 untuk T.KEP.01'],
      },
    ]);
    // The ratified version still reads as it was.
    const old = await drafter.get(`/api/dictionary-versions/${versionId}`);
    expect(old.body.entries[0].levels[2].description).toBe('Deskripsi level 3 untuk T.KEP.01');
  });

  it('ticks the composition checklist with who and when', async () => {
    const dictionary = await drafter.get(`/api/technical-dictionaries/${dictionaryId}`);
    const draftId = dictionary.body.versions.find((v: { status: string }) => v.status === 'draft').id;
    const tick = await drafter.request('PUT', `/api/dictionary-versions/${draftId}/checklist/workshop`, {
      json: { ticked: true },
    });
    expect(tick.status).toBe(200);
    const version = await drafter.get(`/api/dictionary-versions/${draftId}`);
    const workshop = version.body.checklist.find((s: { key: string }) => s.key === 'workshop');
    expect(workshop.tickedBy).toBe('Budi Santoso, S.E.');
    expect(workshop.tickedAt).toEqual(expect.any(String));
    const unknown = await drafter.request('PUT', `/api/dictionary-versions/${draftId}/checklist/nope`, {
      json: { ticked: true },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('two editors of one entry', () => {
  it('saves the first, refuses the second with ENTRY_STALE, and keeps the first one’s text', async () => {
    const admin = await server.as('admin');
    const created = await drafter.post('/api/technical-dictionaries', {
      code: 'KAMUS-DUA-PENYUNTING',
      name: 'Kamus Kompetensi Teknis Dua Penyunting',
    });
    const draftId = created.body.versionId;
    const added = await drafter.post(`/api/dictionary-versions/${draftId}/entries`, entryFixture());
    expect(added.status).toBe(201);
    expect(added.body.entry.revision).toBe(1);
    const path = `/api/dictionary-versions/${draftId}/entries/${added.body.entry.id}`;

    // Both open the editor: each reads the entry at revision 1.
    const readByDrafter = (await drafter.get(`/api/dictionary-versions/${draftId}`)).body.entries[0];
    const readByAdmin = (await admin.get(`/api/dictionary-versions/${draftId}`)).body.entries[0];
    expect([readByDrafter.revision, readByAdmin.revision]).toEqual([1, 1]);

    const first = await drafter.request('PUT', path, {
      json: { ...entryFixture({ name: 'Analisis Jabatan Fungsional' }), revision: readByDrafter.revision },
    });
    expect(first.status).toBe(200);
    expect(first.body.entry.revision).toBe(2);
    const auditsAfterFirst = await server.count(auditLog);

    const second = await admin.request('PUT', path, {
      json: { ...entryFixture({ name: 'Analisis Jabatan Struktural' }), revision: readByAdmin.revision },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('ENTRY_STALE');
    expect(second.body.error.message).toContain('diubah oleh pengguna lain');
    expect(second.body.error.details).toEqual({ currentRevision: 2 });

    const after = (await admin.get(`/api/dictionary-versions/${draftId}`)).body.entries[0];
    expect(after.name).toBe('Analisis Jabatan Fungsional');
    expect(after.revision).toBe(2);
    expect(await server.count(auditLog)).toBe(auditsAfterFirst);

    // Reloaded, the second editor may save over it knowingly.
    const retried = await admin.request('PUT', path, {
      json: { ...entryFixture({ name: 'Analisis Jabatan Struktural' }), revision: after.revision },
    });
    expect(retried.status).toBe(200);
    expect(retried.body.entry.revision).toBe(3);
  });

  it('requires the revision on a change', async () => {
    const draft = await drafter.post('/api/technical-dictionaries', {
      code: 'KAMUS-TANPA-REVISI',
      name: 'Kamus Kompetensi Teknis Tanpa Revisi',
    });
    const added = await drafter.post(
      `/api/dictionary-versions/${draft.body.versionId}/entries`,
      entryFixture(),
    );
    const put = await drafter.request(
      'PUT',
      `/api/dictionary-versions/${draft.body.versionId}/entries/${added.body.entry.id}`,
      { json: entryFixture({ name: 'Tanpa revisi' }) },
    );
    expect(put.status).toBe(400);
    expect(put.body.error.code).toBe('VALIDATION_FAILED');
    expect(put.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['revision']);
  });
});

describe('search', () => {
  it('finds official and ratified technical entries, ranked, with highlighted snippets', async () => {
    const client = await server.as('admin2');
    const exact = await client.get('/api/competencies?q=integritas');
    expect(exact.status).toBe(200);
    expect(exact.body.items[0]).toMatchObject({
      code: 'M.01',
      name: 'Integritas',
      kind: 'managerial',
      agency: null,
    });
    expect(exact.body.items[0].snippet).toContain('<mark>');

    const typo = await client.get('/api/competencies?q=integritass');
    expect(typo.body.items[0].name).toBe('Integritas');

    const regional = await client.get(`/api/competencies?q=${encodeURIComponent('advokasi kebjakan')}`);
    expect(regional.body.items[0].name).toBe('Advokasi Kebijakan Otonomi Daerah');

    const technical = await client.get('/api/competencies?q=analisis%20jabatan&kind=technical');
    expect(technical.body.items[0]).toMatchObject({ code: 'T.KEP.01', agency: { code: 'KOTA-CONTOH' } });
    const indicators = await client.get('/api/competencies?q=mengkategorikan&kind=technical');
    expect(indicators.body.items.map((i: { code: string }) => i.code)).toContain('T.KEP.01');
    const filtered = await client.get('/api/competencies?q=analisis%20jabatan&affair=Keuangan');
    expect(filtered.body.items).toEqual([]);
  });

  it('does not search drafts', async () => {
    const response = await (await server.as('drafter')).get(
      '/api/competencies?q=manajemen%20kinerja&kind=technical',
    );
    expect(response.body.items.map((i: { code: string }) => i.code)).not.toContain('T.KEP.02');
  });

  it('validates the query', async () => {
    const client = await server.as('drafter');
    expect((await client.get('/api/competencies?q=a')).status).toBe(400);
    expect((await client.get('/api/competencies?q=abc&kind=other')).status).toBe(400);
    expect((await client.get('/api/competencies?q=abc&limit=1000')).status).toBe(400);
  });

  it('escapes HTML in snippets', async () => {
    const { renderSnippet } = await import('../src/services/search-competencies');
    expect(renderSnippet('<script>\u0001x\u0002</script>')).toBe(
      '&lt;script&gt;<mark>x</mark>&lt;/script&gt;',
    );
  });
});

describe('who sees a draft dictionary', () => {
  it('lists it to the agency staff and national roles, never to an employee of the agency', async () => {
    const draft = await drafter.post('/api/technical-dictionaries', {
      code: 'KAMUS-DRAF-PEGAWAI',
      name: 'Kamus Teknis Yang Masih Draf',
    });
    expect(draft.status).toBe(201);
    const codes = async (username: string) =>
      (
        (await (await server.as(username)).get('/api/technical-dictionaries')).body.items as {
          code: string;
        }[]
      ).map((d) => d.code);
    expect(await codes('verifier')).toContain('KAMUS-DRAF-PEGAWAI');
    expect(await codes('ratifier')).toContain('KAMUS-DRAF-PEGAWAI');
    expect(await codes('pegawai')).not.toContain('KAMUS-DRAF-PEGAWAI');
    expect(await codes('admin2')).not.toContain('KAMUS-DRAF-PEGAWAI');
    const employee = await server.as('pegawai');
    expect((await employee.get(`/api/technical-dictionaries/${draft.body.dictionaryId}`)).status).toBe(404);
    const version = await employee.get(`/api/dictionary-versions/${draft.body.versionId}`);
    expect([version.status, version.body.error.code]).toEqual([404, 'VERSION_NOT_FOUND']);
  });
});
