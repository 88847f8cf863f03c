/**
 * Accounts in Chromium: the login page's demo note, an employee's menu, changing one's own
 * password (a weak one refused with the reason, then a strong one), the admin resetting a
 * password and the forced change that follows, and deactivating a user who then cannot sign in.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  demoPassword,
  fillPasswordChange,
  login,
  logout,
  screenshot,
  screenshotsWideAndNarrow,
  serverAndBrowserForFile,
} from './support/harness';

const env = serverAndBrowserForFile();

async function menu(page: Page): Promise<string[]> {
  return page.locator('.side-nav a').allTextContents();
}

async function attemptLogin(page: Page, username: string, password: string) {
  await page.goto(`${env.server.baseUrl}/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

async function openUsers(page: Page) {
  await page.goto(`${env.server.baseUrl}/admin?bagian=pengguna`);
  await page.locator('[data-testid=user-row]').first().waitFor();
}

const row = (page: Page, username: string) =>
  page.locator(`[data-testid=user-row][data-username="${username}"]`);

describe('accounts in Chromium', () => {
  it('the login page says where the demo password is, never the password', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/login`);
    const hint = page.locator('[data-testid=demo-hint]');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('superadmin');
    // e2e fixes the password with SKJ_DEMO_PASSWORD, so the note names that, not the file.
    expect(await page.locator('[data-testid=demo-password-source]').textContent()).toContain(
      'SKJ_DEMO_PASSWORD',
    );
    expect(await page.locator('body').textContent()).not.toContain(demoPassword);
    await screenshotsWideAndNarrow(page, 'accounts-login');
  });

  it('an employee sees only their own menu, and their account from the header', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'pegawai');
    expect(await menu(page)).toEqual([
      'Beranda',
      'Kamus Kompetensi',
      'Kamus Teknis',
      'Pencarian',
      'Kegiatan Penyusunan',
      'Katalog Nasional',
      'Profil Kompetensi Saya',
      'Kuesioner 360°',
    ]);
    await screenshotsWideAndNarrow(page, 'accounts-employee-menu');
    await page.click('[data-testid=my-account-link]');
    await page.waitForURL(/\/akun$/);
    expect(await page.locator('[data-testid=account-username]').textContent()).toBe('pegawai');
    await page.locator('[data-testid=change-password-form]').waitFor();
    await screenshotsWideAndNarrow(page, 'accounts-employee-account');
    // An address typed by hand still says no.
    await page.goto(`${env.server.baseUrl}/admin`);
    await page.locator('[role=alert]', { hasText: 'pengelola pengguna' }).waitFor();
    await logout(page);
  });

  it('changes one’s own password: a weak one is refused with the reason, a strong one is taken', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'verifier');
    await page.click('[data-testid=my-account-link]');
    await page.waitForURL(/\/akun$/);
    await fillPasswordChange(page, demoPassword, 'password123');
    const reason = page.locator('[data-testid=field-error]');
    await reason.waitFor();
    expect(await reason.textContent()).toContain('umum dipakai');
    await screenshotsWideAndNarrow(page, 'accounts-own-password-weak');

    await fillPasswordChange(page, demoPassword, 'Pohon-Beringin-Tua-1945');
    await page.locator('[data-testid=password-changed]').waitFor();
    expect(await page.locator('[data-testid=field-error]').count()).toBe(0);
    await screenshot(page, 'accounts-own-password-changed');
    await logout(page);

    await attemptLogin(page, 'verifier', demoPassword);
    await page.locator('[role=alert]', { hasText: 'Nama pengguna atau kata sandi salah' }).waitFor();
    await login(page, env.server.baseUrl, 'verifier', 'Pohon-Beringin-Tua-1945');
    expect(await page.locator('[data-testid=user-name]').textContent()).toBeTruthy();
    await logout(page);
  });

  it('after a reset by the admin, the user must change the temporary password and then goes where they wanted', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await openUsers(page);
    // The admin's own account offers no reset or deactivation (only its own NIP and jabatan);
    // the agency's other accounts do.
    expect(
      await row(page, 'admin')
        .locator('[data-testid=user-reset-password], [data-testid=user-deactivate]')
        .count(),
    ).toBe(0);
    expect(await row(page, 'admin').locator('[data-testid=user-profile-edit]').count()).toBe(1);
    expect(await row(page, 'admin2').count()).toBe(0);
    await row(page, 'drafter').locator('[data-testid=user-reset-password]').click();
    const confirm = page.locator('[data-testid=confirm-dialog]');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Atur ulang kata sandi drafter');
    await screenshotsWideAndNarrow(page, 'accounts-reset-confirm');
    await page.click('[data-testid=confirm-accept]');
    const shown = page.locator('[data-testid=temporary-password]');
    await shown.waitFor();
    const temporary = (await shown.textContent()) ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-testid=temporary-password-expiry]').textContent()).toMatch(
      /hanya ditampilkan sekali, berlaku sampai \d+ \w+ \d{4}/,
    );
    await screenshotsWideAndNarrow(page, 'accounts-reset-password-shown');
    await page.click('[data-testid=temporary-password-close]');
    await row(page, 'drafter').locator('[data-testid=user-temporary]').waitFor();
    expect(await page.locator('[data-testid=temporary-password]').count()).toBe(0);
    await screenshotsWideAndNarrow(page, 'accounts-user-list');
    await logout(page);

    // Signed out, the drafter opens a page; the login keeps it, the temporary password comes first.
    await page.goto(`${env.server.baseUrl}/peta-jabatan`);
    await page.waitForURL(/\/login\?lanjut=%2Fpeta-jabatan$/);
    await page.fill('input[name=username]', 'drafter');
    await page.fill('input[name=password]', temporary);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/ganti-kata-sandi\?lanjut=%2Fpeta-jabatan$/);
    await page.locator('[data-testid=forced-change-note]').waitFor();
    await screenshotsWideAndNarrow(page, 'accounts-forced-change');
    // Any signed-in page sends the person back to this screen until the password is changed.
    await page.goto(`${env.server.baseUrl}/skj/konsistensi`);
    await page.waitForURL(/\/ganti-kata-sandi\?lanjut=%2Fskj%2Fkonsistensi$/);
    await page.locator('[data-testid=change-password-form]').waitFor();
    await fillPasswordChange(page, temporary, 'Rumah-Joglo-Kayu-Jati-77');
    await page.waitForURL(/\/skj\/konsistensi$/);
    await page.locator('[data-testid=user-name]').waitFor();
    expect(await page.locator('h1').first().textContent()).toContain('Konsistensi');
    await logout(page);
    await login(page, env.server.baseUrl, 'drafter', 'Rumah-Joglo-Kayu-Jati-77');
    await logout(page);
  });

  it('a user the admin deactivates cannot sign in until reactivated', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await openUsers(page);
    await row(page, 'validator').locator('[data-testid=user-deactivate]').click();
    await page.locator('[data-testid=confirm-dialog]', { hasText: 'Nonaktifkan validator' }).waitFor();
    await page.click('[data-testid=confirm-accept]');
    await page.locator('[data-testid=user-row][data-username=validator][data-active=false]').waitFor();
    expect(await page.locator('[data-testid=user-notice]').textContent()).toBe('validator dinonaktifkan.');
    expect(await row(page, 'validator').locator('[data-testid=user-status]').textContent()).toContain(
      'Nonaktif',
    );
    await screenshotsWideAndNarrow(page, 'accounts-user-deactivated');
    await logout(page);

    // The same answer as a wrong password: nothing tells an outsider the account exists.
    await attemptLogin(page, 'validator', demoPassword);
    await page.locator('[role=alert]', { hasText: 'Nama pengguna atau kata sandi salah' }).waitFor();
    expect(page.url()).toMatch(/\/login$/);

    await login(page, env.server.baseUrl, 'admin');
    await openUsers(page);
    await row(page, 'validator').locator('[data-testid=user-activate]').click();
    await page.click('[data-testid=confirm-accept]');
    await page.locator('[data-testid=user-row][data-username=validator][data-active=true]').waitFor();
    await logout(page);
    await login(page, env.server.baseUrl, 'validator');
    await logout(page);
  });
});
