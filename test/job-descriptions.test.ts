/**
 * Job descriptions and workload analysis through the API: save with versions and optimistic
 * locking, the workload feeding the position map's required headcount, the agency's effective
 * time, the per-unit summary against the map, documents, the task import round trip, bad input.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  jobDescriptions,
  jobDescriptionVersions,
  positions,
  workloadSettings,
} from '../src/db/schema';
import { missingTexts, missingWords, pdfText, wordText } from './support/document-text';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let admin: ApiClient;
let drafter: ApiClient;
let verifier: ApiClient;
let admin2: ApiClient;
let superadmin: ApiClient;
let cityId: string;
const byName = new Map<string, { id: string; orgUnitId: string }>();

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  drafter = await server.as('drafter');
  verifier = await server.as('verifier');
  admin2 = await server.as('admin2');
  superadmin = await server.as('superadmin');
  cityId = (await admin.get('/api/auth/me')).body.user.agency.id;
  for (const p of (await admin.get(`/api/agencies/${cityId}/positions`)).body.items) byName.set(p.name, p);
});
afterAll(() => server?.close());

const id = (name: string) => byName.get(name)!.id;
const analyst = () => id('Analis Sumber Daya Manusia Aparatur Ahli Muda');
const clerk = () => id('Pengadministrasi Perkantoran');
const url = (positionId: string, rest = '') => `/api/positions/${positionId}/job-description${rest}`;

// 40 × 12 h = 28,800; 12 × 3 days × 300 = 10,800; 150 × 300 min = 45,000 → 84,600 minutes.
const analystTasks = [
  {
    task: 'Menganalisis kebutuhan pengembangan kompetensi pegawai',
    output: 'Dokumen analisis kebutuhan',
    volume: 40,
    time: 12,
    unit: 'hour',
  },
  {
    task: 'Menyusun rencana pengembangan kompetensi tahunan',
    output: 'Dokumen rencana pengembangan',
    volume: 12,
    time: 3,
    unit: 'day',
  },
  {
    task: 'Mengevaluasi pelaksanaan pelatihan & bimbingan teknis',
    output: 'Laporan evaluasi pelatihan',
    volume: 150,
    time: 300,
    unit: 'minute',
  },
];

const analystContent = {
  positionCode: '821.01',
  summary:
    'Melaksanakan analisis kebutuhan dan perencanaan pengembangan kompetensi ASN di lingkungan pemerintah kota.',
  tasks: analystTasks,
  workMaterials: [{ name: 'Data hasil asesmen kompetensi', use: 'Menganalisis kesenjangan kompetensi' }],
  tools: [{ name: 'Komputer dan aplikasi SKJ', use: 'Mengolah data pengembangan kompetensi' }],
  guidelines: ['PermenPAN-RB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN'],
  responsibilities: ['Ketepatan data analisis kebutuhan pengembangan kompetensi'],
  authorities: ['Meminta data kompetensi pegawai kepada perangkat daerah'],
  workingRelations: [
    {
      position: 'Kepala Bidang Pengembangan Kompetensi',
      unit: 'BKPSDM',
      subject: 'Konsultasi rencana pengembangan',
    },
  ],
  workingConditions: {
    room: 'Dalam ruangan',
    temperature: 'Sejuk (berpendingin udara)',
    lighting: 'Terang',
    weather: 'Tidak berpengaruh',
    noise: 'Tenang',
    time: 'Jam kerja kantor',
  },
  physicalEffort: ['Duduk', 'Berjalan'],
  hazards: [{ hazard: 'Kelelahan mata', cause: 'Bekerja lama di depan layar komputer' }],
  requirements: {
    education: ['S-1 Psikologi / Manajemen SDM'],
    training: ['Diklat Analis SDM Aparatur'],
    experience: ['Pengelolaan kepegawaian minimal 2 tahun'],
    rank: 'Penata (III/c)',
    knowledge: ['Manajemen ASN', 'Analisis kebutuhan diklat'],
    technicalSkills: ['Mengolah data statistik'],
    aptitudes: ['Inteligensia (G)'],
    temperaments: ['Kemampuan menyesuaikan diri (D)'],
    interests: ['Investigatif'],
    physicalCondition: 'Sehat jasmani dan rohani',
    workFunctions: ['Menganalisis data (D2)'],
  },
};

const clerkTasks = [
  // 2,400 × 15 = 36,000; 3,000 × 20 = 60,000 → 96,000 minutes.
  {
    task: 'Mengagendakan surat masuk dan keluar',
    output: 'Agenda surat',
    volume: 2400,
    time: 15,
    unit: 'minute',
  },
  {
    task: 'Mengarsipkan dokumen pengembangan kompetensi',
    output: 'Arsip dokumen',
    volume: 3000,
    time: 20,
    unit: 'minute',
  },
];

interface MapNode {
  id: string;
  requiredHeadcount: number;
  headcount: number;
  children: MapNode[];
}
interface MapUnitNode {
  positions: MapNode[];
  children: MapUnitNode[];
}

async function mapRequired(orgUnitId?: string) {
  const map = await admin.get(
    `/api/agencies/${cityId}/position-map${orgUnitId ? `?orgUnitId=${orgUnitId}` : ''}`,
  );
  const out = new Map<string, { requiredHeadcount: number; headcount: number }>();
  const walk = (units: MapUnitNode[]) => {
    for (const unit of units) {
      const visit = (list: MapNode[]) => {
        for (const p of list) {
          out.set(p.id, { requiredHeadcount: p.requiredHeadcount, headcount: p.headcount });
          visit(p.children);
        }
      };
      visit(unit.positions);
      walk(unit.children);
    }
  };
  walk(map.body.units);
  return out;
}

async function written() {
  return {
    descriptions: await server.count(jobDescriptions),
    versions: await server.count(jobDescriptionVersions),
    audits: await server.count(auditLog),
  };
}

describe('saving a job description', () => {
  it('before the first save: a draft pre-filled from the position, nothing stored', async () => {
    const response = await verifier.get(url(analyst()));
    expect(response.status).toBe(200);
    expect(response.body.jobDescription).toBeNull();
    expect(response.body.content.summary).toContain('analisis kebutuhan');
    expect(response.body.completion).toMatchObject({ filled: 1, total: 23 });
    expect(response.body.permissions).toMatchObject({ read: true, canEdit: false, canRatify: false });
    expect(response.body.settings).toMatchObject({ effectiveMinutesPerYear: 75_000, minutesPerDay: 300 });
    // A structural position's subordinates come from the position map.
    const head = await drafter.get(url(id('Kepala Bidang Pengembangan Kompetensi')));
    expect(head.body.content.subordinatePositions).toEqual([
      'Analis Sumber Daya Manusia Aparatur Ahli Muda',
      'Pengadministrasi Perkantoran',
    ]);
    expect(head.body.permissions.canEdit).toBe(true);
  });

  it('saves version 1: workload by hand, and its headcount becomes K on the position map', async () => {
    const response = await drafter.request('PUT', url(analyst()), {
      json: { revision: 0, content: analystContent },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ version: 1, revision: 1, status: 'draft', requiredHeadcount: 1 });
    // 84,600 / 75,000 = 1.128 → 1.13 shown, 1 person (half up).
    expect(response.body.workload).toMatchObject({ totalMinutes: 84_600, need: 1.13, requiredHeadcount: 1 });
    expect(response.body.workload.rows.map((r: { minutesPerYear: number }) => r.minutesPerYear)).toEqual([
      28_800, 10_800, 45_000,
    ]);
    expect((await mapRequired()).get(analyst())).toEqual({ requiredHeadcount: 1, headcount: 2 });
    const read = await verifier.get(url(analyst()));
    expect(read.body.jobDescription).toMatchObject({ version: 1, revision: 1, status: 'draft' });
    expect(read.body.content).toEqual({ ...analystContent, subordinatePositions: [] });
    expect(read.body.completion).toMatchObject({ filled: 23, total: 23, percent: 100 });
    const audits = await server.database.db
      .select({ entity: auditLog.entity, action: auditLog.action, diff: auditLog.diff })
      .from(auditLog)
      .where(eq(auditLog.entityId, analyst()));
    expect(audits).toContainEqual({
      entity: 'position',
      action: 'update',
      diff: {
        before: { requiredHeadcount: 3 },
        after: { requiredHeadcount: 1 },
        source: 'workload',
        jobDescriptionVersion: 1,
      },
    });
  });

  it('keeps every version; a save on an old revision is refused (409) and writes nothing', async () => {
    const changed = { ...analystContent, summary: `${analystContent.summary} Revisi kedua.` };
    const second = await admin.request('PUT', url(analyst()), { json: { revision: 1, content: changed } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ version: 2, revision: 2 });
    const before = await written();
    const stale = await drafter.request('PUT', url(analyst()), {
      json: { revision: 1, content: analystContent },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'JOB_DESCRIPTION_STALE',
      details: { currentRevision: 2 },
    });
    expect(stale.body.error.message).toContain('telah diubah oleh pengguna lain');
    expect(await written()).toEqual(before);
    const history = await verifier.get(url(analyst(), '/versions'));
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.body.items[1]).toMatchObject({
      source: 'edit',
      tasks: 3,
      createdBy: 'Budi Santoso, S.E.',
    });
    const first = await verifier.get(url(analyst(), '/versions/1'));
    expect(first.body.content.summary).toBe(analystContent.summary);
    expect((await verifier.get(url(analyst(), '/versions/9'))).body.error.code).toBe(
      'JOB_DESCRIPTION_VERSION_NOT_FOUND',
    );
  });

  it('ratifies by the agency admin only; the next save opens a new draft version', async () => {
    const refused = await drafter.post(url(analyst(), '/ratify'), { revision: 2 });
    expect(refused.status).toBe(403);
    const ratified = await admin.post(url(analyst(), '/ratify'), { revision: 2 });
    expect(ratified.status).toBe(200);
    expect(ratified.body).toMatchObject({ version: 2, revision: 3, status: 'ratified' });
    expect((await admin.post(url(analyst(), '/ratify'), { revision: 3 })).body.error.code).toBe(
      'JOB_DESCRIPTION_ALREADY_RATIFIED',
    );
    const next = await drafter.request('PUT', url(analyst(), ''), {
      json: { revision: 3, content: analystContent },
    });
    expect(next.body).toMatchObject({ version: 3, revision: 4, status: 'draft' });
    const history = await verifier.get(url(analyst(), '/versions'));
    expect(history.body.items.map((v: { ratifiedAt: string | null }) => v.ratifiedAt !== null)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('previews the workload of unsaved tasks without writing', async () => {
    const before = await written();
    const preview = await verifier.post(url(analyst(), '/workload'), { tasks: clerkTasks });
    expect(preview.status).toBe(200);
    // 96,000 / 75,000 = 1.28 → 1.
    expect(preview.body).toMatchObject({ totalMinutes: 96_000, need: 1.28, requiredHeadcount: 1 });
    expect(await written()).toEqual(before);
  });
});

describe('bad input: clear Indonesian errors, stable codes, nothing written', () => {
  const withTask = (task: Partial<(typeof analystTasks)[number]>) => ({
    revision: 0,
    content: { summary: 'Uji', tasks: [{ ...analystTasks[0]!, ...task }] },
  });

  it.each([
    ['zero volume', { volume: 0 }, 'INVALID_TASK_VOLUME', 'Tugas 1: volume harus lebih dari nol.'],
    ['negative volume', { volume: -5 }, 'INVALID_TASK_VOLUME', 'Tugas 1: volume harus lebih dari nol.'],
    ['zero time', { time: 0 }, 'INVALID_TASK_TIME', 'Tugas 1: waktu penyelesaian harus lebih dari nol.'],
    ['negative time', { time: -2 }, 'INVALID_TASK_TIME', 'Tugas 1: waktu penyelesaian harus lebih dari nol.'],
    ['unknown unit', { unit: 'week' }, 'UNKNOWN_TIME_UNIT', 'Tugas 1: satuan waktu "week" tidak dikenal.'],
    ['task without output', { output: '  ' }, 'TASK_OUTPUT_REQUIRED', 'Tugas 1: hasil kerja wajib diisi.'],
  ])('%s', async (_, task, code, message) => {
    const before = await written();
    const response = await drafter.request('PUT', url(clerk()), { json: withTask(task) });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toBe(`${message} Tidak ada yang disimpan.`);
    expect(response.body.error.details.issues[0].path).toMatch(/^tasks\.0\./);
    expect(await written()).toEqual(before);
    const preview = await drafter.post(url(clerk(), '/workload'), { tasks: withTask(task).content.tasks });
    expect([preview.status, preview.body.error.code]).toEqual([422, code]);
  });

  it("another agency's position is not found; a reader of the agency and national roles are refused", async () => {
    const before = await written();
    const foreign = await admin2.request('PUT', url(clerk()), { json: withTask({}) });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toMatchObject({
      code: 'POSITION_NOT_FOUND',
      message: 'Jabatan tidak ditemukan pada instansi Anda.',
    });
    expect((await admin2.get(url(clerk()))).status).toBe(404);
    const reader = await verifier.request('PUT', url(clerk()), { json: withTask({}) });
    expect([reader.status, reader.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const national = await superadmin.request('PUT', url(clerk()), { json: withTask({}) });
    expect(national.body.error.message).toBe(
      'Uraian jabatan hanya dapat disusun oleh instansi pemilik jabatan.',
    );
    expect((await admin2.post(url(clerk(), '/ratify'), { revision: 1 })).status).toBe(404);
    expect(await written()).toEqual(before);
  });

  it('effective time of zero is refused; the settings stay', async () => {
    const before = await written();
    for (const body of [
      { effectiveMinutesPerYear: 0, minutesPerDay: 300 },
      { effectiveMinutesPerYear: 75_000, minutesPerDay: -1 },
    ]) {
      const response = await admin.request('PUT', `/api/agencies/${cityId}/workload-settings`, {
        json: body,
      });
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('INVALID_EFFECTIVE_TIME');
    }
    const tooLong = await admin.request('PUT', `/api/agencies/${cityId}/workload-settings`, {
      json: { effectiveMinutesPerYear: 75_000, minutesPerDay: 1500 },
    });
    expect(tooLong.body.error.message).toBe('Menit kerja efektif per hari melebihi 24 jam.');
    expect(await server.count(workloadSettings)).toBe(0);
    expect(await written()).toEqual(before);
  });
});

describe('workload settings and the per-unit summary', () => {
  it('the agency admin sets the effective time; every job description and K is recomputed', async () => {
    const saved = await drafter.request('PUT', url(clerk()), {
      json: { revision: 0, content: { summary: 'Administrasi persuratan.', tasks: clerkTasks } },
    });
    expect(saved.body).toMatchObject({ requiredHeadcount: 1, workload: { need: 1.28 } });
    const refused = await drafter.request('PUT', `/api/agencies/${cityId}/workload-settings`, {
      json: { effectiveMinutesPerYear: 40_000, minutesPerDay: 360 },
    });
    expect(refused.status).toBe(403);
    const response = await admin.request('PUT', `/api/agencies/${cityId}/workload-settings`, {
      json: { effectiveMinutesPerYear: 40_000, minutesPerDay: 360 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      effectiveMinutesPerYear: 40_000,
      minutesPerDay: 360,
      custom: true,
      recomputed: { jobDescriptions: 2, changedPositions: 2 },
    });
    // Analyst: 28,800 + 12 × 3 × 360 (12,960) + 45,000 = 86,760 / 40,000 = 2.169 → 2.17, 2 people.
    const analystNow = await verifier.get(url(analyst()));
    expect(analystNow.body.workload).toMatchObject({
      totalMinutes: 86_760,
      need: 2.17,
      requiredHeadcount: 2,
    });
    // Clerk: 96,000 / 40,000 = 2.4 → 2.
    const required = await mapRequired();
    expect(required.get(analyst())!.requiredHeadcount).toBe(2);
    expect(required.get(clerk())!.requiredHeadcount).toBe(2);
    const settings = await verifier.get(`/api/agencies/${cityId}/workload-settings`);
    expect(settings.body).toMatchObject({ effectiveMinutesPerYear: 40_000, canEdit: false });
    expect((await admin2.get(`/api/agencies/${cityId}/workload-settings`)).status).toBe(404);
  });

  it("per-unit summary matches the position map's required headcount column", async () => {
    const unitId = byName.get('Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia')!.orgUnitId;
    const summary = await verifier.get(`/api/org-units/${unitId}/workload-summary`);
    expect(summary.status).toBe(200);
    const map = await mapRequired(unitId);
    const rows = summary.body.units.flatMap((u: { positions: unknown[] }) => u.positions);
    expect(rows.length).toBe(map.size);
    expect(rows.length).toBe(5);
    for (const row of rows) {
      expect({ id: row.id, ...map.get(row.id) }).toEqual({
        id: row.id,
        requiredHeadcount: row.requiredHeadcount,
        headcount: row.headcount,
      });
      expect(row.difference).toBe(row.headcount - row.requiredHeadcount);
    }
    const mapTotals = (await admin.get(`/api/agencies/${cityId}/position-map?orgUnitId=${unitId}`)).body
      .totals;
    expect(summary.body.totals).toMatchObject({
      positions: mapTotals.positions,
      requiredHeadcount: mapTotals.requiredHeadcount,
      headcount: mapTotals.headcount,
      withJobDescription: 2,
      workloadNeed: 4.57, // 2.17 + 2.40
    });
    const analystRow = rows.find((r: { id: string }) => r.id === analyst());
    expect(analystRow).toMatchObject({
      workloadNeed: 2.17,
      workloadHeadcount: 2,
      headcount: 2,
      difference: 0,
    });
    const clerkRow = rows.find((r: { id: string }) => r.id === clerk());
    expect(clerkRow).toMatchObject({ workloadNeed: 2.4, requiredHeadcount: 2, headcount: 3, difference: 1 });
    expect(summary.body.totals.shortage).toBe(
      rows.reduce((n: number, r: { difference: number }) => n + Math.max(0, -r.difference), 0),
    );

    const file = await verifier.download(`/api/org-units/${unitId}/workload-summary.xlsx`);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const sheetRows = new Map<string, unknown[]>();
    sheet.eachRow((row) => {
      const values = row.values as unknown[];
      if (typeof values[3] === 'string') sheetRows.set(values[3], values);
    });
    const clerkLine = sheetRows.get('Pengadministrasi Perkantoran')!;
    // Need, K, B, shortage, surplus.
    expect(clerkLine.slice(5, 10)).toEqual([2.4, 2, 3, 0, 1]);
    expect(sheetRows.get('Kepala Bidang Mutasi dan Promosi')![10]).toContain('Belum ada uraian jabatan');
    expect((await admin2.get(`/api/org-units/${unitId}/workload-summary`)).status).toBe(404);
  });
});

describe('documents and the task spreadsheet', () => {
  it("the DOCX's word/document.xml carries the job description's texts", async () => {
    const file = await verifier.download(url(analyst(), '.docx'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('Uraian-Jabatan-Analis-Sumber-Daya-Manusia');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-jd-docx-'));
    try {
      const docx = path.join(dir, 'uraian.docx');
      fs.writeFileSync(docx, file.bytes);
      const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
      const text = wordText(xml);
      const c = analystContent;
      const expected = [
        'URAIAN JABATAN',
        'Analis Sumber Daya Manusia Aparatur Ahli Muda',
        'Bidang Pengembangan Kompetensi',
        c.positionCode,
        c.summary,
        ...c.tasks.flatMap((t) => [t.task, t.output]),
        ...c.workMaterials.flatMap((m) => [m.name, m.use]),
        ...c.tools.flatMap((m) => [m.name, m.use]),
        ...c.guidelines,
        ...c.responsibilities,
        ...c.authorities,
        ...c.workingRelations.flatMap((w) => [w.position, w.unit, w.subject]),
        ...Object.values(c.workingConditions),
        ...c.physicalEffort,
        ...c.hazards.flatMap((h) => [h.hazard, h.cause]),
        ...Object.values(c.requirements).flat(),
        // Workload in Indonesian figures under the agency's effective time.
        '86.760',
        'Kebutuhan pegawai = 86.760 : 40.000 menit (waktu kerja efektif per tahun) = 2,17, dibulatkan menjadi 2 orang.',
      ];
      expect(missingTexts(text, expected)).toEqual([]);
      // A functional position has no subordinate positions section: tasks come second.
      expect(text).toContain('2. URAIAN TUGAS DAN HASIL KERJA');
      expect(text).not.toContain('JABATAN BAWAHAN LANGSUNG');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the PDF carries the same texts', async () => {
    const file = await verifier.download(url(analyst(), '.pdf'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(file.bytes);
    expect(
      missingWords(text, [
        'URAIAN JABATAN',
        analystContent.summary,
        ...analystContent.tasks.map((t) => t.task),
        ...analystContent.guidelines,
      ]),
    ).toEqual([]);
    expect(text).toContain('Versi 3 · Draf, belum ditetapkan');
  });

  it('tasks round-trip: the .xlsx export imported into another position gives the same tasks', async () => {
    const exported = await drafter.download(url(analyst(), '/tasks.xlsx'));
    expect(exported.status).toBe(200);
    const target = id('Kepala Bidang Mutasi dan Promosi');
    const imported = await drafter.upload(
      url(target, '/tasks/import'),
      { file: new Blob([exported.bytes]), revision: '0' },
      'uraian-tugas.xlsx',
    );
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ version: 1, tasks: 3, format: 'xlsx' });
    const read = await verifier.get(url(target));
    expect(read.body.content.tasks).toEqual(analystTasks);
    // The rest comes from the position (summary, subordinates); the version says it was imported.
    expect(read.body.content.summary).toContain('mutasi');
    const history = await verifier.get(url(target, '/versions'));
    expect(history.body.items[0]).toMatchObject({ version: 1, source: 'import' });
    // And back out: the second export carries the same rows.
    const again = await drafter.download(url(target, '/tasks.xlsx'));
    const rows = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const out: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row, n) => {
        if (n > 6) out.push((row.values as unknown[]).slice(1, 7));
      });
      return out;
    };
    expect(await rows(again.bytes)).toEqual(await rows(exported.bytes));
  });

  it('imports a CSV in the flat layout HR staff use (Indonesian numbers and units)', async () => {
    const target = id('Kepala Bagian Organisasi');
    const csv = [
      'No;Uraian Tugas;Hasil Kerja;Volume (per tahun);Waktu Penyelesaian;Satuan Waktu',
      '1;Menyusun analisis jabatan;Dokumen anjab;1.200;2,5;jam',
      '2;Mengevaluasi kelembagaan;Laporan evaluasi;4;3;Hari',
    ].join('\n');
    const imported = await admin.upload(url(target, '/tasks/import'), { file: new Blob([csv]) }, 'tugas.csv');
    expect(imported.status).toBe(200);
    const read = await verifier.get(url(target));
    expect(read.body.content.tasks).toEqual([
      { task: 'Menyusun analisis jabatan', output: 'Dokumen anjab', volume: 1200, time: 2.5, unit: 'hour' },
      { task: 'Mengevaluasi kelembagaan', output: 'Laporan evaluasi', volume: 4, time: 3, unit: 'day' },
    ]);
  });

  it('a bad row rejects the whole file with a row report; nothing written', async () => {
    const target = id('Kepala Bagian Organisasi');
    const before = await written();
    const csv = [
      'Uraian Tugas;Hasil Kerja;Volume;Waktu;Satuan',
      'Menyusun analisis jabatan;Dokumen anjab;12;2;jam',
      'Mengevaluasi kelembagaan;;4;3;hari',
      'Menyusun peta jabatan;Peta jabatan;0;3;hari',
      'Menyusun SOP;Dokumen SOP;5;-1;minggu',
    ].join('\n');
    const response = await drafter.upload(
      url(target, '/tasks/import'),
      { file: new Blob([csv]) },
      'tugas.csv',
    );
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('IMPORT_REJECTED');
    expect(response.body.error.message).toContain('Tidak ada tugas yang disimpan karena ada 4 masalah');
    expect(
      response.body.error.details.problems.map((p: { row: number; column: string; code: string }) => [
        p.row,
        p.column,
        p.code,
      ]),
    ).toEqual([
      [3, 'Hasil Kerja', 'TASK_OUTPUT_REQUIRED'],
      [4, 'Volume (per tahun)', 'INVALID_TASK_VOLUME'],
      [5, 'Waktu Penyelesaian', 'INVALID_TASK_TIME'],
      [5, 'Satuan Waktu', 'UNKNOWN_TIME_UNIT'],
    ]);
    expect(response.body.error.details.problems[3].message).toBe(
      'Satuan waktu "minggu" tidak dikenal: isi menit, jam atau hari.',
    );
    const missing = await drafter.upload(
      url(target, '/tasks/import'),
      { file: new Blob(['Uraian Tugas;Volume\nA;1']) },
      'tugas.csv',
    );
    expect(missing.body.error.details.problems.map((p: { code: string }) => p.code)).toEqual([
      'MISSING_COLUMN',
      'MISSING_COLUMN',
      'MISSING_COLUMN',
    ]);
    const stale = await drafter.upload(
      url(target, '/tasks/import'),
      { file: new Blob(['Uraian Tugas;Hasil Kerja;Volume;Waktu;Satuan\nA;B;1;1;menit']), revision: '0' },
      'tugas.csv',
    );
    expect([stale.status, stale.body.error.code]).toEqual([409, 'JOB_DESCRIPTION_STALE']);
    const foreign = await admin2.upload(url(target, '/tasks/import'), { file: new Blob([csv]) }, 'tugas.csv');
    expect(foreign.status).toBe(404);
    expect(await written()).toEqual(before);
    const [row] = await server.database.db
      .select({ required: positions.requiredHeadcount })
      .from(positions)
      .where(eq(positions.id, target));
    // 1,200 × 150 + 4 × 3 × 360 = 184,320 / 40,000 = 4.61 → 5, from the successful CSV import.
    expect(row!.required).toBe(5);
  });
});

describe('job-factor information for the job evaluation', () => {
  it("gives each factor the job description's texts", async () => {
    const response = await verifier.get(`/api/positions/${analyst()}/job-factor-information`);
    expect(response.status).toBe(200);
    expect(response.body.position.kind).toBe('functional');
    expect(response.body.jobDescription).toMatchObject({ version: 3, status: 'draft' });
    const factors = new Map(
      response.body.factors.map((f: { factor: string; sources: unknown[] }) => [f.factor, f.sources]),
    );
    expect(response.body.factors.map((f: { factor: string }) => f.factor)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(factors.get('3')).toEqual([{ component: 'guidelines', lines: analystContent.guidelines }]);
    expect(factors.get('1')).toContainEqual({
      component: 'requirements.knowledge',
      lines: ['Manajemen ASN', 'Analisis kebutuhan diklat'],
    });
    expect((await admin2.get(`/api/positions/${analyst()}/job-factor-information`)).status).toBe(404);
  });
});

describe('a new standard starts from the job description', () => {
  it("pre-fills the standard's summary and task list from the position's job description", async () => {
    const created = await drafter.post('/api/job-standards', { positionId: analyst() });
    expect(created.status).toBe(201);
    const standard = await drafter.get(`/api/job-standards/${created.body.id}`);
    expect(standard.body.content.identity.summary).toBe(analystContent.summary);
    expect(standard.body.content.identity.jobDescription).toEqual(analystTasks.map((t) => t.task));
  });

  it("keeps the position's own summary and tasks when it has no job description", async () => {
    const position = await drafter.post('/api/positions', {
      name: 'Kepala Subbagian Umum dan Kepegawaian',
      positionGroup: 'administrative',
      jobLevel: 'pengawas',
      summary: 'Melaksanakan urusan umum dan kepegawaian.',
    });
    expect(position.status).toBe(201);
    const positionId = position.body.position.id;
    expect((await admin.get(url(positionId))).body.version ?? null).toBeNull();
    const created = await drafter.post('/api/job-standards', { positionId });
    expect(created.status).toBe(201);
    const standard = await drafter.get(`/api/job-standards/${created.body.id}`);
    expect(standard.body.content.identity.summary).toBe('Melaksanakan urusan umum dan kepegawaian.');
    expect(standard.body.content.identity.jobDescription).toEqual([]);
  });
});

describe('API documentation', () => {
  it('publishes the job description and workload endpoints', async () => {
    const doc = (await server.client().get('/api/openapi.json')).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'GET /api/positions/{id}/job-description',
      'PUT /api/positions/{id}/job-description',
      'GET /api/positions/{id}/job-description/versions',
      'GET /api/positions/{id}/job-description/versions/{version}',
      'POST /api/positions/{id}/job-description/ratify',
      'POST /api/positions/{id}/job-description/workload',
      'POST /api/positions/{id}/job-description/tasks/import',
      'GET /api/positions/{id}/job-description/tasks.xlsx',
      'GET /api/positions/{id}/job-description.docx',
      'GET /api/positions/{id}/job-description.pdf',
      'GET /api/positions/{id}/job-factor-information',
      'GET /api/agencies/{id}/workload-settings',
      'PUT /api/agencies/{id}/workload-settings',
      'GET /api/org-units/{id}/workload-summary',
      'GET /api/org-units/{id}/workload-summary.xlsx',
    ]) {
      expect(operations).toContain(expected);
    }
    expect((await server.client().get('/api/docs')).status).toBe(200);
  });
});
