// Chunk load failure: block a page's chunk (as after a deploy) and see what the user gets.
import { chromium } from 'playwright-core';
const [baseUrl, out, password] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
const page = await context.newPage();
page.on('console', (m) => console.log(`console ${m.type()}: ${m.text()}`));
await page.goto(`${baseUrl}/login`);
await page.fill('input[name=username]', 'drafter');
await page.fill('input[name=password]', password);
await page.click('button[type=submit]');
await page.waitForSelector('[data-testid=user-name]');
// in-frame navigation to a page whose chunk is gone
await page.route(/\/assets\/(standards-page|catalog-page)-.*\.js$/, (r) => r.fulfill({ status: 404, body: 'Berkas tidak ditemukan.' }));
await page.click('a[href="/katalog"]');
await page.waitForSelector('[data-testid=route-error]');
await page.screenshot({ path: `${out}/chunk-fail-frame.png` });
// first load of a page whose chunk is gone: full page
await page.goto(`${baseUrl}/skj`);
await page.waitForSelector('[data-testid=route-error]');
await page.screenshot({ path: `${out}/chunk-fail-first.png` });
// slow chunk: the progress bar
await page.unroute(/\/assets\//);
await page.route(/\/assets\/dictionary-page-.*\.js$/, async (r) => { await new Promise((res) => setTimeout(res, 1500)); await r.continue(); });
await page.goto(`${baseUrl}/`);
await page.waitForSelector('[data-testid=user-name]');
await page.click('a[href="/kamus"]');
await page.waitForSelector('[data-testid=page-loading]');
await page.waitForTimeout(600);
await page.screenshot({ path: `${out}/progress.png` });
await page.waitForSelector('[data-testid=page-loading]', { state: 'detached' });
// English chosen, then a fresh load stays English
await page.click('[data-testid=language-toggle]');
await page.waitForFunction(() => document.documentElement.lang === 'en');
await page.reload();
await page.waitForSelector('[data-testid=user-name]');
console.log('after reload lang', await page.evaluate(() => document.documentElement.lang), await page.locator('h1').first().textContent());
await page.click('[data-testid=language-toggle]');
await page.waitForFunction(() => document.documentElement.lang === 'id');
await browser.close();
