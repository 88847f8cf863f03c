/**
 * Records made through the API for tests that only need them to exist (the workflow UIs have their
 * own e2e): a technical dictionary with a ratified version and a draft revision, a ratified standard
 * with a draft revision, two civil servants with assessment results, a drafting campaign.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, type APIResponse, request } from 'playwright-core';
import { compositionSteps } from '../../src/domain/technical-dictionary';

type Json = Record<string, unknown>;

export interface Api {
  get(url: string): Promise<Json>;
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, data?: unknown): Promise<Json>;
  upload(url: string, file: string): Promise<Json>;
  dispose(): Promise<void>;
}

/** A signed-in API session of its own, apart from the browser's cookies. */
export async function apiAs(baseUrl: string, username: string): Promise<Api> {
  const context: APIRequestContext = await request.newContext({ baseURL: baseUrl });
  const login = await context.post('/api/auth/login', { data: { username, password: 'demo12345' } });
  if (!login.ok()) throw new Error(`login ${username}: ${login.status()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const check = async (what: string, answer: APIResponse) => {
    if (!answer.ok()) throw new Error(`${what}: ${answer.status()} ${await answer.text()}`);
    return (await answer.json()) as Json;
  };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    get: async (url) => check(url, await context.get(url)),
    send: async (method, url, data) => check(url, await context.fetch(url, { method, data, headers })),
    upload: async (url, file) =>
      check(
        url,
        await context.post(url, {
          multipart: {
            file: { name: path.basename(file), mimeType: 'text/csv', buffer: fs.readFileSync(file) },
          },
          headers,
        }),
      ),
    dispose: () => context.dispose(),
  };
}

export interface SampleRecords {
  agencyId: string;
  dictionaryId: string;
  /** Version 1 (ratified) and version 2 (draft) of the dictionary. */
  dictionaryVersions: [string, string];
  positionId: string;
  /** Version 1 (ratified) and version 2 (draft) of the position's standard. */
  standards: [string, string];
  nip: string;
  draftingCampaignId: string;
  orgUnitId: string;
}

const levels = (name: string) =>
  [1, 2, 3, 4, 5].map((level) => ({
    level,
    description: `${name} tingkat ${level}`,
    behaviourIndicators: [`Indikator ${name} level ${level}`],
  }));

/** Builds the records in the demo agency KOTA-CONTOH, through the roles that may make each. */
export async function makeSampleRecords(baseUrl: string): Promise<SampleRecords> {
  const drafter = await apiAs(baseUrl, 'drafter');
  const admin = await apiAs(baseUrl, 'admin');
  const verifier = await apiAs(baseUrl, 'verifier');
  const validator = await apiAs(baseUrl, 'validator');
  const ratifier = await apiAs(baseUrl, 'ratifier');
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-sample-'));
  try {
    const created = await drafter.send('POST', '/api/technical-dictionaries', {
      code: 'KAMUS-ORG',
      name: 'Kamus Kompetensi Teknis Kelembagaan',
    });
    const v1 = created.versionId as string;
    for (const [code, name] of [
      ['ORG.01', 'Penataan Kelembagaan Perangkat Daerah'],
      ['ORG.02', 'Analisis Jabatan dan Beban Kerja'],
    ] as const) {
      await drafter.send('POST', `/api/dictionary-versions/${v1}/entries`, {
        code,
        name,
        definition: `Kemampuan ${name.toLowerCase()} sesuai ketentuan.`,
        governmentAffair: 'Kepegawaian',
        subAffair: null,
        group: 'specific',
        levels: levels(name),
      });
    }
    // The nine composition steps are ticked before a technical dictionary can be verified.
    for (const step of compositionSteps) {
      await drafter.send('PUT', `/api/dictionary-versions/${v1}/checklist/${step.key}`, { ticked: true });
    }
    await verifier.send('POST', `/api/dictionary-versions/${v1}/transitions`, { action: 'verify' });
    await admin.send('POST', `/api/dictionary-versions/${v1}/transitions`, { action: 'ratify' });
    const dictionaryId = created.dictionaryId as string;
    const v2 = (
      (await drafter.send('POST', `/api/technical-dictionaries/${dictionaryId}/revisions`)).version as Json
    ).id as string;
    await drafter.send('POST', `/api/dictionary-versions/${v2}/entries`, {
      code: 'ORG.03',
      name: 'Evaluasi Kelembagaan',
      definition: 'Kemampuan mengevaluasi kelembagaan perangkat daerah.',
      governmentAffair: 'Kepegawaian',
      subAffair: null,
      group: 'generic',
      levels: levels('Evaluasi Kelembagaan'),
    });

    const session = await admin.get('/api/auth/me');
    const agencyId = ((session.user as Json).agency as Json).id as string;
    const positions = (await admin.get(`/api/agencies/${agencyId}/positions`)).items as Json[];
    const positionId = positions.find((p) => p.name === 'Kepala Bagian Organisasi')?.id as string;
    const std1 = (await drafter.send('POST', '/api/job-standards', { positionId })).id as string;
    const current = await drafter.get(`/api/job-standards/${std1}`);
    // The regional mandatory competency comes with the draft; two of our own make the three required.
    const technical = [];
    for (const [query, code, level] of [
      ['penataan kelembagaan', 'ORG.01', 3],
      ['analisis jabatan', 'ORG.02', 4],
    ] as const) {
      const found = await drafter.get(`/api/competencies?q=${encodeURIComponent(query)}&kind=technical`);
      const item = (found.items as Json[]).find((i) => i.code === code);
      technical.push({ competencyId: item?.id, requiredLevel: level, importance: 'essential' });
    }
    await drafter.send('PUT', `/api/job-standards/${std1}`, {
      revision: (current.standard as Json).revision,
      competencies: [
        ...((current.content as Json).competencies as Json[]).map((r) => ({
          competencyId: r.competencyId,
          requiredLevel: r.requiredLevel,
        })),
        ...technical,
      ],
      requirements: {
        education: { levels: ['S-1'], fieldsOfStudy: ['Administrasi Negara'], importance: 'essential' },
        training: { managerial: [], technical: [], functional: [] },
        experience: { description: 'Jabatan pengawas bidang kelembagaan', years: 3, importance: 'important' },
        rank: { minGrade: 'IV/a', importance: 'essential' },
        performanceIndicators: [{ text: 'Tersusunnya evaluasi kelembagaan', importance: 'essential' }],
      },
    });
    await drafter.send('POST', `/api/job-standards/${std1}/transitions`, { action: 'submit' });
    await verifier.send('POST', `/api/job-standards/${std1}/transitions`, { action: 'verify' });
    await validator.send('POST', `/api/job-standards/${std1}/transitions`, { action: 'validate' });
    await ratifier.send('POST', `/api/job-standards/${std1}/transitions`, { action: 'ratify' });
    const std2 = (await drafter.send('POST', `/api/job-standards/${std1}/revisions`)).id as string;

    const csv = (name: string, lines: string[][]) => {
      const file = path.join(files, name);
      fs.writeFileSync(file, `\uFEFF${lines.map((line) => line.join(';')).join('\r\n')}\r\n`);
      return file;
    };
    const nip = '199001152015032001';
    await admin.upload(
      '/api/imports/civil-servants',
      csv('pegawai.csv', [
        ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jurusan', 'Jabatan', 'Predikat Kinerja'],
        [nip, 'Sari Dewi', 'III/d', 'S-2', 'Psikologi', 'Kepala Bagian Organisasi', 'Baik'],
      ]),
    );
    const results = [['NIP', 'Kode Kompetensi', 'Level', 'Tanggal', 'Asesor', 'Lembaga']];
    for (const code of ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01']) {
      results.push([nip, code, '3', '10/03/2025', 'Tim Asesor', 'UPT Penilaian']);
    }
    await admin.upload('/api/imports/assessments', csv('asesmen.csv', results));

    const campaign = await admin.send('POST', '/api/drafting-campaigns', {
      name: 'Penyusunan SKJ 2026',
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
    });
    const units = (await admin.get(`/api/agencies/${agencyId}/org-units`)).items as Json[];
    return {
      agencyId,
      dictionaryId,
      dictionaryVersions: [v1, v2],
      positionId,
      standards: [std1, std2],
      nip,
      draftingCampaignId: (campaign.draftingCampaign as Json).id as string,
      orgUnitId: (units.find((u) => u.code === 'SETDA-ORG') ?? units[0])?.id as string,
    };
  } finally {
    fs.rmSync(files, { recursive: true, force: true });
    await Promise.all([drafter, admin, verifier, validator, ratifier].map((api) => api.dispose()));
  }
}
