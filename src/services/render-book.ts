/**
 * Renders a book of standards in a worker thread of this process: laying out hundreds of pages is
 * seconds of synchronous work (pdfmake, docx packing) that would otherwise stall every request the
 * server is answering. Progress and failures come back as messages. From the sources, the worker
 * loads the TypeScript through tsx's loader, registered inside the worker (Node 20 does not hand a
 * parent's `--import` hooks to workers reliably); compiled, it runs the build's JavaScript.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runsCompiled } from '../app-root';
import type { BookFailure, BookInput, BookProgress, BookResult } from '../documents/book-outline';
import type { DecreeInput } from '../documents/decree-outline';
import type { DocumentFormat } from './document-formats';

/** Messages from the worker (see render-book-worker.ts). */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; failure: BookFailure | null }
  | { type: 'result'; bytes: Uint8Array; failures: BookFailure[] }
  | { type: 'error'; message: string };

/** A book of standards, or (since the decree has the standards as its lampiran) a decree. */
export type WorkerInput =
  | { format: DocumentFormat; book: BookInput; decree?: undefined }
  | { format: DocumentFormat; decree: DecreeInput; book?: undefined };

/**
 * In this thread: for the CLI (where blocking harms no one) and inside the worker. The writers are
 * loaded on first use, so a server that never renders does not pay for docx and pdfmake at start.
 */
export async function renderBook(
  format: DocumentFormat,
  book: BookInput,
  onProgress?: BookProgress,
): Promise<BookResult> {
  if (format === 'pdf') return (await import('../documents/pdf-book')).renderBookPdf(book, onProgress);
  return (await import('../documents/docx-book')).renderBookDocx(book, onProgress);
}

/**
 * The worker's entry. Compiled (`npm start`): the build's `render-book-worker.js` beside this code.
 * From the sources (tsx, tests): the TypeScript module, through tsx's loader registered inside the
 * worker.
 */
function workerEntry(): { source: string | URL; eval: boolean } {
  if (runsCompiled) return { source: new URL('./render-book-worker.js', import.meta.url), eval: false };
  const require = createRequire(import.meta.url);
  const tsxEsmApi = pathToFileURL(
    path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs'),
  ).href;
  const workerModule = new URL('./render-book-worker.ts', import.meta.url).href;
  return {
    source: `import(${JSON.stringify(tsxEsmApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); });`,
    eval: true,
  };
}

export function renderBookInWorker(
  format: DocumentFormat,
  book: BookInput,
  onProgress?: BookProgress,
  signal?: AbortSignal,
): Promise<BookResult> {
  return renderInWorker({ format, book }, onProgress, signal);
}

/** The decree with its lampiran, rendered like a book in a worker thread. */
export function renderDecreeInWorker(
  format: DocumentFormat,
  decree: DecreeInput,
  onProgress?: BookProgress,
  signal?: AbortSignal,
): Promise<BookResult> {
  return renderInWorker({ format, decree }, onProgress, signal);
}

/** In this thread (the CLI and the worker itself). */
export async function renderDecree(format: DocumentFormat, decree: DecreeInput): Promise<BookResult> {
  const { decreeDocument } = await import('../documents/decree-outline');
  const document = decreeDocument(decree);
  if (format === 'pdf') {
    const { renderLetterPdf } = await import('../documents/pdf-letter');
    const report = await renderLetterPdf(document);
    return {
      bytes: report.bytes,
      failures: report.missingCharacters.length
        ? [
            {
              item: 'Huruf dokumen',
              message: `Karakter tidak tersedia pada huruf PDF: ${report.missingCharacters.join(' ')}`,
            },
          ]
        : [],
    };
  }
  const { renderLetterDocx } = await import('../documents/docx-letter');
  return { bytes: await renderLetterDocx(document), failures: [] };
}

function renderInWorker(
  input: WorkerInput,
  onProgress?: BookProgress,
  signal?: AbortSignal,
): Promise<BookResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const entry = workerEntry();
    const worker = new Worker(entry.source, { eval: entry.eval, execArgv: [], workerData: input });
    let settled = false;
    let resultReceived = false;
    let progress = Promise.resolve();
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        // Progress writes go one after another, and the result waits for the last of them.
        progress = progress.then(() => onProgress?.(message.done, message.total, message.failure));
      } else if (message.type === 'result') {
        resultReceived = true;
        const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
        progress.then(
          () => finish(() => resolve({ bytes, failures: message.failures })),
          (error) => finish(() => reject(error)),
        );
      } else {
        finish(() => reject(new Error(message.message)));
      }
    });
    // The instance is stopping (the job goes back to the queue) or lost the job: stop rendering.
    signal?.addEventListener('abort', () => finish(() => reject(signal.reason)), { once: true });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => {
      if (resultReceived) return;
      finish(() => reject(new Error(`Proses penyusun dokumen berhenti (kode ${code}) sebelum selesai.`)));
    });
  });
}
