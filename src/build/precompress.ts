/**
 * Precompression of the built web UI: next to every compressible file of the build output above a
 * small size, a `.br` (brotli, best quality) and a `.gz` (gzip -9), so the server sends the smaller
 * one by `Accept-Encoding` without compressing per request. Runs as a Vite plugin after the bundle
 * is written (`vite.config.ts`); kept here, outside `src/web`, so the server's tests can run it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Smaller files go out as they are: compression would save less than a packet. */
export const precompressMinBytes = 512;

const compressible = /\.(?:js|mjs|css|html|json|svg|txt|map|xml|webmanifest)$/i;

export interface PrecompressedFile {
  file: string;
  bytes: number;
  brotli: number;
  gzip: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Writes `<file>.br` and `<file>.gz` for each compressible file under `dir`; returns what it did. */
export function precompressDirectory(dir: string): PrecompressedFile[] {
  const done: PrecompressedFile[] = [];
  for (const file of walk(dir)) {
    if (!compressible.test(file)) continue;
    const content = fs.readFileSync(file);
    if (content.length < precompressMinBytes) continue;
    const brotli = zlib.brotliCompressSync(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    });
    const gzip = zlib.gzipSync(content, { level: 9 });
    fs.writeFileSync(`${file}.br`, brotli);
    fs.writeFileSync(`${file}.gz`, gzip);
    done.push({
      file: path.relative(dir, file),
      bytes: content.length,
      brotli: brotli.length,
      gzip: gzip.length,
    });
  }
  return done;
}

/** The Vite plugin: precompresses the output folder once the bundle is on disk. */
export function precompressPlugin() {
  let outDir = '';
  return {
    name: 'skj-precompress',
    apply: 'build' as const,
    configResolved(config: { root: string; build: { outDir: string } }) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = precompressDirectory(outDir);
      const total = files.reduce((sum, f) => sum + f.bytes, 0);
      const brotli = files.reduce((sum, f) => sum + f.brotli, 0);
      console.log(
        `precompressed ${files.length} files: ${Math.round(total / 1024)} KiB → ${Math.round(brotli / 1024)} KiB brotli`,
      );
    },
  };
}
