/**
 * The Word documents as another office suite sees them: LibreOffice (headless, a fresh profile)
 * converts each DOCX to PDF, the text is compared with the standard, and the first page of every
 * kind of document (DOCX through LibreOffice, and the PDFs we write) is rendered to a PNG in
 * e2e/artifacts/documents/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingWords, pdfPageCount, pdfText } from '../../test/support/document-text';
import { seed001Standard, standardAt } from '../domain/job-standard-test-factory';
import { renderBookDocx } from './docx-book';
import { renderRecordDocx } from './docx-record';
import { renderStandardDocx } from './docx-standard';
import { renderBookPdf } from './pdf-book';
import { renderRecordPdf } from './pdf-record';
import { renderStandardPdf } from './pdf-standard';
import type { StandardDocumentMeta } from './standard-outline';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file));
const artifacts = path.resolve('e2e/artifacts/documents');

const meta: StandardDocumentMeta = {
  agencyName: 'Pemerintah Kabupaten Magetan',
  version: 1,
  status: 'draft',
  ratifiedAt: null,
  positionCode: null,
  generatedAt: new Date('2024-03-01T02:00:00Z'),
};

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lo-'));
  fs.mkdirSync(artifacts, { recursive: true });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Converts the DOCX files in one LibreOffice run with a profile of its own (no lock, no first-run state). */
function convertWithLibreOffice(files: string[]): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lo-profile-'));
  try {
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...files,
      ],
      { timeout: 240_000, stdio: 'pipe' },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Page `page` of a PDF as a 60 dpi PNG in the artifacts folder. */
function renderPage(pdf: string, name: string, page = 1): string {
  const prefix = path.join(artifacts, name);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}

const furniture = [/^PEMERINTAH /, /Halaman \d+ dari \d+$/, /^[DRAFT]$/, /^Kompetensi Level Deskripsi/];

describe.skipIf(!soffice)('documents in LibreOffice', () => {
  it('converts the standard, record and book DOCX to PDF with the standard text; renders page 1 of each', async () => {
    const standard = seed001Standard();
    const second = standardAt('pengawas', [2, 3, 2, 3, 2]);
    second.identity.positionName = 'Kepala Subbidang Pengembangan Kompetensi';
    const transitions = [
      {
        action: 'submit' as const,
        fromStatus: 'draft' as const,
        toStatus: 'submitted' as const,
        actorName: 'Budi Santoso, S.E.',
        actorRole: 'drafter',
        at: new Date('2024-02-05T02:00:00Z'),
        comment: null,
      },
    ];
    const book = {
      agencyName: meta.agencyName,
      scopeName: 'Badan Kepegawaian Daerah',
      generatedAt: meta.generatedAt,
      entries: [
        { unitName: 'Badan Kepegawaian Daerah', document: { standard, meta } },
        { unitName: 'Bidang Pengembangan Kompetensi', document: { standard: second, meta } },
      ],
      positionsWithoutStandard: [],
    };
    const docx = {
      standard: await renderStandardDocx({ standard, meta }),
      record: await renderRecordDocx({ standard, meta, transitions }),
      book: (await renderBookDocx(book)).bytes,
    };
    const files = Object.entries(docx).map(([name, bytes]) => {
      const file = path.join(work, `${name}.docx`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    convertWithLibreOffice(files);

    const expected = [
      standard.identity.positionName,
      ...standard.competencies.flatMap((row) => [row.name, row.levelDescription, ...row.behaviourIndicators]),
    ];
    for (const name of Object.keys(docx)) {
      const pdf = path.join(work, `${name}.pdf`);
      expect(fs.existsSync(pdf), `${name}.pdf written by LibreOffice`).toBe(true);
      const bytes = fs.readFileSync(pdf);
      expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(3);
      expect(missingWords(pdfText(bytes), expected, furniture)).toEqual([]);
      expect(fs.statSync(renderPage(pdf, `libreoffice-${name}-page1`)).size).toBeGreaterThan(1000);
    }
    expect(pdfText(fs.readFileSync(path.join(work, 'record.pdf')))).toContain('DOKUMEN RUMUSAN KOMPETENSI');
    const bookText = pdfText(fs.readFileSync(path.join(work, 'book.pdf')));
    expect(bookText).toContain('DAFTAR ISI');
    expect(bookText).toContain('Kepala Subbidang Pengembangan Kompetensi');
    renderPage(path.join(work, 'book.pdf'), 'libreoffice-book-page2', 2);
    renderPage(path.join(work, 'book.pdf'), 'libreoffice-book-page3', 3);
  }, 300_000);

  it('renders page 1 of each PDF we write, for comparison with the Word documents', async () => {
    const standard = seed001Standard();
    const pdfs = {
      standard: await renderStandardPdf({ standard, meta }),
      record: await renderRecordPdf({ standard, meta: { ...meta, status: 'ratified' }, transitions: [] }),
      book: (
        await renderBookPdf({
          agencyName: meta.agencyName,
          scopeName: null,
          generatedAt: meta.generatedAt,
          entries: [{ unitName: 'Badan Kepegawaian Daerah', document: { standard, meta } }],
          positionsWithoutStandard: [],
        })
      ).bytes,
    };
    for (const [name, bytes] of Object.entries(pdfs)) {
      const file = path.join(work, `pdfmake-${name}.pdf`);
      fs.writeFileSync(file, bytes);
      expect(fs.statSync(renderPage(file, `pdfmake-${name}-page1`)).size).toBeGreaterThan(1000);
    }
    renderPage(path.join(work, 'pdfmake-book.pdf'), 'pdfmake-book-page2', 2);
  });
});
