/**
 * The demo as a new drafter meets it: with only the shipped example technical dictionary, the
 * drafter composes a standard, watches the findings follow every change, and submits it; then
 * proposes a technical competency no dictionary holds and sees the standard wait for it.
 * Screenshots at 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

const row = (page: Page, name: string) => page.locator('[data-testid=competency-row]', { hasText: name });
const errorsShown = (page: Page) => page.locator('[data-testid=finding][data-severity=error]').count();

async function pick(page: Page, query: string, name: string) {
  await page.fill('[data-testid=technical-search]', query);
  await page.locator('[data-testid=technical-result]', { hasText: name }).first().click();
  await row(page, name).waitFor();
}

async function compose(page: Page, position: string) {
  await page.goto(`${env.server.baseUrl}/skj`);
  await page
    .locator('[data-testid=position-row]', { hasText: position })
    .locator('[data-testid=compose-standard]')
    .click();
  await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
  await page.locator('[data-testid=composer-bar]').waitFor();
}

describe('the demo drafter finishes a standard with the shipped example dictionary', () => {
  it('finds the example competencies, sees findings live, keeps the mandatory row, and submits', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'drafter');
    await compose(page, 'Kepala Bidang Pengembangan Kompetensi');

    // The mandatory regional competency is there and cannot be removed.
    const regional = row(page, 'Advokasi Kebijakan Otonomi Daerah');
    await regional.locator('[data-testid=mandatory-competency]').waitFor();
    expect(await regional.locator('[data-testid=remove-competency]').count()).toBe(0);

    const countFinding = page.locator('[data-testid=finding][data-code=TECHNICAL_COUNT_TOO_LOW]');
    await countFinding.waitFor();
    expect(await countFinding.textContent()).toContain('saat ini 1');

    // "kepegawaian" now answers from the example dictionary, labelled as an example.
    await page.fill('[data-testid=technical-search]', 'kepegawaian');
    const hit = page.locator('[data-testid=technical-result]', { hasText: 'Manajemen Sumber Daya Manusia' });
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Contoh Kamus Kompetensi Teknis Kepegawaian');
    await hit.click();
    await row(page, 'Manajemen Sumber Daya Manusia').waitFor();
    // Without saving, the finding already counts the new row.
    await page
      .locator('[data-testid=finding][data-code=TECHNICAL_COUNT_TOO_LOW]', { hasText: 'saat ini 2' })
      .waitFor();
    expect(await page.locator('[data-testid=composer-status]').getAttribute('data-dirty')).toBe('true');

    await pick(page, 'pengembangan kompetensi', 'Pengembangan Kompetensi');
    expect(await countFinding.count()).toBe(0);
    await pick(page, 'standar kompetensi', 'Penyusunan Standar Kompetensi');

    // A finding names its field in words and takes the drafter there; no raw path is shown.
    const performance = page.locator('[data-testid=finding][data-code=PERFORMANCE_INDICATOR_REQUIRED]');
    expect(await performance.textContent()).not.toContain('requirements.');
    await performance.locator('[data-testid=finding-link]').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'req-performance-indicator',
    );
    await page.fill(
      '[data-testid=req-performance-indicator]',
      'Kualitas kebijakan pengembangan kompetensi ASN',
    );
    await performance.waitFor({ state: 'detached' });

    // Education from the reference list, rank from the ranks list ("Pembina (IV/a)").
    await page.getByLabel('S-1', { exact: true }).check();
    await page.getByLabel('D-IV', { exact: true }).check();
    await page.fill('[data-testid=req-field-of-study-input]', 'Administrasi Negara');
    await page.click('[data-testid=req-field-of-study-add]');
    await page.selectOption('[data-testid=req-rank-min-grade]', 'IV/a');
    expect(await page.locator('[data-testid=req-rank-min-grade] option:checked').textContent()).toBe(
      'Pembina (IV/a)',
    );

    expect(await errorsShown(page)).toBe(0);
    await screenshot(page, 'demo-composer-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'demo-composer-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    // Leaving with unsaved changes asks first; staying keeps them.
    await page.click('a[href="/katalog"]');
    const leave = page.locator('dialog[open][data-testid=confirm-dialog]');
    await leave.waitFor();
    expect(await leave.textContent()).toContain('belum disimpan');
    await leave.locator('[data-testid=confirm-cancel]').click();
    expect(page.url()).toMatch(/\/skj\/[0-9a-f-]{36}$/);

    // Ajukan saves first, then submits.
    await page.click('[data-testid=standard-submit]');
    await page.locator('[data-testid=standard-status][data-status=submitted]').waitFor();
    const saved = page.locator('[data-testid=competency-row][data-kind=technical]');
    expect(await saved.count()).toBe(4);
    expect(
      await page
        .locator('[data-testid=req-education-level]:checked')
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
    ).toEqual(['D-IV', 'S-1']);
    await screenshot(page, 'demo-composer-submitted');
  });

  it('proposes a technical competency the dictionaries lack; the standard waits for its ratification', async () => {
    const { page } = env.browser;
    await compose(page, 'Kepala Bidang Mutasi dan Promosi');
    await page.fill('[data-testid=technical-search]', 'talenta zzqx');
    await page.locator('[data-testid=technical-none]').waitFor();
    await page.click('[data-testid=propose-technical]');
    const dialog = page.locator('[data-testid=proposal-dialog]');
    await dialog.waitFor();
    await page.fill('[data-testid=proposal-name]', 'Manajemen Talenta Aparatur');
    await page.fill(
      '[data-testid=proposal-definition]',
      'Kemampuan mengidentifikasi, mengembangkan dan menempatkan talenta ASN berdasarkan sistem merit.',
    );
    await page.selectOption('[data-testid=proposal-level]', '3');
    await page.fill(
      '[data-testid=proposal-description]',
      'Mampu menyelenggarakan manajemen talenta di lingkup instansi',
    );
    await page.fill(
      '[data-testid=proposal-indicators]',
      'Menyusun profil talenta pegawai\nMemetakan pegawai ke dalam kotak manajemen talenta',
    );
    await screenshot(page, 'demo-proposal-dialog');
    await page.click('[data-testid=proposal-submit]');
    await page.locator('[data-testid=proposal-added]').waitFor();
    await row(page, 'Manajemen Talenta Aparatur').waitFor();
    const waiting = page.locator('[data-testid=finding][data-code=COMPETENCY_AWAITING_RATIFICATION]');
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('Usulan Kompetensi Teknis Pemerintah Kota Contoh');

    await page.click('[data-testid=standard-save]');
    await page.locator('[data-testid=composer-status][data-dirty=false]').waitFor();
    await waiting.waitFor();
    await screenshot(page, 'demo-proposal-waiting-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'demo-proposal-waiting-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    await logout(page);
  });

  it('keeps the unsaved form when the session ends, and signs in again in place', async () => {
    const { page, context } = env.browser;
    await login(page, env.server.baseUrl, 'drafter');
    await compose(page, 'Kepala Bagian Organisasi');
    const url = page.url();
    await page.fill(
      '[data-testid=req-performance-indicator]',
      'Tersusunnya evaluasi kelembagaan perangkat daerah',
    );
    await page.locator('[data-testid=composer-status][data-dirty=true]').waitFor();

    // The session ends (the cookie is gone): saving asks for the password on this page.
    await context.clearCookies();
    await page.click('[data-testid=standard-save]');
    const dialog = page.locator('dialog[open][data-testid=relogin-dialog]');
    await dialog.waitFor();
    await screenshot(page, 'session-relogin-1366');
    await page.fill('[data-testid=relogin-password]', 'demo12345');
    await page.click('[data-testid=relogin-submit]');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    await page.locator('dialog[open][data-testid=relogin-dialog]').waitFor({ state: 'hidden' });
    expect(await page.inputValue('[data-testid=req-performance-indicator]')).toBe(
      'Tersusunnya evaluasi kelembagaan perangkat daerah',
    );
    await page.click('[data-testid=standard-save]');
    await page.locator('[data-testid=composer-status][data-dirty=false]').waitFor();
    expect(page.url()).toBe(url);
  });
});
