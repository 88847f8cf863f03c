/**
 * Issue 16 in Chromium: the agency admin fills the agency identity (letterhead, signers, logo with
 * preview), gives a user a jabatan and NIP, opens the ratification decree form, sets the drafting
 * team of a campaign and downloads its letters, and downloads the position map as documents.
 * Screenshots at 1366 and 390 px; downloaded PDFs are read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { solidPng } from '../test/support/png';
import { type Api, apiAs } from './support/api-data';
import { login, screenshot, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile();
const apis: Api[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.dispose()));
});

/** Screenshot at the desktop width and at a phone's 390 px, back to desktop afterwards. */
async function shoot(page: Page, name: string) {
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: page wider than 390 px`).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** Signs in as the admin unless the browser already is (each test may also run alone). */
async function signedInAsAdmin(page: Page) {
  await page.goto(`${env.server.baseUrl}/`);
  await page.waitForLoadState('networkidle');
  if ((await page.locator('[data-testid=user-name]').count()) === 0)
    await login(page, env.server.baseUrl, 'admin');
}

/** Saves a download and returns its text (pdftotext for PDFs). */
async function downloadText(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skj-e2e-')), download.suggestedFilename());
  await download.saveAs(file);
  const text = file.endsWith('.pdf')
    ? execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    : '';
  expect(fs.statSync(file).size).toBeGreaterThan(500);
  return { name: download.suggestedFilename(), text };
}

describe('documents an agency signs, in Chromium', () => {
  it('the admin fills the agency identity and uploads a logo that is previewed', async () => {
    const { page } = env.browser;
    await login(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/admin?bagian=identitas`);
    const form = page.locator('[data-testid=identity-form]');
    await form.waitFor();
    await page.fill('[data-testid=identity-phone]', '(021) 555-0199');
    await page.fill('[data-testid=identity-staffingOfficial-nip]', '19700315 199503 1 002');
    await page.click('[data-testid=identity-save]');
    await page.locator('[data-testid=identity-saved]').waitFor();
    expect(await page.inputValue('[data-testid=identity-staffingOfficial-nip]')).toBe('197003151995031002');
    const logo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skj-logo-')), 'logo.png');
    fs.writeFileSync(logo, solidPng(120, 140));
    await page.setInputFiles('[data-testid=identity-logo-file]', logo);
    const preview = page.locator('[data-testid=identity-logo-preview]');
    await preview.waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=identity-logo-preview]') as HTMLImageElement | null)
          ?.naturalWidth === 120,
    );
    expect(await page.locator('[data-testid=identity-logo]').textContent()).toContain('120 × 140 piksel');
    await shoot(page, 'issue16-agency-identity');
  });

  it('the admin gives a user a jabatan and NIP, a bad NIP refused with its reason', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/admin?bagian=pengguna`);
    const row = page.locator('[data-testid=user-table] tr', { hasText: 'Budi Santoso' });
    await row.locator('[data-testid=user-profile-edit]').click();
    await page.locator('[data-testid=user-profile-dialog]').waitFor();
    await page.fill('[data-testid=user-profile-title]', 'Analis SDM Aparatur Ahli Muda');
    await page.fill('[data-testid=user-profile-nip]', '42');
    await page.click('[data-testid=user-profile-save]');
    await page.locator('[data-testid=user-profile-dialog] [role=alert]').waitFor();
    expect(await page.locator('[data-testid=user-profile-dialog]').textContent()).toContain('NIP');
    await page.fill('[data-testid=user-profile-nip]', '19880521 201101 1 099');
    await page.click('[data-testid=user-profile-save]');
    await row.locator('[data-testid=user-signer]', { hasText: '198805212011011099' }).waitFor();
    expect(await row.locator('[data-testid=user-signer]').textContent()).toContain(
      'Analis SDM Aparatur Ahli Muda',
    );
    await shoot(page, 'issue16-user-signer');
  });

  it('the decree form offers menimbang, mengingat and diktum to edit', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=nav-decree]');
    await page.waitForURL(/\/skj\/keputusan$/);
    await page.locator('[data-testid=decree-form]').waitFor();
    expect(await page.locator('[data-testid=decree-heading]').textContent()).toContain(
      'Keputusan Wali Kota Contoh',
    );
    expect(await page.inputValue('[data-testid=decree-legalBases]')).toContain('Nomor 38 Tahun 2017');
    expect(await page.inputValue('[data-testid=decree-considerations]')).not.toMatch(/seed|TODO/i);
    await shoot(page, 'issue16-decree-form');
  });

  it('the admin sets the drafting team and downloads the SK Tim Penyusun and the schedule', async () => {
    const { page } = env.browser;
    await signedInAsAdmin(page);
    const admin = await apiAs(env.server.baseUrl, 'admin');
    apis.push(admin);
    const created = (await admin.send('POST', '/api/drafting-campaigns', {
      name: 'Penyusunan SKJ Jabatan Pelaksana 2026',
      startsOn: '2026-02-02',
      endsOn: '2026-05-29',
    })) as { draftingCampaign: { id: string } };
    const id = created.draftingCampaign.id;
    await page.goto(`${env.server.baseUrl}/kampanye/${id}?tab=letters`);
    await page.locator('[data-testid=decree-team-form]').waitFor();
    await page.locator('[data-testid=letters-need-team]').waitFor();
    expect(await page.locator('[data-testid=letter-team-decree-pdf]').count()).toBe(0);
    for (const [role, name, nip, title] of [
      ['steering', 'Ir. Hendra Gunawan, M.T.', '197003151995031002', 'Sekretaris Daerah'],
      ['chair', 'Siti Rahmawati, S.Psi.', '198601302009022001', 'Kepala Bidang Pengembangan Kompetensi'],
      ['member', 'Dr. Lestari Handayani', '', 'Asesor SDM (Universitas Contoh)'],
    ] as const) {
      await page.click('[data-testid=decree-team-add]');
      const member = page.locator('[data-testid=decree-team-member]').last();
      await member.locator('[data-testid=decree-team-role]').selectOption(role);
      await member.locator('[data-testid=decree-team-name]').fill(name);
      await member.locator('[data-testid=decree-team-nip]').fill(nip);
      await member.locator('[data-testid=decree-team-title]').fill(title);
    }
    await page.click('[data-testid=decree-team-save]');
    await page.locator('[data-testid=decree-team-saved]').waitFor();
    await page.locator('[data-testid=letter-team-decree-pdf]').waitFor();
    await page.fill('[data-testid=letters-decree-number]', '800/45/2026');
    await page.fill('[data-testid=letters-decree-date]', '2026-01-26');
    await shoot(page, 'issue16-campaign-letters');
    const decree = await downloadText(page, '[data-testid=letter-team-decree-pdf]');
    expect(decree.name).toMatch(/SK-Tim-Penyusun.*\.pdf$/);
    expect(decree.text).toContain('NOMOR 800/45/2026');
    expect(decree.text).toContain('Dr. Lestari Handayani');
    expect(decree.text).not.toMatch(/seed|TODO|\[Teks resmi/i);
    const schedule = await downloadText(page, '[data-testid=letter-schedule-pdf]');
    expect(schedule.text).toContain('JADWAL KEGIATAN');
  });

  it('the position map offers the chart as PDF and the rekapitulasi', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=nav-position-map]');
    await page.locator('[data-testid=map-documents]').waitFor();
    await page.selectOption('[data-testid=map-chart-layout]', 'horizontal');
    await page.selectOption('[data-testid=map-chart-paper]', 'A4');
    expect(await page.locator('[data-testid=map-chart-pdf]').getAttribute('href')).toContain(
      'layout=horizontal&paper=A4',
    );
    const chart = await downloadText(page, '[data-testid=map-chart-pdf]');
    expect(chart.text).toContain('PETA JABATAN');
    const recap = await downloadText(page, '[data-testid=map-recap-pdf]');
    expect(recap.text).toContain('REKAPITULASI KELAS JABATAN DAN PERSEDIAAN PEGAWAI');
    await shoot(page, 'issue16-position-map-documents');
  });
});
