import { describe, expect, it } from 'vitest';
import { login, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

const analyst = 'Analis Sumber Daya Manusia Aparatur Ahli Muda';

const card = (name: string) =>
  env.browser.page.locator('[data-testid=map-position]', {
    has: env.browser.page.locator('.map-card-name', { hasText: name }),
  });

/** A full-page screenshot from the top, nothing focused (the sticky header stays at the top). */
async function shoot(name: string) {
  const { page } = env.browser;
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await screenshot(page, name);
}

const tabProgress = (tab: string) =>
  env.browser.page.locator(`[data-testid=jd-tab-${tab}] [data-testid=jd-tab-progress]`).textContent();

describe('job description editor in Chromium', () => {
  it('opens from the position map card and fills the components tab by tab, with live progress', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.click('[data-testid=nav-position-map]');
    await page.locator('[data-testid=position-map]').waitFor();
    expect(await card(analyst).locator('[data-testid=map-required]').textContent()).toBe('3');
    await card(analyst).locator('[data-testid=map-job-description]').click();
    await page.waitForURL(/\/peta-jabatan\/uraian\/[0-9a-f-]{36}$/);
    expect(await page.locator('[data-testid=jd-position]').textContent()).toBe(analyst);
    expect(await page.locator('[data-testid=jd-status]').getAttribute('data-status')).toBe('new');
    await page.locator('[data-testid=jd-not-saved]').waitFor();
    // Pre-filled from the position: the summary; a functional position has no subordinates component.
    const progress = page.locator('[data-testid=jd-progress]');
    expect(await progress.getAttribute('data-filled')).toBe('1');
    expect(await progress.getAttribute('data-total')).toBe('23');
    expect(await tabProgress('identity')).toBe('1/2');

    await page.fill('[data-testid="jd-text-positionCode"]', '821.01');
    await page.fill(
      '[data-testid="jd-text-summary"]',
      'Melaksanakan analisis kebutuhan, perencanaan dan evaluasi pengembangan kompetensi ASN.',
    );
    expect(await tabProgress('identity')).toBe('2/2');
    await page.locator('[data-testid=jd-dirty]').waitFor();

    // Tasks: two rows by hand; the server computes the workload as they are typed.
    await page.click('[data-testid=jd-tab-tasks]');
    expect(await tabProgress('tasks')).toBe('0/1');
    const rows = page.locator('[data-testid=jd-task-row]');
    const fillTask = async (k: number, values: Record<string, string>) => {
      for (const [field, value] of Object.entries(values)) {
        const control = rows.nth(k).locator(`[data-field=${field}]`);
        if (field === 'unit') await control.selectOption(value);
        else await control.fill(value);
      }
    };
    await page.click('[data-testid=jd-task-add]');
    await fillTask(0, {
      task: 'Menganalisis kebutuhan pengembangan kompetensi pegawai',
      output: 'Dokumen analisis kebutuhan',
      volume: '40',
      time: '12',
      unit: 'hour',
    });
    await page.click('[data-testid=jd-task-add]');
    await fillTask(1, {
      task: 'Mengevaluasi pelaksanaan pelatihan',
      output: 'Laporan evaluasi pelatihan',
      volume: '150',
      time: '300',
      unit: 'minute',
    });
    expect(await tabProgress('tasks')).toBe('1/1');
    // 40 × 720 + 150 × 300 = 73,800 minutes / 75,000 = 0.98 → 1 person.
    const need = page.locator('[data-testid=jd-workload-need]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=jd-workload-need]')?.getAttribute('data-need') === '0.98',
    );
    expect(await need.getAttribute('data-people')).toBe('1');
    expect(await need.textContent()).toBe('0,98 → 1 orang');
    expect(await page.locator('[data-testid=jd-task-minutes]').allTextContents()).toEqual([
      '28.800',
      '45.000',
    ]);
    expect(await page.locator('[data-testid=jd-workload-feeds]').textContent()).toContain('K = 3, B = 2');
    await shoot('job-description-tasks');

    await page.click('[data-testid=jd-tab-resources]');
    await page.click('[data-testid=jd-add-guidelines]');
    await page
      .locator('[data-testid=jd-list-guidelines] [data-testid=jd-list-input]')
      .fill('PermenPAN-RB Nomor 38 Tahun 2017');
    expect(await tabProgress('resources')).toBe('1/3');

    await page.click('[data-testid=jd-tab-conditions]');
    const conditions = page.locator('[data-testid=jd-condition]');
    const texts = ['Dalam ruangan', 'Sejuk', 'Terang', 'Tidak berpengaruh', 'Tenang', 'Jam kerja kantor'];
    for (let k = 0; k < texts.length - 1; k++) await conditions.nth(k).fill(texts[k]!);
    // Five of six aspects: the component is not filled yet.
    expect(
      await page
        .locator('[data-testid=jd-component][data-key=workingConditions]')
        .getAttribute('data-filled'),
    ).toBe('false');
    await conditions.nth(5).fill(texts[5]!);
    expect(
      await page
        .locator('[data-testid=jd-component][data-key=workingConditions]')
        .getAttribute('data-filled'),
    ).toBe('true');

    await page.click('[data-testid=jd-tab-requirements]');
    await page.click('[data-testid="jd-add-requirements.education"]');
    await page
      .locator('[data-testid="jd-list-requirements.education"] [data-testid=jd-list-input]')
      .fill('S-1 Psikologi');
    await page.fill('[data-testid="jd-text-requirements.rank"]', 'Penata (III/c)');
    expect(await tabProgress('requirements')).toBe('2/11');
    expect(await progress.getAttribute('data-filled')).toBe('7');
    await shoot('job-description-requirements');
  });

  it('refuses a zero volume with the Indonesian message and saves nothing', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=jd-tab-tasks]');
    await page.locator('[data-testid=jd-task-row]').nth(1).locator('[data-field=volume]').fill('0');
    await page.click('[data-testid=jd-save]');
    const alert = page.locator('.jd-progress [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Tugas 2: volume harus lebih dari nol. Tidak ada yang disimpan.',
    );
    expect(await page.locator('[data-testid=jd-status]').getAttribute('data-status')).toBe('new');
    await page.locator('[data-testid=jd-task-row]').nth(1).locator('[data-field=volume]').fill('150');
  });

  it('saves version 1; K on the position map follows the workload; history and evaluation show it', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=jd-save]');
    await page.locator('[data-testid=jd-notice]').waitFor();
    expect(await page.locator('[data-testid=jd-notice]').textContent()).toBe(
      'Tersimpan sebagai versi 1. Kebutuhan pegawai (K) jabatan ini pada peta jabatan: 1.',
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid=jd-status]')?.getAttribute('data-status') === 'draft',
    );
    expect(await page.locator('[data-testid=jd-status]').textContent()).toBe('Draf versi 1');
    expect(await page.locator('[data-testid=jd-dirty]').count()).toBe(0);
    expect(await page.locator('[data-testid=jd-progress]').getAttribute('data-filled')).toBe('7');
    await page.click('[data-testid=jd-tab-identity]');
    await shoot('job-description-saved');

    await page.click('[data-testid=jd-tab-history]');
    await page.locator('[data-testid=jd-history-row]').first().waitFor();
    expect(await page.locator('[data-testid=jd-history-row]').count()).toBe(1);
    expect(await page.locator('[data-testid=jd-history-row] td').nth(3).textContent()).toBe('Penyunting');

    // The per-unit summary: the analyst's K from the workload, need 0,98.
    await page.click('[data-testid=jd-summary-link]');
    await page.waitForURL(/\/peta-jabatan\/beban-kerja\?unit=/);
    const row = page.locator('[data-testid=jd-summary-row]', { hasText: analyst });
    await row.waitFor();
    expect(await row.locator('[data-testid=jd-summary-need]').textContent()).toBe('0,98');
    expect(await row.locator('[data-testid=jd-summary-required]').textContent()).toBe('1');
    await shoot('job-description-summary');

    await page.click('[data-testid=nav-position-map]');
    await page.locator('[data-testid=position-map]').waitFor();
    expect(await card(analyst).locator('[data-testid=map-required]').textContent()).toBe('1');

    // Job evaluation: the guideline is shown beside factor 3 (Pedoman).
    await card(analyst).locator('[data-testid=map-evaluate]').click();
    await page.waitForURL(/\/peta-jabatan\/evaluasi\//);
    await page.locator('[data-testid=factor-information-note]').waitFor();
    const factor3 = page.locator('.evaluation-factor', { has: page.locator('[data-factor="3"]') });
    expect(await factor3.locator('[data-testid=factor-information]').textContent()).toContain(
      'PermenPAN-RB Nomor 38 Tahun 2017',
    );
    await shoot('job-description-evaluation');
  });

  it('is reachable from the positions list', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=nav-standards]');
    const row = page.locator('[data-testid=position-row]', { hasText: analyst });
    await row.locator('[data-testid=open-job-description]').click();
    await page.waitForURL(/\/peta-jabatan\/uraian\//);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=jd-status]')?.getAttribute('data-status') === 'draft',
    );
    expect(await page.locator('[data-testid=jd-text-positionCode]').inputValue()).toBe('821.01');
  });

  it('offers the task details and the summary to the standard composer', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=nav-standards]');
    const row = page.locator('[data-testid=position-row]', { hasText: analyst });
    await row.locator('[data-testid=compose-standard]').click();
    await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
    const hints = page.locator('[data-testid=jd-hints]');
    await hints.locator('[data-testid=jd-hints-tasks]').waitFor();
    expect(await hints.locator('[data-testid=jd-hints-tasks] li').count()).toBe(2);
    expect(await hints.locator('[data-testid=jd-hints-tasks]').textContent()).toContain(
      'Menganalisis kebutuhan pengembangan kompetensi pegawai',
    );
    // A new standard starts from the job description's summary: nothing to offer yet.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=jd-summary-used]')?.textContent ===
        'Ikhtisar SKJ sama dengan ikhtisar uraian jabatan.',
    );
    expect(await hints.locator('[data-testid=jd-use-summary]').count()).toBe(0);
    await shoot('job-description-standard-hints');
    const standardUrl = page.url();

    // The job description changes afterwards: the composer offers the new summary.
    await hints.getByRole('link', { name: 'Buka uraian jabatan' }).click();
    await page.waitForURL(/\/peta-jabatan\/uraian\//);
    const revised =
      'Melaksanakan analisis kebutuhan, perencanaan, evaluasi dan pelaporan pengembangan kompetensi ASN.';
    await page.fill('[data-testid="jd-text-summary"]', revised);
    await page.click('[data-testid=jd-save]');
    await page.locator('[data-testid=jd-notice]').waitFor();
    await page.goto(standardUrl);
    await hints.locator('[data-testid=jd-use-summary]').click();
    expect(await hints.locator('[data-testid=jd-summary-used]').textContent()).toContain(
      'tersimpan saat SKJ disimpan',
    );
    await page.click('[data-testid=standard-save]');
    // After the save the standard carries the new summary: no offer any more.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=jd-summary-used]')?.textContent ===
        'Ikhtisar SKJ sama dengan ikhtisar uraian jabatan.',
    );
    expect(await hints.locator('[data-testid=jd-hints-summary]').textContent()).toBe(revised);
    expect(await hints.locator('[data-testid=jd-use-summary]').count()).toBe(0);
  });
});
