/**
 * Official documents, pure rendering (no database): one standard (seed 001, 15 rows) as DOCX and
 * PDF, median of repeated runs after a warm-up; the 144-position book (seed 000's drafting campaign size)
 * as DOCX and PDF, each in a child process of its own for its time and peak RSS.
 */
import { renderStandardDocx } from '../src/documents/docx-standard';
import { renderStandardPdf } from '../src/documents/pdf-standard';
import { seed001Standard } from '../src/domain/job-standard-test-factory';
import { spawnTsx, waitForExit } from './support/process';
import { median, round } from './support/stats';
import type { BenchResult } from './types';

export const name = 'documents';
export const description = 'SKJ as DOCX/PDF: one standard (ms) and the 144-position book (s, peak RSS)';

async function timeIt(render: () => Promise<Buffer>, runs: number): Promise<number[]> {
  for (let k = 0; k < 3; k++) await render();
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    await render();
    samples.push(performance.now() - started);
  }
  return samples;
}

interface ChildFigures {
  seconds: number;
  peakRssMiB: number;
  bytes: number;
  pages: number | null;
  failures: number;
}

async function renderBookInChild(format: 'docx' | 'pdf'): Promise<ChildFigures> {
  const child = spawnTsx('bench/support/render-book-child.ts', [format, '144'], process.env);
  const code = await waitForExit(child.process);
  if (code !== 0) throw new Error(`book ${format} child exited ${code}: ${child.output()}`);
  const line = child
    .output()
    .split('\n')
    .find((l) => l.startsWith('{'));
  if (!line) throw new Error(`book ${format} child printed no figures: ${child.output()}`);
  return JSON.parse(line) as ChildFigures;
}

export async function run(): Promise<BenchResult> {
  const input = {
    standard: seed001Standard(),
    meta: {
      agencyName: 'Pemerintah Kabupaten Magetan',
      version: 1,
      status: 'draft' as const,
      ratifiedAt: null,
      positionCode: null,
      generatedAt: new Date(),
    },
  };
  const docx = await timeIt(() => renderStandardDocx(input), 20);
  const pdf = await timeIt(() => renderStandardPdf(input), 10);
  const bookDocx = await renderBookInChild('docx');
  const bookPdf = await renderBookInChild('pdf');
  return {
    figures: [
      { label: 'one standard DOCX (median of 20)', value: round(median(docx)), unit: 'ms' },
      { label: 'one standard PDF (median of 10)', value: round(median(pdf)), unit: 'ms' },
      { label: 'book of 144 positions DOCX', value: round(bookDocx.seconds, 2), unit: 's' },
      { label: 'book DOCX peak RSS (child process)', value: round(bookDocx.peakRssMiB), unit: 'MiB' },
      { label: 'book DOCX size', value: round(bookDocx.bytes / 2 ** 20, 2), unit: 'MiB' },
      { label: 'book of 144 positions PDF', value: round(bookPdf.seconds, 2), unit: 's' },
      { label: 'book PDF peak RSS (child process)', value: round(bookPdf.peakRssMiB), unit: 'MiB' },
      { label: 'book PDF size', value: round(bookPdf.bytes / 2 ** 20, 2), unit: 'MiB' },
      { label: 'book PDF pages', value: bookPdf.pages ?? 0, unit: 'pages' },
    ],
    notes: [
      'Rendering only: the API runs the book in a worker thread and adds the database reads (a few queries).',
      'Peak RSS is the child process’s whole maximum resident set (Node, modules, the 144 standards in memory, the output).',
      'The DOCX table of contents is written without page numbers (a layout pass only Word/LibreOffice does); the PDF one has them.',
    ],
    samples: { standardDocxMs: docx, standardPdfMs: pdf },
  };
}
