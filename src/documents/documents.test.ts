import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParts, docxText, missingTexts, missingWords, pdfText } from '../../test/support/document-text';
import type { JobStandard } from '../domain/job-standard';
import { seed001Standard, standardAt } from '../domain/job-standard-test-factory';
import type { BookInput } from './book-outline';
import { renderBookDocx } from './docx-book';
import { renderRecordDocx } from './docx-record';
import { renderStandardDocx } from './docx-standard';
import { renderBookPdf } from './pdf-book';
import { renderRecordPdf } from './pdf-record';
import { renderStandardPdf } from './pdf-standard';
import type { RecordDocumentInput } from './record-outline';
import type { StandardDocumentInput, StandardDocumentMeta } from './standard-outline';

const agencyName = 'Pemerintah Kabupaten Magetan';
const draftMeta: StandardDocumentMeta = {
  agencyName,
  version: 1,
  status: 'draft',
  ratifiedAt: null,
  positionCode: null,
  generatedAt: new Date('2024-03-01T02:00:00Z'),
};
const ratifiedMeta: StandardDocumentMeta = {
  ...draftMeta,
  version: 2,
  status: 'ratified',
  ratifiedAt: new Date('2024-02-20T03:00:00Z'),
  positionCode: 'SKJ-2024-000042',
};

/** Every text of a standard that its document must show. */
function standardTexts(standard: JobStandard): string[] {
  const { identity, competencies, requirements } = standard;
  return [
    identity.positionName,
    identity.governmentAffair ?? '',
    identity.summary ?? '',
    ...competencies.flatMap((row) => [row.name, row.levelDescription, ...row.behaviourIndicators]),
    requirements.education.levels.join('/'),
    requirements.education.fieldsOfStudy.join(', '),
    ...requirements.training.managerial.map((t) => t.name),
    ...requirements.training.technical.map((t) => t.name),
    requirements.experience.description,
    ...requirements.performanceIndicators.map((p) => p.text),
  ].filter(Boolean);
}

const layoutTexts = [
  'STANDAR KOMPETENSI JABATAN',
  'Nama Jabatan',
  'Kelompok Jabatan',
  'Urusan Pemerintah',
  'Kode Jabatan',
  'I. IKHTISAR JABATAN',
  'II. STANDAR KOMPETENSI',
  'III. PERSYARATAN JABATAN',
  'A. Manajerial',
  'B. Sosial Kultural',
  'C. Teknis',
  'Jenis Persyaratan',
  'Tingkat Pentingnya terhadap Jabatan',
  'Mutlak',
  'Penting',
  'Perlu',
  'A. Pendidikan',
  'B. Pelatihan',
  'C. Pengalaman Kerja',
  'D. Pangkat',
  'E. Indikator Kinerja Jabatan',
];

/** Header and footer lines, and the watermark's letters, that pdftotext puts between table lines. */
const pageFurniture = [/^PEMERINTAH /, /Halaman \d+ dari \d+$/, /^[DRAFT]$/, /^Kompetensi Level Deskripsi/];

const seed001 = (): StandardDocumentInput => ({ standard: seed001Standard(), meta: draftMeta });

describe('one standard as DOCX', () => {
  it('reproduces the seed 001 example in the official layout, with every text of the standard', async () => {
    const input = seed001();
    const bytes = await renderStandardDocx(input);
    const { document, files, headers, footers } = docxParts(bytes);
    const text = docxText(bytes);
    expect(missingTexts(text, [...layoutTexts, 'JABATAN ADMINISTRATOR', 'Jabatan Administrasi'])).toEqual([]);
    expect(missingTexts(text, standardTexts(input.standard))).toEqual([]);
    // Rows numbered on across the three kinds, as in seed 001 (1–8, 9, 10–15).
    expect(text).toContain('1. Integritas');
    expect(text).toContain('9. Perekat Bangsa');
    expect(text).toContain('15. Manajemen Kinerja');
    expect(text).toContain('Pembina (IV/a)');
    // A4 portrait, margins left 3 cm, top/bottom 2.5 cm, right 2 cm; Arial.
    expect(document.includes('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')).toBe(true);
    expect(document.includes('<w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1701"')).toBe(
      true,
    );
    expect(files.get('word/styles.xml')?.toString()).toContain('w:ascii="Arial"');
    // Real tables (letterhead, identity, competencies, requirements) with a repeated header row; indicators as real numbered lists, one list per cell.
    expect((document.match(/<w:tbl>/g) ?? []).length).toBe(4);
    expect((document.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    const indicatorCount = input.standard.competencies.reduce(
      (n, row) => n + row.behaviourIndicators.length,
      0,
    );
    // The uraian tugas is one more numbered list (PP 11/2017 Pasal 166: the job description).
    const tasks = input.standard.identity.jobDescription.length;
    expect(tasks).toBeGreaterThan(0);
    expect((document.match(/<w:numPr>/g) ?? []).length).toBe(indicatorCount + tasks);
    const lists = new Set([...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(lists.size).toBe(input.standard.competencies.length + 1);
    for (const task of input.standard.identity.jobDescription) expect(text).toContain(task);
    expect(text).toContain('Uraian Tugas');
    // Rows of the competency table never split across pages.
    expect((document.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThan(
      input.standard.competencies.length,
    );
    // Agency in the header, version and status in the footer, DRAFT watermark in the header.
    expect(headers.join('')).toContain(agencyName.toUpperCase());
    expect(headers.join('')).toMatch(/<v:textpath [^>]*string="DRAFT"/);
    expect(wordFooter(footers)).toContain('Versi 1 · Draf, belum ditetapkan');
    expect(footers.join('')).toContain('PAGE');
  });

  it('drops the watermark once ratified and shows the code and the ratification date', async () => {
    const bytes = await renderStandardDocx({ standard: seed001Standard(), meta: ratifiedMeta });
    const { headers, footers } = docxParts(bytes);
    expect(headers.join('')).not.toContain('DRAFT');
    expect(wordFooter(footers)).toContain('Versi 2 · Ditetapkan 20 Februari 2024');
    expect(docxText(bytes)).toContain('SKJ-2024-000042');
  });
});

function wordFooter(footers: string[]) {
  return footers.join('').replace(/<[^>]+>/g, '');
}

describe('one standard as PDF', () => {
  it('carries the same texts as the Word document, with its fonts embedded', async () => {
    const input = seed001();
    const bytes = Buffer.from(await renderStandardPdf(input));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(missingTexts(text, layoutTexts)).toEqual([]);
    expect(missingWords(text, standardTexts(input.standard), pageFurniture)).toEqual([]);
    expect(text).toContain('Kepala Bidang Pengembangan Kompetensi · Versi 1 · Draf, belum ditetapkan');
    expect(text).toMatch(/D\nR\nA\nF\nT/);
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => / yes +yes +yes /.test(line))).toBe(true);
  });

  it('has no watermark once ratified', async () => {
    const text = pdfText(await renderStandardPdf({ standard: seed001Standard(), meta: ratifiedMeta }));
    expect(text).not.toMatch(/D\nR\nA\nF\nT/);
    expect(text).toContain('Ditetapkan 20 Februari 2024');
  });
});

function pdfFonts(bytes: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-fonts-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), bytes);
    const out = execFileSync('pdffonts', [path.join(dir, 'a.pdf')], { encoding: 'utf8' });
    return out.split('\n').slice(2).filter(Boolean);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const at = (iso: string) => new Date(iso);
const recordInput = (): RecordDocumentInput => ({
  standard: seed001Standard(),
  meta: ratifiedMeta,
  transitions: [
    {
      action: 'submit',
      fromStatus: 'draft',
      toStatus: 'submitted',
      actorName: 'Budi Santoso, S.E.',
      actorRole: 'drafter',
      at: at('2024-02-01T02:00:00Z'),
      comment: null,
    },
    {
      action: 'return',
      fromStatus: 'submitted',
      toStatus: 'draft',
      actorName: 'Siti Rahmawati, S.Psi.',
      actorRole: 'verifier',
      at: at('2024-02-02T02:00:00Z'),
      comment: 'Lengkapi indikator kinerja jabatan.',
    },
    {
      action: 'submit',
      fromStatus: 'draft',
      toStatus: 'submitted',
      actorName: 'Budi Santoso, S.E.',
      actorRole: 'drafter',
      at: at('2024-02-05T02:00:00Z'),
      comment: null,
    },
    {
      action: 'verify',
      fromStatus: 'submitted',
      toStatus: 'verified',
      actorName: 'Siti Rahmawati, S.Psi.',
      actorRole: 'verifier',
      at: at('2024-02-06T02:00:00Z'),
      comment: null,
    },
  ],
});

describe('formulation record (Dokumen Rumusan Kompetensi)', () => {
  const expected = [
    'DOKUMEN RUMUSAN KOMPETENSI',
    'IV. RIWAYAT PERUMUSAN',
    'Dikembalikan',
    'Lengkapi indikator kinerja jabatan.',
    '5 Februari 2024',
    'V. PENGESAHAN',
    'Disusun dan diajukan oleh,',
    'Budi Santoso, S.E.',
    'Diverifikasi oleh,',
    'Siti Rahmawati, S.Psi.',
    'Divalidasi oleh,',
    'Ditetapkan oleh,',
    '(....................................)',
  ];

  it('DOCX: the standard, the workflow history with actors and dates, and signature blocks', async () => {
    const input = recordInput();
    const text = docxText(await renderRecordDocx(input));
    expect(missingTexts(text, [...expected, ...standardTexts(input.standard)])).toEqual([]);
    // The signature of the submission is the one after the return (5 Feb), not the first one.
    expect(text).toContain('Tanggal 5 Februari 2024');
    expect(text).not.toContain('Tanggal 1 Februari 2024');
  });

  it('PDF: the same content', async () => {
    const input = recordInput();
    const text = pdfText(await renderRecordPdf(input));
    expect(missingWords(text, [...expected, ...standardTexts(input.standard)], pageFurniture)).toEqual([]);
    expect(text).toContain('Tanggal 5 Februari 2024');
  });
});

function bookInput(): BookInput {
  const first = seed001Standard();
  const second = standardAt('pengawas', [2, 3, 2, 3, 2]);
  second.identity.positionName = 'Kepala Subbidang Pengembangan Kompetensi';
  const third = standardAt('ahli-muda', [3, 4, 3, 3, 4]);
  third.identity.positionName = 'Analis SDM Aparatur Ahli Muda';
  const broken = { identity: { positionName: 'Jabatan Rusak' } } as unknown as JobStandard;
  return {
    agencyName,
    scopeName: null,
    generatedAt: draftMeta.generatedAt,
    entries: [
      { unitName: 'Badan Kepegawaian Daerah', document: { standard: first, meta: ratifiedMeta } },
      { unitName: 'Badan Kepegawaian Daerah', document: { standard: broken, meta: draftMeta } },
      { unitName: 'Badan Kepegawaian Daerah', document: { standard: second, meta: draftMeta } },
      { unitName: 'Sekretariat Daerah', document: { standard: third, meta: draftMeta } },
    ],
    positionsWithoutStandard: [{ unitName: 'Sekretariat Daerah', positionName: 'Pengadministrasi Umum' }],
  };
}

describe('book of standards', () => {
  it('DOCX: cover, TOC field with its entries written, a section per position, failures reported', async () => {
    const book = bookInput();
    const progress: [number, number, boolean][] = [];
    const result = await renderBookDocx(book, (done, total, failure) => {
      progress.push([done, total, failure !== null]);
    });
    expect(progress).toEqual([
      [1, 4, false],
      [2, 4, true],
      [3, 4, false],
      [4, 4, false],
    ]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.item).toBe('Jabatan Rusak (Badan Kepegawaian Daerah)');
    const { document, headers } = docxParts(result.bytes);
    const text = docxText(result.bytes);
    expect(text).toContain('BUKU STANDAR KOMPETENSI JABATAN');
    expect(text).toContain('3 jabatan: 1 ditetapkan, 2 belum ditetapkan');
    expect(document.includes('TOC \\h \\o &quot;1-2&quot;')).toBe(true);
    // The entries are written into the TOC field, so the list shows before fields are updated.
    const tocStart = document.indexOf('<w:sdtContent>');
    const toc = document.slice(tocStart, document.indexOf('</w:sdtContent>', tocStart));
    expect(wordTextOf(toc)).toContain('1. Kepala Bidang Pengembangan Kompetensi');
    expect(wordTextOf(toc)).toContain('3. Analis SDM Aparatur Ahli Muda');
    expect(wordTextOf(toc)).toContain('Sekretariat Daerah');
    // Cover, contents, three positions, appendix: six sections; two drafts carry the watermark.
    expect((document.match(/<w:sectPr/g) ?? []).length).toBe(6);
    expect(headers.filter((h) => h.includes('string="DRAFT"'))).toHaveLength(2);
    expect(text).toContain('Jabatan yang Gagal Dimuat');
    expect(text).toContain('Pengadministrasi Umum (Sekretariat Daerah)');
    for (const entry of book.entries.filter((e) => e.document.standard.competencies)) {
      expect(missingTexts(text, standardTexts(entry.document.standard))).toEqual([]);
    }
  });

  it('PDF: a real table of contents with page numbers and the same positions', async () => {
    const book = bookInput();
    const result = await renderBookPdf(book);
    expect(result.failures.map((f) => f.item)).toEqual(['Jabatan Rusak (Badan Kepegawaian Daerah)']);
    const contents = pdfText(result.bytes, { firstPage: 2, lastPage: 2 });
    expect(contents).toContain('DAFTAR ISI');
    expect(contents).toMatch(/1\. Kepala Bidang Pengembangan Kompetensi\s+3\b/);
    expect(contents).toMatch(/3\. Analis SDM Aparatur Ahli Muda\s+\d+/);
    const text = pdfText(result.bytes);
    for (const entry of book.entries.filter((e) => e.document.standard.competencies)) {
      expect(missingWords(text, standardTexts(entry.document.standard), pageFurniture)).toEqual([]);
    }
    expect(text).toContain('Pengadministrasi Umum (Sekretariat Daerah)');
  });
});

function wordTextOf(xml: string) {
  return xml.replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '').replace(/<[^>]+>/g, '');
}
