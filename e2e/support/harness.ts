/**
 * The real server, compiled as `npm start` runs it (`node dist/server/main.js`, from the build that
 * `npm run test:e2e` makes first), on a temporary data dir and a free port, and Debian's chromium
 * driven by playwright-core with a fresh profile.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const artifactsDir = path.resolve('e2e/artifacts');

/** `npm start` makes a random demo password per data dir; e2e fixes it to stay deterministic. */
export const demoPassword = 'demo12345';

/** What `npm start` runs after the build. */
const compiledServer = path.resolve('dist/server/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  output: string[];
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** false: a real installation without the demo (SKJ_DEMO=0): no accounts, a setup token on the console. */
  demo?: boolean;
}

export async function startServer({ demo = true }: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-e2e-'));
  const port = await freePort();
  const output: string[] = [];
  const inherited = { ...process.env };
  delete inherited.SKJ_DEMO_PASSWORD;
  if (!fs.existsSync(compiledServer)) {
    throw new Error(`${compiledServer} is missing: run \`npm run build\` (npm run test:e2e does) first`);
  }
  const child: ChildProcess = spawn(process.execPath, [compiledServer], {
    env: {
      ...inherited,
      SKJ_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      ...(demo ? { SKJ_DEMO: '1', SKJ_DEMO_PASSWORD: demoPassword } : { SKJ_DEMO: '0' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  // A first start migrates and loads the official data: seconds alone, minutes on a loaded machine.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 900 },
    locale: 'id-ID',
    // The server's CSP (script-src 'self') would refuse the injected axe-core script; the pages'
    // own scripts are unaffected, so the check runs on what users get.
    bypassCSP: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** The WCAG 2.1 A and AA rules of axe-core: what the UI promises to meet. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now and fails with every violation
 * (rule, element, why). Called wherever a test looks at a page: each screenshot, after each login,
 * at the end of each test, and on every route by `accessibility.e2e.ts`.
 */
export async function checkAccessibility(page: Page, where = page.url()): Promise<void> {
  if (page.isClosed() || !page.url().startsWith('http')) return;
  await page.waitForLoadState('domcontentloaded');
  const present = await page.evaluate(() => 'axe' in window);
  // Evaluated through the browser's debugging protocol, which the app's Content-Security-Policy
  // (script-src 'self') does not govern; a script tag would be refused, and the CSP stays on.
  if (!present) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations;
  }, wcagTags);
  const found = violations as AxeViolation[];
  if (found.length === 0) return;
  const report = found
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .map(
            (n) =>
              `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
          )
          .join('\n')}`,
    )
    .join('\n');
  throw new Error(`axe-core found ${found.length} WCAG 2.1 A/AA violation(s) on ${where}:\n${report}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await checkAccessibility(page, `${page.url()} (screenshot ${name})`);
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The same page on a desktop (1366 px, `<name>.png`) and a phone (390 px, `<name>-390.png`). */
export async function screenshotsWideAndNarrow(page: Page, name: string): Promise<string[]> {
  const wide = page.viewportSize() ?? { width: 1366, height: 900 };
  const files = [await screenshot(page, name)];
  await page.setViewportSize({ width: 390, height: 844 });
  // Two frames: the layout of the new width, and what the page does about it (a table that now scrolls).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  try {
    files.push(await screenshot(page, `${name}-390`));
  } finally {
    await page.setViewportSize(wide);
  }
  return files;
}

export async function logout(page: Page) {
  await page.click('[data-testid=logout-button]');
  await page.waitForURL(/\/login/);
}

export async function login(page: Page, baseUrl: string, username: string, password = demoPassword) {
  await page.goto(`${baseUrl}/login`);
  await page.waitForSelector('input[name=username]');
  await checkAccessibility(page, `${baseUrl}/login`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=user-name]');
  await checkAccessibility(page, `${page.url()} (after login as ${username})`);
}

/**
 * Signs in with a temporary password (a new account, a reset, an employee login): the login lands
 * on the change-password screen, which takes the new password and goes on into the app.
 */
export async function loginWithTemporaryPassword(
  page: Page,
  baseUrl: string,
  username: string,
  temporaryPassword: string,
  newPassword: string,
) {
  await page.goto(`${baseUrl}/login`);
  await page.waitForSelector('input[name=username]');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', temporaryPassword);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/ganti-kata-sandi/);
  await page.locator('[data-testid=change-password-form]').waitFor();
  await checkAccessibility(page, `${page.url()} (temporary password of ${username})`);
  await fillPasswordChange(page, temporaryPassword, newPassword);
  await page.waitForSelector('[data-testid=user-name]');
}

/** Fills and sends the change-password form (own account page or the forced screen). */
export async function fillPasswordChange(page: Page, currentPassword: string, newPassword: string) {
  await page.fill('input[name=currentPassword]', currentPassword);
  await page.fill('input[name=newPassword]', newPassword);
  await page.fill('input[name=repeatPassword]', newPassword);
  await page.click('[data-testid=change-password-submit]');
}

/** One server and one browser for a test file, started before and stopped after its tests. */
export function serverAndBrowserForFile(options: ServerOptions = {}): {
  server: RunningServer;
  browser: Browser;
} {
  const handles = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    handles.server = await startServer(options);
    handles.browser = await openBrowser();
  });
  // The page each test ends on is checked too, whatever it was.
  afterEach(async () => {
    if (handles.browser)
      await checkAccessibility(handles.browser.page, `${handles.browser.page.url()} (end of test)`);
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.stop();
  });
  return handles;
}
