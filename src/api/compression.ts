/**
 * Compression of the API's JSON (and of the few HTML pages the API renders itself) above 1 KiB,
 * brotli when accepted, else gzip, on the thread pool. Files that are already compressed
 * (.xlsx, .docx, .pdf, .tar.gz) and the precompressed web UI are left as they are: only
 * `application/json` and `text/html` bodies without a Content-Encoding are touched.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { acceptedEncodings } from './static-files';

export const compressionThresholdBytes = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const compressibleType = /^(?:application\/json|text\/html)\b/i;

export const compressResponses: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const res = c.res;
  const type = res.headers.get('content-type') ?? '';
  if (
    !compressibleType.test(type) ||
    !res.body ||
    res.status === 204 ||
    res.status === 206 ||
    res.headers.has('content-encoding') ||
    /\bno-transform\b/i.test(res.headers.get('cache-control') ?? '') ||
    c.req.method === 'HEAD'
  ) {
    return;
  }
  const vary = res.headers.get('vary');
  const varyHeader = vary
    ? /accept-encoding/i.test(vary)
      ? vary
      : `${vary}, Accept-Encoding`
    : 'Accept-Encoding';
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
  const body = Buffer.from(await res.arrayBuffer());
  // Hono copies the old response's headers onto a new one (a stale Content-Length among them):
  // clear it first, the new one carries every header already.
  c.res = undefined;
  const headers = new Headers(res.headers);
  headers.set('Vary', varyHeader);
  if (!encoding || body.length < compressionThresholdBytes) {
    headers.set('Content-Length', String(body.length));
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
    return;
  }
  // Brotli quality 5: most of the gain of 11 at a small fraction of its time, per request.
  const compressed =
    encoding === 'br'
      ? await brotli(body, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : await gzip(body, { level: 6 });
  headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(compressed.length));
  const etag = headers.get('etag');
  if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
  c.res = new Response(compressed, { status: res.status, statusText: res.statusText, headers });
};
