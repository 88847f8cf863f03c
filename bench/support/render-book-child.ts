/**
 * Child process of the documents benchmark: renders the 144-position book once in one format and
 * prints `{ seconds, peakRssMiB, bytes, pages }` as JSON, so each format's peak memory is its own.
 * Usage: node --import tsx bench/support/render-book-child.ts docx|pdf [positions]
 */
import { renderBookDocx } from '../../src/documents/docx-book';
import { renderBookPdf } from '../../src/documents/pdf-book';
import { generateBook } from './generate-book';

const format = process.argv[2];
const positions = Number(process.argv[3] ?? 144);
if (format !== 'docx' && format !== 'pdf') throw new Error('format must be docx or pdf');
const book = generateBook(positions);
const started = performance.now();
const result = await (format === 'pdf' ? renderBookPdf(book) : renderBookDocx(book));
const seconds = (performance.now() - started) / 1000;
const pages =
  format === 'pdf' ? (result.bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length : null;
console.log(
  JSON.stringify({
    seconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    bytes: result.bytes.length,
    pages,
    failures: result.failures.length,
  }),
);
