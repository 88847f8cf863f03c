/**
 * The built web UI: hashed files under /assets/ are cached for a year (a rebuild gives them new
 * names), every other file and the SPA fallback (`index.html`) are revalidated on each visit (ETag).
 * Each file goes out as its precompressed `.br` or `.gz` (written by the build, see
 * `src/build/precompress.ts`) when the browser accepts it, with `Vary: Accept-Encoding`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import type { AppEnv } from './context';

export const immutableCacheControl = 'public, max-age=31536000, immutable';
export const revalidateCacheControl = 'no-cache';

const precompressible = /\.(?:js|mjs|css|html|json|svg|txt|map|xml|webmanifest)$/i;

/** The encodings a request accepts (q > 0), from its Accept-Encoding header. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name.trim().toLowerCase());
  }
  return accepted;
}

interface Variant {
  file: string;
  size: number;
  encoding: 'br' | 'gzip' | null;
}

async function stat(file: string): Promise<fs.Stats | null> {
  try {
    const stats = await fs.promises.stat(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** The smallest variant of `file` the request accepts: brotli, then gzip, then the file itself. */
async function pickVariant(c: Context, file: string, size: number): Promise<Variant> {
  if (!precompressible.test(file)) return { file, size, encoding: null };
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (!accepted.has(encoding)) continue;
    const stats = await stat(file + suffix);
    if (stats) return { file: file + suffix, size: stats.size, encoding };
  }
  return { file, size, encoding: null };
}

/** A file under `root` named by the request path, or null (outside root, dotted segments, absent). */
async function resolveFile(
  root: string,
  requestPath: string,
): Promise<{ file: string; stats: fs.Stats } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || /(?:^|[/\\])\.{1,2}(?:[/\\]|$)/.test(decoded) || decoded.includes('\\'))
    return null;
  if (/\.(?:br|gz)$/.test(decoded)) return null; // the variants are chosen by Accept-Encoding only
  const file = path.join(root, decoded);
  if (!file.startsWith(root + path.sep)) return null;
  const stats = await stat(file);
  return stats ? { file, stats } : null;
}

async function sendFile(
  c: Context<AppEnv>,
  file: string,
  stats: fs.Stats,
  cacheControl: string,
): Promise<Response> {
  const variant = await pickVariant(c, file, stats.size);
  const headers = new Headers({
    'Content-Type': getMimeType(file) ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    'Last-Modified': stats.mtime.toUTCString(),
  });
  if (precompressible.test(file)) headers.set('Vary', 'Accept-Encoding');
  if (variant.encoding) headers.set('Content-Encoding', variant.encoding);
  if (cacheControl === revalidateCacheControl) {
    const etag = `"${createHash('sha1').update(`${stats.size}:${stats.mtimeMs}:${variant.encoding}`).digest('base64url').slice(0, 20)}"`;
    headers.set('ETag', etag);
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
      return new Response(null, { status: 304, headers });
    }
  }
  headers.set('Content-Length', String(variant.size));
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
  return new Response(await fs.promises.readFile(variant.file), { status: 200, headers });
}

/** Serves `webRoot`: files, then `index.html` for every other GET that is not under /api/. */
export function registerStaticFiles(app: Hono<AppEnv>, webRoot: string): void {
  const root = path.resolve(webRoot);
  const indexPath = path.join(root, 'index.html');
  app.on(['GET', 'HEAD'], '*', async (c) => {
    const found = c.req.path === '/' ? null : await resolveFile(root, c.req.path);
    if (found) {
      const hashed = c.req.path.startsWith('/assets/');
      return sendFile(c, found.file, found.stats, hashed ? immutableCacheControl : revalidateCacheControl);
    }
    if (c.req.path.startsWith('/assets/')) return c.text('Berkas tidak ditemukan.', 404);
    // Stat per request: a rebuild rewrites index.html with the new asset names.
    const stats = await stat(indexPath);
    if (!stats) return c.text('Antarmuka web tidak ditemukan.', 404);
    return sendFile(c, indexPath, stats, revalidateCacheControl);
  });
}
