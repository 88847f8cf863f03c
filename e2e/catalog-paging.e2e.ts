/**
 * The national catalog a page at a time in Chromium: 36 ratified standards (one ratified through
 * the workflow, 35 adopted as is for new positions), a first page of 30 with "n dari N", "Muat
 * lebih banyak" for the rest, and the search box restarting from a first page of its own.
 */
import { describe, expect, it } from 'vitest';
import { apiAs, makeSampleRecords } from './support/api-data';
import { artifactsDir, login, screenshotsWideAndNarrow, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
const adopted = 35;

describe('national catalog pages in Chromium', () => {
  it('shows 30 of 36, loads the rest on request, and searches from a first page again', async () => {
    const { standards } = await makeSampleRecords(env.server.baseUrl);
    const admin = await apiAs(env.server.baseUrl, 'admin');
    try {
      for (let i = 1; i <= adopted; i++) {
        const created = await admin.send('POST', '/api/positions', {
          name: `Kepala Bagian Organisasi Wilayah ${String(i).padStart(2, '0')}`,
          positionGroup: 'administrative',
          jobLevel: 'administrator',
        });
        const positionId = (created.position as { id: string }).id;
        await admin.send('POST', `/api/catalog/${standards[0]}/adopt-as-is`, { positionId, confirm: true });
      }
    } finally {
      await admin.dispose();
    }

    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin2');
    await page.click('[data-testid=nav-catalog]');
    await page.waitForURL(/\/katalog$/);
    const rows = page.locator('[data-testid=catalog-row]');
    const shown = page.locator('[data-testid=catalog-shown]');
    await shown.waitFor();
    expect(await rows.count()).toBe(30);
    expect(await shown.textContent()).toBe('Menampilkan 30 dari 36 SKJ');
    expect(await page.locator('#catalog-results-title').textContent()).toBe('Hasil (36)');
    await screenshotsWideAndNarrow(page, 'catalog-first-page');
    // The count and the button on a phone, close up (the full page is 30 rows long).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.positions-paging').screenshot({ path: `${artifactsDir}/catalog-paging-390.png` });
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.click('[data-testid=catalog-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=catalog-row]').length === 36);
    expect(await shown.textContent()).toBe('Menampilkan 36 dari 36 SKJ');
    expect(await page.locator('[data-testid=catalog-more]').count()).toBe(0);
    const ids = await rows
      .locator('[data-testid=catalog-open]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(ids).size).toBe(36);
    await screenshotsWideAndNarrow(page, 'catalog-all-loaded');

    // A search starts from its own first page; its "load more" keeps the search.
    const searched = page.waitForResponse((answer) => answer.url().includes('/api/catalog?q=bagian'));
    await page.fill('[data-testid=catalog-search]', 'bagian organisasi');
    await searched;
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=catalog-row]').length === 30);
    expect(await shown.textContent()).toBe('Menampilkan 30 dari 36 SKJ');
    const more = page.waitForResponse(
      (answer) => answer.url().includes('/api/catalog?q=bagian') && answer.url().includes('cursor='),
    );
    await page.click('[data-testid=catalog-more]');
    expect((await more).status()).toBe(200);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=catalog-row]').length === 36);
    const names = await rows.locator('[data-testid=catalog-open]').allTextContents();
    expect(names.every((name) => name.includes('Kepala Bagian Organisasi'))).toBe(true);

    await page.fill('[data-testid=catalog-search]', 'juru masak kapal selam');
    await page.getByText('Tidak ada SKJ yang cocok.').waitFor();
    expect(await shown.count()).toBe(0);
    await screenshotsWideAndNarrow(page, 'catalog-search-none');
  });
});
