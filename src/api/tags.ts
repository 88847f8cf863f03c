/**
 * The groups of the API reference, each with a sentence for integrators. A route's `tag` must be
 * one of these (the type says so), so the OpenAPI document never shows an undescribed group.
 */
export const apiTags = {
  Sistem: 'Kesehatan server untuk orkestrator dan pemantauan (liveness, readiness).',
  Penyiapan: 'Penyiapan superadmin pertama pada instalasi baru dengan token sekali pakai dari konsol server.',
  Autentikasi: 'Masuk, keluar, pengguna yang sedang masuk beserta kemampuannya, dan ganti kata sandi.',
  Tugas: 'Kotak tugas per peran: draf, SKJ yang menunggu verifikasi/validasi/penetapan, ringkasan instansi.',
  Pengguna: 'Akun pengguna instansi dan nasional: daftar, pembuatan, atur ulang kata sandi, aktif/nonaktif.',
  Instansi: 'Instansi (K/L, pemerintah provinsi, kabupaten, kota) dan pengaturannya.',
  Organisasi: 'Unit organisasi, peta jabatan, dan evaluasi jabatan (nilai dan kelas jabatan).',
  Jabatan: 'Jabatan dalam unit organisasi: identitas, penempatan, kebutuhan pegawai.',
  'Data Referensi':
    'Data resmi yang dipakai seluruh aplikasi: level kompetensi, jenjang jabatan, pangkat, urusan pemerintahan.',
  'Kamus Kompetensi':
    'Kamus kompetensi manajerial dan sosial kultural (PermenPAN-RB 38/2017) serta pencarian kompetensi.',
  'Kamus Kompetensi Teknis':
    'Kamus kompetensi teknis instansi: penyusunan dengan sembilan langkah, verifikasi, penetapan oleh PPK, versi, dan pertukaran Excel.',
  SKJ: 'Standar Kompetensi Jabatan: penyusunan, temuan aturan, alur verifikasi–validasi–penetapan, versi dan perbandingan.',
  'Katalog SKJ Nasional':
    'SKJ yang sudah ditetapkan secara nasional, SKJ serupa, dan adopsi oleh instansi lain.',
  Laporan: 'Laporan atas SKJ instansi: konsistensi, dasbor merit, kebijakan SKJ.',
  Dokumen: 'Dokumen resmi (DOCX/PDF): SKJ, berita acara perumusan, Buku SKJ sebagai pekerjaan latar.',
  'Kegiatan Penyusunan SKJ':
    'Kegiatan penyusunan SKJ: tim, jabatan dalam lingkup, penugasan, jadwal, wawancara, langkah SOP.',
  'Uraian Jabatan dan ABK':
    'Uraian jabatan (anjab) dan analisis beban kerja: versi, penetapan, dokumen, impor tugas.',
  'Pegawai dan Talenta':
    'Data pegawai dan hasil asesmen (impor), job-person match, kandidat, talent pool (kotak 9), peta kesenjangan.',
  'Penilaian 360°':
    'Penilaian 360° dari indikator perilaku SKJ: putaran penilaian, penilai (diri, atasan, rekan, bawahan), kuesioner, hasil dengan anonimitas.',
  'Rencana Suksesi':
    'Jabatan kritikal, suksesor dengan kesiapan dan rencana pengembangan, kekuatan cadangan, jabatan berisiko.',
  Impor: 'Templat kosong setiap impor tabel (.xlsx dengan lembar Petunjuk) untuk diisi lalu diunggah.',
  Operasi: 'Pencadangan dan pemulihan basis data (superadmin).',
} as const;

export type ApiTag = keyof typeof apiTags;
