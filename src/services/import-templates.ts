/**
 * The blank template of each table import, built from the import's own column definitions (header
 * names, accepted spellings, required columns): a column added to an import without a line here
 * fails the type check, and the template's header row is read back by the import itself
 * (test/import-templates.test.ts). Only the explanation and the example are written here.
 */
import { groupExamples, levelExamples } from '../domain/position-map-spellings';
import { aliasesFor } from '../exports/dictionary-rows';
import { type FlatColumn, flatColumns, flatRequiredColumns } from '../exports/dictionary-xlsx-flat';
import type { TemplateColumn } from '../exports/import-template-xlsx';
import {
  taskColumnAliases,
  taskColumnNames,
  taskRequiredColumns,
} from '../exports/job-description-task-columns';
import type { ColumnAliases } from '../exports/xlsx-cells';
import { assessmentImport } from './import-assessments';
import { civilServantImport } from './import-civil-servants';
import { potentialColumnAliases, potentialColumns, potentialRequired } from './import-potential-results';
import {
  type PositionMapColumn,
  positionMapColumnAliases,
  positionMapColumnNames,
  positionMapRequired,
} from './position-map-import-plan';

export const importTemplateKinds = [
  'civil-servants',
  'assessments',
  'potential',
  'position-map',
  'job-description-tasks',
  'technical-dictionary',
] as const;
export type ImportTemplateKind = (typeof importTemplateKinds)[number];

interface ColumnGuide {
  accepted: string;
  example: string;
  /** Overrides "Wajib"/"Tidak wajib" for a column required only with another. */
  requirement?: string;
  inHeader?: boolean;
}

/** What the import reads: the same objects the import runs with. */
interface ImportColumns<K extends string> {
  names: Record<K, string>;
  aliases: ColumnAliases<K>;
  required: readonly K[];
}

export interface ImportTemplateSpec<K extends string> {
  fileName: string;
  sheetName: string;
  title: string;
  notes: string[];
  columns: ImportColumns<K>;
  guide: Record<K, ColumnGuide>;
  moreExamples?: string[][];
}

const civilServants = civilServantImport();
const assessments = assessmentImport();

const exampleNip = '199001012015031001';

/** The flat dictionary layout's headers (one row per level), each one of its accepted spellings. */
const flatColumnNames: Record<FlatColumn, string> = {
  kode: 'Kode Kompetensi',
  nama: 'Nama Kompetensi',
  definisi: 'Definisi',
  urusan: 'Urusan Pemerintahan',
  sub_urusan: 'Sub Urusan',
  kelompok: 'Kelompok',
  level: 'Level',
  deskripsi: 'Deskripsi Level',
  indikator: 'Indikator Perilaku',
};
const flatKeys = [...flatColumns];
const exampleAffair = 'Urusan Pemerintahan Bidang Kesehatan';
const levelExample = (level: number, description: string, indicators: string) => [
  '',
  '',
  '',
  '',
  '',
  '',
  String(level),
  description,
  indicators,
];

function spec<K extends string>(value: ImportTemplateSpec<K>): ImportTemplateSpec<string> {
  return value as unknown as ImportTemplateSpec<string>;
}

export const importTemplates: Record<ImportTemplateKind, ImportTemplateSpec<string>> = {
  'civil-servants': spec({
    fileName: 'templat-impor-pegawai.xlsx',
    sheetName: 'Pegawai',
    title: 'Templat impor pegawai',
    notes: ['Satu baris per pegawai. NIP yang sudah ada diperbarui, NIP baru ditambahkan.'],
    columns: {
      names: civilServants.columnNames,
      aliases: civilServants.aliases,
      required: civilServants.required,
    },
    guide: {
      nip: {
        accepted: '18 angka, tanpa spasi (tanggal lahir dan TMT tersirat di dalamnya)',
        example: exampleNip,
      },
      name: { accepted: 'Nama lengkap, paling panjang 200 karakter', example: 'Siti Rahmawati, S.E.' },
      rank: { accepted: 'Golongan ruang, mis. III/c, iii c, atau Penata (III/c)', example: 'III/c' },
      education: {
        accepted: 'Jenjang pendidikan: SD, SMP, SMA/SMK, D-III, D-IV, S-1, S-2, S-3 (S1, D3 juga diterima)',
        example: 'S-1',
      },
      fieldOfStudy: { accepted: 'Jurusan atau program studi', example: 'Manajemen' },
      position: {
        accepted: 'Nama jabatan persis seperti di peta jabatan instansi',
        example: 'Analis Sumber Daya Manusia Aparatur',
      },
      performance: { accepted: 'Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang', example: 'Baik' },
    },
  }),
  assessments: spec({
    fileName: 'templat-impor-hasil-asesmen.xlsx',
    sheetName: 'Hasil Asesmen',
    title: 'Templat impor hasil asesmen',
    notes: [
      'Satu baris per pegawai × kompetensi. Baris dengan NIP, tanggal, asesor dan lembaga yang sama menjadi satu sesi asesmen.',
    ],
    columns: { names: assessments.columnNames, aliases: assessments.aliases, required: assessments.required },
    guide: {
      nip: { accepted: 'NIP pegawai yang sudah terdaftar (18 angka)', example: exampleNip },
      code: { accepted: 'Kode kompetensi pada kamus, mis. M.1 atau SK.1', example: 'M.1' },
      dictionary: { accepted: 'Kode kamus, bila kode kompetensi ada di lebih dari satu kamus', example: '' },
      level: { accepted: 'Level 1 sampai 5 (desimal boleh, mis. 3,5)', example: '3' },
      date: {
        accepted: 'Tanggal asesmen: 2026-06-01 atau 01/06/2026, tidak di masa depan',
        example: '01/06/2026',
      },
      assessor: { accepted: 'Nama asesor', example: 'Budi Santoso' },
      institution: { accepted: 'Lembaga atau pusat penilaian', example: 'UPT Penilaian Kompetensi' },
    },
  }),
  potential: spec<keyof typeof potentialColumns>({
    fileName: 'templat-impor-hasil-potensial.xlsx',
    sheetName: 'Hasil Potensial',
    title: 'Templat impor hasil penilaian potensial',
    notes: ['Isi Nilai atau Kategori (salah satu wajib).'],
    columns: { names: potentialColumns, aliases: potentialColumnAliases, required: potentialRequired },
    guide: {
      nip: { accepted: 'NIP pegawai yang sudah terdaftar (18 angka)', example: exampleNip },
      date: { accepted: 'Tanggal penilaian: 2026-06-01 atau 01/06/2026', example: '15/05/2026' },
      score: {
        accepted: 'Angka 0 sampai 100 (paling banyak 2 desimal)',
        example: '78',
        requirement: 'Wajib jika Kategori kosong',
      },
      category: {
        accepted: 'Tinggi, Menengah atau Rendah',
        example: '',
        requirement: 'Wajib jika Nilai kosong',
      },
      source: { accepted: 'Lembaga atau metode penilaian', example: 'Assessment Center BKN' },
    },
  }),
  'position-map': spec<PositionMapColumn>({
    fileName: 'templat-impor-peta-jabatan.xlsx',
    sheetName: 'Peta Jabatan',
    title: 'Templat impor peta jabatan',
    notes: [
      'Satu baris per jabatan. Unit yang sudah ada (nama sama di bawah unit atasan yang sama) dipakai ulang; jabatan yang sudah ada (kode sama, atau nama sama di unit yang sama) diperbarui.',
      'Unit dapat ditulis per tingkat (Unit Eselon I sampai IV), atau dengan kolom Unit Kerja dan Unit Atasan, atau sebagai jalur dalam satu sel Unit Kerja ("Sekretariat › Bagian Umum").',
      'Baris yang hanya berisi unit (tanpa jabatan) menambahkan unit itu saja.',
    ],
    columns: {
      names: positionMapColumnNames,
      aliases: positionMapColumnAliases,
      required: positionMapRequired,
    },
    guide: {
      unitLevel1: {
        accepted: 'Nama unit tingkat teratas (mis. sekretariat jenderal, dinas)',
        example: 'Dinas Kesehatan',
        requirement: 'Wajib (atau Unit Kerja)',
      },
      unitLevel2: {
        accepted: 'Nama unit di bawah Unit Eselon I; kosong bila jabatan ada di unit atasnya',
        example: 'Sekretariat',
        requirement: 'Tidak wajib',
      },
      unitLevel3: {
        accepted: 'Nama unit di bawah Unit Eselon II',
        example: 'Subbagian Umum dan Kepegawaian',
        requirement: 'Tidak wajib',
      },
      unitLevel4: { accepted: 'Nama unit di bawah Unit Eselon III', example: '', requirement: 'Tidak wajib' },
      unit: {
        accepted: 'Pengganti kolom Unit Eselon I–IV: nama unit, atau jalur "Induk › Anak"',
        example: 'Dinas Kesehatan › Sekretariat',
        requirement: 'Wajib jika kolom Unit Eselon tidak dipakai',
        inHeader: false,
      },
      parentUnit: {
        accepted: 'Bersama kolom Unit Kerja: nama unit atasannya (kosong untuk unit teratas)',
        example: 'Dinas Kesehatan',
        requirement: 'Tidak wajib',
        inHeader: false,
      },
      name: {
        accepted: 'Nama jabatan, paling panjang 200 karakter',
        example: 'Analis Sumber Daya Manusia Aparatur',
      },
      group: {
        accepted: `Kelompok jabatan: ${groupExamples.join(', ')}`,
        example: 'Fungsional',
        requirement: 'Wajib jika Jenjang kosong',
      },
      level: {
        accepted: `Jenjang jabatan, mis. ${levelExamples.join(', ')}`,
        example: 'Ahli Muda',
        requirement: 'Wajib (kecuali Jenis Jabatan sudah menyebut jenjangnya)',
      },
      grade: { accepted: 'Kelas jabatan 1 sampai 17 (7 atau Kelas 7)', example: '9' },
      headcount: {
        accepted: 'Bezetting: jumlah pegawai yang menduduki jabatan, bilangan bulat 0 atau lebih',
        example: '2',
      },
      requiredHeadcount: {
        accepted: 'Kebutuhan pegawai (hasil analisis beban kerja), bilangan bulat 0 atau lebih',
        example: '3',
      },
      code: { accepted: 'Kode jabatan instansi, bila ada (paling panjang 50 karakter)', example: '' },
    },
    moreExamples: [
      ['Dinas Kesehatan', '', '', '', 'Kepala Dinas Kesehatan', 'JPT', 'JPT Pratama', '14', '1', '1', ''],
      [
        'Dinas Kesehatan',
        'Sekretariat',
        '',
        '',
        'Sekretaris',
        'Struktural',
        'Administrator',
        '11',
        '1',
        '1',
        '',
      ],
    ],
  }),
  'job-description-tasks': spec({
    fileName: 'templat-impor-uraian-tugas.xlsx',
    sheetName: 'Uraian Tugas',
    title: 'Templat impor uraian tugas',
    notes: [
      'Satu baris per tugas; semua tugas uraian jabatan diganti dengan isi berkas (sebagai versi baru).',
    ],
    columns: { names: taskColumnNames, aliases: taskColumnAliases, required: taskRequiredColumns },
    guide: {
      task: { accepted: 'Uraian tugas, dimulai kata kerja', example: 'Menyusun rencana kebutuhan pegawai' },
      output: { accepted: 'Hasil kerja tugas itu', example: 'Dokumen rencana kebutuhan' },
      volume: { accepted: 'Jumlah hasil per tahun (angka; 2,5 dan 1.200 diterima)', example: '12' },
      time: { accepted: 'Waktu menyelesaikan satu hasil (angka)', example: '3' },
      unit: { accepted: 'Satuan waktu: menit, jam atau hari', example: 'jam' },
    },
  }),
  'technical-dictionary': spec<FlatColumn>({
    fileName: 'templat-impor-kamus-teknis.xlsx',
    sheetName: 'Kamus Teknis',
    title: 'Templat impor kamus kompetensi teknis (format datar)',
    notes: [
      'Satu baris per level (1 sampai 5). Kode, nama, definisi, urusan dan kelompok cukup diisi pada baris pertama kompetensi; baris tanpa kode melanjutkan kompetensi di atasnya.',
      'Beberapa indikator perilaku dalam satu sel dipisah baris baru (Alt+Enter).',
      'Urusan dan kelompok tidak wajib bila nilai bawaannya dipilih saat mengunggah.',
    ],
    columns: {
      names: flatColumnNames,
      aliases: aliasesFor(flatKeys),
      required: flatRequiredColumns({}) as FlatColumn[],
    },
    guide: {
      kode: { accepted: 'Kode kompetensi, unik dalam kamus', example: 'KES.1' },
      nama: { accepted: 'Nama kompetensi', example: 'Surveilans Penyakit' },
      definisi: {
        accepted: 'Definisi kompetensi',
        example: 'Kemampuan mengumpulkan dan menganalisis data penyakit.',
      },
      urusan: { accepted: 'Nama urusan pemerintahan sesuai daftar resmi', example: exampleAffair },
      sub_urusan: { accepted: 'Sub urusan, bila ada', example: '' },
      kelompok: { accepted: 'generic (generik) atau specific (spesifik)', example: 'specific' },
      level: { accepted: 'Level 1 sampai 5', example: '1' },
      deskripsi: { accepted: 'Deskripsi level', example: 'Memahami dasar surveilans.' },
      indikator: {
        accepted: 'Indikator perilaku, satu per baris dalam sel',
        example: 'Mencatat kasus sesuai formulir.',
      },
    },
    moreExamples: [
      levelExample(2, 'Melakukan pengumpulan data surveilans.', 'Mengumpulkan data kasus mingguan.'),
      levelExample(3, 'Menganalisis data surveilans.', 'Menyusun tren kasus per wilayah.'),
      levelExample(4, 'Merumuskan rekomendasi dari surveilans.', 'Menyusun rekomendasi pengendalian.'),
      levelExample(5, 'Mengembangkan sistem surveilans.', 'Merancang sistem kewaspadaan dini.'),
    ],
  }),
};

/** The template's columns in header order, each with its requirement. */
export function templateColumns(kind: ImportTemplateKind): TemplateColumn[] {
  const template = importTemplates[kind];
  const keys = Object.keys(template.columns.names);
  return keys.map((key) => {
    const guide = template.guide[key]!;
    return {
      header: template.columns.names[key]!,
      requirement: guide.requirement ?? (template.columns.required.includes(key) ? 'Wajib' : 'Tidak wajib'),
      accepted: guide.accepted,
      example: guide.example,
      ...(guide.inHeader === false ? { inHeader: false } : {}),
    };
  });
}

export async function importTemplate(kind: ImportTemplateKind) {
  const template = importTemplates[kind];
  const { importTemplateWorkbook } = await import('../exports/import-template-xlsx');
  const bytes = await importTemplateWorkbook({
    sheetName: template.sheetName,
    title: template.title,
    notes: template.notes,
    columns: templateColumns(kind),
    ...(template.moreExamples ? { moreExamples: template.moreExamples } : {}),
  });
  return { bytes, fileName: template.fileName };
}
