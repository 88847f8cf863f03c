/**
 * A 360° round end to end through the API: HR opens it for one person (raters taken from the
 * position map: two peers, three subordinates; a superior added by hand), each rater answers their
 * own questionnaire with their own login, HR closes it; results keep the two peers' answers hidden
 * (anonymity minimum three) and the level follows the groups shown; the person's current levels and
 * match take the 360° results where the assessment centre has none (the default rule).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, currentCompetencyLevels, multiRaterAnswers } from '../src/db/schema';
import { docxText, pdfText } from './support/document-text';
import { waitForJob } from './support/jobs';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let admin: ApiClient;

const nip = (birth: string, sequence: number) => `${birth}2010011${String(sequence).padStart(3, '0')}`;
const S = nip('19800101', 1); // the person rated
const P1 = nip('19810202', 2); // peers: the same position
const P2 = nip('19820303', 3);
const C1 = nip('19830404', 4); // subordinates: the child position
const C2 = nip('19840505', 5);
const C3 = nip('19850606', 6);
const U = nip('19700707', 7); // the superior, added by hand
const position = 'Kepala Bidang Pengembangan Kompetensi';
const child = 'Kepala Subbidang Pengembangan Kompetensi';
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];

function csv(lines: string[][]) {
  return new Blob([`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`], { type: 'text/csv' });
}

const logins = new Map<string, ApiClient>();
async function loginAs(forNip: string) {
  const existing = logins.get(forNip);
  if (existing) return existing;
  const created = await admin.post(`/api/civil-servants/${forNip}/login`);
  expect(created.status).toBe(201);
  const client = server.client();
  const response = await client.loginFirstTime(
    forNip,
    created.body.password,
    `Penilai-360-Sandi-${forNip.slice(-3)}x`,
  );
  expect(response.status).toBe(200);
  logins.set(forNip, client);
  return client;
}

let roundId: string;

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
  admin = ministry.admin;
  const created = await ministry.drafter.post('/api/positions', {
    name: child,
    positionGroup: 'administrative',
    jobLevel: 'pengawas',
    orgUnitId: ministry.orgUnitId,
    parentPositionId: ministry.positionId,
  });
  expect(created.status).toBe(201);
  const people = await admin.upload(
    '/api/imports/civil-servants',
    {
      file: csv([
        ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jabatan', 'Predikat Kinerja'],
        [S, 'Sekar Ayu', 'IV/a', 'S1', position, 'Baik'],
        [P1, 'Putri Lestari', 'IV/a', 'S-1', position, 'Baik'],
        [P2, 'Purnomo Adi', 'IV/a', 'S-1', position, 'Baik'],
        [C1, 'Citra Dewi', 'III/c', 'S-1', child, 'Baik'],
        [C2, 'Cahyo Nugroho', 'III/c', 'S-1', child, 'Baik'],
        [C3, 'Candra Wijaya', 'III/c', 'S-1', child, 'Baik'],
        [U, 'Umar Said', 'IV/c', 'S-2', '', 'Sangat Baik'],
      ]),
    },
    'pegawai.csv',
  );
  expect(people.status).toBe(202);
  expect((await waitForJob(admin, people.body.jobId)).status).toBe('done');
  // Assessment-centre results for the managerial competencies only.
  const results = await admin.upload(
    '/api/imports/assessments',
    {
      file: csv([
        ['NIP', 'Kode Kompetensi', 'Kamus', 'Level', 'Tanggal', 'Asesor', 'Lembaga'],
        ...managerial.map((code) => [S, code, '', '3', '2026-01-10', 'Tim Asesor', 'UPT Penilaian']),
      ]),
    },
    'asesmen.csv',
  );
  expect(results.status).toBe(202);
  expect((await waitForJob(admin, results.body.jobId)).status).toBe('done');
}, 120_000);
afterAll(() => server?.close());

describe('opening a round', () => {
  it('refuses a person whose position has no ratified standard, writing nothing', async () => {
    const refused = await admin.post(`/api/agencies/${ministry.agencyId}/multi-rater-rounds`, {
      name: 'Penilaian 360° Uji',
      closesOn: '2999-01-31',
      subjects: [{ nip: C1 }],
    });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'MULTI_RATER_ROUND_INVALID']);
    expect(refused.body.error.details.problems[0].code).toBe('SUBJECT_WITHOUT_STANDARD');
    const list = await admin.get(`/api/agencies/${ministry.agencyId}/multi-rater-rounds`);
    expect(list.body.items).toEqual([]);
  });

  it('takes the raters from the position map: self, two peers, three subordinates', async () => {
    const opened = await admin.post(`/api/agencies/${ministry.agencyId}/multi-rater-rounds`, {
      name: 'Penilaian 360° Semester I',
      closesOn: '2999-01-31',
      subjects: [{ nip: S }],
    });
    expect(opened.status).toBe(201);
    roundId = opened.body.round.id;
    const raters = opened.body.subjects[0].raters.map((r: { nip: string; relation: string }) => [
      r.relation,
      r.nip,
    ]);
    expect(raters).toEqual([
      ['self', S],
      ['peer', P2],
      ['peer', P1],
      ['subordinate', C2],
      ['subordinate', C3],
      ['subordinate', C1],
    ]);
    const added = await admin.post(`/api/multi-rater-rounds/${roundId}/raters`, {
      subjectNip: S,
      raterNip: U,
      relation: 'superior',
    });
    expect(added.status).toBe(201);
    const again = await admin.post(`/api/multi-rater-rounds/${roundId}/raters`, {
      subjectNip: S,
      raterNip: U,
      relation: 'superior',
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'RATER_EXISTS']);
    // Other staff follow the round but cannot change it.
    const byDrafter = await ministry.drafter.post(`/api/multi-rater-rounds/${roundId}/raters`, {
      subjectNip: S,
      raterNip: C1,
      relation: 'peer',
    });
    expect(byDrafter.status).toBe(403);
  });
});

/** Answers every item of the rater's one task with `level` (null: cannot rate) and submits. */
async function answer(forNip: string, level: (code: string) => number | null) {
  const client = await loginAs(forNip);
  const tasks = await client.get('/api/me/multi-rater-tasks');
  expect(tasks.status).toBe(200);
  expect(tasks.body.items).toHaveLength(1);
  const taskId = tasks.body.items[0].id;
  const task = await client.get(`/api/multi-rater-tasks/${taskId}`);
  const answers = task.body.items.map((i: { competencyKey: string; code: string }) => ({
    competencyKey: i.competencyKey,
    level: level(i.code),
  }));
  const sent = await client.request('PUT', `/api/multi-rater-tasks/${taskId}`, {
    json: { answers, submit: true },
  });
  expect(sent.status).toBe(200);
  expect(sent.body.submitted).toBe(true);
  return { client, taskId, task: task.body };
}

describe('answering', () => {
  it('shows each rater only their own questionnaire, built from the standard', async () => {
    const peer = await loginAs(P1);
    const tasks = await peer.get('/api/me/multi-rater-tasks');
    expect(tasks.body.items).toEqual([
      expect.objectContaining({
        relation: 'peer',
        subject: { name: 'Sekar Ayu', positionName: position, self: false },
      }),
    ]);
    const task = await peer.get(`/api/multi-rater-tasks/${tasks.body.items[0].id}`);
    expect(task.body.items).toHaveLength(15);
    const integrity = task.body.items.find((i: { code: string }) => i.code === 'M.01');
    expect(integrity.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(integrity.levels.find((l: { required: boolean }) => l.required).level).toBe(3);
    // Nobody else reads it: not HR, not another rater.
    expect((await admin.get(`/api/multi-rater-tasks/${tasks.body.items[0].id}`)).status).toBe(404);
    expect((await (await loginAs(P2)).get(`/api/multi-rater-tasks/${tasks.body.items[0].id}`)).status).toBe(
      404,
    );
  });

  it('saves as the rater goes, refuses an incomplete submission', async () => {
    const peer = await loginAs(P1);
    const taskId = (await peer.get('/api/me/multi-rater-tasks')).body.items[0].id;
    const task = (await peer.get(`/api/multi-rater-tasks/${taskId}`)).body;
    const first = task.items[0];
    const saved = await peer.request('PUT', `/api/multi-rater-tasks/${taskId}`, {
      json: { answers: [{ competencyKey: first.competencyKey, level: 2 }] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.items[0]).toMatchObject({ answered: true, level: 2 });
    const early = await peer.request('PUT', `/api/multi-rater-tasks/${taskId}`, {
      json: { answers: [], submit: true },
    });
    expect([early.status, early.body.error.code]).toEqual([422, 'ANSWERS_INCOMPLETE']);
    const unknown = await peer.request('PUT', `/api/multi-rater-tasks/${taskId}`, {
      json: { answers: [{ competencyKey: `${crypto.randomUUID()}:X.99`, level: 3 }] },
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([422, 'UNKNOWN_COMPETENCY']);
  });

  it('results stay closed while the round is open', async () => {
    const early = await admin.get(`/api/multi-rater-rounds/${roundId}/results/${S}`);
    expect(early.status).toBe(403);
  });

  it('every rater answers; a sent questionnaire cannot change', async () => {
    await answer(S, () => 5); // self: counts 0 by default
    await answer(U, () => 4); // superior
    await answer(P1, () => 1); // two peers: hidden, not counted
    await answer(P2, () => 1);
    await answer(C1, (code) => (code === 'KEP.06' ? null : 3)); // subordinates
    await answer(C2, () => 3);
    const { client, taskId } = await answer(C3, () => 4);
    const late = await client.request('PUT', `/api/multi-rater-tasks/${taskId}`, {
      json: { answers: [], submit: false },
    });
    expect(late.status).toBe(403);
    const round = await admin.get(`/api/multi-rater-rounds/${roundId}`);
    expect(round.body.subjects[0].raters.every((r: { submitted: boolean }) => r.submitted)).toBe(true);
    // HR sees who answered, never what.
    expect(JSON.stringify(round.body)).not.toContain('"level"');
  });
});

describe('closing and results', () => {
  it('closes into results with the peers hidden and the subordinates shown', async () => {
    const before = await server.count(assessments);
    const closed = await admin.post(`/api/multi-rater-rounds/${roundId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ round: { status: 'closed' }, subjects: 1, withResults: 1 });
    expect(await server.count(assessments)).toBe(before + 1);
    const results = await admin.get(`/api/multi-rater-rounds/${roundId}/results/${S}`);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ raters: 7, submitted: 7, minimumGroupSize: 3 });
    const m01 = results.body.items.find((i: { code: string }) => i.code === 'M.01');
    const group = (relation: string) => m01.groups.find((g: { relation: string }) => g.relation === relation);
    expect(group('peer')).toMatchObject({ answered: 2, shown: false, mean: null });
    expect(group('subordinate')).toMatchObject({ answered: 3, shown: true, mean: 3.33 });
    expect(group('superior')).toMatchObject({ answered: 1, shown: true, mean: 4 });
    expect(group('self')).toMatchObject({ shown: true, mean: 5 });
    // (superior 4 + subordinates 3.333) / 2; self weighs 0, peers hidden
    expect(m01.level).toBe(3.67);
    // KEP.06: one subordinate could not rate it, so two answered: hidden; the superior alone.
    const kep06 = results.body.items.find((i: { code: string }) => i.code === 'KEP.06');
    expect(kep06.groups.find((g: { relation: string }) => g.relation === 'subordinate')).toMatchObject({
      answered: 2,
      shown: false,
    });
    expect(kep06.level).toBe(4);
    const again = await admin.post(`/api/multi-rater-rounds/${roundId}/close`);
    expect(again.status).toBe(403);
    // The answers of the round stay as given (history), never in the results per person.
    expect(await server.count(multiRaterAnswers)).toBe(7 * 15);
  });

  it('the assessment centre comes first; 360° fills what it has not assessed', async () => {
    const match = await admin.get(`/api/civil-servants/${S}/match`);
    const row = (code: string) => match.body.rows.find((r: { code: string }) => r.code === code);
    expect(row('M.01')).toMatchObject({ assessedLevel: 3, source: 'assessmentCentre' });
    expect(row('KEP.01')).toMatchObject({ assessedLevel: 3.67, source: 'multiRater' });
    expect(row('KEP.06')).toMatchObject({ assessedLevel: 4, source: 'multiRater' });
    expect(await server.count(currentCompetencyLevels)).toBe(15);
    // The candidate ranking follows at once, with the same number as the match.
    const candidates = await admin.get(`/api/positions/${ministry.positionId}/candidates`);
    const item = candidates.body.items.find((i: { nip: string }) => i.nip === S);
    expect(item.percent).toBe(match.body.percent);
  });

  it('a changed rule rebuilds the current levels: assessment centre only', async () => {
    const policy = await admin.get(`/api/agencies/${ministry.agencyId}/standard-policy`);
    const saved = await admin.request('PUT', `/api/agencies/${ministry.agencyId}/standard-policy`, {
      json: {
        baseName: policy.body.baseName,
        override: {
          ...policy.body.override,
          talent: { multiRater: { combination: 'assessmentCentreOnly' } },
        },
      },
    });
    expect(saved.status).toBe(200);
    const match = await admin.get(`/api/civil-servants/${S}/match`);
    expect(match.body.rows.find((r: { code: string }) => r.code === 'KEP.01')).toMatchObject({
      assessedLevel: null,
      source: null,
    });
    expect(match.body.notAssessed).toBe(7);
  });

  it('the person reads their own results; a rater does not; another agency sees nothing', async () => {
    const self = await loginAs(S);
    const mine = await self.get('/api/me/multi-rater-results');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].items.find((i: { code: string }) => i.code === 'M.01').level).toBe(3.67);
    expect((await self.get(`/api/multi-rater-rounds/${roundId}/results/${S}`)).status).toBe(200);
    const peer = await loginAs(P1);
    expect((await peer.get(`/api/multi-rater-rounds/${roundId}/results/${S}`)).status).toBe(404);
    expect((await peer.get('/api/me/multi-rater-results')).body.items).toEqual([]);
    expect((await peer.get(`/api/multi-rater-rounds/${roundId}`)).status).toBe(404);
    const admin2 = await server.as('admin2');
    expect((await admin2.get(`/api/multi-rater-rounds/${roundId}`)).status).toBe(404);
    expect((await admin2.get(`/api/multi-rater-rounds/${roundId}/results/${S}`)).status).toBe(404);
  });
});

describe('printable instruments', () => {
  it('the questionnaire and the interview guide of a standard, as DOCX and PDF', async () => {
    const base = `/api/job-standards/${ministry.standardId}`;
    const questionnaire = await admin.download(`${base}/questionnaire.docx`);
    expect(questionnaire.status).toBe(200);
    const words = docxText(questionnaire.bytes);
    expect(words).toContain('KUESIONER PENILAIAN 360°');
    expect(words).toContain('Level 3 (dibutuhkan jabatan)');
    expect(words).toContain('Tidak dapat menilai');
    const guide = await admin.download(`${base}/interview-guide.pdf`);
    expect(guide.status).toBe(200);
    const text = pdfText(guide.bytes);
    expect(text).toContain('PANDUAN WAWANCARA PERILAKU');
    expect(text).toContain('Ceritakan satu peristiwa nyata');
    expect(text).toMatch(/Tindakan:\s+Apa yang Anda lakukan/);
    const employee = await loginAs(S);
    // A ratified standard is public to the agency's people, and so are its instruments.
    expect((await employee.download(`${base}/questionnaire.pdf`)).status).toBe(200);
  });
});
