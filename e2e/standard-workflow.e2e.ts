import { type APIRequestContext, type Page, request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { compositionSteps } from '../src/domain/technical-dictionary';
import { login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
const contexts: APIRequestContext[] = [];
let standardUrl: string;
let positionCode: string;

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose()));
});

/** A signed-in API session of its own, apart from the browser's cookies. */
async function apiAs(username: string) {
  const context = await request.newContext({ baseURL: env.server.baseUrl });
  contexts.push(context);
  const response = await context.post('/api/auth/login', { data: { username, password: 'demo12345' } });
  expect(response.status()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return async (path: string, data?: unknown, method: 'POST' | 'PUT' = 'POST') => {
    const answer = await context.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
    if (!answer.ok()) throw new Error(`${path}: ${answer.status()} ${await answer.text()}`);
    return (await answer.json()) as Record<string, unknown>;
  };
}

/** A ratified technical dictionary of the city with two competencies for the Bagian Organisasi. */
async function ratifiedOrganisationDictionary() {
  const drafter = await apiAs('drafter');
  const created = await drafter('/api/technical-dictionaries', {
    code: 'KAMUS-ORG-E2E',
    name: 'Kamus Kompetensi Teknis Kelembagaan',
  });
  const versionId = created.versionId as string;
  const entries = [
    { code: 'ORG.01', name: 'Penataan Kelembagaan Perangkat Daerah' },
    { code: 'ORG.02', name: 'Analisis Jabatan dan Beban Kerja' },
  ];
  for (const { code, name } of entries) {
    await drafter(`/api/dictionary-versions/${versionId}/entries`, {
      code,
      name,
      definition: `Kemampuan ${name.toLowerCase()} sesuai ketentuan.`,
      governmentAffair: 'Kepegawaian',
      subAffair: null,
      group: 'specific',
      levels: [1, 2, 3, 4, 5].map((level) => ({
        level,
        description: `${name} tingkat ${level}`,
        behaviourIndicators: [
          `Indikator ${code} level ${level} pertama`,
          `Indikator ${code} level ${level} kedua`,
        ],
      })),
    });
  }
  // The nine composition steps are ticked before a technical dictionary can be verified.
  for (const step of compositionSteps) {
    await drafter(`/api/dictionary-versions/${versionId}/checklist/${step.key}`, { ticked: true }, 'PUT');
  }
  await (await apiAs('verifier'))(`/api/dictionary-versions/${versionId}/transitions`, { action: 'verify' });
  await (await apiAs('admin'))(`/api/dictionary-versions/${versionId}/transitions`, { action: 'ratify' });
}

const row = (page: Page, code: string) => page.locator(`[data-testid=competency-row][data-code="${code}"]`);

/** Clicks "Simpan" and waits until the saved standard is shown again (the button is enabled anew). */
async function saveStandard(page: Page) {
  const put = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && r.url().includes('/api/job-standards/'),
  );
  await page.click('[data-testid=standard-save]');
  expect((await put).status()).toBe(200);
  await page.locator('[data-testid=standard-save]:enabled').waitFor();
}

async function pickTechnical(page: Page, query: string, code: string) {
  await page.fill('[data-testid=technical-search]', query);
  await page.locator(`[data-testid=technical-result][data-code="${code}"]`).click();
  await row(page, code).waitFor();
}

/** Takes a workflow step and waits for the new status; a server refusal is reported as such. */
async function act(page: Page, action: string, status: string) {
  await page.click(`[data-testid=standard-${action}]`);
  // Ratification cannot be undone: the page asks first.
  if (action === 'ratify') await page.click('dialog[open] [data-testid=confirm-accept]');
  const reached = page.locator(`[data-testid=standard-status][data-status=${status}]`);
  const refused = page.locator('.workflow-card [role=alert]');
  await reached.or(refused).waitFor();
  if (await refused.isVisible()) throw new Error(`${action}: ${await refused.textContent()}`);
}

describe('job standard workflow in Chromium: compose → verify → validate → ratify → revise → diff', () => {
  it('a drafter composes a standard, edits a row text from the dictionary, saves and submits', async () => {
    await ratifiedOrganisationDictionary();
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'drafter');
    await page.goto(`${env.server.baseUrl}/skj`);
    const position = page.locator('[data-testid=position-row]', { hasText: 'Kepala Bagian Organisasi' });
    await position.locator('[data-testid=compose-standard]').click();
    await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
    standardUrl = page.url();
    await page.locator('[data-testid=similar-standards]').waitFor();

    await pickTechnical(page, 'penataan kelembagaan', 'ORG.01');
    await pickTechnical(page, 'analisis jabatan', 'ORG.02');
    await page.fill(
      '[data-testid=req-performance-indicator]',
      'Tersusunnya evaluasi kelembagaan perangkat daerah',
    );
    // The education level is required (an error finding of the requirement rules until picked).
    await page.locator('[data-testid=req-education-level][value="S-1"]').check();
    await saveStandard(page);
    const errors = page.locator('[data-testid=finding][data-severity=error]');
    expect(await errors.count(), (await errors.allTextContents()).join(' | ')).toBe(0);
    expect(await row(page, 'ORG.01').textContent()).toContain('Indikator ORG.01 level 3 pertama');

    // Edit the indicators of one row; the dictionary text comes back with one click.
    await row(page, 'ORG.01').locator('[data-testid=edit-indicators]').click();
    const first = page.locator('[data-testid=text-editor][data-code="ORG.01"]');
    await first.locator('[data-testid=level-description-input]').fill('Deskripsi yang diubah');
    await row(page, 'ORG.01').locator('[data-testid=edited-from-dictionary]').waitFor();
    await first.locator('[data-testid=reset-dictionary-text]').click();
    expect(await first.locator('[data-testid=level-description-input]').inputValue()).toBe(
      'Penataan Kelembagaan Perangkat Daerah tingkat 3',
    );
    expect(await row(page, 'ORG.01').locator('[data-testid=edited-from-dictionary]').count()).toBe(0);
    await first.locator('[data-testid=close-indicators]').click();

    await row(page, 'ORG.02').locator('[data-testid=edit-indicators]').click();
    const indicators = page.locator(
      '[data-testid=text-editor][data-code="ORG.02"] [data-testid=indicator-input]',
    );
    const text = await indicators.inputValue();
    expect(text).toBe('Indikator ORG.02 level 3 pertama\nIndikator ORG.02 level 3 kedua');
    await indicators.fill(`${text}\nMenyusun peta jabatan perangkat daerah setiap tahun`);
    await screenshot(page, 'standard-text-editor');
    await saveStandard(page);
    const edited = page.locator('[data-testid=finding][data-code=EDITED_FROM_DICTIONARY]');
    expect(await edited.textContent()).toContain('diubah dari kamus');
    expect(await row(page, 'ORG.02').textContent()).toContain('Menyusun peta jabatan perangkat daerah');
    await row(page, 'ORG.02').locator('[data-testid=edited-from-dictionary]').waitFor();
    expect(await page.locator('[data-testid=finding][data-severity=error]').count()).toBe(0);

    await act(page, 'submit', 'submitted');
    await page.locator('[data-testid=standard-transition][data-action=submit]').waitFor();
    await screenshot(page, 'standard-submitted');
    await logout(page);
  });

  it('a verifier must give a reason to return it; the drafter resubmits; the verifier verifies', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'verifier');
    await page.goto(standardUrl);
    await page.click('[data-testid=standard-return]');
    await page.locator('[data-testid=field-error]', { hasText: 'Alasan pengembalian wajib diisi' }).waitFor();
    expect(await page.locator('[data-testid=standard-status]').getAttribute('data-status')).toBe('submitted');
    await page.fill('[data-testid=standard-comment]', 'Lengkapi indikator kinerja jabatan');
    await act(page, 'return', 'draft');
    await logout(page);

    await login(page, env.server.baseUrl, 'drafter');
    await page.goto(standardUrl);
    const returned = page.locator('[data-testid=standard-transition][data-action=return]');
    expect(await returned.textContent()).toContain('Lengkapi indikator kinerja jabatan');
    expect(await returned.textContent()).toContain('Siti Rahmawati');
    await act(page, 'submit', 'submitted');
    await logout(page);

    await login(page, env.server.baseUrl, 'verifier');
    await page.goto(standardUrl);
    await act(page, 'verify', 'verified');
    await logout(page);
  });

  it('a validator validates and KemenPAN-RB ratifies it, giving the position code', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'validator');
    await page.goto(standardUrl);
    await act(page, 'validate', 'validated');
    await logout(page);

    await login(page, env.server.baseUrl, 'ratifier');
    await page.goto(standardUrl);
    await page.fill('[data-testid=standard-comment]', 'Sesuai PermenPAN-RB 38/2017');
    await act(page, 'ratify', 'ratified');
    positionCode = (await page.locator('[data-testid=position-code]').textContent()) ?? '';
    expect(positionCode).toMatch(/^SKJ-\d{4}-\d{6}$/);
    const steps = page.locator('[data-testid=standard-transition]');
    expect(await steps.evaluateAll((items) => items.map((item) => item.getAttribute('data-action')))).toEqual(
      ['submit', 'return', 'submit', 'verify', 'validate', 'ratify'],
    );
    const ratified = page.locator('[data-testid=standard-transition][data-action=ratify]');
    expect(await ratified.textContent()).toContain('Dewi Lestari');
    expect(await ratified.textContent()).toContain('Sesuai PermenPAN-RB 38/2017');
    expect(await page.locator('[data-testid=standard-save]').count()).toBe(0);
    await screenshot(page, 'standard-ratified');
    await logout(page);
  });

  it('the drafter revises it into version 2, changes a level and sees the change in the diff', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'drafter');
    await page.goto(standardUrl);
    await page.click('[data-testid=revise-standard]');
    await page.waitForURL((url) => url.pathname !== new URL(standardUrl).pathname);
    await page.locator('[data-testid=standard-status][data-status=draft]').waitFor();
    expect(await page.locator('[data-testid=standard-title]').textContent()).toContain('versi 2');
    const versions = page.locator('[data-testid=version-row]');
    expect(await versions.count()).toBe(2);
    expect(await versions.nth(1).getAttribute('data-status')).toBe('ratified');

    await row(page, 'ORG.01').locator('[data-testid=level-select]').selectOption('4');
    // Before saving, the editor shows the dictionary text of the newly chosen level.
    await row(page, 'ORG.01').locator('[data-testid=edit-indicators]').click();
    const description = page.locator(
      '[data-testid=text-editor][data-code="ORG.01"] [data-testid=level-description-input]',
    );
    await expect.poll(() => description.inputValue()).toBe('Penataan Kelembagaan Perangkat Daerah tingkat 4');
    await saveStandard(page);
    expect(await row(page, 'ORG.01').textContent()).toContain('Indikator ORG.01 level 4 pertama');
    await screenshot(page, 'standard-revision');

    await page.locator('[data-testid=version-row][data-version="1"] [data-testid=compare-version]').click();
    await page.waitForURL(/\/banding\//);
    const changed = page.locator('[data-testid=diff-change][data-kind=competency-changed]');
    await changed.first().waitFor();
    expect(await changed.count()).toBe(1);
    const level = changed.locator('[data-field=requiredLevel]');
    expect(await level.locator('.diff-before').textContent()).toBe('3');
    expect(await level.locator('.diff-after').textContent()).toBe('4');
    expect(await changed.textContent()).toContain('Indikator ORG.01 level 4 pertama');
    expect(await page.locator('[data-testid=standard-diff]').textContent()).toContain('versi 1');
    await screenshot(page, 'standard-diff');
    await logout(page);
  });
});

describe('national catalog in Chromium', () => {
  it('a regency admin sees it as similar, finds it in the catalog, reads it, and adopts it', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin2');
    await page.goto(`${env.server.baseUrl}/skj`);
    const position = page.locator('[data-testid=position-row]', { hasText: 'Kepala Bagian Organisasi' });
    await position.locator('[data-testid=toggle-similar]').click();
    const similar = page.locator(`[data-testid=similar-row][data-code="${positionCode}"]`);
    await similar.waitFor();
    expect(await similar.textContent()).toContain('Pemerintah Kota Contoh');
    await screenshot(page, 'standards-similar');

    await page.click('[data-testid=nav-catalog]');
    await page.waitForURL(/\/katalog$/);
    await page.fill('[data-testid=catalog-search]', 'bagian organisasi');
    const found = page.locator(`[data-testid=catalog-row][data-code="${positionCode}"]`);
    await found.waitFor();
    expect(await found.textContent()).toContain('Pemerintah Kota Contoh');
    await screenshot(page, 'catalog-search');

    await found.locator('[data-testid=catalog-open]').click();
    await page.locator('[data-testid=read-only-note]').waitFor();
    expect(await page.locator('[data-testid=position-code]').textContent()).toBe(positionCode);
    expect(await page.locator('[data-testid=standard-save]').count()).toBe(0);
    expect(await page.locator('[data-testid=edit-indicators]').count()).toBe(0);
    expect(await page.locator('[data-testid=revise-standard]').count()).toBe(0);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    await screenshot(page, 'catalog-read-only');

    await page.goBack();
    // The list reloads once the typed search settles; opening the form before that would lose it.
    const searched = page.waitForResponse((answer) => answer.url().includes('/api/catalog?q=bagian'));
    await page.fill('[data-testid=catalog-search]', 'bagian organisasi');
    await searched;
    await found.locator('[data-testid=adopt-to-position]').click();
    const select = page.locator('[data-testid=adopt-position-select]');
    await select.waitFor();
    expect(await select.locator('option:checked').textContent()).toContain('Kepala Bagian Organisasi');
    await page.click('[data-testid=adopt-confirm]');
    await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid=standard-status][data-status=draft]').waitFor();
    expect(await page.locator('[data-testid=standard-title]').textContent()).toContain(
      'Kepala Bagian Organisasi',
    );
    await page.locator('[data-testid=adopted-from]').waitFor();
    expect(await row(page, 'ORG.01').count()).toBe(1);
    expect(await page.locator('[data-testid=standard-save]').count()).toBe(1);
    await screenshot(page, 'catalog-adopted');

    // In a draft, a similar standard's technical rows and requirements can be copied in.
    await page
      .locator(`[data-testid=similar-row][data-code="${positionCode}"] [data-testid=adopt-standard]`)
      .click();
    await page.locator('[data-testid=copied-from]').waitFor();
    expect(await row(page, 'ORG.02').textContent()).toContain('Menyusun peta jabatan perangkat daerah');
    await saveStandard(page);
    const errors = page.locator('[data-testid=finding][data-severity=error]');
    expect(await errors.count(), (await errors.allTextContents()).join(' | ')).toBe(0);
  });
});
