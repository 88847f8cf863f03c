import { describe, expect, it } from 'vitest';
import { login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();

describe('standard reports and policy in Chromium', () => {
  it('shows the agency admin the consistency report with the positions still without a standard', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.click('[data-testid=nav-consistency]');
    await page.waitForURL(/\/skj\/konsistensi$/);
    await page.locator('[data-testid=consistency-report]').waitFor();
    const withoutStandard = page.locator('[data-testid=position-without-standard]');
    expect(await withoutStandard.count()).toBe(7);
    expect(await withoutStandard.allTextContents()).toContainEqual(
      expect.stringContaining('Kepala Bagian Organisasi'),
    );
    expect(await page.locator('[data-testid=consistency-group]').count()).toBe(0);
    expect(await page.locator('[data-testid=differing-empty]').textContent()).toContain(
      'Tidak ada perbedaan',
    );
    expect(await page.locator('[data-testid=edited-indicators-empty]').textContent()).toContain(
      'sesuai dengan kamus',
    );
    const compose = withoutStandard.filter({ hasText: 'Kepala Bagian Organisasi' }).getByRole('link');
    expect(await compose.getAttribute('href')).toBe('/skj');
    await screenshot(page, 'standard-consistency-report');
  });

  it('lets the agency admin change the RCL pattern, shows server issues in Indonesian, keeps it after reload', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=nav-policy]');
    await page.waitForURL(/\/skj\/kebijakan$/);
    const base = page.locator('[data-testid=policy-base]');
    await base.waitFor();
    expect(await base.inputValue()).toBe('bimtek-magetan');
    const administrator = page.locator('[data-testid=policy-row][data-job-level=administrator]');
    const pengawas = page.locator('[data-testid=policy-row][data-job-level=pengawas]');
    expect(await administrator.locator('[data-testid=policy-allowed-4]').isChecked()).toBe(true);
    expect(await administrator.locator('[data-testid=policy-allowed-2]').isChecked()).toBe(false);

    // An empty allowed set: the server refuses it (422 INVALID_POLICY) and the row says why.
    await pengawas.locator('[data-testid=policy-allowed-3]').uncheck();
    await pengawas.locator('[data-testid=policy-allowed-2]').uncheck();
    await page.click('[data-testid=policy-save]');
    const issues = page.locator('[data-testid=policy-issues]');
    await issues.waitFor();
    expect(await issues.getAttribute('data-code')).toBe('INVALID_POLICY');
    expect(await issues.textContent()).toContain('Pola RCL · Pengawas');
    expect(await issues.textContent()).toContain('Level yang diizinkan tidak boleh kosong.');
    expect(await pengawas.getAttribute('data-invalid')).toBe('true');
    await screenshot(page, 'standard-policy-invalid');

    await pengawas.locator('[data-testid=policy-allowed-3]').check();
    await pengawas.locator('[data-testid=policy-allowed-2]').check();
    await administrator.locator('[data-testid=policy-allowed-2]').check();
    await page.click('[data-testid=policy-save]');
    await page.locator('[data-testid=policy-saved]').waitFor();
    await administrator.locator('.badge', { hasText: 'disesuaikan' }).waitFor();

    await page.reload();
    await administrator.locator('[data-testid=policy-allowed-2]').waitFor();
    expect(await administrator.locator('[data-testid=policy-allowed-2]').isChecked()).toBe(true);
    expect(await administrator.locator('[data-testid=policy-allowed-3]').isChecked()).toBe(true);
    expect(await pengawas.locator('[data-testid=policy-allowed-3]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid=policy-issues]').count()).toBe(0);
    await screenshot(page, 'standard-policy');
  });

  it('shows the policy read-only to a drafter', async () => {
    const { page } = env.browser;
    await logout(page);
    await login(page, env.server.baseUrl, 'drafter');
    await page.goto(`${env.server.baseUrl}/skj/kebijakan`);
    await page.locator('[data-testid=policy-read-only]').waitFor();
    expect(await page.locator('[data-testid=policy-save]').count()).toBe(0);
    expect(await page.locator('[data-testid=policy-base]').isDisabled()).toBe(true);
    const administrator = page.locator('[data-testid=policy-row][data-job-level=administrator]');
    expect(await administrator.locator('[data-testid=policy-allowed]').textContent()).toBe('4, 3, 2');
  });

  it('shows the superadmin the national merit dashboard with both demo agencies, then one agency', async () => {
    const { page } = env.browser;
    await logout(page);
    await login(page, env.server.baseUrl, 'superadmin');
    await page.click('[data-testid=nav-merit]');
    await page.waitForURL(/\/dasbor-merit$/);
    const total = page.locator('[data-testid=merit-total]');
    await total.waitFor();
    expect(await total.textContent()).toContain('0 dari 8 jabatan');
    const agencies = page.locator('[data-testid=merit-table-by-agency] [data-testid=merit-row]');
    await agencies.first().waitFor();
    const names = await agencies.allTextContents();
    expect(names).toHaveLength(2);
    expect(names.join(' ')).toContain('Pemerintah Kota Contoh');
    expect(names.join(' ')).toContain('Pemerintah Kabupaten Contoh');
    await screenshot(page, 'merit-dashboard-national');

    await agencies.filter({ hasText: 'Pemerintah Kota Contoh' }).getByRole('button').click();
    await page.waitForURL(/\/dasbor-merit\?instansi=/);
    await page.locator('[data-testid=merit-table-by-org-unit] [data-testid=merit-row]').first().waitFor();
    expect(await total.textContent()).toContain('0 dari 7 jabatan');
    expect(await page.locator('[data-testid=merit-table-by-agency]').count()).toBe(0);
    const jobLevels = await page
      .locator('[data-testid=merit-table-by-job-level] [data-testid=merit-row]')
      .allTextContents();
    expect(jobLevels.join(' ')).toContain('Administrator');
    await screenshot(page, 'merit-dashboard-agency');
  });

  it('lets a national role choose the agency of the consistency report', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=nav-consistency]');
    const picker = page.locator('[data-testid=agency-picker]');
    await picker.waitFor();
    await picker.selectOption({ label: 'KAB-CONTOH — Pemerintah Kabupaten Contoh' });
    await page.waitForURL(/\/skj\/konsistensi\?instansi=/);
    await page.locator('[data-testid=consistency-report]').waitFor();
    const withoutStandard = page.locator('[data-testid=position-without-standard]');
    await expect.poll(() => withoutStandard.count()).toBe(1);
    expect(await withoutStandard.textContent()).toContain('Kepala Bagian Organisasi');
    // National roles read the report; composing is for the agency's own users.
    expect(await withoutStandard.getByRole('link').count()).toBe(0);
  });

  it('sets two standards of the same position side by side where their levels differ', async () => {
    const { page } = env.browser;
    const { baseUrl } = env.server;
    await logout(page);
    await login(page, baseUrl, 'admin');
    // Set up through the API with the browser's session: a second "Kepala Bagian Organisasi" in
    // another unit, a standard for each, and one of them requiring Integritas one level higher.
    const session = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
    const headers = { 'x-csrf-token': session.csrfToken };
    const agencyId = session.user.agency.id;
    const units = (await (await page.request.get(`${baseUrl}/api/agencies/${agencyId}/org-units`)).json())
      .items as { id: string; code: string }[];
    const created = await page.request.post(`${baseUrl}/api/positions`, {
      headers,
      data: {
        name: 'Kepala Bagian Organisasi',
        positionGroup: 'administrative',
        jobLevel: 'administrator',
        orgUnitId: units.find((unit) => unit.code === 'DISDIK')!.id,
      },
    });
    expect(created.status()).toBe(201);
    const positions = (await (await page.request.get(`${baseUrl}/api/agencies/${agencyId}/positions`)).json())
      .items as { id: string; name: string }[];
    const standardIds: string[] = [];
    for (const position of positions.filter((p) => p.name === 'Kepala Bagian Organisasi')) {
      const standard = await page.request.post(`${baseUrl}/api/job-standards`, {
        headers,
        data: { positionId: position.id },
      });
      expect(standard.status()).toBe(201);
      standardIds.push((await standard.json()).id);
    }
    const detail = await (await page.request.get(`${baseUrl}/api/job-standards/${standardIds[1]}`)).json();
    const saved = await page.request.put(`${baseUrl}/api/job-standards/${standardIds[1]}`, {
      headers,
      data: {
        revision: detail.standard.revision,
        requirements: detail.content.requirements,
        competencies: detail.content.competencies.map(
          (row: { competencyId: string; name: string; requiredLevel: number }) => ({
            competencyId: row.competencyId,
            requiredLevel: row.name === 'Integritas' ? row.requiredLevel + 1 : row.requiredLevel,
          }),
        ),
      },
    });
    expect(saved.status()).toBe(200);

    await page.goto(`${baseUrl}/skj/konsistensi`);
    const group = page.locator('[data-testid=consistency-group]');
    await group.waitFor();
    expect(await group.count()).toBe(1);
    expect(await group.locator('h3').textContent()).toContain('Kepala Bagian Organisasi');
    const rows = group.locator('[data-testid=differing-competency]');
    expect(await rows.count()).toBe(1);
    expect(await rows.locator('th').textContent()).toBe('Integritas');
    expect((await rows.locator('td').allTextContents()).sort()).toEqual(['3', '4']);
    await group.getByText('Dinas Pendidikan').waitFor();
    await group.getByText('Bagian Organisasi', { exact: true }).waitFor();
    expect(await page.locator('[data-testid=position-without-standard]').count()).toBe(6);
    await screenshot(page, 'standard-consistency-differing');
  });
});
