import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../src/domain/drafting-campaign';
import { ApiClient } from '../test/support/api-client';
import { login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
const today = todayIso(new Date());

describe('a drafting campaign in Chromium', () => {
  it('lets the agency admin create a drafting campaign, build a group, take positions into scope and assign them', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.click('[data-testid=nav-drafting-campaigns]');
    await page.waitForURL(/\/kampanye$/);
    const form = page.locator('[data-testid=create-drafting-campaign-form]');
    await form.locator('input[name=name]').fill('Penyusunan SKJ Struktural 2026');
    await form.locator('input[name=startsOn]').fill(addDays(today, -60));
    await form.locator('input[name=endsOn]').fill(addDays(today, 60));
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\/kampanye\/[0-9a-f-]{36}$/);
    expect(await page.locator('[data-testid=drafting-campaign-name]').textContent()).toBe(
      'Penyusunan SKJ Struktural 2026',
    );

    await page.click('[data-testid=drafting-campaign-tab-team]');
    const groupForm = page.locator('[data-testid=create-group-form]');
    await groupForm.locator('input[name=groupName]').fill('Kelompok I');
    await groupForm.locator('button[type=submit]').click();
    const group = page.locator('[data-testid=drafting-campaign-group]', { hasText: 'Kelompok I' });
    await group.waitFor();
    const memberForm = group.locator('[data-testid=add-member-form]');
    await memberForm
      .locator('select[name=userId] option', { hasText: '(drafter)' })
      .waitFor({ state: 'attached' });
    await memberForm.locator('select[name=userId]').selectOption({ label: 'Budi Santoso, S.E. (drafter)' });
    await memberForm.locator('select[name=role]').selectOption('coordinator');
    await memberForm.locator('button[type=submit]').click();
    await group.locator('[data-testid=drafting-campaign-member]', { hasText: 'Budi Santoso' }).waitFor();

    await page.click('[data-testid=drafting-campaign-tab-positions]');
    const unitForm = page.locator('[data-testid=add-unit-form]');
    await unitForm
      .locator('select[name=orgUnitId] option', { hasText: 'Badan Kepegawaian' })
      .waitFor({ state: 'attached' });
    await unitForm
      .locator('select[name=orgUnitId]')
      .selectOption({ label: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' });
    await unitForm.locator('button[type=submit]').click();
    expect(await page.locator('[data-testid=positions-added]').textContent()).toContain(
      '5 jabatan ditambahkan',
    );
    const rows = page.locator('[data-testid=drafting-campaign-position]');
    await expect.poll(() => rows.count()).toBe(5);

    // Assign every position to the drafter at once, then give one a due date that has passed.
    await page.getByRole('button', { name: 'Pilih semua yang tampil (5)' }).click();
    await page
      .locator('select[name=bulkAssignee]')
      .selectOption({ label: 'Budi Santoso, S.E. — Kelompok I' });
    await page.click('[data-testid=bulk-assign-submit]');
    await expect
      .poll(
        async () =>
          (
            await page
              .locator('[data-testid=assignee-select]')
              .evaluateAll((all) => all.map((s) => (s as HTMLSelectElement).value))
          ).filter(Boolean).length,
      )
      .toBe(5);
    const late = rows.filter({ hasText: 'Pengadministrasi Perkantoran' });
    await late.locator('input[type=date]').fill(addDays(today, -3));
    await late.locator('.badge', { hasText: 'terlambat' }).waitFor();
    await screenshot(page, 'drafting-campaign-positions');
    await page.click('[data-testid=drafting-campaign-tab-team]');
    await group.waitFor();
    await screenshot(page, 'drafting-campaign-team');
  });

  it('shows progress bars per group and member, the week grid and the late items', async () => {
    const { page } = env.browser;
    // The drafter starts a standard for one position of the drafting campaign: progress shows a draft.
    const drafter = new ApiClient(env.server.baseUrl);
    await drafter.login('drafter');
    const agencyId = (await drafter.get('/api/auth/me')).body.user.agency.id;
    const positions = (await drafter.get(`/api/agencies/${agencyId}/positions`)).body.items;
    const position = positions.find(
      (p: { name: string }) => p.name === 'Kepala Bidang Pengembangan Kompetensi',
    );
    expect((await drafter.post('/api/job-standards', { positionId: position.id })).status).toBe(201);

    await page.click('[data-testid=drafting-campaign-tab-dashboard]');
    await page.reload();
    const total = page.locator('[data-testid=drafting-campaign-progress]');
    await total.waitFor();
    expect(await total.textContent()).toContain('0 dari 5 jabatan ditetapkan');
    expect(await total.locator('[data-state=draft] strong').textContent()).toBe('1');
    expect(await total.locator('[data-state=none] strong').textContent()).toBe('4');
    expect(await page.locator('[data-testid=group-progress]').count()).toBe(1);
    const member = page.locator('[data-testid=member-progress]');
    expect(await member.count()).toBe(1);
    expect(await member.textContent()).toContain('Budi Santoso');
    expect(await member.locator('.state-segment').count()).toBe(2);

    const grid = page.locator('[data-testid=week-grid]');
    await grid.waitFor();
    expect(await grid.locator('[data-testid=week-grid-phase]').count()).toBe(4);
    expect(await grid.locator('.week-grid-week').count()).toBe(18);
    expect(await grid.locator('.week-grid-week.is-today').count()).toBe(1);
    const lateItems = page.locator('[data-testid=late-item]');
    expect(await lateItems.count()).toBe(1);
    expect(await lateItems.first().textContent()).toContain('Pengadministrasi Perkantoran');
    expect(await lateItems.first().textContent()).toContain('3 hari');
    await screenshot(page, 'drafting-campaign-dashboard');
  });

  it('has the SOP of seed 003, signed off step by step', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=drafting-campaign-tab-sop]');
    const steps = page.locator('[data-testid=sop-step]');
    await expect.poll(() => steps.count()).toBe(7);
    expect(await steps.nth(2).textContent()).toContain('3 jam');
    await steps.first().locator('input[name=note]').fill('Surat penugasan telah terbit.');
    await steps.first().locator('[data-testid=sop-sign-off]').click();
    await steps.first().locator('[data-testid=sop-signed]').waitFor();
    expect(await steps.first().textContent()).toContain('Rina Wulandari');
    expect(await page.locator('[data-testid=sop-summary]').textContent()).toContain('1 dari 7');
    await screenshot(page, 'drafting-campaign-sop');
  });

  it('records an interview for a position, corrects its notes and deletes it', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=drafting-campaign-tab-positions]');
    const row = page.locator('[data-testid=drafting-campaign-position]').first();
    await row.locator('[data-testid=open-interviews]').click();
    const panel = page.locator('[data-testid=interviews-panel]');
    await panel.waitFor();
    const form = panel.locator('[data-testid=interview-form]');
    await form.locator('select[name=intervieweeRole]').selectOption('superior');
    await form.locator('input[name=intervieweeName]').fill('Sekretaris Badan');
    await form.locator('input[name=heldOn]').fill(new Date().toISOString().slice(0, 10));
    await form.locator('textarea[name=notes]').fill('Atasan menekankan koordinasi lintas bidang.');
    await form.locator('button[type=submit]').click();
    const note = panel.locator('[data-testid=interview]');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('Sekretaris Badan');
    // the row's count follows when the scope list reloads, after the panel
    await expect.poll(() => row.locator('[data-testid=open-interviews]').textContent()).toContain('(1)');

    await note.locator('[data-testid=interview-edit]').click();
    const editForm = panel.locator('[data-testid=interview-edit-form]');
    expect(await editForm.locator('input[name=intervieweeName]').inputValue()).toBe('Sekretaris Badan');
    expect(await panel.locator('[data-testid=interview-form]').count()).toBe(0);
    await editForm.locator('textarea[name=notes]').fill('Atasan menekankan koordinasi dan analisis data.');
    await editForm.locator('button[type=submit]').click();
    await expect
      .poll(() => note.locator('[data-testid=interview-notes]').textContent())
      .toBe('Atasan menekankan koordinasi dan analisis data.');
    await screenshot(page, 'drafting-campaign-interviews');

    await note.locator('[data-testid=interview-delete]').click();
    const confirmation = page.locator('[data-testid=confirm-dialog]');
    await expect
      .poll(() => confirmation.textContent())
      .toContain('Hapus catatan wawancara dengan Sekretaris Badan');
    await confirmation.locator('[data-testid=confirm-accept]').click();
    await expect.poll(() => note.count()).toBe(0);
    await panel.getByText('Belum ada catatan wawancara').waitFor();
    // the row's count follows when the scope list reloads, after the panel
    await expect.poll(() => row.locator('[data-testid=open-interviews]').textContent()).toContain('(0)');
  });

  it('shows the drafter the drafting campaigns they are in', async () => {
    const { page } = env.browser;
    await logout(page);
    await login(page, env.server.baseUrl, 'drafter');
    await page.click('[data-testid=nav-drafting-campaigns]');
    const row = page.locator('[data-testid=drafting-campaign-row]');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Koordinator');
    await row.getByRole('link').click();
    await page.locator('[data-testid=drafting-campaign-progress]').waitFor();
    expect(await page.locator('[data-testid=create-drafting-campaign-form]').count()).toBe(0);
    await page.click('[data-testid=drafting-campaign-tab-positions]');
    // As coordinator of the group the drafter may reassign the group's positions.
    await expect.poll(() => page.locator('[data-testid=assignee-select]').count()).toBe(5);
    expect(await page.locator('[data-testid=add-unit-form]').count()).toBe(0);
  });
});
