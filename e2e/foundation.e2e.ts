import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

describe('foundation in Chromium', () => {
  it('refuses a wrong password with the server message', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/login`);
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', 'salah-salah');
    await page.click('button[type=submit]');
    const alert = page.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nama pengguna atau kata sandi salah');
    await screenshot(page, 'login-error');
  });

  it('logs in and browses the managerial dictionary level by level', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    expect(await page.locator('[data-testid=user-name]').textContent()).toContain('Rina Wulandari');
    await page.goto(`${env.server.baseUrl}/kamus/manajerial`);
    const items = page.locator('[data-testid=competency-item]');
    await items.first().waitFor();
    expect(await items.count()).toBe(8);
    await items.filter({ hasText: 'Integritas' }).locator('button').click();
    await page.locator('[data-testid=level-button][data-level="3"]').click();
    await page.locator('[data-testid=level-button][data-level="3"][aria-selected=true]').waitFor();
    await page.locator('[data-testid=level-description]', { hasText: 'menanamkan' }).waitFor();
    const description = await page.locator('[data-testid=level-description]').textContent();
    expect(description).toContain('menanamkan keyakinan bersama');
    const indicators = page.locator('[data-testid=indicator-list] li');
    expect(await indicators.count()).toBe(3);
    expect(await indicators.nth(2).textContent()).toContain('monitoring dan evaluasi');
    const file = await screenshot(page, 'dictionary-integritas-level-3');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it('switches the UI to English and back', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=language-toggle]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await screenshot(page, 'dictionary-english');
    await page.click('[data-testid=language-toggle]');
    await page.waitForFunction(() => document.documentElement.lang === 'id');
  });

  it('shows the admin page with the org-unit tree', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/admin?bagian=unit-organisasi`);
    const units = page.locator('[data-testid=org-unit-item]');
    await units.first().waitFor();
    expect(await page.locator('[data-testid=org-unit-tree]').textContent()).toContain(
      'Bidang Pengembangan Kompetensi',
    );
    await screenshot(page, 'admin-org-units');
  });

  it('logs out back to the login page', async () => {
    const { page } = env.browser;
    await logout(page);
    await page.goto(`${env.server.baseUrl}/`);
    await page.waitForURL(/\/login/);
  });
});
