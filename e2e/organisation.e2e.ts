import { describe, expect, it } from 'vitest';
import { login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

const card = (name: string) =>
  env.browser.page.locator('[data-testid=map-position]', {
    has: env.browser.page.locator('.map-card-name', { hasText: name }),
  });

/** The cards drawn directly under a position's card (its subordinates in the same unit). */
const subordinates = (name: string) =>
  card(name)
    .locator('xpath=..')
    .locator(':scope > .chart-children > .chart-node > [data-testid=map-position]');

const headOfDivision: Record<string, string> = {
  '1': '1-3',
  '2': '2-2',
  '3': '3-2',
  '4A': '4A-3',
  '4B': '4B-3',
  '5': '5-5',
  '6': '6-3',
};

describe('position map and job evaluation in Chromium', () => {
  it('shows the agency admin the org chart: units, positions by authority, B/K and grades', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.click('[data-testid=nav-position-map]');
    await page.waitForURL(/\/peta-jabatan$/);
    await page.locator('[data-testid=position-map]').waitFor();

    const units = page.locator('[data-testid=map-unit] h3');
    expect(await units.allTextContents()).toEqual(
      expect.arrayContaining([
        'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        'Bidang Pengembangan Kompetensi',
        'Bidang Mutasi dan Promosi',
        'Sekretariat Daerah',
      ]),
    );
    expect(await page.locator('[data-testid=map-unit]').count()).toBe(7);

    const kabid = card('Kepala Bidang Pengembangan Kompetensi');
    expect(await kabid.locator('[data-testid=map-grade]').textContent()).toBe('Kelas 12');
    expect(
      await subordinates('Kepala Bidang Pengembangan Kompetensi').locator('h4').allTextContents(),
    ).toEqual(
      expect.arrayContaining([
        'Analis Sumber Daya Manusia Aparatur Ahli Muda',
        'Pengadministrasi Perkantoran',
      ]),
    );
    expect(await subordinates('Kepala Bidang Pengembangan Kompetensi').count()).toBe(2);

    const analyst = card('Analis Sumber Daya Manusia Aparatur Ahli Muda');
    expect(await analyst.locator('[data-testid=map-headcount]').textContent()).toBe('2');
    expect(await analyst.locator('[data-testid=map-required]').textContent()).toBe('3');
    expect(await analyst.locator('[data-testid=map-gap]').getAttribute('data-gap')).toBe('-1');
    expect(await analyst.locator('[data-testid=map-gap]').textContent()).toBe('−1 (kurang 1 pegawai)');
    const executor = card('Pengadministrasi Perkantoran');
    expect(await executor.locator('[data-testid=map-gap]').textContent()).toBe('+1 (kelebihan 1 pegawai)');
    const mutation = card('Kepala Bidang Mutasi dan Promosi');
    expect(await mutation.locator('[data-testid=map-grade]').textContent()).toBe('Belum dievaluasi');
    expect(await mutation.locator('[data-testid=map-standard]').textContent()).toBe('Belum ada');

    expect(await page.locator('[data-testid=map-total-positions] .stat-value').textContent()).toBe('7');
    const href = await page.locator('[data-testid=map-export]').getAttribute('href');
    expect(href).toMatch(/^\/api\/agencies\/[0-9a-f-]{36}\/position-map\.xlsx$/);
    const workbook = await page.context().request.get(`${env.server.baseUrl}${href}`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');

    // The unit filter: one unit and its positions, and the download follows it.
    const filter = page.locator('[data-testid=map-unit-filter]');
    const bangkom = await filter
      .locator('option', { hasText: 'Bidang Pengembangan Kompetensi' })
      .getAttribute('value');
    await filter.selectOption(bangkom!);
    await page.waitForURL(/unit=/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=map-unit]').length === 1);
    expect(await page.locator('[data-testid=map-position]').count()).toBe(3);
    expect(await page.locator('[data-testid=map-total-positions] .stat-value').textContent()).toBe('3');
    expect(await page.locator('[data-testid=map-export]').getAttribute('href')).toBe(
      `${href}?orgUnitId=${bangkom}`,
    );
    await filter.selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=map-unit]').length === 7);
  });

  it('collapses a position, a unit, zooms by buttons and keys', async () => {
    const { page } = env.browser;
    const kabid = card('Kepala Bidang Pengembangan Kompetensi');
    await kabid.locator('[data-testid=map-position-toggle]').click();
    expect(await subordinates('Kepala Bidang Pengembangan Kompetensi').first().isVisible()).toBe(false);
    expect(await kabid.locator('[data-testid=map-position-toggle]').getAttribute('aria-expanded')).toBe(
      'false',
    );
    await page.click('[data-testid=map-expand-all]');
    expect(await subordinates('Kepala Bidang Pengembangan Kompetensi').first().isVisible()).toBe(true);

    const setda = page.locator('[data-testid=map-unit]', {
      has: page.locator('h3', { hasText: 'Sekretariat Daerah' }),
    });
    await setda.locator('[data-testid=map-unit-toggle]').click();
    await setda.locator('[data-testid=map-unit-hidden]').waitFor();
    expect(await card('Kepala Bagian Organisasi').isVisible()).toBe(false);
    await page.click('[data-testid=map-expand-all]');
    await card('Kepala Bagian Organisasi').waitFor();

    const canvas = page.locator('.map-canvas');
    const reset = page.locator('[data-testid=map-zoom-reset]');
    const widthAt100 = (await canvas.boundingBox())!.width;
    await page.click('[data-testid=map-zoom-in]');
    await page.click('[data-testid=map-zoom-in]');
    expect(await reset.textContent()).toBe('120%');
    expect(await canvas.evaluate((el) => getComputedStyle(el).transform)).toBe(
      'matrix(1.2, 0, 0, 1.2, 0, 0)',
    );
    expect((await canvas.boundingBox())!.width).toBeCloseTo(widthAt100 * 1.2, 0);
    await page.click('[data-testid=map-zoom-out]');
    await page.click('[data-testid=map-zoom-out]');
    await page.click('[data-testid=map-zoom-out]');
    expect(await reset.textContent()).toBe('90%');
    // The keyboard: focus the chart, "-" zooms out, "0" resets.
    await page.locator('[data-testid=position-map]').focus();
    await page.keyboard.press('-');
    expect(await reset.textContent()).toBe('80%');
    await page.keyboard.press('0');
    expect(await reset.textContent()).toBe('100%');
    await page.keyboard.press('+');
    expect(await reset.textContent()).toBe('110%');
    await reset.click();
    expect(await reset.textContent()).toBe('100%');
  });

  it('lets the admin change a required headcount in place, refusing a negative number', async () => {
    const { page } = env.browser;
    const analyst = card('Analis Sumber Daya Manusia Aparatur Ahli Muda');
    await analyst.locator('[data-testid=map-edit-headcount]').click();
    const required = analyst.locator('[data-testid=headcount-input][data-field=requiredHeadcount]');
    expect(await required.inputValue()).toBe('3');
    await required.fill('-1');
    await analyst.locator('[data-testid=headcount-save]').click();
    expect(await analyst.locator('.field-error').textContent()).toBe('Isi bilangan bulat 0 atau lebih.');
    expect(await required.getAttribute('aria-invalid')).toBe('true');

    await required.fill('5');
    await analyst.locator('[data-testid=headcount-save]').click();
    await analyst.locator('[data-testid=map-required]').waitFor();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=map-position]')]
          .find((el) => el.textContent?.includes('Analis Sumber Daya Manusia'))
          ?.querySelector('[data-testid=map-gap]')
          ?.getAttribute('data-gap') === '-3',
    );
    expect(await analyst.locator('[data-testid=map-required]').textContent()).toBe('5');
    expect(await analyst.locator('[data-testid=map-gap]').textContent()).toBe('−3 (kurang 3 pegawai)');
    expect(await page.locator('[data-testid=map-total-required] .stat-value').textContent()).toBe('12');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'position-map');
  });

  it('prints the chart without the navigation', async () => {
    const { page } = env.browser;
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.click('[data-testid=map-print]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // Zoomed on screen, the printed chart is unzoomed.
    await page.click('[data-testid=map-zoom-in]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.side-nav').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.map-toolbar').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=position-map]').isVisible()).toBe(true);
    expect(await card('Kepala Bidang Pengembangan Kompetensi').isVisible()).toBe(true);
    expect(await page.locator('.map-canvas').evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'position-map-print');
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-testid=map-zoom-reset]');
    expect(await page.locator('.side-nav').isVisible()).toBe(true);
  });

  it('evaluates "Kepala Bidang Mutasi dan Promosi": running total 3375, grade 15, saved with history', async () => {
    const { page } = env.browser;
    await card('Kepala Bidang Mutasi dan Promosi').locator('[data-testid=map-evaluate]').click();
    await page.waitForURL(/\/peta-jabatan\/evaluasi\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid=evaluation-form]').waitFor();
    expect(await page.locator('[data-testid=evaluation-position]').textContent()).toBe(
      'Kepala Bidang Mutasi dan Promosi',
    );
    expect(await page.locator('[data-testid=evaluation-kind]').getAttribute('data-kind')).toBe('structural');
    await page.locator('[data-testid=evaluation-history-empty]').waitFor();
    const selects = page.locator('[data-testid=factor-select]');
    expect(await selects.count()).toBe(7);
    const total = page.locator('[data-testid=evaluation-total]');
    const grade = page.locator('[data-testid=evaluation-grade]');
    expect(await total.textContent()).toBe('0');

    // Saving with factors missing names them instead of sending.
    await page.locator('[data-testid=factor-select][data-factor="1"]').selectOption('1-3');
    expect(await total.textContent()).toBe('550');
    expect(await grade.textContent()).toContain('setelah semua faktor dipilih');
    await page.click('[data-testid=evaluation-submit]');
    expect(await page.locator('[data-testid=factor-error]').count()).toBe(6);

    for (const [factor, level] of Object.entries(headOfDivision)) {
      await page.locator(`[data-testid=factor-select][data-factor="${factor}"]`).selectOption(level);
    }
    expect(await page.locator('[data-testid=factor-error]').count()).toBe(0);
    expect(await total.textContent()).toBe('3375');
    expect(await grade.textContent()).toBe('Kelas jabatan 15');
    expect(await grade.getAttribute('data-grade')).toBe('15');
    await page.fill(
      'textarea[name=justification-1]',
      'Program bidang berdampak pada seluruh perangkat daerah.',
    );

    await page.click('[data-testid=evaluation-submit]');
    const result = page.locator('[data-testid=evaluation-result]');
    await result.waitFor();
    expect(await result.textContent()).toBe('Evaluasi disimpan: nilai jabatan 3375, kelas jabatan 15.');
    expect(await total.textContent()).toBe('3375');
    expect(await grade.getAttribute('data-grade')).toBe('15');
    const rows = page.locator('[data-testid=evaluation-history-row]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('[data-testid=history-value]').textContent()).toBe('3375');
    expect(await rows.first().locator('[data-testid=history-grade]').textContent()).toBe('15');
    expect(await rows.first().textContent()).toContain('Rina Wulandari');
    await rows.first().getByRole('button').click();
    const breakdown = page.locator('[data-testid=evaluation-breakdown] tbody tr');
    expect(await breakdown.count()).toBe(7);
    expect(await breakdown.first().textContent()).toContain('berdampak pada seluruh perangkat daerah');
    await page.locator('[data-testid=evaluation-current]', { hasText: 'Kelas 15' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'job-evaluation');

    await page.getByRole('link', { name: 'Peta Jabatan' }).first().click();
    await page.waitForURL(/\/peta-jabatan$/);
    await card('Kepala Bidang Mutasi dan Promosi').waitFor();
    expect(
      await card('Kepala Bidang Mutasi dan Promosi').locator('[data-testid=map-grade]').textContent(),
    ).toBe('Kelas 15');
  });

  it('shows the map and an evaluation read-only to a verifier', async () => {
    const { page } = env.browser;
    await logout(page);
    await login(page, env.server.baseUrl, 'verifier');
    await page.goto(`${env.server.baseUrl}/peta-jabatan`);
    await card('Kepala Bidang Pengembangan Kompetensi').waitFor();
    expect(await page.locator('[data-testid=map-edit-headcount]').count()).toBe(0);
    await card('Kepala Bidang Pengembangan Kompetensi').locator('[data-testid=map-evaluate]').click();
    await page.locator('[data-testid=evaluation-read-only]').waitFor();
    expect(await page.locator('[data-testid=evaluation-submit]').count()).toBe(0);
    expect(await page.locator('[data-testid=factor-select][data-factor="5"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=factor-select][data-factor="5"]').inputValue()).toBe('5-4');
    expect(await page.locator('[data-testid=evaluation-total]').textContent()).toBe('2315');
    expect(await page.locator('[data-testid=evaluation-history-row]').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'job-evaluation-read-only');
  });

  it('lets a national role choose the agency whose map it sees, read-only', async () => {
    const { page } = env.browser;
    await logout(page);
    await login(page, env.server.baseUrl, 'superadmin');
    await page.click('[data-testid=nav-position-map]');
    const picker = page.locator('[data-testid=agency-picker]');
    await picker.waitFor();
    const regency = await picker.locator('option', { hasText: 'KAB-CONTOH' }).getAttribute('value');
    await picker.selectOption(regency!);
    await page.locator('[data-testid=map-unit] h3', { hasText: 'Dinas Kesehatan' }).waitFor();
    expect(await page.locator('[data-testid=map-edit-headcount]').count()).toBe(0);
    expect(
      await card('Kepala Bagian Organisasi').locator('[data-testid=map-evaluate]').getAttribute('href'),
    ).toMatch(new RegExp(`^/peta-jabatan/evaluasi/[0-9a-f-]{36}\\?instansi=${regency}$`));
  });
});
