/**
 * Talent management in Chromium: HR opens a 360° round for the head of the organisation section
 * (raters from the position map, a superior added by hand), the person answers their own
 * questionnaire, HR follows the progress and closes the round, and the results hide the peer group
 * that is below the anonymity minimum; HR records potential by hand and by import and reads the
 * 9-box of practice; marks the position critical and nominates a successor from the candidate
 * ranking; reads the succession dashboard, the retirement forecast and the training needs (with
 * the Excel download). Each screen is captured at 1366 and 390 px.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, apiAs, makeSampleRecords, type SampleRecords } from './support/api-data';
import { artifactsDir, login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-talent-management-e2e-'));
let records: SampleRecords;
let admin: Api;

/** Sari Dewi (from the sample records) holds "Kepala Bagian Organisasi", which has a ratified standard. */
const S = '199001152015032001';
const P1 = '198802022012012002'; // peers: the same position
const P2 = '196903101990031003'; // retires on 1 April 2027 (58, administrator)
const C1 = '199304042018012004'; // subordinates: a child position
const C2 = '199405052019012005';
const C3 = '199506062020012006';
const U = '197007071995031007'; // the superior, added by hand
const child = 'Kepala Subbagian Kelembagaan';
const passwords = new Map<string, string>();
let roundId: string;

function csvFile(name: string, lines: string[][]): string {
  const file = path.join(files, name);
  fs.writeFileSync(file, `\uFEFF${lines.map((line) => line.join(';')).join('\r\n')}\r\n`);
  return file;
}

/** A login for a civil servant, its one-time password replaced through the API. */
async function employeeLogin(nip: string): Promise<string> {
  const created = await admin.send('POST', `/api/civil-servants/${nip}/login`);
  const password = `Penilai-360-${nip.slice(-4)}-Sandi`;
  const context = await request.newContext({ baseURL: env.server.baseUrl });
  const signedIn = await context.post('/api/auth/login', {
    data: { username: nip, password: created.password },
  });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const changed = await context.post('/api/auth/password', {
    data: { currentPassword: created.password, newPassword: password },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(changed.status()).toBe(200);
  await context.dispose();
  passwords.set(nip, password);
  return password;
}

/** A rater answers every competency of their questionnaire at one level, through the API. */
async function answerAs(nip: string, level: number) {
  const context = await request.newContext({ baseURL: env.server.baseUrl });
  const signedIn = await context.post('/api/auth/login', {
    data: { username: nip, password: passwords.get(nip) },
  });
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const tasks = (await (await context.get('/api/me/multi-rater-tasks')).json()) as {
    items: { id: string; submitted: boolean }[];
  };
  for (const task of tasks.items.filter((t) => !t.submitted)) {
    const detail = (await (await context.get(`/api/multi-rater-tasks/${task.id}`)).json()) as {
      items: { competencyKey: string }[];
    };
    const saved = await context.put(`/api/multi-rater-tasks/${task.id}`, {
      data: { answers: detail.items.map((i) => ({ competencyKey: i.competencyKey, level })), submit: true },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(saved.status()).toBe(200);
  }
  await context.dispose();
}

/** Elements reaching past the right edge of the viewport (what makes a page scroll sideways). */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('body *')) {
    const box = element.getBoundingClientRect();
    if (box.right <= width + 0.5 || box.width === 0) continue;
    // Content of a box that scrolls on its own does not move the page.
    if (element.closest('.table-wrap') && !element.classList.contains('table-wrap')) continue;
    found.push(
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} → ${Math.round(box.right)}px`,
    );
    if (found.length >= 8) break;
  }
  return found;
}

/** The page as it is, at desktop width and at a phone's (390 px), each checked by axe. */
async function capture(page: Page, name: string) {
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await page.screenshot({ path: path.join(artifactsDir, `${name}-390.png`), fullPage: true });
    expect(await page.evaluate(overflowing), `${name}: the page scrolls sideways at 390 px`).toEqual([]);
    await screenshot(page, `${name}-390`);
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
}

beforeAll(async () => {
  records = await makeSampleRecords(env.server.baseUrl);
  admin = await apiAs(env.server.baseUrl, 'admin');
  const drafter = await apiAs(env.server.baseUrl, 'drafter');
  const position = (await admin.get(`/api/positions/${records.positionId}`)) as Record<string, unknown>;
  const orgUnitId =
    ((position.position as Record<string, unknown> | undefined)?.orgUnitId as string | undefined) ??
    (position.orgUnitId as string);
  await drafter.send('POST', '/api/positions', {
    name: child,
    positionGroup: 'administrative',
    jobLevel: 'pengawas',
    orgUnitId,
    parentPositionId: records.positionId,
  });
  await drafter.dispose();
  await admin.upload(
    '/api/imports/civil-servants',
    csvFile('pegawai.csv', [
      ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jurusan', 'Jabatan', 'Predikat Kinerja'],
      [S, 'Sari Dewi', 'IV/a', 'S-2', 'Psikologi', 'Kepala Bagian Organisasi', 'Baik'],
      [P1, 'Putri Lestari', 'IV/a', 'S1', 'Administrasi Negara', 'Kepala Bagian Organisasi', 'Sangat Baik'],
      [P2, 'Purnomo Adi', 'IV/b', 'S-1', 'Hukum', 'Kepala Bagian Organisasi', 'Baik'],
      [C1, 'Citra Dewi', 'III/c', 'S-1', '', child, 'Baik'],
      [C2, 'Cahyo Nugroho', 'III/c', 'S-1', '', child, 'Butuh Perbaikan'],
      [C3, 'Candra Wijaya', 'III/c', 'S-1', '', child, 'Baik'],
      [U, 'Umar Said', 'IV/c', 'S-2', '', '', 'Sangat Baik'],
    ]),
  );
  const results = [['NIP', 'Kode Kompetensi', 'Level', 'Tanggal', 'Asesor', 'Lembaga']];
  for (const code of ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01', 'ORG.01']) {
    results.push([P1, code, '4', '10/03/2025', 'Tim Asesor', 'UPT Penilaian']);
    // A candidate who does not hold the position yet (holders cannot succeed themselves).
    results.push([C1, code, '3', '10/03/2025', 'Tim Asesor', 'UPT Penilaian']);
  }
  await admin.upload('/api/imports/assessments', csvFile('asesmen.csv', results));
  for (const nip of [S, P1, P2, C1, C2, C3, U]) await employeeLogin(nip);
}, 300_000);

afterAll(async () => {
  await admin?.dispose();
  fs.rmSync(files, { recursive: true, force: true });
});

describe('360° assessment in Chromium', () => {
  it('HR opens a round: raters from the position map, a superior added by hand', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/pegawai`);
    await page.click('[data-testid=tab-multi-rater]');
    await page.waitForURL(/\/talenta\/360$/);
    await page.locator('[data-testid=rounds-empty]').waitFor();
    await page.fill('[data-testid=round-name]', 'Penilaian 360° Semester II');
    await page.fill('[data-testid=round-closes-on]', '2999-01-31');
    // A person whose position has no ratified standard is refused, with the reason per NIP.
    await page.fill('[data-testid=round-nips]', `${S}\n${C1}`);
    await page.click('[data-testid=round-open]');
    const problem = page.locator(`[data-testid=round-problem][data-nip="${C1}"]`);
    await problem.waitFor();
    expect(await problem.textContent()).toContain('belum memiliki SKJ yang ditetapkan');

    await page.fill('[data-testid=round-nips]', S);
    await page.click('[data-testid=round-open]');
    await page.waitForURL(/\/talenta\/360\/[0-9a-f-]{36}$/);
    roundId = page.url().split('/').pop() ?? '';
    const subject = page.locator(`[data-testid=round-subject][data-nip="${S}"]`);
    await subject.waitFor();
    const relations = () =>
      subject.locator('[data-testid=round-rater]').evaluateAll((rows) => rows.map((r) => r.dataset.relation));
    expect(await relations()).toEqual(['self', 'peer', 'peer', 'subordinate', 'subordinate', 'subordinate']);

    await subject.locator('[data-testid=rater-nip]').fill(U);
    await subject.locator('[data-testid=rater-relation]').selectOption('superior');
    await subject.locator('[data-testid=rater-add]').click();
    await expect.poll(relations).toContain('superior');
    expect(await page.locator('[data-testid=round-progress]').textContent()).toContain('0 dari 7');
    await capture(page, 'talent-360-round');
    await logout(page);
  });

  it("the person rated answers their own questionnaire from the standard's indicators", async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, S, passwords.get(S));
    await page.click('[data-testid=nav-questionnaires]');
    await page.waitForURL(/\/saya\/360$/);
    const task = page.locator('[data-testid=my-task]');
    await task.first().waitFor();
    expect(await task.count()).toBe(1);
    await task.locator('[data-testid=my-task-link]').click();
    await page.waitForURL(/\/saya\/360\/[0-9a-f-]{36}$/);
    const items = page.locator('[data-testid=questionnaire-item]');
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThan(8);
    // Each competency offers five levels in the standard's words and "tidak dapat menilai".
    expect(await items.first().locator('[data-testid=questionnaire-level]').count()).toBe(5);
    expect(await items.first().textContent()).toContain('Tidak dapat menilai');
    await capture(page, 'talent-360-questionnaire');

    // Sending with one competency unanswered is refused; nothing is lost.
    for (let i = 0; i < count - 1; i++) {
      await items.nth(i).locator('[data-testid=questionnaire-level][data-level="3"]').check();
    }
    await page.click('[data-testid=questionnaire-submit]');
    await page.click('[data-testid=confirm-accept]');
    await page.locator('[role=alert]', { hasText: 'belum dijawab' }).waitFor();
    await items
      .nth(count - 1)
      .locator('[data-testid=questionnaire-cannot]')
      .check();
    await page.click('[data-testid=questionnaire-submit]');
    await page.click('[data-testid=confirm-accept]');
    await page.locator('[data-testid=questionnaire-submitted]').waitFor();
    expect(await page.locator('[data-testid=questionnaire-submit]').count()).toBe(0);
    await logout(page);
  });

  it('HR follows the progress, closes the round; peers below the minimum stay hidden', async () => {
    // Two peers (below the minimum of three), three subordinates and the superior answer.
    await answerAs(P1, 4);
    await answerAs(P2, 2);
    await answerAs(C1, 3);
    await answerAs(C2, 3);
    await answerAs(C3, 4);
    await answerAs(U, 3);
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/talenta/360/${roundId}`);
    await page.locator('[data-testid=round-progress]').waitFor();
    expect(await page.locator('[data-testid=round-progress]').getAttribute('data-submitted')).toBe('7');
    await page.click('[data-testid=round-close]');
    await page.click('[data-testid=confirm-accept]');
    await page.locator('[data-testid=round-closed]').waitFor();
    // The round is read again after closing: its status follows the notice.
    await page.locator('[data-testid=round-status][data-status=closed]').waitFor();
    await page.click('[data-testid=round-results-link]');
    await page.waitForURL(new RegExp(`/talenta/360/${roundId}/hasil/${S}`));
    const rows = page.locator('[data-testid=result-row]');
    await rows.first().waitFor();
    const groups = await rows
      .first()
      .locator('[data-testid=result-group]')
      .evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.dataset.relation, c.dataset.shown])));
    expect(groups).toEqual({ self: 'true', superior: 'true', peer: 'false', subordinate: 'true' });
    expect(await rows.first().locator('[data-relation=peer]').textContent()).toBe('disembunyikan');
    expect(await page.locator('[data-testid=anonymity-note]').textContent()).toContain('sedikitnya 3 orang');
    await capture(page, 'talent-360-results');
  });
});

describe('potential, 9-box, succession, retirement and training needs in Chromium', () => {
  it('the profile shows one JPM with the category of each purpose; HR records potential', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/pegawai/${P1}`);
    await page.locator('[data-testid=match-summary]').waitFor();
    expect(await page.locator('[data-testid=match-summary]').getAttribute('data-purpose')).toBe(
      'competencyMapping',
    );
    const method = await page.locator('[data-testid=match-method]').getAttribute('data-method');
    expect(['weighted', 'unweighted']).toContain(method);
    const mapping = await page
      .locator('[data-testid=match-category] [data-testid=category-badge]')
      .getAttribute('data-category');
    expect(['Optimal', 'Cukup Optimal', 'Kurang Optimal']).toContain(mapping);
    const filling = await page
      .locator('[data-testid=match-category-other] [data-testid=category-badge]')
      .getAttribute('data-category');
    expect(['Memenuhi Syarat', 'Masih Memenuhi Syarat', 'Kurang Memenuhi Syarat']).toContain(filling);
    expect(await page.locator('[data-testid=civil-servant-name]').textContent()).toBe('Putri Lestari');

    const card = page.locator('[data-testid=potential-card]');
    await card.locator('[data-testid=potential-empty]').waitFor();
    await card.locator('[data-testid=potential-date]').fill('2026-06-01');
    await card.locator('[data-testid=potential-score]').fill('86');
    await card.locator('[data-testid=potential-source]').fill('Asesmen potensial BKPSDM');
    await card.locator('[data-testid=potential-submit]').click();
    await card.locator('[data-testid=potential-saved]').waitFor();
    const row = card.locator('[data-testid=potential-row]');
    expect(await row.getAttribute('data-band')).toBe('high');
    expect(await row.textContent()).toContain('Asesmen potensial BKPSDM');
    await capture(page, 'talent-profile-potential');
  });

  it('imports potential results and shows the 9-box of practice, the JPM stand-in apart', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/pegawai`);
    const panel = page.locator('[data-testid=import-panel-potential]');
    await panel.waitFor();
    await page.setInputFiles(
      '[data-testid=import-file-potential]',
      csvFile('potensial.csv', [
        ['NIP', 'Tanggal', 'Nilai', 'Kategori', 'Sumber'],
        [C1, '01/05/2026', '', 'Menengah', 'Asesmen potensial BKPSDM'],
        [C3, '2026-05-01', '45', '', 'Asesmen potensial BKPSDM'],
      ]),
    );
    await page.click('[data-testid=import-submit-potential]');
    expect(await panel.locator('[data-testid=import-success-potential]').textContent()).toContain(
      '2 hasil penilaian potensial diimpor',
    );

    await page.click('[data-testid=tab-talent-pool]');
    await page.waitForURL(/\/talenta$/);
    await page.locator('[data-testid=nine-box]').waitFor();
    // Putri Lestari: Sangat Baik (above) × potential high → box 9; Citra Dewi: Baik (meets) ×
    // medium → box 5; Candra Wijaya: meets × low (45) → box 2.
    const memberBox = (name: string) =>
      page
        .locator('[data-testid=nine-box-cell]', {
          has: page.locator(`[data-testid=nine-box-member]:text-is("${name}")`),
        })
        .getAttribute('data-box');
    expect(await memberBox('Putri Lestari')).toBe('9');
    expect(await memberBox('Citra Dewi')).toBe('5');
    expect(await memberBox('Candra Wijaya')).toBe('2');
    expect(await page.locator('[data-testid=placed-by-potential]').getAttribute('data-count')).toBe('3');
    // Sari Dewi has assessment results and no potential result: the JPM stands in, marked apart.
    const jpmPlaced = Number(await page.locator('[data-testid=placed-by-jpm]').getAttribute('data-count'));
    expect(jpmPlaced).toBeGreaterThanOrEqual(1);
    expect(
      await page.locator('[data-testid=nine-box-cell] li[data-basis=jpm]', { hasText: 'Sari Dewi' }).count(),
    ).toBe(1);
    expect(
      await page
        .locator('[data-testid=nine-box-cell][data-box="9"] [data-testid=nine-box-recommendation]')
        .textContent(),
    ).not.toBe('');
    await capture(page, 'talent-nine-box');
  });

  it('marks the position critical and nominates a successor from the candidate ranking', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/kandidat/${records.positionId}`);
    await page.locator('[data-testid=candidate-row]').first().waitFor();
    expect(await page.locator('[data-testid=candidates-method]').textContent()).toContain('Memenuhi Syarat');
    await page.click('[data-testid=open-succession]');
    await page.waitForURL(new RegExp(`/talenta/suksesi/${records.positionId}`));
    await page.locator('[data-testid=position-not-critical]').waitFor();
    await page.check('[data-testid=critical-toggle]');
    await page.fill('[data-testid=critical-reason-input]', 'Jabatan kunci penataan kelembagaan daerah.');
    await page.click('[data-testid=critical-save]');
    await page.locator('[data-testid=position-critical]').waitFor();
    // The holder retiring in April 2027 (Purnomo Adi) is listed with the date.
    expect(await page.locator('[data-testid=succession-holders]').textContent()).toContain('Purnomo Adi');

    const nominee = page.locator('[data-testid=nominate-nip]');
    await expect.poll(() => nominee.locator('option').count()).toBeGreaterThan(1);
    const value = await nominee.locator('option', { hasText: 'Citra Dewi' }).getAttribute('value');
    await nominee.selectOption(value ?? '');
    await page.selectOption('[data-testid=nominate-readiness]', 'readyInOneToTwoYears');
    await page.fill('[data-testid=nominate-plan]', 'Coaching oleh Kepala Bagian; diklat PKA 2027.');
    await page.click('[data-testid=nominate-submit]');
    const successor = page.locator(`[data-testid=successor][data-nip="${C1}"]`);
    await successor.waitFor();
    expect(await successor.getAttribute('data-readiness')).toBe('readyInOneToTwoYears');
    expect(await page.locator('[data-testid=position-bench]').textContent()).toContain('1–2 tahun 1');
    await capture(page, 'talent-succession-position');
  });

  it('the succession dashboard lists the critical position with its bench and risk', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=nav-succession]');
    await page.waitForURL(/\/talenta\/suksesi$/);
    const row = page.locator(`[data-testid=succession-position][data-position-id="${records.positionId}"]`);
    await row.waitFor();
    expect(await page.locator('[data-testid=succession-critical]').textContent()).toBe('1');
    // A holder retires within the horizon and nobody is ready now: high risk.
    expect(await row.getAttribute('data-risk')).toBe('high');
    expect(await row.locator('[data-testid=succession-bench]').textContent()).toContain('1–2 tahun 1');
    await capture(page, 'talent-succession-dashboard');
  });

  it('forecasts retirements and lists the training needs, with the Excel workbook', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=tab-retirement]');
    await page.waitForURL(/\/talenta\/pensiun/);
    const person = page.locator(`[data-testid=retirement-person][data-nip="${P2}"]`);
    await person.waitFor();
    expect(await person.getAttribute('data-retires-on')).toBe('2027-04-01');
    expect(Number(await page.locator('[data-testid=retire-2]').textContent())).toBeGreaterThanOrEqual(1);
    await capture(page, 'talent-retirement');

    await page.click('[data-testid=tab-training-needs]');
    await page.waitForURL(/\/talenta\/kebutuhan-pengembangan/);
    await page.locator('[data-testid=training-needs-plan]').waitFor();
    expect(await page.locator('[data-testid=training-need-row]').count()).toBeGreaterThan(0);
    const href = await page.locator('[data-testid=training-needs-xlsx]').getAttribute('href');
    const download = await page.request.get(`${env.server.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK');
    await capture(page, 'talent-training-needs');
    await logout(page);
  });
});
