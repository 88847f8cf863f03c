/**
 * `npm run build` (after `vite build`): compiles the server to JavaScript under dist/server/, so
 * `npm start` runs `node dist/server/main.js` without transpiling the TypeScript at every start
 * (ADR 0026). Our code is bundled; packages stay imports from node_modules (PGlite finds its wasm
 * and data files beside its own code, argon2 is a native module). The document writers (docx,
 * pdfmake, exceljs), imported on first use, become chunks of their own that load only then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { appRoot } from '../src/app-root';

const serverOutDir = path.join(appRoot, 'dist', 'server');

const started = performance.now();
fs.rmSync(serverOutDir, { recursive: true, force: true });
build({
  absWorkingDir: appRoot,
  entryPoints: {
    main: 'src/main.ts',
    // Its own entry: renderBookInWorker starts it by file name beside the code that asks.
    'render-book-worker': 'src/services/render-book-worker.ts',
  },
  outdir: serverOutDir,
  // Chunks beside the entries: a chunk holding render-book.ts finds the worker at ./render-book-worker.js.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
})
  .then(() => {
    const ms = Math.round(performance.now() - started);
    console.log(`server dikompilasi ke ${path.relative(appRoot, serverOutDir)}/ (${ms} ms)`);
  })
  .catch(() => {
    // esbuild has printed the errors.
    process.exitCode = 1;
  });
