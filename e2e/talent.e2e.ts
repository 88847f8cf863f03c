/**
 * Using the standards in Chromium: the city admin imports civil servants and assessment results,
 * reads the job-person match (radar, bars), the 9-box, the candidates and the gap heatmap, and
 * creates a login; the civil servant then sees their own profile and nobody else's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { compositionSteps } from '../src/domain/technical-dictionary';
import {
  artifactsDir,
  login,
  loginWithTemporaryPassword,
  logout,
  screenshot,
  serverAndBrowserForFile,
} from './support/harness';

const env = serverAndBrowserForFile();
const contexts: APIRequestContext[] = [];
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-talent-e2e-'));

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose()));
  fs.rmSync(files, { recursive: true, force: true });
});

const positionName = 'Kepala Bagian Organisasi';
const A = '198504122010011003';
const B = '199001152015032001';
const C = '197807082005011002';
const managerial = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];
let positionId: string;
let employeePassword: string;

type Api = {
  get: (path: string) => Promise<Record<string, unknown>>;
  send: (method: 'POST' | 'PUT', path: string, data?: unknown) => Promise<Record<string, unknown>>;
};

/** A signed-in API session of its own, apart from the browser's cookies. */
async function apiAs(username: string): Promise<Api> {
  const context = await request.newContext({ baseURL: env.server.baseUrl });
  contexts.push(context);
  const response = await context.post('/api/auth/login', { data: { username, password: 'demo12345' } });
  expect(response.status()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const check = async (what: string, answer: Awaited<ReturnType<APIRequestContext['get']>>) => {
    if (!answer.ok()) throw new Error(`${what}: ${answer.status()} ${await answer.text()}`);
    return (await answer.json()) as Record<string, unknown>;
  };
  return {
    get: async (url) => check(url, await context.get(url)),
    send: async (method, url, data) =>
      check(url, await context.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } })),
  };
}

/**
 * A ratified technical dictionary (ORG.01, ORG.02) and a ratified standard for the city's
 * "Kepala Bagian Organisasi": the mandatory regional competency at 3, ORG.01 at 3, ORG.02 at 4,
 * requirements S-1 / IV/a / 3 years. Set up through the API; the workflow UI has its own e2e.
 */
async function ratifiedStandard() {
  const drafter = await apiAs('drafter');
  const admin = await apiAs('admin');
  const verifier = await apiAs('verifier');
  const created = await drafter.send('POST', '/api/technical-dictionaries', {
    code: 'KAMUS-ORG-TALENTA',
    name: 'Kamus Kompetensi Teknis Kelembagaan',
  });
  const versionId = created.versionId as string;
  for (const [code, name] of [
    ['ORG.01', 'Penataan Kelembagaan Perangkat Daerah'],
    ['ORG.02', 'Analisis Jabatan dan Beban Kerja'],
  ] as const) {
    await drafter.send('POST', `/api/dictionary-versions/${versionId}/entries`, {
      code,
      name,
      definition: `Kemampuan ${name.toLowerCase()} sesuai ketentuan.`,
      governmentAffair: 'Kepegawaian',
      subAffair: null,
      group: 'specific',
      levels: [1, 2, 3, 4, 5].map((level) => ({
        level,
        description: `${name} tingkat ${level}`,
        behaviourIndicators: [`Indikator ${code} level ${level}`],
      })),
    });
  }
  // The nine composition steps are ticked before a technical dictionary can be verified.
  for (const step of compositionSteps) {
    await drafter.send('PUT', `/api/dictionary-versions/${versionId}/checklist/${step.key}`, {
      ticked: true,
    });
  }
  await verifier.send('POST', `/api/dictionary-versions/${versionId}/transitions`, { action: 'verify' });
  await admin.send('POST', `/api/dictionary-versions/${versionId}/transitions`, { action: 'ratify' });

  const session = (await admin.get('/api/auth/me')) as { user: { agency: { id: string } } };
  const positions = (await admin.get(`/api/agencies/${session.user.agency.id}/positions`)) as {
    items: { id: string; name: string }[];
  };
  positionId = positions.items.find((p) => p.name === positionName)!.id;
  const standard = await drafter.send('POST', '/api/job-standards', { positionId });
  const standardId = standard.id as string;
  const current = (await drafter.get(`/api/job-standards/${standardId}`)) as {
    standard: { revision: number };
    content: {
      competencies: { competencyId: string; requiredLevel: number }[];
      requirements: Record<string, unknown>;
    };
  };
  const technical = [];
  for (const [query, code, level] of [
    ['penataan kelembagaan', 'ORG.01', 3],
    ['analisis jabatan', 'ORG.02', 4],
  ] as const) {
    const found = (await drafter.get(`/api/competencies?q=${encodeURIComponent(query)}&kind=technical`)) as {
      items: { id: string; code: string }[];
    };
    const item = found.items.find((i) => i.code === code)!;
    technical.push({ competencyId: item.id, requiredLevel: level, importance: 'essential' });
  }
  await drafter.send('PUT', `/api/job-standards/${standardId}`, {
    revision: current.standard.revision,
    competencies: [
      ...current.content.competencies.map((r) => ({
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
      performanceIndicators: [
        { text: 'Tersusunnya evaluasi kelembagaan perangkat daerah', importance: 'essential' },
      ],
    },
  });
  await drafter.send('POST', `/api/job-standards/${standardId}/transitions`, { action: 'submit' });
  await verifier.send('POST', `/api/job-standards/${standardId}/transitions`, { action: 'verify' });
  await (await apiAs('validator')).send('POST', `/api/job-standards/${standardId}/transitions`, {
    action: 'validate',
  });
  await (await apiAs('ratifier')).send('POST', `/api/job-standards/${standardId}/transitions`, {
    action: 'ratify',
  });
}

/** A CSV as Excel in Indonesian writes it: BOM, semicolons, CRLF. */
function csvFile(name: string, lines: string[][]): string {
  const file = path.join(files, name);
  fs.writeFileSync(file, `\uFEFF${lines.map((line) => line.join(';')).join('\r\n')}\r\n`);
  return file;
}

function results(nip: string, levels: Record<string, number>): string[][] {
  return Object.entries(levels).map(([code, level]) => [
    nip,
    code,
    String(level).replace('.', ','),
    '10/03/2025',
    'Tim Asesor BKPSDM',
    'UPT Penilaian Kompetensi',
  ]);
}

const all = (codes: string[], level: number) => Object.fromEntries(codes.map((code) => [code, level]));

/** Uploads the file; answers the upload's status (202: the import job started; the panel follows it). */
async function upload(page: Page, kind: 'civilServants' | 'assessments', file: string) {
  await page.setInputFiles(`[data-testid=import-file-${kind}]`, file);
  const answer = page.waitForResponse((r) => r.url().includes('/api/imports/'));
  await page.click(`[data-testid=import-submit-${kind}]`);
  return (await answer).status();
}

async function openCivilServant(page: Page, nip: string) {
  await page.goto(`${env.server.baseUrl}/pegawai`);
  await page.fill('[data-testid=civil-servant-search]', nip.slice(0, 8));
  await page
    .locator(`[data-testid=civil-servant-row][data-nip="${nip}"] [data-testid=civil-servant-link]`)
    .click();
  await page.waitForURL(new RegExp(`/pegawai/${nip}`));
  await page.locator('[data-testid=competency-radar]').waitFor();
}

describe('civil servants, job-person match and talent pool in Chromium', () => {
  it('the admin imports civil servants (a bad file first) and their assessment results', async () => {
    await ratifiedStandard();
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.click('[data-testid=nav-civil-servants]');
    await page.waitForURL(/\/pegawai$/);
    // Only the demo employee's record (Andi Saputra, linked to the `pegawai` login) exists yet.
    await page.locator('[data-testid=civil-servant-row][data-nip="199005142015031002"]').waitFor();
    expect(await page.locator('[data-testid=civil-servant-row]').count()).toBe(1);
    expect(await page.locator('[data-testid=import-panel-civilServants]').textContent()).toContain(
      'Predikat Kinerja',
    );

    const header = ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jurusan', 'Jabatan', 'Predikat Kinerja'];
    const bad = csvFile('pegawai-salah.csv', [
      header,
      ['198513122010011003', 'Tanggal Lahir Salah', 'III/a', 'S-1', '', '', 'Baik'],
      [A, 'Budi Santoso', 'X/z', 'S-1', '', 'Jabatan Tidak Ada', 'Istimewa'],
    ]);
    expect(await upload(page, 'civilServants', bad)).toBe(202);
    const report = page.locator(
      '[data-testid=import-panel-civilServants] [data-testid=talent-import-report]',
    );
    await report.waitFor();
    expect(await report.textContent()).toContain(
      'Tidak ada data yang disimpan karena ada 2 baris bermasalah',
    );
    const problems = report.locator('[data-testid=talent-import-problem]');
    expect(await problems.evaluateAll((rows) => rows.map((r) => [r.dataset.row, r.dataset.code]))).toEqual([
      ['2', 'NIP_BIRTH_DATE'],
      ['3', 'UNKNOWN_RANK'],
      ['3', 'UNKNOWN_POSITION'],
      ['3', 'UNKNOWN_PERFORMANCE'],
    ]);
    await screenshot(page, 'talent-import-report');

    const good = csvFile('pegawai.csv', [
      header,
      [A, 'Budi Santoso', 'IV/a', 'S-1', 'Administrasi Negara', positionName, 'Sangat Baik'],
      [B, 'Sari Dewi', 'III/d', 'S-2', 'Psikologi', positionName, 'Baik'],
      [C, 'Joko Susilo', 'IV/b', 'D-III', '', '', 'Butuh Perbaikan'],
    ]);
    expect(await upload(page, 'civilServants', good)).toBe(202);
    expect(await page.locator('[data-testid=import-success-civilServants]').textContent()).toContain(
      '3 pegawai baru',
    );
    await expect.poll(() => page.locator('[data-testid=civil-servant-row]').count()).toBe(4);

    const assessments = csvFile('asesmen.csv', [
      ['NIP', 'Kode Kompetensi', 'Level', 'Tanggal', 'Asesor', 'Lembaga'],
      ...results(A, { ...all(managerial, 4), 'SK.01': 4, 'KT.KEP.07': 4, 'ORG.01': 4, 'ORG.02': 4 }),
      ...results(B, {
        ...all(managerial, 3),
        'M.01': 2.5,
        'SK.01': 3,
        'KT.KEP.07': 3,
        'ORG.01': 1,
        'ORG.02': 2,
      }),
      ...results(C, { ...all(managerial, 2), 'SK.01': 2 }),
    ]);
    expect(await upload(page, 'assessments', assessments)).toBe(202);
    expect(await page.locator('[data-testid=import-success-assessments]').textContent()).toContain(
      '33 hasil diimpor dalam 3 sesi',
    );
  });

  it('opens a civil servant: radar, bars explaining 87.8 %, category, development', async () => {
    const { page } = env.browser;
    await openCivilServant(page, A);
    expect(await page.locator('[data-testid=match-percent]').textContent()).toBe('100%');
    expect(await page.locator('[data-testid=development-none]').count()).toBe(1);

    await openCivilServant(page, B);
    expect(await page.locator('[data-testid=civil-servant-name]').textContent()).toBe('Sari Dewi');
    expect(await page.locator('[data-testid=assessment-session]').count()).toBe(1);
    // 12 required competencies: 8 managerial, 1 socio-cultural, 3 technical; one axis each.
    expect(await page.locator('[data-testid=radar-label]').count()).toBe(12);
    expect(await page.locator('[data-testid=radar-assessed]').getAttribute('points')).toMatch(/^[\d.,\s]+$/);
    expect(await page.locator('[data-testid=match-bar-row]').count()).toBe(12);
    // met 8·3 − 0.5 + 3 + 3 + 1 + 2 = 32.5 of 37 → 87.8 %; weighted 20 + 40·23.5/24 + 40·6/10 = 83.2 %,
    // the one JPM (the job level has weights), on every screen; the bars explain the unweighted sum.
    expect(await page.locator('[data-testid=match-percent]').textContent()).toBe('83,2%');
    expect(await page.locator('[data-testid=match-method]').getAttribute('data-method')).toBe('weighted');
    expect(await page.locator('[data-testid=match-method]').textContent()).toContain('87,8%');
    expect(await page.locator('[data-testid=match-bars-total]').textContent()).toBe('32,5/37 = 87,8%');
    // Own position: the mapping set first (78 ≤ 83.2 < 90), the position-filling set beside it.
    expect(
      await page
        .locator('[data-testid=match-category] [data-testid=category-badge]')
        .getAttribute('data-category'),
    ).toBe('Cukup Optimal');
    expect(
      await page
        .locator('[data-testid=match-category-other] [data-testid=category-badge]')
        .getAttribute('data-category'),
    ).toBe('Memenuhi Syarat');
    const orgTwo = page.locator('[data-testid=match-bar-row][data-code="ORG.02"]');
    expect(await orgTwo.getAttribute('data-gap')).toBe('2');
    expect(await orgTwo.locator('.match-bar-fill').getAttribute('class')).toContain('gap-large');
    const development = page.locator('[data-testid=development-item]');
    expect(await development.count()).toBe(3);
    expect(await development.first().getAttribute('data-priority')).toBe('high');
    expect(await development.first().textContent()).toContain('Analisis Jabatan dan Beban Kerja');
    await screenshot(page, 'talent-match-radar');
    await page
      .locator('[data-testid=competency-radar] svg')
      .screenshot({ path: path.join(artifactsDir, 'talent-radar-chart.png') });
  });

  it('shows the 9-box of practice with counts, the JPM standing in for potential apart', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/pegawai`);
    await page.click('[data-testid=tab-talent-pool]');
    await page.waitForURL(/\/talenta/);
    await page.locator('[data-testid=nine-box]').waitFor();
    const counts = await page
      .locator('[data-testid=nine-box-cell]')
      .evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.dataset.box, Number(c.dataset.count)])));
    // No potential results yet: the JPM stands in (the policy's default), counted apart. Budi: Sangat
    // Baik × JPM 100 % (Optimal → high) = 9; Sari: Baik × 83.2 % (Cukup Optimal → medium) = 5.
    expect(counts).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 1, 6: 0, 7: 0, 8: 0, 9: 1 });
    expect(await page.locator('[data-testid=placed-by-jpm]').getAttribute('data-count')).toBe('2');
    expect(await page.locator('[data-testid=placed-by-potential]').getAttribute('data-count')).toBe('0');
    expect(
      await page
        .locator('[data-testid=nine-box-cell][data-box="9"] [data-testid=nine-box-member]')
        .textContent(),
    ).toBe('Budi Santoso');
    // Joko has no position, the demo employee (Andi) no potential result yet: neither is placed.
    expect(await page.locator('[data-testid=unplaced-no-potential]').getAttribute('data-count')).toBe('2');
    await screenshot(page, 'talent-nine-box');
  });

  it('ranks the candidates for the position with requirement checks; national scope refused', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/peta-jabatan`);
    await page
      .locator(`[data-testid=map-position][data-position-id="${positionId}"] [data-testid=map-candidates]`)
      .click();
    await page.waitForURL(new RegExp(`/kandidat/${positionId}`));
    const rows = page.locator('[data-testid=candidate-row]');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((items) => items.map((r) => r.dataset.nip))).toEqual([A, B, C]);
    // The same JPM as the profile (weighted): Joko 20·2/3 + 40·16/24 + 40·0 = 40 %.
    expect(await rows.locator('[data-testid=candidate-percent]').allTextContents()).toEqual([
      '100%',
      '83,2%',
      '40%',
    ]);
    // Candidates carry the position-filling set.
    expect(await rows.nth(1).locator('[data-testid=category-badge]').getAttribute('data-category')).toBe(
      'Memenuhi Syarat',
    );
    const checks = async (nip: string) =>
      page
        .locator(`[data-testid=candidate-row][data-nip="${nip}"] [data-testid=requirement-check]`)
        .evaluateAll((items) => items.map((i) => i.dataset.state));
    expect(await checks(A)).toEqual(['met', 'met', 'met']);
    expect(await checks(B)).toEqual(['met', 'unmet', 'met']);
    expect(await checks(C)).toEqual(['unmet', 'met', 'met']);
    expect(await rows.first().textContent()).toContain('✓');
    expect(await rows.nth(1).textContent()).toContain('✗');
    expect(await rows.nth(1).locator('[data-testid=candidate-meets]').textContent()).toBe('Belum memenuhi');
    await screenshot(page, 'talent-candidates');

    // The scope lives in the URL: the radio turns checked once the router has navigated, so click
    // and wait for it (page.check asserts the state right after the click and races the router).
    const national = page.locator('[data-testid=scope-national]');
    await national.click();
    await page.waitForURL(/lingkup=nasional/);
    await page.waitForFunction(() =>
      Boolean(document.querySelector<HTMLInputElement>('[data-testid=scope-national]')?.checked),
    );
    const refused = page.locator('[data-testid=candidates-error]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      'Pencarian kandidat nasional hanya untuk jabatan pimpinan tinggi',
    );
  });

  it('shows the gap heatmap of a unit and its training needs', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/pegawai/unit`);
    const select = page.locator('[data-testid=heatmap-unit]');
    const unit = await select.locator('option', { hasText: 'Bagian Organisasi' }).getAttribute('value');
    await select.selectOption(unit ?? '');
    await page.locator('[data-testid=gap-heatmap]').waitFor();
    const cell = (code: string) => page.locator(`[data-testid=heatmap-cell][data-code="${code}"]`);
    // ORG.02: A 4 − 4 = 0, B 4 − 2 = 2 → 1; ORG.01: −1 and 2 → 0.5
    expect(await cell('ORG.02').getAttribute('data-gap')).toBe('1');
    expect(await cell('ORG.02').getAttribute('class')).toContain('heat-3');
    expect(await cell('ORG.01').textContent()).toContain('0,5');
    const needs = page.locator('[data-testid=training-need]');
    expect((await needs.evaluateAll((items) => items.map((i) => i.dataset.code))).sort()).toEqual([
      'M.01',
      'ORG.01',
      'ORG.02',
    ]);
    await screenshot(page, 'talent-gap-heatmap');
  });

  it('creates a login for a civil servant, shown once', async () => {
    const { page } = env.browser;
    await openCivilServant(page, A);
    await page.click('[data-testid=create-login]');
    await page.locator('[data-testid=login-created]').waitFor();
    expect(await page.locator('[data-testid=login-username]').textContent()).toBe(A);
    employeePassword = (await page.locator('[data-testid=login-password]').textContent()) ?? '';
    expect(employeePassword.length).toBeGreaterThanOrEqual(10);
    await page.reload();
    await page.locator('[data-testid=login-exists]').waitFor();
    expect(await page.locator('[data-testid=login-password]').count()).toBe(0);
    await logout(page);
  });

  it('the civil servant sees their own profile and radar, and anyone else is not found', async () => {
    const { page } = env.browser;
    // The one-time password must be replaced before anything else: the login goes to that screen.
    await loginWithTemporaryPassword(
      page,
      env.server.baseUrl,
      A,
      employeePassword,
      'Pegawai-Memilih-Sandi-88',
    );
    expect(await page.locator('[data-testid=nav-civil-servants]').count()).toBe(0);
    await page.click('[data-testid=nav-my-competency]');
    await page.waitForURL(/\/saya$/);
    await page.locator('[data-testid=competency-radar]').waitFor();
    expect(await page.locator('[data-testid=match-percent]').textContent()).toBe('100%');
    expect(await page.locator('[data-testid=match-target]').textContent()).toContain(positionName);
    expect(await page.locator('[data-testid=match-standard-link]').getAttribute('href')).toMatch(/^\/skj\//);
    expect(await page.locator('[data-testid=assessment-session]').count()).toBe(1);
    expect(await page.locator('[data-testid=create-login]').count()).toBe(0);
    await screenshot(page, 'talent-self-service');

    // Another person's NIP answers exactly like an unknown one (no enumeration of NIPs).
    await page.goto(`${env.server.baseUrl}/pegawai/${B}`);
    const alert = page.locator('[role=alert]', { hasText: 'Pegawai tidak ditemukan' });
    await alert.waitFor();
    expect(await page.locator('[data-testid=civil-servant-name]').count()).toBe(0);
    await logout(page);
  });
});
