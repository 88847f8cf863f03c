import { type APIRequestContext, request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { login, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
const contexts: APIRequestContext[] = [];
const standardIds: string[] = [];

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose()));
});

/** The drafter composes draft standards for three positions through the API. */
async function composeDrafts() {
  const context = await request.newContext({ baseURL: env.server.baseUrl });
  contexts.push(context);
  const session = await context.post('/api/auth/login', {
    data: { username: 'drafter', password: 'demo12345' },
  });
  expect(session.status()).toBe(200);
  const { csrfToken, user } = (await session.json()) as {
    csrfToken: string;
    user: { agency: { id: string } };
  };
  const positions = (await (await context.get(`/api/agencies/${user.agency.id}/positions`)).json()) as {
    items: { id: string; name: string }[];
  };
  for (const name of [
    'Kepala Bidang Pengembangan Kompetensi',
    'Kepala Bidang Mutasi dan Promosi',
    'Kepala Bagian Organisasi',
  ]) {
    const position = positions.items.find((p) => p.name === name)!;
    const created = await context.post('/api/job-standards', {
      data: { positionId: position.id },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(created.status()).toBe(201);
    standardIds.push(((await created.json()) as { id: string }).id);
  }
}

describe('official documents in Chromium', () => {
  it('the agency admin starts a book, watches the progress bar reach done and gets the download link', async () => {
    await composeDrafts();
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.click('[data-testid=nav-book]');
    await page.waitForURL(/\/skj\/buku$/);
    await page.locator('[data-testid=book-form]').waitFor();
    await page.check('[data-testid=book-format-pdf]');
    await page.click('[data-testid=book-start]');
    await page.waitForURL(/pekerjaan=[0-9a-f-]{36}/);
    await page.locator('[data-testid=book-progress]').waitFor();
    await page.locator('[data-testid=book-job][data-status=done]').waitFor({ timeout: 90_000 });
    const progress = page.locator('[data-testid=book-progress]');
    expect(await progress.getAttribute('max')).toBe('3');
    expect(await progress.getAttribute('value')).toBe('3');
    expect(await page.locator('[data-testid=book-progress-text]').textContent()).toBe('3 dari 3 jabatan');
    expect(await page.locator('[data-testid=book-failures]').count()).toBe(0);
    const link = page.locator('[data-testid=book-download]');
    expect(await link.getAttribute('href')).toMatch(/^\/api\/jobs\/[0-9a-f-]{36}\/download$/);
    await screenshot(page, 'book-done');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Buku-SKJ-KOTA-CONTOH.pdf');
    const file = await download.path();
    expect(file).toBeTruthy();
  });

  it('the standard page offers the document and the formulation record as PDF and DOCX', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/skj/${standardIds[0]}`);
    const documents = page.locator('[data-testid=standard-documents]');
    await documents.waitFor();
    expect(await documents.textContent()).toContain('DRAFT');
    for (const [kind, format, type] of [
      ['document', 'pdf', 'application/pdf'],
      ['document', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['record', 'pdf', 'application/pdf'],
    ] as const) {
      const href = await page.locator(`[data-testid=download-${kind}-${format}]`).getAttribute('href');
      expect(href).toBe(`/api/job-standards/${standardIds[0]}/${kind}.${format}`);
      const response = await page.request.get(`${env.server.baseUrl}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(type);
    }
    await documents.scrollIntoViewIfNeeded();
    await screenshot(page, 'standard-documents');
  });
});
