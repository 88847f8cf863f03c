/**
 * Each role finds its work on its home page, at 1366 and 390 px: the drafter a returned draft with
 * the reason, the national ratifier the queue across agencies (filtered) and a confirmation before
 * "Tetapkan", the admin the agency overview and the positions list at real size (search, filters,
 * add, move, retire), the employee only their own menu with names instead of codes. On the phone
 * nothing is wider than the screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compositionSteps } from '../src/domain/technical-dictionary';
import { type Api, apiAs } from './support/api-data';
import { login, logout, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
const returnReason = 'Indikator kinerja belum terukur; lengkapi targetnya.';
let validatedId: string;
let returnedId: string;
const apis: Api[] = [];

afterAll(async () => {
  await Promise.all(apis.map((api) => api.dispose()));
});

const levels = (name: string) =>
  [1, 2, 3, 4, 5].map((level) => ({
    level,
    description: `${name} tingkat ${level}`,
    behaviourIndicators: [`Indikator ${name} level ${level}`],
  }));

/** A demo position's standard composed through the API (a ratified dictionary gives its technical rows), then submitted. */
async function submitStandard(drafter: Api, agencyId: string, positionName: string): Promise<string> {
  const positions = (await drafter.get(`/api/agencies/${agencyId}/positions`)).items as Record<
    string,
    unknown
  >[];
  const positionId = positions.find((p) => p.name === positionName)?.id as string;
  const id = (await drafter.send('POST', '/api/job-standards', { positionId })).id as string;
  const current = await drafter.get(`/api/job-standards/${id}`);
  const technical = [];
  for (const [query, code, level] of [
    ['penataan kelembagaan', 'ORG.01', 3],
    ['analisis jabatan', 'ORG.02', 4],
  ] as const) {
    const found = await drafter.get(`/api/competencies?q=${encodeURIComponent(query)}&kind=technical`);
    const item = (found.items as Record<string, unknown>[]).find((i) => i.code === code);
    technical.push({ competencyId: item?.id, requiredLevel: level, importance: 'essential' });
  }
  await drafter.send('PUT', `/api/job-standards/${id}`, {
    revision: (current.standard as Record<string, unknown>).revision,
    competencies: [
      ...((current.content as Record<string, unknown>).competencies as Record<string, unknown>[]).map(
        (r) => ({
          competencyId: r.competencyId,
          requiredLevel: r.requiredLevel,
        }),
      ),
      ...technical,
    ],
    requirements: {
      education: { levels: ['S-1'], fieldsOfStudy: ['Administrasi Negara'], importance: 'essential' },
      training: { managerial: [], technical: [], functional: [] },
      experience: { description: 'Jabatan pengawas', years: 3, importance: 'important' },
      rank: { minGrade: 'IV/a', importance: 'essential' },
      performanceIndicators: [{ text: 'Tersusunnya laporan kinerja', importance: 'essential' }],
    },
  });
  await drafter.send('POST', `/api/job-standards/${id}/transitions`, { action: 'submit' });
  return id;
}

beforeAll(async () => {
  const base = env.server.baseUrl;
  const [drafter, admin, verifier, validator] = await Promise.all(
    ['drafter', 'admin', 'verifier', 'validator'].map((name) => apiAs(base, name)),
  );
  apis.push(drafter!, admin!, verifier!, validator!);
  const created = await drafter!.send('POST', '/api/technical-dictionaries', {
    code: 'KAMUS-TUGAS',
    name: 'Kamus Kompetensi Teknis Kelembagaan',
  });
  const versionId = created.versionId as string;
  for (const [code, name] of [
    ['ORG.01', 'Penataan Kelembagaan Perangkat Daerah'],
    ['ORG.02', 'Analisis Jabatan dan Beban Kerja'],
  ] as const) {
    await drafter!.send('POST', `/api/dictionary-versions/${versionId}/entries`, {
      code,
      name,
      definition: `Kemampuan ${name.toLowerCase()} sesuai ketentuan.`,
      governmentAffair: 'Kepegawaian',
      subAffair: null,
      group: 'specific',
      levels: levels(name),
    });
  }
  // The nine composition steps are ticked before a technical dictionary can be verified.
  for (const step of compositionSteps) {
    await drafter!.send('PUT', `/api/dictionary-versions/${versionId}/checklist/${step.key}`, {
      ticked: true,
    });
  }
  await verifier!.send('POST', `/api/dictionary-versions/${versionId}/transitions`, { action: 'verify' });
  await admin!.send('POST', `/api/dictionary-versions/${versionId}/transitions`, { action: 'ratify' });
  const agencyId = (
    ((await admin!.get('/api/auth/me')).user as Record<string, unknown>).agency as { id: string }
  ).id;
  validatedId = await submitStandard(drafter!, agencyId, 'Kepala Bagian Organisasi');
  await verifier!.send('POST', `/api/job-standards/${validatedId}/transitions`, { action: 'verify' });
  await validator!.send('POST', `/api/job-standards/${validatedId}/transitions`, { action: 'validate' });
  returnedId = await submitStandard(drafter!, agencyId, 'Kepala Bidang Pembinaan Sekolah Dasar');
  await verifier!.send('POST', `/api/job-standards/${returnedId}/transitions`, {
    action: 'return',
    comment: returnReason,
  });
});

const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** Nothing on the page is wider than the viewport (no sideways scrolling, nothing spills out). */
async function expectNoOverflow(page: Page, where: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        // Inside a horizontally scrolling wrapper (a wide table) is allowed: it scrolls by itself.
        let parent = el.parentElement;
        while (parent) {
          const style = getComputedStyle(parent);
          if (style.overflowX === 'auto' || style.overflowX === 'scroll') return false;
          parent = parent.parentElement;
        }
        return box.right > width + 1 || box.left < -1;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.documentElement.scrollWidth, width, wide };
  });
  expect(overflow.wide, `${where}: elements past the edge`).toEqual([]);
  expect(overflow.scroll, `${where}: page scrolls sideways`).toBeLessThanOrEqual(overflow.width);
}

describe('inboxes in Chromium', () => {
  // Each test starts signed out at desktop width (the header hides the user's name on a phone).
  beforeEach(async () => {
    const { page } = env.browser;
    await page.setViewportSize(desktop);
    if (
      await page
        .locator('[data-testid=logout-button]')
        .isVisible()
        .catch(() => false)
    )
      await logout(page);
  });

  it('shows the drafter the returned draft first, with the reason, and a counter in the menu', async () => {
    const { page } = env.browser;
    await page.setViewportSize(desktop);
    await login(page, env.server.baseUrl, 'drafter');
    const first = page.locator('[data-testid=draft-tasks] [data-testid=task]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-standard-id')).toBe(returnedId);
    expect(await first.locator('[data-testid=task-returned]').textContent()).toContain(returnReason);
    expect(await first.locator('[data-testid=task-returned]').textContent()).toContain('Siti Rahmawati');
    expect(await page.locator('[data-testid=returned-count]').textContent()).toContain('1 SKJ dikembalikan');
    const counter = page.locator('[data-testid=nav-task-count]');
    expect(Number((await counter.locator('[aria-hidden=true]').textContent()) ?? '0')).toBeGreaterThan(0);
    await screenshot(page, 'inbox-drafter-1366');
    await page.setViewportSize(phone);
    await expectNoOverflow(page, 'drafter home at 390 px');
    await screenshot(page, 'inbox-drafter-390');
    await page.setViewportSize(desktop);
    await first.locator('[data-testid=task-open]').click();
    await page.waitForURL(new RegExp(`/skj/${returnedId}$`));
    await logout(page);
  });

  it('gives the national ratifier a filterable queue, and asks before ratifying', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'ratifier');
    const queue = page.locator('[data-testid=ratification-tasks]');
    await queue.waitFor();
    const task = queue.locator(`[data-testid=task][data-standard-id="${validatedId}"]`);
    expect(await task.textContent()).toContain('Pemerintah Kota Contoh');
    expect(await task.textContent()).toContain('Administrator');
    expect(await task.textContent()).not.toContain('administrator ');
    await screenshot(page, 'inbox-ratifier-1366');
    // A level with nothing waiting empties the list; clearing the filters brings it back.
    await page.selectOption('[data-testid=queue-job-level]', 'ahli-muda');
    await page.locator('[data-testid=ratification-tasks-empty]').waitFor();
    await page.click('[data-testid=queue-reset]');
    await task.waitFor();
    await page.selectOption('[data-testid=queue-waiting]', '7');
    await page.locator('[data-testid=ratification-tasks-empty]').waitFor();
    await page.selectOption('[data-testid=queue-waiting]', '0');
    await task.waitFor();
    await page.setViewportSize(phone);
    await expectNoOverflow(page, 'ratifier home at 390 px');
    await screenshot(page, 'inbox-ratifier-390');
    await page.setViewportSize(desktop);

    await task.locator('[data-testid=task-open]').click();
    await page.waitForURL(new RegExp(`/skj/${validatedId}$`));
    await page.click('[data-testid=standard-ratify]');
    // The page holds more than one confirmation (the composer's leave guard too): the open one.
    const dialog = page.locator('dialog[open][data-testid=confirm-dialog]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('tidak dapat diubah');
    await screenshot(page, 'ratify-confirmation');
    await dialog.locator('[data-testid=confirm-cancel]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('[data-testid=standard-status]').first().getAttribute('data-status')).toBe(
      'validated',
    );
    await page.click('[data-testid=standard-ratify]');
    await dialog.locator('[data-testid=confirm-accept]').click();
    await page.locator('[data-testid=standard-status][data-status=ratified]').first().waitFor();
    await page.goto(env.server.baseUrl);
    await page.locator('[data-testid=ratification-tasks-empty]').waitFor();
    await logout(page);
  });

  it('gives the admin the agency overview and the positions list at real size: search, filter, add, move, retire', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.locator('[data-testid=overview-without-standard]').waitFor();
    await page.locator('[data-testid=overview-missing]').waitFor();
    await screenshot(page, 'inbox-admin-1366');

    await page.goto(`${env.server.baseUrl}/skj`);
    const rows = page.locator('[data-testid=position-row]');
    await rows.first().waitFor();
    // Job levels by name, never by code.
    const levelCells = await page.locator('[data-testid=position-job-level-name]').allTextContents();
    expect(levelCells).toContain('JF Ahli Muda');
    expect(levelCells.some((text) => /^[a-z]+(-[a-z]+)+$/.test(text.trim()))).toBe(false);
    // Status column: ratified, returned draft, and positions without a standard.
    const organisation = rows.filter({ hasText: 'Kepala Bagian Organisasi' });
    expect(
      await organisation.locator('[data-testid=position-standard-status]').getAttribute('data-status'),
    ).toBe('ratified');
    await page.selectOption('[data-testid=positions-filter-state]', 'none');
    await page.waitForURL(/state=none/);
    await page.locator('[data-testid=position-row]', { hasText: 'Pengadministrasi Perkantoran' }).waitFor();
    // The filtered page replaces the list when it arrives (the row above may be shown before).
    await expect.poll(() => rows.filter({ hasText: 'Kepala Bagian Organisasi' }).count()).toBe(0);
    await page.click('[data-testid=positions-filter-reset]');

    // Add a position, then move it to another unit.
    await page.click('[data-testid=add-position]');
    const form = page.locator('[data-testid=position-form]');
    await form.waitFor();
    await page.fill('[data-testid=position-name]', 'Analis Kelembagaan Ahli Pertama');
    await page.selectOption('[data-testid=position-group]', 'functional');
    await page.selectOption('[data-testid=position-job-level]', 'ahli-pertama');
    const unitOption = page.locator('[data-testid=position-unit] option', { hasText: 'Bagian Organisasi' });
    await page.selectOption('[data-testid=position-unit]', (await unitOption.getAttribute('value'))!);
    await screenshot(page, 'position-add-dialog');
    await page.click('[data-testid=position-save]');
    await page.locator('[data-testid=positions-notice]').waitFor();
    await page.fill('[data-testid=positions-search]', 'analis kelembagaan');
    const added = page.locator('[data-testid=position-row]', { hasText: 'Analis Kelembagaan Ahli Pertama' });
    await added.waitFor();
    await page.locator('[data-testid=positions-shown]', { hasText: 'dari 1 jabatan' }).waitFor();
    // A new row names its job level once the names are in (never the code meanwhile).
    await added.filter({ hasText: 'JF Ahli Pertama' }).waitFor();
    expect(await added.textContent()).not.toContain('ahli-pertama');
    expect(await added.textContent()).toContain('Bagian Organisasi');
    expect(await added.textContent()).toContain('JF Ahli Pertama');
    expect(await added.textContent()).toContain('Belum ada SKJ');
    await added.locator('[data-testid=edit-position]').click();
    await page.selectOption('[data-testid=position-unit]', { label: 'Sekretariat Daerah' });
    await page.click('[data-testid=position-save]');
    await page.locator('[data-testid=positions-notice]', { hasText: 'disimpan' }).waitFor();
    await page.locator('[data-testid=position-row]', { hasText: 'Sekretariat Daerah' }).waitFor();
    await page.setViewportSize(phone);
    await expectNoOverflow(page, 'positions list at 390 px');
    await screenshot(page, 'positions-list-390');
    await page.setViewportSize(desktop);

    // Retire it, with a reason: it leaves the active list and shows under "retired".
    await added.locator('[data-testid=retire-position]').click();
    await page.locator('[data-testid=retire-dialog]').waitFor();
    await page.click('[data-testid=retire-confirm]');
    await page.locator('[data-testid=retire-dialog] [data-testid=field-error]').waitFor();
    await page.fill('[data-testid=retire-reason]', 'Digabung dengan Analis Jabatan.');
    await page.click('[data-testid=retire-confirm]');
    await page.locator('[data-testid=positions-notice]', { hasText: 'dihapus dari peta jabatan' }).waitFor();
    await page
      .locator('[data-testid=positions-shown]', { hasText: 'dari 0 jabatan' })
      .or(page.getByText('Tidak ada jabatan yang sesuai'))
      .first()
      .waitFor();
    await page.selectOption('[data-testid=positions-filter-state]', 'retired');
    const retired = page.locator('[data-testid=position-row]', {
      hasText: 'Analis Kelembagaan Ahli Pertama',
    });
    await retired.waitFor();
    expect(await retired.locator('[data-testid=position-standard-status]').getAttribute('data-status')).toBe(
      'retired',
    );
    await screenshot(page, 'positions-list-1366');
    await logout(page);
  });

  it('gives the employee only their own menu, their position, and competencies by name', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'pegawai');
    await page.setViewportSize(phone);
    await page
      .locator('[data-testid=employee-position]', { hasText: 'Analis Sumber Daya Manusia' })
      .waitFor();
    const menu = await page.locator('.side-nav a').allTextContents();
    // The capabilities of an employee (as e2e/accounts.e2e.ts): reading pages and their own, no HR pages.
    expect(menu.map((text) => text.trim())).toEqual([
      'Beranda',
      'Kamus Kompetensi',
      'Kamus Teknis',
      'Pencarian',
      'Kegiatan Penyusunan',
      'Katalog Nasional',
      'Profil Kompetensi Saya',
      'Kuesioner 360°',
    ]);
    await expectNoOverflow(page, 'employee home at 390 px');
    await screenshot(page, 'employee-home-390');
    await page.click('[data-testid=employee-open-profile]');
    await page.waitForURL(/\/saya$/);
    await page.locator('[data-testid=match-panel]').waitFor();
    await page.locator('#my-identity-title').waitFor();
    await expectNoOverflow(page, 'employee profile at 390 px');
    await screenshot(page, 'employee-profile-390');
    await page.setViewportSize(desktop);
    await screenshot(page, 'employee-profile-1366');
    await logout(page);
  });
});
