import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { login, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

describe('job standard composer in Chromium', () => {
  it('composes a draft for a city position: pre-filled rows, live findings, save', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'drafter');
    await page.goto(`${env.server.baseUrl}/skj`);
    const row = page.locator('[data-testid=position-row]', { hasText: 'Kepala Bagian Organisasi' });
    await row.locator('[data-testid=compose-standard]').click();
    await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid=competency-row]').first().waitFor();
    expect(await page.locator('[data-testid=competency-row][data-kind=managerial]').count()).toBe(8);
    expect(await page.locator('[data-testid=competency-row][data-kind=socioCultural]').count()).toBe(1);
    const technical = page.locator('[data-testid=competency-row][data-kind=technical]');
    expect(await technical.count()).toBe(1);
    expect(await technical.textContent()).toContain('Advokasi Kebijakan Otonomi Daerah');
    const errors = page.locator('[data-testid=finding][data-severity=error]');
    expect(await errors.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=findings-panel]').textContent()).toMatch(/teknis/i);
    await page.click('[data-testid=standard-save]');
    await page.locator('[data-testid=standard-status][data-status=draft]').waitFor();
    await screenshot(page, 'job-standard-composer');
  });

  it('offers the standards Excel: download, and the same file imported back as a draft', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/skj`);
    const link = page.locator('[data-testid=standards-export]');
    const download = await page.request.get(
      new URL((await link.getAttribute('href'))!, env.server.baseUrl).toString(),
    );
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    const file = path.join(os.tmpdir(), `skj-export-${Date.now()}.xlsx`);
    fs.writeFileSync(file, await download.body());
    await page.setInputFiles('[data-testid=standards-import-file]', file);
    await page.click('[data-testid=standards-import]');
    // The exported draft re-imports fine: a result line, not an error.
    await page.locator('[data-testid=standards-import-result]').waitFor();
    expect(await page.locator('[data-testid=standards-import-result]').textContent()).toMatch(
      /1 SKJ diimpor/,
    );
    await screenshot(page, 'standards-excel');
  });
});
