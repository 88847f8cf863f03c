import path from 'node:path';
import { request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeSampleRecords } from './support/api-data';
import { artifactsDir, login, screenshotsWideAndNarrow, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

/** The DOCX of a ratified standard of the demo agency, as anyone downloads it from its page. */
async function ratifiedStandardDocx(standardId: string): Promise<Buffer> {
  const context = await request.newContext({ baseURL: env.server.baseUrl });
  try {
    const login = await context.post('/api/auth/login', {
      data: { username: 'drafter', password: 'demo12345' },
    });
    expect(login.status()).toBe(200);
    const answer = await context.get(`/api/job-standards/${standardId}/document.docx`);
    expect(answer.status()).toBe(200);
    return Buffer.from(await answer.body());
  } finally {
    await context.dispose();
  }
}

describe('Impor dari Word in Chromium', () => {
  it('the drafter uploads a ratified standard’s DOCX for another position, reads the report and opens the new draft', async () => {
    const records = await makeSampleRecords(env.server.baseUrl);
    const docx = await ratifiedStandardDocx(records.standards[0]);
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'drafter');
    await page.goto(`${env.server.baseUrl}/skj`);
    const card = page.locator('[data-testid=standards-word]');
    await card.waitFor();
    await page.setInputFiles('[data-testid=standards-word-file]', {
      name: 'SKJ Kepala Bagian Organisasi.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await page.selectOption('[data-testid=standards-word-position]', {
      label: 'Kepala Bidang Mutasi dan Promosi',
    });
    await page.click('[data-testid=standards-word-import]');
    await page.locator('[data-testid=standards-word-result]').waitFor();
    const report = page.locator('[data-testid=standards-word-document]');
    expect(await report.count()).toBe(1);
    expect(await report.locator('[data-outcome]').getAttribute('data-outcome')).toBe('created');
    expect(await report.textContent()).toContain('Kepala Bidang Mutasi dan Promosi');
    expect(
      await page.locator('[data-testid=standards-word-unmatched]').count(),
      (await report.textContent()) ?? '',
    ).toBe(0);
    await report.locator('summary').click();
    const matched = page.locator('[data-testid=standards-word-matched] tbody tr');
    expect(await matched.count()).toBeGreaterThan(5);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotsWideAndNarrow(page, 'standards-word-report');
    // The report itself on a phone, close up (the full page is long).
    await page.setViewportSize({ width: 390, height: 844 });
    await card.screenshot({ path: path.join(artifactsDir, 'standards-word-report-card-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.click('[data-testid=standards-word-open]');
    await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid=standard-documents]').waitFor();
    expect(await page.locator('h1').textContent()).toContain('Kepala Bidang Mutasi dan Promosi');
    expect(await page.locator('body').textContent()).toContain('Penataan Kelembagaan Perangkat Daerah');
    await screenshotsWideAndNarrow(page, 'standards-word-draft');
  });

  it('a file that is not a Word document is refused with the reason, nothing saved', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/skj`);
    await page.locator('[data-testid=standards-word]').waitFor();
    await page.setInputFiles('[data-testid=standards-word-file]', {
      name: 'catatan.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('ini bukan dokumen word'),
    });
    await page.click('[data-testid=standards-word-import]');
    await page.locator('[data-testid=standards-word-rejected]').waitFor();
    const report = page.locator('[data-testid=standards-word-document]');
    expect(await report.locator('[data-outcome]').getAttribute('data-outcome')).toBe('rejected');
    expect(await report.textContent()).toContain('bukan dokumen Word');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotsWideAndNarrow(page, 'standards-word-rejected');
  });
});
