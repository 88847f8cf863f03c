/** Response headers of the web UI and the API: CSP on HTML, HSTS over HTTPS, the rest everywhere. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-web-'));

beforeAll(async () => {
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(
    path.join(webRoot, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  fs.writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log(1);');
  server = await startTestServer({ SKJ_TRUSTED_PROXIES: '1' }, { webRoot });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) => fetch(server.baseUrl + p, { headers });

describe('security headers', () => {
  it('sends a strict Content-Security-Policy with the UI: scripts from this origin only, no inline script', async () => {
    for (const page of ['/', '/skj/123', '/login']) {
      const response = await get(page);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives['script-src']).toBe("'self'");
      expect(directives['default-src']).toBe("'self'");
      expect(directives['object-src']).toBe("'none'");
      expect(directives['frame-ancestors']).toBe("'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('sends Permissions-Policy, COOP and the older headers on every response; no CSP on JSON', async () => {
    for (const page of ['/', '/api/health', '/api/nope']) {
      const response = await get(page);
      expect(response.headers.get('permissions-policy')).toMatch(
        /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
      );
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect((await get('/api/health')).headers.get('content-security-policy')).toBeNull();
  });

  it('sends HSTS only when the request came over HTTPS', async () => {
    expect((await get('/')).headers.get('strict-transport-security')).toBeNull();
    const overHttps = await get('/', { 'x-forwarded-proto': 'https' });
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    expect(
      (await get('/api/health', { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security'),
    ).toMatch(/max-age=/);
  });

  it('keeps the API reference working under its own policy: its one inline style allowed by hash', async () => {
    const response = await get('/api/docs');
    expect(response.status).toBe(200);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/<script|style="/);
  });
});
