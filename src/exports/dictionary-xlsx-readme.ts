/**
 * The README sheet of an exported dictionary: whoever opens the file without the application
 * must be able to tell what it is and fill it so that it imports cleanly.
 */
import type { Workbook } from 'exceljs';
import { governmentAffairs, supportingFunctions } from '../domain/reference';
import { entryLimits } from '../domain/technical-dictionary';

export interface DictionaryMeta {
  code: string;
  name: string;
  agencyName: string | null;
  version: number;
  status: string;
}

const statusNames: Record<string, string> = {
  draft: 'Draf',
  verified: 'Terverifikasi',
  ratified: 'Ditetapkan',
};

type ReadmeLine = [label: string, text: string] | 'blank' | { title: string };

function readmeLines(meta: DictionaryMeta): ReadmeLine[] {
  return [
    { title: 'Kamus Kompetensi Teknis' },
    ['Nama kamus', meta.name],
    ['Kode kamus', meta.code],
    ['Instansi', meta.agencyName ?? '—'],
    ['Versi', String(meta.version)],
    ['Status', statusNames[meta.status] ?? meta.status],
    'blank',
    { title: 'Tentang berkas ini' },
    [
      'Isi',
      'Kamus kompetensi teknis yang diekspor dari aplikasi SKJ. Berkas ini dapat diubah lalu diunggah kembali; ' +
        'impor hanya berhasil bila seluruh isi valid, dan setiap kesalahan dilaporkan dengan nama lembar, nomor baris, dan kolomnya.',
    ],
    [
      'Sumber resmi',
      'PermenPAN-RB 38/2017 (Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan ' +
        'Aparatur Sipil Negara); ' +
        'urusan pemerintahan menurut UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.',
    ],
    'blank',
    { title: 'Cara mengisi' },
    [
      'Lembar Kompetensi',
      'Satu baris per kompetensi. kode: unik dalam kamus, maksimal ' +
        `${entryLimits.code} karakter (huruf, angka, . - _ /); nama: maksimal ${entryLimits.name} karakter; ` +
        `definisi: maksimal ${entryLimits.definition} karakter; urusan: salah satu nilai pada daftar di bawah; ` +
        'sub_urusan: boleh kosong; kelompok: generic atau specific.',
    ],
    [
      'Lembar Level',
      'Satu baris per indikator perilaku. kode: harus ada di lembar Kompetensi; level: bilangan bulat 1–5; ' +
        `deskripsi: deskripsi level (maksimal ${entryLimits.description} karakter), ditulis sama pada setiap baris ` +
        'indikator dari level yang sama; no_indikator: urutan indikator dalam level (1, 2, 3, …); ' +
        `indikator: satu indikator perilaku per baris (maksimal ${entryLimits.indicator} karakter).`,
    ],
    [
      'Aturan',
      'Setiap kompetensi wajib memiliki tepat lima level (1 sampai 5); setiap level minimal satu dan maksimal ' +
        `${entryLimits.indicatorsPerLevel} indikator. Jangan mengubah nama lembar maupun judul kolom pada baris pertama. ` +
        'Isi sel sebagai teks biasa: sel bertanggal atau berisi galat rumus akan ditolak.',
    ],
    'blank',
    { title: 'Nilai kolom kelompok' },
    ['generic', 'Kompetensi teknis generik: dibutuhkan oleh banyak jabatan dalam urusan yang sama.'],
    ['specific', 'Kompetensi teknis spesifik: khas untuk jabatan atau bidang tugas tertentu.'],
    'blank',
    { title: 'Nilai kolom urusan' },
    ...governmentAffairs.map((affair): ReadmeLine => ['Urusan pemerintahan', affair]),
    ...supportingFunctions.map((name): ReadmeLine => ['Fungsi penunjang', name]),
  ];
}

export function addReadmeSheet(workbook: Workbook, meta: DictionaryMeta): void {
  const sheet = workbook.addWorksheet('README');
  sheet.columns = [
    { key: 'label', width: 24, style: { font: { bold: true }, alignment: { vertical: 'top' } } },
    { key: 'text', width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const line of readmeLines(meta)) {
    if (line === 'blank') sheet.addRow([]);
    else if (Array.isArray(line)) sheet.addRow(line);
    else
      sheet.addRow([line.title]).getCell(1).font = {
        bold: true,
        size: line.title.startsWith('Kamus') ? 14 : 12,
      };
  }
}
