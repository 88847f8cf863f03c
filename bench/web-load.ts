/**
 * Pages on a regional office's link: Debian's Chromium (playwright-core) loads the built UI
 * (`dist/web`, from `npm run build`; nothing is built here) from the full server
 * (`support/serve-for-bench.ts`, demo agencies seeded) with the network emulated through the
 * DevTools protocol: 750 kbit/s down and up, 100 ms latency per request. Two pages:
 *   - `/login`, signed out: ready when the username field shows;
 *   - the composer (`/skj/<id>` of a draft standard of the demo drafter), signed in: ready when the
 *     composer bar shows.
 * Each is visited first with an empty cache (the session cookie kept for the composer), then again
 * from another page (a repeat visit: the cache as the first visit left it). For each visit: time
 * from the navigation until ready, and the bytes that crossed the wire (headers included) by kind:
 * scripts, stylesheets, everything (document, API, the rest). Rounds: BENCH_WEB_ROUNDS (default 3),
 * each in a fresh browser profile; figures are medians. SKJ_BENCH_WEB_ROOT measures another build
 * (say, an older one copied aside) with the same server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { makeTempDir, type RunningChild, removeDir, repoRoot, spawnTsx, stopChild } from './support/process';
import { median, round } from './support/stats';
import type { BenchResult, Figure } from './types';

export const name = 'web-load';
export const description =
  '/login and the composer in Chromium at 750 kbit/s, 100 ms: first and repeat visit';

const downKbit = 750;
const upKbit = 750;
const latencyMs = 100;
const demoPassword = 'bench-demo-12345';
const readyTimeoutMs = 300_000;
const pageTimeoutMs = 120_000;

interface Visit {
  ms: number;
  scriptBytes: number;
  styleBytes: number;
  totalBytes: number;
  requests: number;
  /** Scripts and stylesheets fetched over the network (not from the cache). */
  scriptStyleRequests: number;
}

function waitForReady(child: RunningChild): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`no READY line within ${readyTimeoutMs} ms`)),
      readyTimeoutMs,
    );
    const onData = () => {
      const match = /^READY (\d+) \d+$/m.exec(child.output());
      if (match) done(null, Number(match[1]));
    };
    const onExit = (code: number | null) =>
      done(new Error(`server exited early (code ${code}):\n${child.output()}`));
    function done(error: Error | null, port?: number) {
      clearTimeout(timer);
      child.process.stdout?.off('data', onData);
      child.process.off('exit', onExit);
      if (error) reject(error);
      else resolve(port as number);
    }
    child.process.stdout?.on('data', onData);
    child.process.once('exit', onExit);
  });
}

/** Counts what crosses the wire for one page, by the protocol's own byte counts. */
class WireMeter {
  private types = new Map<string, { type: string; cached: boolean }>();
  private visit: Visit | null = null;

  constructor(cdp: CDPSession) {
    cdp.on('Network.responseReceived', (event) => {
      this.types.set(event.requestId, {
        type: event.type,
        cached: Boolean(event.response.fromDiskCache || event.response.fromPrefetchCache),
      });
    });
    cdp.on('Network.requestServedFromCache', (event) => {
      const known = this.types.get(event.requestId);
      this.types.set(event.requestId, { type: known?.type ?? 'Other', cached: true });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const visit = this.visit;
      if (!visit) return;
      const info = this.types.get(event.requestId);
      const bytes = event.encodedDataLength;
      visit.requests += 1;
      visit.totalBytes += bytes;
      if (info?.type === 'Script') visit.scriptBytes += bytes;
      if (info?.type === 'Stylesheet') visit.styleBytes += bytes;
      if ((info?.type === 'Script' || info?.type === 'Stylesheet') && !info.cached && bytes > 0)
        visit.scriptStyleRequests += 1;
    });
  }

  start(): Visit {
    this.visit = { ms: 0, scriptBytes: 0, styleBytes: 0, totalBytes: 0, requests: 0, scriptStyleRequests: 0 };
    return this.visit;
  }

  stop(): void {
    this.visit = null;
  }
}

async function throttle(cdp: CDPSession, on: boolean): Promise<void> {
  await cdp.send(
    'Network.emulateNetworkConditions',
    on
      ? {
          offline: false,
          latency: latencyMs,
          downloadThroughput: (downKbit * 1000) / 8,
          uploadThroughput: (upKbit * 1000) / 8,
        }
      : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  );
}

/** Loads `url` throttled until `selector` shows, then lets late requests (fonts, lazy data) finish. */
async function visit(page: Page, cdp: CDPSession, meter: WireMeter, url: string, selector: string) {
  await page.goto('about:blank');
  await throttle(cdp, true);
  const figures = meter.start();
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: pageTimeoutMs });
  await page.locator(selector).first().waitFor({ timeout: pageTimeoutMs });
  figures.ms = performance.now() - started;
  await page.waitForLoadState('networkidle', { timeout: pageTimeoutMs });
  meter.stop();
  await throttle(cdp, false);
  return figures;
}

async function openBrowser(
  profile: string,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 900 },
    locale: 'id-ID',
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
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  return { context, page, cdp };
}

/** A draft standard of the demo drafter, opened in the composer (made here when none exists). */
async function composerUrl(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name=username]', 'drafter');
  await page.fill('input[name=password]', demoPassword);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=user-name]');
  await page.goto(`${baseUrl}/skj`);
  await page.locator('[data-testid=compose-standard]').first().click();
  await page.waitForURL(/\/skj\/[0-9a-f-]{36}$/);
  await page.locator('[data-testid=composer-bar]').waitFor();
  return page.url();
}

type Round = Record<'loginFirst' | 'loginRepeat' | 'composerFirst' | 'composerRepeat', Visit>;

async function oneRound(
  baseUrl: string,
  composer: string | null,
): Promise<{ round: Round; composer: string }> {
  const profile = makeTempDir('skj-bench-chromium-');
  const { context, page, cdp } = await openBrowser(profile);
  const meter = new WireMeter(cdp);
  try {
    const loginFirst = await visit(page, cdp, meter, `${baseUrl}/login`, 'input[name=username]');
    const loginRepeat = await visit(page, cdp, meter, `${baseUrl}/login`, 'input[name=username]');
    const url = composer ?? (await composerUrl(page, baseUrl));
    if (composer) {
      await page.goto(`${baseUrl}/login`);
      await page.fill('input[name=username]', 'drafter');
      await page.fill('input[name=password]', demoPassword);
      await page.click('button[type=submit]');
      await page.waitForSelector('[data-testid=user-name]');
    }
    // Signed in, the cache emptied: what a drafter's first visit of the composer costs.
    await cdp.send('Network.clearBrowserCache');
    const composerFirst = await visit(page, cdp, meter, url, '[data-testid=composer-bar]');
    const composerRepeat = await visit(page, cdp, meter, url, '[data-testid=composer-bar]');
    return { round: { loginFirst, loginRepeat, composerFirst, composerRepeat }, composer: url };
  } finally {
    await context.close();
    removeDir(profile);
  }
}

const kib = (bytes: number) => round(bytes / 1024, 1);

export async function run(): Promise<BenchResult> {
  const webRoot = path.resolve(process.env.SKJ_BENCH_WEB_ROOT ?? path.join(repoRoot, 'dist', 'web'));
  if (!fs.existsSync(path.join(webRoot, 'index.html')))
    throw new Error(`no built UI at ${webRoot}: run \`npm run build\` first`);
  const rounds = Math.max(1, Number(process.env.BENCH_WEB_ROUNDS ?? 3));
  const dataDir = makeTempDir('skj-bench-web-');
  let child: RunningChild | null = null;
  try {
    child = spawnTsx('bench/support/serve-for-bench.ts', [dataDir], {
      ...process.env,
      SKJ_DEMO: '1',
      SKJ_DEMO_PASSWORD: demoPassword,
      SKJ_BENCH_WEB_ROOT: webRoot,
    });
    const port = await waitForReady(child);
    const baseUrl = `http://127.0.0.1:${port}`;
    const results: Round[] = [];
    let composer: string | null = null;
    for (let i = 0; i < rounds; i++) {
      const outcome = await oneRound(baseUrl, composer);
      composer = outcome.composer;
      results.push(outcome.round);
    }
    const figures: Figure[] = [];
    const samples: Record<string, number[]> = {};
    const labels: [keyof Round, string][] = [
      ['loginFirst', '/login, first visit'],
      ['loginRepeat', '/login, repeat visit'],
      ['composerFirst', 'composer, first visit'],
      ['composerRepeat', 'composer, repeat visit'],
    ];
    for (const [key, label] of labels) {
      const of = (pick: (v: Visit) => number) => median(results.map((r) => pick(r[key])));
      samples[`${key}Ms`] = results.map((r) => r[key].ms);
      samples[`${key}TotalBytes`] = results.map((r) => r[key].totalBytes);
      figures.push(
        { label: `${label}: ready`, value: round(of((v) => v.ms) / 1000, 2), unit: 's' },
        { label: `${label}: JS`, value: kib(of((v) => v.scriptBytes)), unit: 'KiB' },
        { label: `${label}: CSS`, value: kib(of((v) => v.styleBytes)), unit: 'KiB' },
        { label: `${label}: total`, value: kib(of((v) => v.totalBytes)), unit: 'KiB' },
        { label: `${label}: requests (cache included)`, value: of((v) => v.requests), unit: '' },
        {
          label: `${label}: JS/CSS fetched`,
          value: of((v) => v.scriptStyleRequests),
          unit: 'files',
        },
      );
    }
    return {
      figures,
      samples,
      notes: [
        `${rounds} round(s), medians; ${downKbit}/${upKbit} kbit/s, ${latencyMs} ms latency (DevTools emulation); ` +
          `bytes as encoded on the wire, headers included; UI from ${path.relative(repoRoot, webRoot) || webRoot}.`,
        'Targets (issue #14): first visit of /login < 3 s and ≤ 200 KiB; repeat visit: no JS or CSS transferred.',
      ],
    };
  } finally {
    if (child) await stopChild(child.process);
    removeDir(dataDir);
  }
}
