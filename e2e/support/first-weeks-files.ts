/**
 * The files a new regional agency brings in its first weeks, built the way its staff would have
 * them: the peta jabatan workbook, a technical dictionary in the flat layout, a SIASN "Data ASN"
 * export, and one standard as a Word document (for e2e/first-weeks.e2e.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { documentXml, docxOf, p, span, tbl, tc, tr, w } from '../../test/support/docx-xml';

const unitI = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';
export const wordPosition = 'Kepala Bidang Pengembangan Kompetensi';
export const composedPosition = 'Kepala Bidang Mutasi dan Promosi';

function tempFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skj-first-weeks-')), name);
}

const mapHeader = [
  'Unit Eselon I',
  'Unit Eselon II',
  'Unit Eselon III',
  'Nama Jabatan',
  'Jenis Jabatan',
  'Jenjang',
  'Kelas',
  'B',
  'K',
];
const mapRows = [
  [unitI, '', '', `Kepala ${unitI}`, 'JPT', 'JPT Pratama', '14', '1', '1'],
  [unitI, 'Sekretariat', '', 'Sekretaris', 'Struktural', 'Eselon III', '11', '1', '1'],
  [
    unitI,
    'Sekretariat',
    'Subbagian Umum dan Kepegawaian',
    'Kepala Subbagian Umum dan Kepegawaian',
    'Pengawas',
    '',
    '9',
    '1',
    '1',
  ],
  [unitI, 'Bidang Pengembangan Kompetensi', '', wordPosition, 'Struktural', 'Eselon III', '11', '1', '1'],
  [
    unitI,
    'Bidang Pengembangan Kompetensi',
    'Subbidang Pengembangan Kompetensi Teknis',
    'Kepala Subbidang Pengembangan Kompetensi Teknis',
    'Pengawas',
    '',
    '9',
    '1',
    '1',
  ],
  [
    unitI,
    'Bidang Pengembangan Kompetensi',
    'Subbidang Pengembangan Kompetensi Teknis',
    'Analis Sumber Daya Manusia Aparatur',
    'Fungsional',
    'ahli muda',
    '9',
    '2',
    '3',
  ],
  [
    unitI,
    'Bidang Pengembangan Kompetensi',
    'Subbidang Pengembangan Kompetensi Teknis',
    'Pengelola Pendidikan dan Pelatihan',
    'Pelaksana',
    '',
    '7',
    '1',
    '2',
  ],
  [unitI, 'Bidang Mutasi dan Promosi', '', composedPosition, 'Struktural', 'Eselon III', '11', '1', '1'],
  [
    unitI,
    'Bidang Mutasi dan Promosi',
    'Subbidang Mutasi',
    'Kepala Subbidang Mutasi',
    'Pengawas',
    '',
    '9',
    '1',
    '1',
  ],
  [
    unitI,
    'Bidang Mutasi dan Promosi',
    'Subbidang Mutasi',
    'Pengadministrasi Kepegawaian',
    'Pelaksana',
    '',
    '6',
    '2',
    '2',
  ],
];

export async function positionMapXlsx(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Peta Jabatan');
  sheet.addRow(mapHeader);
  for (const row of mapRows) sheet.addRow(row);
  const file = tempFile('peta-jabatan-lembah-hijau.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

/** The flat layout HR staff keep: one row per level, indicators on new lines. */
const dictionaryEntries = [
  [
    'KPG.01',
    'Pengembangan Kompetensi Aparatur',
    'Kemampuan merencanakan dan melaksanakan pengembangan kompetensi ASN.',
  ],
  [
    'KPG.02',
    'Penyusunan Standar Kompetensi Jabatan',
    'Kemampuan menyusun standar kompetensi jabatan sesuai ketentuan.',
  ],
  [
    'KPG.03',
    'Manajemen Karier Aparatur',
    'Kemampuan mengelola pola karier dan jalur pengembangan karier ASN.',
  ],
  [
    'KPG.04',
    'Mutasi dan Promosi Aparatur',
    'Kemampuan mengelola mutasi dan promosi ASN berdasarkan sistem merit.',
  ],
  // The agency's own text of the mandatory regional competency (nationally a placeholder).
  [
    'OTDA.01',
    'Advokasi Kebijakan Otonomi Daerah',
    'Kemampuan mengadvokasi kebijakan otonomi daerah kepada pemangku kepentingan.',
  ],
] as const;

export async function dictionaryXlsx(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kamus');
  sheet.addRow(['Kode', 'Nama Kompetensi', 'Definisi', 'Level', 'Deskripsi', 'Indikator Perilaku']);
  for (const [code, name, definition] of dictionaryEntries)
    for (let level = 1; level <= 5; level++)
      sheet.addRow([
        code,
        level === 1 ? name : '',
        level === 1 ? definition : '',
        level,
        `Mampu menerapkan ${name.toLowerCase()} pada tingkat ${level}`,
        `1. Menerapkan ${name.toLowerCase()} level ${level}\n2. Mengevaluasi ${name.toLowerCase()} level ${level}`,
      ]);
  const file = tempFile('kamus-teknis-kepegawaian.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

/** A SIASN "Data ASN" export as the agency downloads it (semicolons, BOM). */
export function siasnCsv(): string {
  const lines = [
    [
      'PNS_ID',
      'NIP_BARU',
      'NAMA',
      'GOL_AKHIR_NAMA',
      'TINGKAT_PENDIDIKAN_NAMA',
      'PENDIDIKAN_NAMA',
      'JABATAN_NAMA',
      'UNOR_NAMA',
    ],
    [
      'a1',
      '197805122005011002',
      'Yusuf Hidayat',
      'Pembina (IV/a)',
      'S-2/Magister',
      'Manajemen Sumber Daya Manusia',
      wordPosition,
      'Bidang Pengembangan Kompetensi',
    ],
    [
      'a2',
      '198003152006042001',
      'Lestari Wulandari',
      'Pembina (IV/a)',
      'S-1/Sarjana',
      'Administrasi Negara',
      composedPosition,
      'Bidang Mutasi dan Promosi',
    ],
    [
      'a3',
      '198811202012011003',
      'Fajar Nugroho',
      'Penata (III/c)',
      'S-1/Sarjana',
      'Psikologi',
      'Analis Sumber Daya Manusia Aparatur',
      'Subbidang Pengembangan Kompetensi Teknis',
    ],
    [
      'a4',
      '199204082015032004',
      'Maya Sari',
      'III/b',
      'D3',
      'Manajemen Informatika',
      'Pengadministrasi Kepegawaian',
      'Subbidang Mutasi',
    ],
  ];
  const file = tempFile('siasn-data-asn.csv');
  fs.writeFileSync(file, `\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`);
  return file;
}

// A document.xml written by hand, as the agency's earlier Word file would be.

export function wordStandardDocx(): Buffer {
  const identity = tbl(
    tr(tc(p(w('Nama Jabatan'))), tc(p(w(wordPosition)))),
    tr(tc(p(w('Kode Jabatan'))), tc(p(w('-')))),
    tr(tc(p(w('Jenjang'))), tc(p(w('Administrator')))),
    tr(tc(p(w('Unit Kerja'))), tc(p(w('Bidang Pengembangan Kompetensi')))),
    tr(
      tc(p(w('Ikhtisar Jabatan'))),
      tc(p(w('Memimpin perencanaan dan pelaksanaan pengembangan kompetensi ASN daerah.'))),
    ),
  );
  const managerial = [
    'Integritas',
    'Kerja Sama',
    'Komunikasi',
    'Orientasi pada Hasil',
    'Pelayanan Publik',
    'Pengembangan Diri dan Orang Lain',
    'Mengelola Perubahan',
    'Pengambilan Keputusan',
  ];
  let number = 0;
  const row = (kind: string, name: string, level: string) => {
    number += 1;
    const plain = name.replace(/^[A-Z]+\.\d+ /, '').toLowerCase();
    return tr(
      tc(p(w(String(number)))),
      tc(p(w(kind))),
      tc(p(w(name))),
      tc(p(w(`Mampu menerapkan ${plain} di lingkup bidang.`))),
      tc(p(w(level))),
      tc(p(w(`1. Menunjukkan ${plain} dalam pekerjaan.`))),
    );
  };
  const competencies = tbl(
    tr(
      tc(p(w('No'))),
      tc(p(w('Jenis Kompetensi'))),
      tc(p(w('Kompetensi'))),
      tc(p(w('Deskripsi'))),
      tc(p(w('Level'))),
      tc(p(w('Indikator Perilaku'))),
    ),
    ...managerial.map((name) => row('Manajerial', name, '3')),
    row('Sosial Kultural', 'Perekat Bangsa', '3'),
    tr(tc(p(w('C. Kompetensi Teknis')), span(6))),
    row('Teknis', 'KPG.01 Pengembangan Kompetensi Aparatur', '4'),
    row('Teknis', 'KPG.02 Penyusunan Standar Kompetensi Jabatan', '4'),
    row('Teknis', 'Advokasi Kebijakan Otonomi Daerah', '3'),
  );
  const requirements = tbl(
    tr(tc(p(w('Jenis Persyaratan'))), tc(p(w('Uraian')), span(2)), tc(p(w('Tingkat Pentingnya')))),
    tr(tc(p(w('Pendidikan'))), tc(p(w('Jenjang'))), tc(p(w('S-1 / D-IV'))), tc(p(w('Mutlak')))),
    tr(
      tc(p(w('Bidang Ilmu'))),
      tc(p(w('Bidang Ilmu'))),
      tc(p(w('Manajemen; Psikologi; Administrasi Negara'))),
      tc(p(w('Penting'))),
    ),
    tr(
      tc(p(w('Pelatihan'))),
      tc(p(w('Teknis'))),
      tc(p(w('Analisis Kebutuhan Pelatihan'))),
      tc(p(w('Perlu'))),
    ),
    tr(
      tc(p(w('Pengalaman Kerja'))),
      tc(p(w('Pengawas bidang kepegawaian, minimal 3 tahun')), span(2)),
      tc(p(w('Penting'))),
    ),
    tr(tc(p(w('Pangkat'))), tc(p(w('Pembina (IV/a)')), span(2)), tc(p(w('Mutlak')))),
    tr(
      tc(p(w('Indikator Kinerja Jabatan'))),
      tc(p(w('Persentase ASN yang memenuhi standar kompetensi jabatan')), span(2)),
      tc(p(w('Mutlak'))),
    ),
  );
  return docxOf(
    documentXml(
      p(w('PEMERINTAH KABUPATEN LEMBAH HIJAU')),
      p(w('STANDAR KOMPETENSI JABATAN')),
      identity,
      p(w('II. STANDAR KOMPETENSI')),
      competencies,
      p(w('III. PERSYARATAN JABATAN')),
      requirements,
    ),
  );
}
