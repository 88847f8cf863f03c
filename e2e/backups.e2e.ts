/**
 * Backups in Chromium: the superadmin backs the embedded database up from "Cadangan" while the
 * server runs, follows it to the end and finds the file to download; an agency admin has no such tab.
 */
import { describe, expect, it } from 'vitest';
import { login, logout, screenshotsWideAndNarrow, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

describe('backups in Chromium', () => {
  it('the superadmin backs up while the server runs and gets a file to download', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'superadmin');
    await page.goto(`${env.server.baseUrl}/admin`);
    await page.locator('[data-testid=admin-tab-cadangan]').click();
    await page.locator('[data-testid=backups-settings]').waitFor();
    const before = await page.locator('[data-testid=backup-row]').count();
    await page.locator('[data-testid=backup-start]').click();
    const done = page.locator('[data-testid=backup-row][data-status=done]');
    await done.nth(before).waitFor({ timeout: 120_000 });
    const link = done.first().locator('[data-testid=backup-download]');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/admin\/backups\/skj-backup-[\d-]+\.tar\.gz\/download$/);
    // The link serves the archive (gzip magic bytes) to the signed-in superadmin.
    const bytes = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, head: [...new Uint8Array(await response.arrayBuffer()).slice(0, 2)] };
    }, href!);
    expect(bytes).toEqual({ status: 200, head: [0x1f, 0x8b] });
    // Nothing runs any more, so another backup may be started.
    await page.locator('[data-testid=backup-start]:enabled').waitFor();
    await screenshotsWideAndNarrow(page, 'backups-superadmin');
    await logout(page);
  });

  it('an agency admin has no backup tab', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/admin?bagian=cadangan`);
    await page.locator('[data-testid=admin-tab-instansi]').waitFor();
    expect(await page.locator('[data-testid=admin-tab-cadangan]').count()).toBe(0);
    await logout(page);
  });
});
