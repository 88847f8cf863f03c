/**
 * A real installation (SKJ_DEMO=0): no accounts, a one-time setup token on the server console.
 * The browser shows the setup page instead of the login; the token and a strong password create
 * the first superadmin, who is then signed in.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, screenshotsWideAndNarrow, serverAndBrowserForFile } from './support/harness';

const env = serverAndBrowserForFile({ demo: false });

async function setupToken(): Promise<string> {
  // Printed once the server listens; the output may arrive just after the first health answer.
  for (let i = 0; i < 100; i++) {
    const match = /token penyiapan: (\S+)/.exec(env.server.output.join(''));
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no setup token in the server output:\n${env.server.output.join('')}`);
}

async function fillSetup(token: string, password: string) {
  const { page } = env.browser;
  await page.fill('input[name=token]', token);
  await page.fill('input[name=username]', 'kepala.bkpsdm');
  await page.fill('input[name=fullName]', 'Dewi Lestari');
  await page.fill('input[name=password]', password);
  await page.fill('input[name=repeatPassword]', password);
  await page.click('[data-testid=setup-submit]');
}

describe('setup of an empty installation in Chromium', () => {
  it('shows the setup page instead of the login, without a demo note', async () => {
    const { page } = env.browser;
    await page.goto(`${env.server.baseUrl}/`);
    await page.waitForURL(/\/setup$/);
    await page.locator('[data-testid=setup-form]').waitFor();
    expect(await page.locator('[data-testid=setup-form]').textContent()).toContain('konsol');
    expect(await page.locator('[data-testid=demo-hint]').count()).toBe(0);
    await screenshotsWideAndNarrow(page, 'setup-form');
  });

  it('refuses a wrong token and a weak password, then creates the superadmin and signs in', async () => {
    const { page } = env.browser;
    const token = await setupToken();
    await fillSetup(`${token}x`, 'Sawah-Hijau-Lereng-Merapi-8');
    await page.locator('[role=alert]').waitFor();
    expect(await page.locator('[role=alert]').textContent()).toMatch(/token/i);

    await fillSetup(token, 'password1234');
    const reason = page.locator('[data-testid=field-error]');
    await reason.waitFor();
    expect(await reason.textContent()).toMatch(/Kata sandi/);
    await screenshotsWideAndNarrow(page, 'setup-weak-password');

    await fillSetup(token, 'Sawah-Hijau-Lereng-Merapi-8');
    await page.waitForSelector('[data-testid=user-name]');
    expect(await page.locator('[data-testid=user-name]').textContent()).toBe('Dewi Lestari');
    expect(await page.locator('[data-testid=user-role]').textContent()).toBe('Superadmin');
    expect(await page.locator('.side-nav a', { hasText: 'Administrasi' }).count()).toBe(1);
    await screenshot(page, 'setup-signed-in');
  });

  it('is closed once the superadmin exists, and the login stays', async () => {
    const { page } = env.browser;
    await page.click('[data-testid=logout-button]');
    await page.waitForURL(/\/login$/);
    await page.locator('input[name=username]').waitFor();
    await page.goto(`${env.server.baseUrl}/setup`);
    await page.locator('[data-testid=setup-done]').waitFor();
    expect(await page.locator('[data-testid=setup-form]').count()).toBe(0);
  });
});
