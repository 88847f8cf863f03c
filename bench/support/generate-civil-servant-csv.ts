/**
 * A civil-servant CSV as a SIASN "Data ASN" export arrives (`;`-separated, the import's columns
 * among others it ignores): `rows` people with valid, unique NIPs, each on one of `positionNames`.
 * Every row is padded (the address column) to `bytesPerRow`, so the file's size is chosen: the
 * default makes 300,000 rows just under the 64 MiB a CSV import accepts.
 *
 * NIPs: birth dates 1965-01-01 + (i mod 12,000) days, start of service 2020-01 (after the 18th
 * birthday of everyone), sex digit 1 or 2, sequence 1 + i / 12,000 (at most 38 for 450,000 rows):
 * unique within the file, and apart from `generate-agency.ts`'s (start of service 2005-01).
 */

export const defaultBytesPerRow = Math.floor((64 * 2 ** 20 - 64 * 1024) / 300_000);

const header = [
  'PNS ID',
  'NIP BARU',
  'NIP LAMA',
  'NAMA',
  'GELAR DEPAN',
  'GELAR BELAKANG',
  'TANGGAL LAHIR',
  'JENIS KELAMIN',
  'GOL AKHIR NAMA',
  'TMT GOLONGAN',
  'TINGKAT PENDIDIKAN NAMA',
  'PENDIDIKAN NAMA',
  'JABATAN NAMA',
  'UNOR NAMA',
  'TMT CPNS',
  'PREDIKAT KINERJA',
  'ALAMAT',
].join(';');

const firstNames = ['Siti', 'Budi', 'Agus', 'Dewi', 'Rina', 'Andi', 'Yusuf', 'Sri', 'Joko', 'Ratna'];
const lastNames = ['Rahmawati', 'Santoso', 'Prasetyo', 'Lestari', 'Wulandari', 'Saputra', 'Hidayat'];
const grades = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a'];
const education: [string, string][] = [
  ['S-1', 'Manajemen'],
  ['S-2', 'Administrasi Publik'],
  ['D-III', 'Akuntansi'],
];
const performance = ['Baik', 'Sangat Baik', 'Butuh Perbaikan'];
const day = 24 * 60 * 60 * 1000;
const firstBirth = Date.UTC(1965, 0, 1);

export function civilServantNip(i: number): string {
  const birth = new Date(firstBirth + (i % 12_000) * day).toISOString().slice(0, 10);
  const sequence = String(1 + Math.floor(i / 12_000)).padStart(3, '0');
  return `${birth.replaceAll('-', '')}202001${1 + (i % 2)}${sequence}`;
}

export function civilServantCsv(
  rows: number,
  positionNames: readonly string[],
  bytesPerRow = defaultBytesPerRow,
): Uint8Array {
  if (rows > 12_000 * 999) throw new Error('too many rows for unique NIPs');
  const lines: string[] = [header];
  for (let i = 0; i < rows; i++) {
    const nip = civilServantNip(i);
    const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
    const [level, field] = education[i % education.length]!;
    const cells = [
      `A8ACA7C3${String(i).padStart(24, '0')}`,
      nip,
      '',
      `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / 10) % lastNames.length]} ${i}`,
      '',
      i % 3 === 0 ? 'S.E.' : 'S.Sos.',
      birth,
      i % 2 === 0 ? 'Laki-laki' : 'Perempuan',
      grades[i % grades.length]!,
      '2022-04-01',
      level,
      field,
      positionNames[i % positionNames.length]!,
      `Unit Bench ${1 + (i % 50)}`,
      '2020-01-01',
      performance[i % performance.length]!,
    ].join(';');
    // The address fills the row to its size (ASCII: one byte a character, plus the line break).
    const address = 'Jl. Pahlawan No. 1, Kel. Kartoharjo, Kec. Magetan, Kab. Magetan, Jawa Timur ';
    const room = bytesPerRow - cells.length - 2;
    lines.push(
      `${cells};${address.repeat(Math.ceil(room / address.length) + 1).slice(0, Math.max(0, room))}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
