/**
 * Compressed responses: the web UI's precompressed files by Accept-Encoding with their cache
 * headers, the API's JSON compressed above 1 KiB, downloads untouched, security headers kept.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../src/build/precompress';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-web-'));
const script = `console.log(${JSON.stringify('SKJ '.repeat(2000))});\n`;
const tinyCss = 'body{margin:0}';

beforeAll(async () => {
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(
    path.join(webRoot, 'index.html'),
    `<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body>${'<p>SKJ</p>'.repeat(100)}</body></html>`,
  );
  fs.writeFileSync(path.join(webRoot, 'assets', 'app-abc123.js'), script);
  fs.writeFileSync(path.join(webRoot, 'assets', 'tiny-abc123.css'), tinyCss);
  precompressDirectory(webRoot);
  server = await startTestServer({}, { webRoot });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body is read as sent (fetch would decompress it). */
function raw(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.baseUrl);
    // The path as written: a URL object would resolve dot segments before sending.
    const request = http.request({ hostname, port, path: pathname, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

describe('precompression at build', () => {
  it('writes .br and .gz next to compressible files above the minimum, not next to tiny ones', () => {
    const assets = fs.readdirSync(path.join(webRoot, 'assets')).sort();
    expect(assets).toEqual(['app-abc123.js', 'app-abc123.js.br', 'app-abc123.js.gz', 'tiny-abc123.css']);
    const br = fs.readFileSync(path.join(webRoot, 'assets', 'app-abc123.js.br'));
    expect(zlib.brotliDecompressSync(br).toString()).toBe(script);
  });
});

describe('static files', () => {
  it('sends the brotli variant to a browser that accepts it, gzip to one that accepts only gzip, plain otherwise', async () => {
    const br = await raw('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await raw('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

    const refused = await raw('/assets/app-abc123.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(script);

    const plain = await raw('/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('marks hashed assets immutable for a year and keeps the security headers', async () => {
    for (const file of ['/assets/app-abc123.js', '/assets/tiny-abc123.css']) {
      const response = await raw(file, { 'accept-encoding': 'br' });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
    expect((await raw('/assets/tiny-abc123.css', { 'accept-encoding': 'br' })).body.toString()).toBe(tinyCss);
  });

  it('revalidates index.html (the SPA fallback too): no-cache, ETag, 304 on a match, CSP on the page', async () => {
    for (const page of ['/', '/login', '/skj/123']) {
      const first = await raw(page, { 'accept-encoding': 'br' });
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/^text\/html/);
      expect(first.headers['content-encoding']).toBe('br');
      expect(first.headers['cache-control']).toBe('no-cache');
      expect(first.headers['content-security-policy']).toContain("script-src 'self'");
      expect(zlib.brotliDecompressSync(first.body).toString()).toContain('/assets/app-abc123.js');
      const etag = first.headers.etag!;
      expect(etag).toBeTruthy();
      const again = await raw(page, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it('does not serve the variants by name, files outside the root or a missing asset as the page', async () => {
    expect((await raw('/assets/app-abc123.js.br')).status).toBe(404);
    expect((await raw('/assets/missing-123.js')).status).toBe(404);
    expect((await raw('/../package.json')).headers['content-type']).toMatch(/^text\/html/);
    for (const attempt of ['/assets/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const response = await raw(attempt);
      expect(response.body.toString()).not.toContain('"devDependencies"');
    }
  });
});

describe('API responses', () => {
  it('compresses JSON above 1 KiB by Accept-Encoding, with Vary, and leaves small JSON alone', async () => {
    const docs = await raw('/api/openapi.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(docs.headers['content-encoding']).toBe('br');
    expect(docs.headers.vary).toMatch(/Accept-Encoding/);
    const document = JSON.parse(zlib.brotliDecompressSync(docs.body).toString());
    expect(document.openapi).toBeTruthy();
    expect(docs.headers['x-content-type-options']).toBe('nosniff');

    const gz = await raw('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gz.body).toString())).toEqual(document);

    const plain = await raw('/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual(document);

    const small = await raw('/api/health', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.length).toBeLessThan(1024);
    expect(JSON.parse(small.body.toString())).toBeTruthy();
  });

  it('keeps session cookies and error bodies intact through compression', async () => {
    const client = server.client();
    const login = await client.post('/api/auth/login', { username: 'admin', password: 'salah-sekali' });
    expect(login.status).toBe(401);
    expect(login.body.error.code).toBeTruthy();
    const admin = await server.as('admin');
    const me = await admin.request('GET', '/api/auth/me', { headers: { 'accept-encoding': 'br' } });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('admin');
  });

  it('sends downloads that are already compressed (.xlsx) as they are', async () => {
    const admin = await server.as('admin');
    const me = await admin.get('/api/auth/me');
    const agencyId = me.body.user.agency.id;
    const response = await raw(`/api/agencies/${agencyId}/position-map.xlsx`, {
      cookie: admin.cookie!,
      'accept-encoding': 'gzip, br',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.subarray(0, 2).toString()).toBe('PK');
  });
});
