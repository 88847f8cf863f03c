/**
 * The authorization matrix as a test: every route of the OpenAPI document with a path parameter
 * (and routes whose record is chosen by a query parameter, keyed with it) × every role × every subject of `authorization-matrix.expected.ts`, on real records made in setup.
 * A role the table refuses must get 403 or 404 and change nothing; a role it allows must get past
 * authorization: a read answers 2xx, a write answers with a domain refusal of its probe (stale
 * revision, date outside the period…) so that nothing is written either. A route without a row
 * fails the test until its row is added.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, backgroundJobs } from '../src/db/schema';
import { compositionSteps } from '../src/domain/technical-dictionary';
import {
  allowedRoles,
  expectedMatrix,
  type Role,
  roles,
  type Subject,
} from './authorization-matrix.expected';
import { seed001DictionaryEntries } from './fixtures/seed-001-technical';
import { solidPng } from './support/png';
import {
  type Ministry,
  ministryUserPassword,
  ministryWithRatifiedStandard,
} from './support/ratified-standard';
import { type ApiClient, type ApiResponse, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let dataDir: string;
const clients = {} as Record<Role, ApiClient>;

interface AgencyRecords {
  agencyId: string;
  orgUnitId: string;
  positionId: string;
  ratifiedStandardId: string;
  draftStandardId: string;
  requirements: unknown;
  dictionaryId: string;
  unratifiedDictionaryId: string;
  ratifiedVersionId: string;
  draftVersionId: string;
  ratifiedEntryId: string;
  draftEntryId: string;
  jobDescription: { content: unknown };
  jobId: string;
  campaignId: string;
  groupId: string;
  drafterId: string;
  phaseId: string;
  interviewId: string;
  sopStepId: string;
}

let own: AgencyRecords;
let other: AgencyRecords;

/** 360° rounds of an agency: one open (its subject rated by themselves and a peer), one closed. */
interface AgencyRounds {
  openRoundId: string;
  closedRoundId: string;
  /** The subject's self-rating in the open round: a task that is nobody else's, a rater that cannot go. */
  selfRaterId: string;
  /** The employee's own task (a peer rating), own agency only. */
  employeeTaskId?: string;
}
const rounds = {} as Record<'own' | 'other', AgencyRounds>;

async function buildRounds(
  m: Ministry,
  subject: string,
  closedSubjects: string[],
  peer?: string,
): Promise<AgencyRounds> {
  const base = `/api/agencies/${m.agencyId}/multi-rater-rounds`;
  const opened = ok(
    await m.admin.post(base, {
      name: 'Penilaian 360° Matriks',
      closesOn: '2999-12-31',
      subjects: [{ nip: subject, raters: peer ? [{ nip: peer, relation: 'peer' }] : [] }],
    }),
    'open round',
  ).body;
  const raters = opened.subjects[0].raters as { id: string; nip: string; relation: string }[];
  const closed = ok(
    await m.admin.post(base, {
      name: 'Penilaian 360° Matriks Selesai',
      closesOn: '2999-12-31',
      subjects: closedSubjects.map((nip) => ({ nip, raters: [] })),
    }),
    'round to close',
  ).body;
  ok(await m.admin.post(`/api/multi-rater-rounds/${closed.round.id}/close`), 'close round');
  return {
    openRoundId: opened.round.id,
    closedRoundId: closed.round.id,
    selfRaterId: raters.find((r) => r.relation === 'self')!.id,
    ...(peer ? { employeeTaskId: raters.find((r) => r.nip === peer)!.id } : {}),
  };
}
const nips = { self: '198504122010011003', own: '199001152015032001', other: '197807082005011002' };

function ok<T>(response: ApiResponse<T>, what: string): ApiResponse<T> {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

const today = new Date();
const isoDay = (offsetDays: number) =>
  new Date(today.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

function csv(lines: string[][]) {
  return new Blob([`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

async function login(username: string, password = ministryUserPassword) {
  const client = server.client();
  ok(await client.login(username, password), `login ${username}`);
  return client;
}

/** A one-time password (an employee's first login) is replaced before the matrix runs. */
async function loginFirstTime(username: string, oneTimePassword: string) {
  const client = server.client();
  ok(
    await client.loginFirstTime(username, oneTimePassword, 'Pegawai-Matriks-Kota-2026'),
    `login ${username}`,
  );
  return client;
}

async function waitForJob(client: ApiClient, jobId: string) {
  for (let i = 0; i < 600; i++) {
    const job = ok(await client.get(`/api/jobs/${jobId}`), 'job');
    if (job.body.status === 'done') return;
    if (job.body.status === 'failed') throw new Error(`${job.body.kind} failed: ${job.body.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('job not done');
}

/** Everything one agency needs so that every route has a real record of each kind. */
async function buildAgency(m: Ministry, code: string, people: string[][]): Promise<AgencyRecords> {
  const { admin, drafter } = m;
  const revision = ok(await drafter.post(`/api/job-standards/${m.standardId}/revisions`), 'revision');
  const ratified = ok(await drafter.get(`/api/job-standards/${m.standardId}`), 'standard').body;
  const dictionaries = ok(await drafter.get('/api/technical-dictionaries'), 'dictionaries').body.items as {
    id: string;
    code: string;
    ratifiedVersion: { id: string } | null;
  }[];
  const dictionary = dictionaries.find((d) => d.code === `KAMUS-${code}`)!;
  const draftVersion = ok(
    await drafter.post(`/api/technical-dictionaries/${dictionary.id}/revisions`),
    'dictionary revision',
  ).body.version;
  const entryOf = async (versionId: string) =>
    ok(await drafter.get(`/api/dictionary-versions/${versionId}`), 'version').body.entries[0].id as string;
  const unratified = ok(
    await drafter.post('/api/technical-dictionaries', {
      code: `DRAF-${code}`,
      name: 'Kamus Draf Uji Matriks',
    }),
    'unratified dictionary',
  ).body;
  const jdUrl = `/api/positions/${m.positionId}/job-description`;
  const prefilled = ok(await drafter.get(jdUrl), 'job description').body.content;
  const content = {
    ...prefilled,
    tasks: [
      {
        task: 'Menyusun rencana pengembangan kompetensi',
        output: 'Dokumen rencana',
        volume: 12,
        time: 3,
        unit: 'day',
      },
    ],
  };
  ok(await drafter.request('PUT', jdUrl, { json: { revision: 0, content } }), 'save job description');
  const imported = ok(
    await admin.upload('/api/imports/civil-servants', { file: csv(people) }, 'pegawai.csv'),
    'import people',
  );
  await waitForJob(admin, imported.body.jobId);
  ok(
    await admin.upload(
      `/api/agencies/${m.agencyId}/logo`,
      { file: new Blob([new Uint8Array(solidPng(64, 64))]) },
      'logo.png',
    ),
    'logo',
  );
  const book = ok(await admin.post(`/api/agencies/${m.agencyId}/books`, { format: 'docx' }), 'book');
  await waitForJob(admin, book.body.jobId);
  const drafterId = ok(await drafter.get('/api/auth/me'), 'me').body.user.id as string;
  const campaign = ok(
    await admin.post('/api/drafting-campaigns', {
      name: `Penyusunan SKJ ${code}`,
      startsOn: isoDay(-30),
      endsOn: isoDay(60),
    }),
    'campaign',
  ).body.draftingCampaign.id as string;
  const base = `/api/drafting-campaigns/${campaign}`;
  ok(await admin.post(`${base}/groups`, { name: 'Kelompok I', kind: 'drafting' }), 'group');
  ok(
    await admin.request('PUT', `${base}/decree-team`, {
      json: {
        members: [
          { teamRole: 'steering', name: 'Sekretaris Uji', nip: null, positionTitle: 'Sekretaris Jenderal' },
          { teamRole: 'member', name: 'Anggota Uji', nip: '199001152015032001', positionTitle: 'Analis SDM' },
        ],
      },
    }),
    'decree team',
  );
  let detail = ok(await admin.get(base), 'campaign detail').body;
  const groupId = detail.groups[0].id as string;
  ok(
    await admin.post(`${base}/groups/${groupId}/members`, {
      members: [{ userId: drafterId, role: 'coordinator' }],
    }),
    'member',
  );
  ok(await admin.post(`${base}/positions`, { positionIds: [m.positionId] }), 'scope');
  ok(
    await admin.post(`${base}/assignments`, {
      assignments: [{ positionId: m.positionId, assigneeId: drafterId }],
    }),
    'assignment',
  );
  ok(
    await drafter.post(`${base}/interviews`, {
      positionId: m.positionId,
      intervieweeRole: 'holder',
      intervieweeName: 'Pemegang Jabatan',
      heldOn: isoDay(0),
      notes: 'Kompetensi yang dibutuhkan jabatan ini.',
    }),
    'interview',
  );
  ok(
    await admin.post(`${base}/sop-steps`, { step: 'Verifikasi rumusan SKJ', actorRole: 'verifier' }),
    'sop step',
  );
  detail = ok(await admin.get(base), 'campaign detail').body;
  const sopStepId = detail.sopSteps.find((s: { step: string }) => s.step === 'Verifikasi rumusan SKJ')
    .id as string;
  ok(await admin.post(`${base}/sop-steps/${sopStepId}/sign-off`, {}), 'sign-off');
  const interviews = ok(await admin.get(`${base}/interviews`), 'interviews').body.items;
  return {
    agencyId: m.agencyId,
    orgUnitId: m.orgUnitId,
    positionId: m.positionId,
    ratifiedStandardId: m.standardId,
    draftStandardId: revision.body.id,
    requirements: ratified.content.requirements,
    dictionaryId: dictionary.id,
    unratifiedDictionaryId: unratified.dictionaryId,
    ratifiedVersionId: dictionary.ratifiedVersion!.id,
    draftVersionId: draftVersion.id,
    ratifiedEntryId: await entryOf(dictionary.ratifiedVersion!.id),
    draftEntryId: await entryOf(draftVersion.id),
    jobDescription: { content },
    jobId: book.body.jobId,
    campaignId: campaign,
    groupId,
    drafterId,
    phaseId: detail.phases[0].id,
    interviewId: interviews[0].id,
    sopStepId,
  };
}

const peopleHeader = ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jurusan', 'Jabatan', 'Predikat Kinerja'];
const position = 'Kepala Bidang Pengembangan Kompetensi';

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-matrix-'));
  server = await startTestServer({ SKJ_DATA_DIR: dataDir });
  const [a, b] = [
    await ministryWithRatifiedStandard(server, 'KEMEN-A'),
    await ministryWithRatifiedStandard(server, 'KEMEN-B'),
  ];
  own = await buildAgency(a, 'KEMEN-A', [
    peopleHeader,
    [nips.self, 'Budi Santoso', 'IV/a', 'S1', 'Manajemen', position, 'Sangat Baik'],
    [nips.own, 'Sari Dewi', 'III/d', 'S-2', 'Psikologi', position, 'Baik'],
  ]);
  other = await buildAgency(b, 'KEMEN-B', [
    peopleHeader,
    [nips.other, 'Joko Susilo', 'IV/b', 'S1', 'Hukum', position, 'Baik'],
  ]);
  // Every civil servant has a login, so that creating one is refused after authorization (409).
  const selfLogin = ok(await a.admin.post(`/api/civil-servants/${nips.self}/login`), 'login self').body;
  ok(await a.admin.post(`/api/civil-servants/${nips.own}/login`), 'login own');
  ok(await b.admin.post(`/api/civil-servants/${nips.other}/login`), 'login other');
  rounds.own = await buildRounds(a, nips.own, [nips.self, nips.own], nips.self);
  rounds.other = await buildRounds(b, nips.other, [nips.other]);
  Object.assign(clients, {
    superadmin: await server.as('superadmin'),
    ratifier: await server.as('ratifier'),
    admin: a.admin,
    drafter: a.drafter,
    verifier: await login('verifier.kemen-a'),
    validator: await login('validator.kemen-a'),
    employee: await loginFirstTime(selfLogin.username, selfLogin.password),
  });
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function agencyOf(subject: Subject): AgencyRecords {
  return subject.startsWith('other') ? other : own;
}

const junkUpload = () => new Blob(['bukan lembar kerja']);

interface Probe {
  path: string;
  /** JSON body, or a multipart upload. */
  json?: unknown;
  upload?: boolean;
  /** A write that changes nothing even when allowed (a preview). */
  readOnlyWrite?: boolean;
}

/** The request for one route and subject: real ids in the path, a body that writes nothing. */
function probe(method: string, route: string, subject: Subject): Probe {
  const r = agencyOf(subject);
  const ratified = subject.endsWith('ratified') && !subject.endsWith('unratified');
  const standardId = ratified ? r.ratifiedStandardId : r.draftStandardId;
  const versionId = ratified ? r.ratifiedVersionId : r.draftVersionId;
  const values: Record<string, string> = {
    id: r.agencyId,
    nip: nips[subject as keyof typeof nips] ?? '',
    entryId: ratified ? r.ratifiedEntryId : r.draftEntryId,
    step: compositionSteps[0]!.key,
    groupId: r.groupId,
    userId: r.drafterId,
    positionId: r.positionId,
    phaseId: r.phaseId,
    interviewId: r.interviewId,
    stepId: r.sopStepId,
    version: '1',
  };
  if (route.startsWith('/api/catalog/') || route.startsWith('/api/job-standards/')) values.id = standardId;
  if (route.startsWith('/api/dictionary-versions/')) values.id = versionId;
  if (route.startsWith('/api/technical-dictionaries/'))
    values.id = subject === 'own-unratified' ? r.unratifiedDictionaryId : r.dictionaryId;
  if (route.startsWith('/api/drafting-campaigns/')) values.id = r.campaignId;
  if (route.startsWith('/api/jobs/')) values.id = r.jobId;
  if (route.startsWith('/api/org-units/')) values.id = r.orgUnitId;
  if (route.startsWith('/api/positions/')) values.id = r.positionId;
  if (route.startsWith('/api/users/')) values.id = r.drafterId;
  const agencyRounds = subject.startsWith('other') ? rounds.other : rounds.own;
  if (route.startsWith('/api/multi-rater-rounds/')) {
    values.id = route.includes('/results/') ? agencyRounds.closedRoundId : agencyRounds.openRoundId;
    values.raterId = agencyRounds.selfRaterId;
  }
  if (route.startsWith('/api/multi-rater-tasks/')) {
    values.id = subject === 'self' ? rounds.own.employeeTaskId! : agencyRounds.selfRaterId;
  }
  let filled = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`no value for {${name}} in ${route} (${subject})`);
    return value;
  });
  if (route.endsWith('/diff')) filled += `?against=${values.id}`;
  const key = `${method} ${route}`;
  const entry = { ...seed001DictionaryEntries()[0]!, code: 'T.MATRIKS.99', revision: 999_999 };
  const bodies: Record<string, unknown> = {
    'POST /api/agencies/{id}/books': { format: 'docx', orgUnitId: crypto.randomUUID() },
    // Refused after authorization: a closing day in the past, an unknown NIP, the person as their own rater.
    'POST /api/agencies/{id}/multi-rater-rounds': {
      name: 'Penilaian Uji',
      closesOn: '1990-01-01',
      subjects: [{ nip: values.nip || nips.own }],
    },
    'POST /api/multi-rater-rounds/{id}/raters': {
      subjectNip: subject.startsWith('other') ? nips.other : nips.own,
      raterNip: subject.startsWith('other') ? nips.other : nips.own,
      relation: 'peer',
    },
    'PUT /api/multi-rater-tasks/{id}': {
      answers: [{ competencyKey: `${crypto.randomUUID()}:X.99`, level: 3 }],
    },
    'POST /api/civil-servants/{nip}/potential': {
      assessedOn: '2999-01-01',
      score: 70,
      source: 'Asesmen Uji',
    },
    'POST /api/positions/{id}/successors': { nip: '199912312020121001', readiness: 'readyNow' },
    // Sent only to roles that must be refused (the admin's cell is not sent).
    'PUT /api/positions/{id}/succession': { critical: true, reason: 'Uji matriks' },
    'PATCH /api/positions/{id}/successors/{nip}': { readiness: 'readyNow' },
    'POST /api/agencies/{id}/decrees': { format: 'docx', number: '800/1/2000', date: '2000-01-01' },
    'PUT /api/drafting-campaigns/{id}/decree-team': {
      members: [{ teamRole: 'member', name: 'Anggota Uji', nip: '123', positionTitle: 'Analis' }],
    },
    'POST /api/agencies/{id}/org-units': { name: 'Unit Uji Matriks', parentId: crypto.randomUUID() },
    'PUT /api/agencies/{id}/standard-policy': { baseName: 'tidak-ada', override: {} },
    'PUT /api/agencies/{id}/workload-settings': { effectiveMinutesPerYear: 100, minutesPerDay: 200 },
    'PUT /api/agencies/{id}/identity': {
      officialName: null,
      letterheadUnit: null,
      address: null,
      phone: null,
      website: null,
      email: null,
      place: null,
      province: null,
      head: { title: null, name: null, nip: '123' },
      staffingOfficial: { title: null, name: null, nip: null },
    },
    'POST /api/catalog/{id}/adopt-as-is': { positionId: own.positionId, confirm: true },
    'PUT /api/users/{id}/profile': { nip: '123', positionTitle: 'Penyusun' },
    'POST /api/catalog/{id}/adopt': { positionId: own.positionId },
    'PUT /api/dictionary-versions/{id}/checklist/{step}': { ticked: true },
    'POST /api/dictionary-versions/{id}/entries': entry,
    'PUT /api/dictionary-versions/{id}/entries/{entryId}': entry,
    'POST /api/dictionary-versions/{id}/transitions': { action: 'verify', revision: 999_999 },
    'PATCH /api/drafting-campaigns/{id}': { startsOn: '2030-02-01', endsOn: '2030-01-01' },
    'POST /api/drafting-campaigns/{id}/assignments': {
      assignments: [{ positionId: r.positionId, assigneeId: null, dueOn: '1990-01-01' }],
    },
    'POST /api/drafting-campaigns/{id}/groups': { name: 'Kelompok Uji Matriks', kind: 'drafting' },
    'PATCH /api/drafting-campaigns/{id}/groups/{groupId}': { name: 'Kelompok Diubah' },
    'POST /api/drafting-campaigns/{id}/groups/{groupId}/members': {
      members: [{ userId: r.drafterId, role: 'member' }],
    },
    'PATCH /api/drafting-campaigns/{id}/members/{userId}': { role: 'member' },
    'POST /api/drafting-campaigns/{id}/positions': { positionIds: [r.positionId] },
    'POST /api/drafting-campaigns/{id}/phases': {
      kind: 'other',
      name: 'Tahap Uji',
      startsOn: '1990-01-01',
      endsOn: '1990-01-02',
    },
    'PATCH /api/drafting-campaigns/{id}/phases/{phaseId}': { startsOn: '1990-01-01' },
    'POST /api/drafting-campaigns/{id}/interviews': {
      positionId: r.positionId,
      intervieweeRole: 'holder',
      intervieweeName: 'Narasumber',
      heldOn: '2999-01-01',
      notes: 'Catatan uji.',
    },
    'PATCH /api/drafting-campaigns/{id}/interviews/{interviewId}': { heldOn: '2999-01-01' },
    'POST /api/drafting-campaigns/{id}/sop-steps': { step: 'Langkah uji', actorRole: 'admin' },
    'PATCH /api/drafting-campaigns/{id}/sop-steps/{stepId}': { step: 'Langkah diubah' },
    'POST /api/drafting-campaigns/{id}/sop-steps/{stepId}/sign-off': {},
    'PUT /api/job-standards/{id}': { revision: 999_999, competencies: [], requirements: r.requirements },
    'PATCH /api/job-standards/{id}': { revision: 999_999, requirements: { rank: { minGrade: 'III/a' } } },
    'POST /api/job-standards/{id}/transitions': { action: ratified ? 'ratify' : 'verify' },
    'POST /api/job-standards/{id}/technical-proposals': {
      name: 'Kompetensi Uji Matriks',
      definition: 'Kemampuan yang hanya dipakai uji matriks otorisasi.',
      requiredLevel: 3,
      levelDescription: 'Mampu menguji',
      behaviourIndicators: ['Menguji matriks'],
    },
    'PATCH /api/positions/{id}': { orgUnitId: crypto.randomUUID() },
    'POST /api/positions/{id}/retire': { reason: 'Jabatan digabung.' },
    'PATCH /api/users/{id}': { active: false },
    'PUT /api/positions/{id}/job-description': { revision: 999_999, content: r.jobDescription.content },
    'POST /api/positions/{id}/job-description/ratify': { revision: 999_999 },
    'POST /api/positions/{id}/job-description/workload': {
      tasks: [{ task: 'Menyusun laporan', output: 'Laporan', volume: 12, time: 2, unit: 'hour' }],
    },
  };
  const uploads = [
    'POST /api/agencies/{id}/logo',
    'POST /api/agencies/{id}/job-standards/import',
    'POST /api/agencies/{id}/job-standard-documents/import',
    'POST /api/technical-dictionaries/{id}/import',
    'POST /api/positions/{id}/job-description/tasks/import',
  ];
  return {
    path: filled,
    json: bodies[key],
    upload: uploads.includes(key),
    readOnlyWrite: key === 'POST /api/positions/{id}/job-description/workload',
  };
}

async function send(client: ApiClient, method: string, p: Probe): Promise<number> {
  if (p.upload) return (await client.upload(p.path, { file: junkUpload() }, 'data.xlsx')).status;
  if (method === 'GET') return (await client.download(p.path)).status;
  return (await client.request(method, p.path, p.json === undefined ? {} : { json: p.json })).status;
}

interface Case {
  method: string;
  route: string;
  subject: Subject;
  role: Role;
  allowed: boolean;
}

async function inPool<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

describe('authorization matrix', () => {
  it('has a row for every route with a path parameter, and no row for a route that is gone', async () => {
    const doc = ok(await clients.admin.get('/api/openapi.json'), 'openapi').body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const documented = operations.filter((route) => route.includes('{'));
    expect(documented.filter((route) => !(route in expectedMatrix))).toEqual([]);
    // A row may also name a route whose record is chosen by a query parameter (`?agencyId={id}`).
    expect(Object.keys(expectedMatrix).filter((route) => !operations.includes(route.split('?')[0]!))).toEqual(
      [],
    );
  });

  it('lets exactly the table through, reads and writes, and writes nothing', async () => {
    const cases: Case[] = [];
    let skipped = 0;
    for (const [key, cells] of Object.entries(expectedMatrix)) {
      const [method, route] = key.split(' ') as [string, string];
      for (const [subject, cell] of Object.entries(cells) as [Subject, string][]) {
        const { roles: allowed, sendAllowed } = allowedRoles(cell);
        for (const role of roles) {
          if (allowed.has(role) && !sendAllowed) {
            skipped++;
            continue;
          }
          cases.push({ method, route, subject, role, allowed: allowed.has(role) });
        }
      }
    }
    const auditsBefore = await server.count(auditLog);
    const jobsBefore = await server.count(backgroundJobs);
    const wrong: string[] = [];
    await inPool(cases, 4, async (c) => {
      const p = probe(c.method, c.route, c.subject);
      const status = await send(clients[c.role], c.method, p);
      const refused = status === 403 || status === 404;
      const write = c.method !== 'GET' && !p.readOnlyWrite;
      const fine = c.allowed
        ? !refused && status !== 401 && status < 500 && (write ? status >= 400 : status < 300)
        : refused;
      if (!fine)
        wrong.push(
          `${c.method} ${c.route} [${c.subject}] ${c.role}: ${status} (${c.allowed ? 'allow' : 'deny'})`,
        );
    });
    const rows = Object.values(expectedMatrix).reduce((n, cells) => n + Object.keys(cells).length, 0);
    const allows = cases.filter((c) => c.allowed).length;
    console.log(
      `authorization matrix: ${Object.keys(expectedMatrix).length} routes, ${rows} route × subject rows, ` +
        `${cases.length + skipped} cells (× ${roles.length} roles): ${allows} allowed and sent, ` +
        `${skipped} allowed and not sent, ${cases.length - allows} refused`,
    );
    expect(wrong.sort()).toEqual([]);
    expect(await server.count(auditLog)).toBe(auditsBefore);
    expect(await server.count(backgroundJobs)).toBe(jobsBefore);
  }, 600_000);
});
