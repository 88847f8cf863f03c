/**
 * The columns of a SIASN (BKN) "Data ASN" export and what SKJ does with each: every column of the
 * file is either mapped to a field of a civil servant or reported as ignored, never dropped
 * silently. Headers differ between download versions in case and spacing ("GOL_AKHIR_NAMA",
 * "Gol Akhir Nama", "Golongan Akhir Nama"), so they are compared normalized. Pure, so both the
 * upload import and a background import job can use it.
 */

export const civilServantFields = [
  'nip',
  'name',
  'frontTitle',
  'backTitle',
  'birthDate',
  'sex',
  'rank',
  'educationLevel',
  'fieldOfStudy',
  'position',
  'positionKind',
  'orgUnit',
  'serviceStart',
  'performance',
] as const;
export type CivilServantField = (typeof civilServantFields)[number];

/** Each field's accepted headers, normalized by `normalizeHeader`: SIASN's names and everyday ones. */
export const fieldHeaders: Readonly<Record<CivilServantField, readonly string[]>> = {
  nip: ['nip baru', 'nip', 'nomor induk pegawai'],
  name: ['nama', 'nama lengkap', 'nama pegawai'],
  frontTitle: ['gelar depan'],
  backTitle: ['gelar belakang'],
  birthDate: ['tanggal lahir', 'tgl lahir'],
  sex: ['jenis kelamin'],
  rank: [
    'gol akhir nama',
    'golongan akhir nama',
    'golongan',
    'golongan ruang',
    'pangkat golongan',
    'gol',
    'gol ruang',
  ],
  educationLevel: [
    'tingkat pendidikan nama',
    'tingkat pendidikan',
    'jenjang pendidikan',
    'pendidikan terakhir',
  ],
  fieldOfStudy: ['pendidikan nama', 'jurusan', 'program studi', 'bidang studi', 'prodi'],
  position: ['jabatan nama', 'jabatan', 'nama jabatan', 'jabatan saat ini'],
  positionKind: ['jenis jabatan nama', 'jenis jabatan'],
  orgUnit: ['unor nama', 'unit organisasi', 'unit kerja', 'unor'],
  serviceStart: ['tmt cpns'],
  performance: ['predikat kinerja', 'kinerja', 'nilai kinerja', 'predikat'],
};

/** Field names in Indonesian, for the import report. */
export const fieldLabels: Readonly<Record<CivilServantField, string>> = {
  nip: 'NIP',
  name: 'Nama',
  frontTitle: 'Gelar depan',
  backTitle: 'Gelar belakang',
  birthDate: 'Tanggal lahir',
  sex: 'Jenis kelamin',
  rank: 'Golongan',
  educationLevel: 'Jenjang pendidikan',
  fieldOfStudy: 'Jurusan',
  position: 'Jabatan',
  positionKind: 'Jenis jabatan',
  orgUnit: 'Unit organisasi',
  serviceStart: 'TMT CPNS',
  performance: 'Predikat kinerja',
};

/**
 * SIASN columns SKJ knows and deliberately does not keep (identity documents, contacts, ids of
 * reference tables), with why, so the report can say so instead of "tidak dikenal".
 */
const knownIgnored: Readonly<Record<string, string>> = {
  'pns id': 'kode internal SIASN',
  'nip lama': 'NIP lama tidak dipakai',
  nik: 'data kependudukan tidak disimpan SKJ',
  'nomor hp': 'data kontak tidak disimpan SKJ',
  email: 'data kontak tidak disimpan SKJ',
  'email gov': 'data kontak tidak disimpan SKJ',
  alamat: 'data kontak tidak disimpan SKJ',
  'npwp nomor': 'data pajak tidak disimpan SKJ',
  bpjs: 'data jaminan sosial tidak disimpan SKJ',
  'tempat lahir nama': 'tidak dipakai penilaian kompetensi',
  'agama nama': 'tidak dipakai penilaian kompetensi',
  'jenis kawin nama': 'tidak dipakai penilaian kompetensi',
  'kartu asn virtual': 'tidak dipakai penilaian kompetensi',
  'tmt golongan': 'tidak dipakai penilaian kompetensi',
  'tmt jabatan': 'tidak dipakai penilaian kompetensi',
  'tmt pns': 'tidak dipakai penilaian kompetensi',
  'tahun lulus': 'tidak dipakai penilaian kompetensi',
  'mk tahun': 'masa kerja dihitung dari TMT CPNS',
  'mk bulan': 'masa kerja dihitung dari TMT CPNS',
  'gol awal nama': 'yang dipakai golongan akhir',
  'instansi induk nama': 'instansi ditentukan oleh akun pengunggah',
  'instansi kerja nama': 'instansi ditentukan oleh akun pengunggah',
  'lokasi kerja nama': 'tidak dipakai penilaian kompetensi',
  'kpkn nama': 'tidak dipakai penilaian kompetensi',
  'satuan kerja induk nama': 'unit diambil dari UNOR',
  'satuan kerja kerja nama': 'unit diambil dari UNOR',
  'kedudukan hukum nama': 'tidak dipakai penilaian kompetensi',
  'jenis pegawai nama': 'tidak dipakai penilaian kompetensi',
  'status cpns pns': 'tidak dipakai penilaian kompetensi',
  'nama sekolah': 'tidak dipakai penilaian kompetensi',
  'eselon nama': 'jenjang diambil dari jabatan di peta jabatan',
};

/** "GOL_AKHIR_NAMA", " Gol  Akhir Nama " → "gol akhir nama". */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const fieldByHeader = new Map<string, CivilServantField>();
for (const field of civilServantFields) {
  for (const header of fieldHeaders[field]) fieldByHeader.set(header, field);
}

export interface HeaderMapping {
  /** Column index → field, first column wins when two name the same field. */
  mapped: { index: number; header: string; field: CivilServantField; label: string }[];
  /** Every other non-empty column, with the reason it is not kept. */
  ignored: { index: number; header: string; reason: string }[];
  /** Required fields no column provides. */
  missing: CivilServantField[];
}

const idColumn = / id$/;

/**
 * Maps the header row of an export: each column to a field, or to the ignored list with a reason.
 * `required` fields without a column are listed as missing.
 */
export function mapCivilServantHeaders(
  headers: readonly string[],
  required: readonly CivilServantField[] = ['nip', 'name'],
): HeaderMapping {
  const mapped: HeaderMapping['mapped'] = [];
  const ignored: HeaderMapping['ignored'] = [];
  const taken = new Set<CivilServantField>();
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (!header) return;
    const normalized = normalizeHeader(header);
    const field = fieldByHeader.get(normalized);
    if (field && !taken.has(field)) {
      taken.add(field);
      mapped.push({ index, header, field, label: fieldLabels[field] });
      return;
    }
    const reason = field
      ? `kolom ${fieldLabels[field]} sudah diambil dari kolom lain`
      : (knownIgnored[normalized] ??
        (idColumn.test(normalized)
          ? 'kode referensi SIASN; yang dipakai kolom namanya'
          : 'kolom tidak dikenal'));
    ignored.push({ index, header, reason });
  });
  return { mapped, ignored, missing: required.filter((field) => !taken.has(field)) };
}
