/**
 * The first weeks of a new regional agency, from an empty installation (SKJ_DEMO=0), in Chromium
 * (issue #15): the first superadmin from the console token; the agency and its admin; the admin's
 * drafter, verifier and validator (and the national ratifier, a superadmin-made user without an
 * agency); the peta jabatan from Excel; a technical dictionary from Excel, ticked, verified and
 * ratified; civil servants from a SIASN-style export; one standard from Word, one from the
 * composer with a proposed technical competency; each role's inbox; the Word standard through
 * submit → verify → validate → ratify. Everything goes through the screens;
 * the files are built in e2e/support/first-weeks-files.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  composedPosition,
  dictionaryXlsx,
  positionMapXlsx,
  siasnCsv,
  wordPosition,
  wordStandardDocx,
} from './support/first-weeks-files';
import {
  login,
  loginWithTemporaryPassword,
  logout,
  screenshot,
  screenshotsWideAndNarrow,
  serverAndBrowserForFile,
} from './support/harness';

const env = serverAndBrowserForFile({ demo: false });
const desktop = { width: 1366, height: 900 };

const agency = { code: 'KAB-LEMBAH-HIJAU', name: 'Pemerintah Kabupaten Lembah Hijau' };
/** Each account and the password its owner chooses at the first sign-in (after `temporary`, set by its creator). */
const people = {
  superadmin: { username: 'kepala.bkn', fullName: 'Dewi Lestari', password: 'Sawah-Hijau-Lereng-Merapi-8' },
  admin: { username: 'admin.lembah', fullName: 'Bambang Wicaksono', password: 'Kebun-Teh-Lembah-Hijau-21' },
  drafter: { username: 'penyusun.lembah', fullName: 'Rina Kartika', password: 'Padi-Menguning-Di-Sawah-34' },
  verifier: {
    username: 'verifikator.lembah',
    fullName: 'Agus Pratama',
    password: 'Sungai-Jernih-Mengalir-55',
  },
  validator: {
    username: 'validator.lembah',
    fullName: 'Siti Aminah',
    password: 'Gunung-Biru-Berkabut-Pagi-7',
  },
  ratifier: {
    username: 'penetap.nasional',
    fullName: 'Hendra Gunawan',
    password: 'Menara-Kota-Tua-Jakarta-19',
  },
} as const;
const temporary = 'Sementara-Hanya-Sekali-2026';

const state: { wordStandardId?: string; composedStandardId?: string } = {};

/** Full-page shots from the top: a scrolled page would draw its sticky header and bars mid-image. */
async function shots(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotsWideAndNarrow(page, name);
}

async function setupToken(): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const match = /token penyiapan: (\S+)/.exec(env.server.output.join(''));
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no setup token in the server output:\n${env.server.output.join('')}`);
}

async function signOut(page: Page) {
  await page.setViewportSize(desktop);
  if (
    await page
      .locator('[data-testid=logout-button]')
      .isVisible()
      .catch(() => false)
  )
    await logout(page);
}

async function signIn(page: Page, who: keyof typeof people) {
  await signOut(page);
  await login(page, env.server.baseUrl, people[who].username, people[who].password);
}

/** The admin page's user form: a temporary password the person changes at the first sign-in. */
async function createUser(page: Page, who: keyof typeof people, role: string, agencyName?: string) {
  const form = page.locator('[data-testid=user-form]');
  await form.locator('input[name=username]').fill(people[who].username);
  await form.locator('input[name=fullName]').fill(people[who].fullName);
  await form.locator('input[name=password]').fill(temporary);
  await form.locator('select[name=role]').selectOption(role);
  if (agencyName !== undefined) {
    const option = form.locator('select[name=agencyId] option', { hasText: agencyName || 'Tanpa instansi' });
    await form
      .locator('select[name=agencyId]')
      .selectOption((await option.first().getAttribute('value')) ?? '');
  }
  await form.locator('button[type=submit]').click();
  await form.locator('[role=status]', { hasText: people[who].username }).waitFor();
  await page.locator(`[data-testid=user-row][data-username="${people[who].username}"]`).waitFor();
}

async function firstSignIn(page: Page, who: keyof typeof people) {
  await signOut(page);
  await loginWithTemporaryPassword(
    page,
    env.server.baseUrl,
    people[who].username,
    temporary,
    people[who].password,
  );
}

// ---- the weeks ------------------------------------------------------------------------------

const competencyRow = (page: Page, name: string) =>
  page.locator('[data-testid=competency-row]', { hasText: name });

async function errorFindings(page: Page): Promise<string[]> {
  return page.locator('[data-testid=finding][data-severity=error]').allTextContents();
}

/** A workflow step from the standard's page; a refusal fails with the server's words. */
async function act(page: Page, action: string, status: string) {
  await page.click(`[data-testid=standard-${action}]`);
  if (action === 'ratify') {
    const dialog = page.locator('dialog[open][data-testid=confirm-dialog]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('tidak dapat diubah');
    await screenshot(page, 'first-weeks-ratify-confirmation');
    await dialog.locator('[data-testid=confirm-accept]').click();
  }
  const reached = page.locator(`[data-testid=standard-status][data-status=${status}]`).first();
  const refused = page.locator('.workflow-card [role=alert]');
  await reached.or(refused).first().waitFor();
  if (await refused.isVisible()) throw new Error(`${action}: ${await refused.textContent()}`);
}

/** The steps share one installation: once one fails, the later ones say so at once instead of timing out. */
let failedStep: string | null = null;
function step(name: string, body: () => Promise<void>) {
  it(name, async () => {
    if (failedStep) throw new Error(`not run: the earlier step "${failedStep}" failed`);
    try {
      await body();
    } catch (error) {
      failedStep = name;
      throw error;
    }
  });
}

describe('the first weeks of a new regional agency, from an empty installation', () => {
  step('1. the first superadmin is created with the console token', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/`);
    await page.waitForURL(/\/setup$/);
    await page.fill('input[name=token]', await setupToken());
    await page.fill('input[name=username]', people.superadmin.username);
    await page.fill('input[name=fullName]', people.superadmin.fullName);
    await page.fill('input[name=password]', people.superadmin.password);
    await page.fill('input[name=repeatPassword]', people.superadmin.password);
    await page.click('[data-testid=setup-submit]');
    await page.waitForSelector('[data-testid=user-name]');
    expect(await page.locator('[data-testid=user-role]').textContent()).toBe('Superadmin');
  });

  step(
    '2. the superadmin creates the kabupaten, its admin and the national ratifier; the admin creates the team',
    async () => {
      const { page } = env.browser;
      await page.goto(`${env.server.baseUrl}/admin?bagian=instansi`);
      const form = page.locator('[data-testid=agency-form]');
      await form.locator('input[name=code]').fill(agency.code);
      await form.locator('input[name=name]').fill(agency.name);
      await form.locator('select[name=kind]').selectOption('regency');
      await form.locator('button[type=submit]').click();
      await form.locator('[role=status]').waitFor();
      const created = page.locator('[data-testid=agency-table] tr', { hasText: agency.name });
      await created.waitFor();
      expect(await created.textContent()).toContain('Pemerintah Kabupaten');
      await shots(page, 'first-weeks-agency-created');

      await page.goto(`${env.server.baseUrl}/admin?bagian=pengguna`);
      await page.locator('[data-testid=user-form]').waitFor();
      await createUser(page, 'admin', 'admin', agency.name);
      // The national ratifier (KemenPAN-RB) belongs to no agency.
      await createUser(page, 'ratifier', 'ratifier', '');
      await page
        .locator(
          `[data-testid=user-row][data-username="${people.admin.username}"] [data-testid=user-temporary]`,
        )
        .waitFor();
      await shots(page, 'first-weeks-superadmin-users');

      await firstSignIn(page, 'admin');
      expect(await page.locator('[data-testid=user-role]').textContent()).toBe('Admin Instansi');
      await page.goto(`${env.server.baseUrl}/admin?bagian=pengguna`);
      await page.locator('[data-testid=user-form]').waitFor();
      expect(await page.locator('[data-testid=user-form]').textContent()).toContain(agency.name);
      await createUser(page, 'drafter', 'drafter');
      await createUser(page, 'verifier', 'verifier');
      await createUser(page, 'validator', 'validator');
      expect(await page.locator('[data-testid=user-row]').count()).toBe(4);
      await shots(page, 'first-weeks-admin-users');
    },
  );

  step('3. the admin imports the peta jabatan from Excel', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/peta-jabatan/impor`);
    await page.locator('[data-testid=map-import-panel]').waitFor();
    await page.setInputFiles('[data-testid=map-import-file]', await positionMapXlsx());
    await page.click('[data-testid=map-import-submit]');
    const success = page.locator('[data-testid=map-import-success]');
    await success.waitFor();
    expect(await success.textContent()).toContain('Jabatan: 10 baru, 0 diperbarui');
    expect(await success.textContent()).toContain('Unit: 7 baru');
    await page.click('[data-testid=map-import-open-map]');
    await page.locator('[data-testid=position-map]').waitFor();
    expect(await page.locator('[data-testid=map-total-positions] .stat-value').textContent()).toBe('10');
    expect(await page.locator('[data-testid=map-position] .map-card-name').allTextContents()).toEqual(
      expect.arrayContaining([wordPosition, composedPosition, 'Analis Sumber Daya Manusia Aparatur']),
    );
    await shots(page, 'first-weeks-position-map');
  });

  step(
    '4. the drafter imports a technical dictionary and ticks its steps; the verifier verifies, the admin ratifies',
    async () => {
      const { page } = env.browser;
      await firstSignIn(page, 'drafter');
      await page.goto(`${env.server.baseUrl}/kamus-teknis`);
      const form = page.locator('[data-testid=create-dictionary-form]');
      await form.locator('input[name=code]').fill('KAMUS-KEPEGAWAIAN-LH');
      await form
        .locator('input[name=name]')
        .fill('Kamus Kompetensi Teknis Kepegawaian Kabupaten Lembah Hijau');
      await form.locator('button[type=submit]').click();
      await page.waitForURL(/\/kamus-teknis\/versi\//);
      await page.click('[data-testid=import-button]');
      await page.waitForURL(/\/kamus-teknis\/[0-9a-f-]{36}\/impor$/);
      await page.setInputFiles('[data-testid=import-file]', await dictionaryXlsx());
      const affair = page.locator('[data-testid=import-form] select[name=governmentAffair]');
      // The affairs list arrives from the server after the page: wait for it, then choose.
      await affair.locator('option[value="Kepegawaian"]').waitFor({ state: 'attached' });
      await affair.selectOption('Kepegawaian');
      await page.selectOption('[data-testid=import-form] select[name=group]', 'specific');
      await page.click('[data-testid=import-submit]');
      const success = page.locator('[data-testid=import-success]');
      const refused = page.locator('[data-testid=import-restart]');
      await success.or(refused).first().waitFor({ timeout: 90_000 });
      expect(await success.count(), (await page.locator('main').textContent()) ?? '').toBe(1);
      expect(await success.textContent()).toContain('5 kompetensi berhasil diimpor (format datar)');
      await page.click('[data-testid=import-open-version]');
      await page.waitForURL(/\/kamus-teknis\/versi\/[0-9a-f-]{36}$/);
      const versionUrl = page.url();
      await page.locator('[data-testid=entry-row][data-code="OTDA.01"]').waitFor();
      expect(await page.locator('[data-testid=entry-row]').count()).toBe(5);

      const steps = page.locator('[data-testid=checklist-step] input[type=checkbox]');
      const total = await steps.count();
      expect(total).toBeGreaterThan(0);
      // One tick at a time: each is saved (and shows who ticked it) before the next box is free.
      for (let i = 0; i < total; i++) {
        const item = page.locator('[data-testid=checklist-step]').nth(i);
        await item.locator('input[type=checkbox]:enabled').click();
        await item.locator('.checklist-meta').waitFor();
      }
      await page.getByText(`${total} dari ${total} langkah selesai.`).waitFor();
      await page
        .locator('.checklist-meta')
        .nth(total - 1)
        .waitFor();
      await shots(page, 'first-weeks-dictionary-ticked');

      await firstSignIn(page, 'verifier');
      await page.goto(versionUrl);
      await page.click('[data-testid=workflow-verify]');
      await page.locator('[data-testid=version-status][data-status=verified]').waitFor();

      await signIn(page, 'admin');
      await page.goto(versionUrl);
      await page.click('[data-testid=workflow-ratify]');
      await page.click('dialog[open] [data-testid=confirm-accept]');
      await page.locator('[data-testid=version-status][data-status=ratified]').waitFor();
      await shots(page, 'first-weeks-dictionary-ratified');
    },
  );

  step('5. the admin imports the civil servants from a SIASN export', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/pegawai`);
    const panel = page.locator('[data-testid=import-panel-civilServants]');
    await panel.waitFor();
    await page.setInputFiles('[data-testid=import-file-civilServants]', siasnCsv());
    await page.click('[data-testid=import-submit-civilServants]');
    const success = page.locator('[data-testid=import-success-civilServants]');
    const report = panel.locator('[data-testid=talent-import-report]');
    await success.or(report).first().waitFor();
    if ((await report.count()) > 0) throw new Error(`import refused: ${await report.textContent()}`);
    expect(await success.textContent()).toContain('4 baris diimpor: 4 pegawai baru');
    const rows = page.locator('[data-testid=civil-servant-row]');
    await page.locator('[data-testid=civil-servant-row][data-nip="197805122005011002"]').waitFor();
    expect(await rows.count()).toBe(4);
    expect(
      await page.locator('[data-testid=civil-servant-row][data-nip="197805122005011002"]').textContent(),
    ).toContain(wordPosition);
    await shots(page, 'first-weeks-civil-servants');
  });

  step('6. the drafter brings a standard in from Word and opens the draft', async () => {
    const { page } = env.browser;
    await signIn(page, 'drafter');
    await page.goto(`${env.server.baseUrl}/skj`);
    await page.locator('[data-testid=standards-word]').waitFor();
    await page.setInputFiles('[data-testid=standards-word-file]', {
      name: `SKJ ${wordPosition}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: wordStandardDocx(),
    });
    await page.selectOption('[data-testid=standards-word-position]', { label: wordPosition });
    await page.click('[data-testid=standards-word-import]');
    await page.locator('[data-testid=standards-word-result]').waitFor();
    const report = page.locator('[data-testid=standards-word-document]');
    expect(await report.locator('[data-outcome]').getAttribute('data-outcome')).toBe('created');
    expect(
      await page.locator('[data-testid=standards-word-unmatched]').count(),
      (await report.textContent()) ?? '',
    ).toBe(0);
    expect(await report.textContent()).toContain('12 kompetensi cocok dengan kamus');
    await shots(page, 'first-weeks-word-report');

    await page.click('[data-testid=standards-word-open]');
    await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
    state.wordStandardId = page.url().split('/').pop();
    await page.locator('[data-testid=composer-bar]').waitFor();
    expect(await page.locator('h1').textContent()).toContain(wordPosition);
    await competencyRow(page, 'Pengembangan Kompetensi Aparatur').waitFor();
    // The mandatory regional competency is matched to the agency's own ratified entry, not the national placeholder.
    expect(await competencyRow(page, 'Advokasi Kebijakan Otonomi Daerah').textContent()).toContain('OTDA.01');
    await shots(page, 'first-weeks-word-draft');
  });

  step(
    '7. the drafter composes another standard and proposes a technical competency the dictionary lacks',
    async () => {
      const { page } = env.browser;
      await page.goto(`${env.server.baseUrl}/skj`);
      await page
        .locator('[data-testid=position-row]', { hasText: composedPosition })
        .locator('[data-testid=compose-standard]')
        .click();
      await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
      state.composedStandardId = page.url().split('/').pop();
      await page.locator('[data-testid=composer-bar]').waitFor();
      // The mandatory regional competency comes with the agency's own ratified text.
      await competencyRow(page, 'Advokasi Kebijakan Otonomi Daerah')
        .locator('[data-testid=mandatory-competency]')
        .waitFor();

      for (const [query, code] of [
        ['mutasi promosi', 'KPG.04'],
        ['manajemen karier', 'KPG.03'],
      ] as const) {
        await page.fill('[data-testid=technical-search]', query);
        await page.locator(`[data-testid=technical-result][data-code="${code}"]`).click();
        await page
          .locator('[data-testid=competency-row]', {
            hasText: code === 'KPG.04' ? 'Mutasi dan Promosi' : 'Manajemen Karier',
          })
          .first()
          .waitFor();
      }

      await page.fill('[data-testid=technical-search]', 'manajemen talenta');
      await page.locator('[data-testid=technical-none]').waitFor();
      await page.click('[data-testid=propose-technical]');
      await page.locator('[data-testid=proposal-dialog]').waitFor();
      await page.fill('[data-testid=proposal-name]', 'Manajemen Talenta Aparatur');
      await page.fill(
        '[data-testid=proposal-definition]',
        'Kemampuan mengidentifikasi, mengembangkan dan menempatkan talenta ASN berdasarkan sistem merit.',
      );
      await page.selectOption('[data-testid=proposal-level]', '4');
      await page.fill(
        '[data-testid=proposal-description]',
        'Mampu menyelenggarakan manajemen talenta di lingkup daerah',
      );
      await page.fill(
        '[data-testid=proposal-indicators]',
        'Menyusun profil talenta pegawai\nMemetakan pegawai ke kotak talenta',
      );
      await page.click('[data-testid=proposal-submit]');
      await page.locator('[data-testid=proposal-added]').waitFor();
      await competencyRow(page, 'Manajemen Talenta Aparatur').waitFor();
      await page.locator('[data-testid=finding][data-code=COMPETENCY_AWAITING_RATIFICATION]').waitFor();

      await page.fill('[data-testid=req-performance-indicator]', 'Persentase mutasi sesuai pola karier');
      await page.getByLabel('S-1', { exact: true }).check();
      await page.fill('[data-testid=req-field-of-study-input]', 'Administrasi Negara');
      await page.click('[data-testid=req-field-of-study-add]');
      await page.selectOption('[data-testid=req-rank-min-grade]', 'IV/a');
      await page.click('[data-testid=standard-save]');
      await page.locator('[data-testid=composer-status][data-dirty=false]').waitFor();
      await shots(page, 'first-weeks-composer-proposal');
    },
  );

  step('8a. the drafter finds both drafts on the home page', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/`);
    const drafts = page.locator('[data-testid=draft-tasks]');
    await drafts.waitFor();
    await drafts.locator(`[data-testid=task][data-standard-id="${state.wordStandardId}"]`).waitFor();
    await drafts.locator(`[data-testid=task][data-standard-id="${state.composedStandardId}"]`).waitFor();
    await shots(page, 'first-weeks-home-drafter');
  });

  step('8b. the Word standard is fixed where needed and submitted by the drafter', async () => {
    const { page } = env.browser;
    await page.click(
      `[data-testid=draft-tasks] [data-testid=task][data-standard-id="${state.wordStandardId}"] [data-testid=task-open]`,
    );
    await page.waitForURL(new RegExp(`/skj/${state.wordStandardId}$`));
    await page.locator('[data-testid=composer-bar]').waitFor();
    expect(await errorFindings(page), 'findings on the imported standard').toEqual([]);
    await act(page, 'submit', 'submitted');
  });

  step('8c. the verifier and the validator each find it waiting for them, and pass it on', async () => {
    const { page } = env.browser;
    for (const [who, action, status] of [
      ['verifier', 'verify', 'verified'],
      ['validator', 'validate', 'validated'],
    ] as const) {
      if (who === 'validator') await firstSignIn(page, 'validator');
      else await signIn(page, 'verifier');
      const task = page.locator(
        `[data-testid=review-tasks] [data-testid=task][data-standard-id="${state.wordStandardId}"]`,
      );
      await task.waitFor();
      expect(await task.textContent()).toContain(wordPosition);
      await shots(page, `first-weeks-home-${who}`);
      await task.locator('[data-testid=task-open]').click();
      await page.waitForURL(new RegExp(`/skj/${state.wordStandardId}$`));
      await act(page, action, status);
    }
  });

  step('8d. the national ratifier finds it in the queue and ratifies it, confirming first', async () => {
    const { page } = env.browser;
    await firstSignIn(page, 'ratifier');
    const task = page.locator(
      `[data-testid=ratification-tasks] [data-testid=task][data-standard-id="${state.wordStandardId}"]`,
    );
    await task.waitFor();
    expect(await task.textContent()).toContain(agency.name);
    await shots(page, 'first-weeks-home-ratifier');
    await task.locator('[data-testid=task-open]').click();
    await page.waitForURL(new RegExp(`/skj/${state.wordStandardId}$`));
    await act(page, 'ratify', 'ratified');
    await shots(page, 'first-weeks-ratified');
  });

  step('8e. the admin sees the overview of the agency', async () => {
    const { page } = env.browser;
    await signIn(page, 'admin');
    await page.locator('[data-testid=overview-missing]').waitFor();
    const missing = await page.locator('[data-testid=overview-missing]').textContent();
    expect(missing).not.toContain(wordPosition);
    // The imports of these weeks, newest first, each named and counted.
    const imports = await page.locator('[data-testid=overview-imports] .task').allTextContents();
    expect(imports[0]).toContain('Data pegawai');
    expect(imports.join('\n')).toMatch(/Data pegawai.*4 baris/);
    expect(imports.join('\n')).toMatch(/Peta jabatan.*10 baris/);
    await shots(page, 'first-weeks-home-admin');
  });
});
