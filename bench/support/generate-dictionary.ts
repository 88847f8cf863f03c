/**
 * Synthetic technical dictionary entries for benchmarks: Indonesian-looking names, definitions
 * and five levels of indicators, deterministic for a given seed, so runs are comparable.
 */

import { governmentAffairs } from '../../src/domain/reference';
import type { DictionaryEntry } from '../../src/domain/technical-dictionary';

const subjects = [
  'Analisis Jabatan',
  'Manajemen Kinerja',
  'Perencanaan Anggaran',
  'Pengelolaan Arsip',
  'Pengadaan Barang',
  'Penataan Ruang',
  'Pelayanan Kesehatan',
  'Kurikulum Pendidikan',
  'Pengawasan Pangan',
  'Lalu Lintas',
  'Perizinan Usaha',
  'Statistik Sektoral',
  'Persandian Informasi',
  'Cagar Budaya',
  'Pemberdayaan Desa',
  'Perlindungan Anak',
  'Pengelolaan Limbah',
  'Administrasi Kependudukan',
  'Penanaman Modal',
  'Koperasi',
  'Kepemudaan',
  'Perpustakaan Digital',
  'Pariwisata Daerah',
  'Perikanan Tangkap',
  'Pertanian Organik',
  'Perdagangan Antarpulau',
  'Industri Kecil',
  'Transmigrasi',
  'Ketertiban Umum',
  'Jaminan Sosial',
];
const verbs = ['Penyusunan', 'Evaluasi', 'Pengembangan', 'Pengendalian', 'Koordinasi', 'Advokasi', 'Audit'];
const objects = [
  'kebijakan',
  'program',
  'standar',
  'prosedur',
  'sistem informasi',
  'laporan',
  'regulasi daerah',
];
const actions = [
  'memahami',
  'menerapkan',
  'menganalisis',
  'merumuskan',
  'mengevaluasi',
  'membimbing',
  'mengembangkan',
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateEntries(count: number, seed = 42): DictionaryEntry[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const subject = pick(subjects);
    const name = `${pick(verbs)} ${subject} ${i + 1}`;
    return {
      code: `T.BENCH.${String(i + 1).padStart(5, '0')}`,
      name,
      definition: `Kemampuan ${pick(actions)} ${pick(objects)} ${subject.toLowerCase()} sesuai ketentuan peraturan perundang-undangan.`,
      governmentAffair: pick(governmentAffairs),
      subAffair: null,
      group: next() < 0.5 ? 'generic' : 'specific',
      levels: [1, 2, 3, 4, 5].map((level) => ({
        level,
        description: `Mampu ${pick(actions)} ${pick(objects)} ${subject.toLowerCase()} pada level ${level}`,
        behaviourIndicators: [1, 2, 3].map(
          (n) =>
            `${n}. ${pick(actions)} ${pick(objects)} terkait ${subject.toLowerCase()} di lingkup ${pick(['unit', 'instansi', 'nasional'])}`,
        ),
      })),
    };
  });
}

/** 200 varied queries: exact names, typos, words from definitions and indicators, multi-word. */
export function searchQueries(entries: DictionaryEntry[], seed = 7): string[] {
  const next = random(seed);
  const typo = (word: string) => {
    const at = 1 + Math.floor(next() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const queries: string[] = [];
  for (let i = 0; i < 200; i++) {
    const entry = entries[Math.floor(next() * entries.length)]!;
    const words = entry.name.split(' ');
    switch (i % 5) {
      case 0:
        queries.push(entry.name);
        break;
      case 1:
        queries.push(words.slice(0, 2).map(typo).join(' '));
        break;
      case 2:
        queries.push(entry.definition.split(' ').slice(1, 4).join(' '));
        break;
      case 3:
        queries.push(
          ['integritass', 'advokasi kebjakan', 'perekat bangsa', 'pelayanan publik', 'kerjasama tim'][
            i % 5 === 3 ? ((i / 5) % 5) | 0 : 0
          ]!,
        );
        break;
      default:
        queries.push(`${words[1]} ${pick(objects)}`);
    }
  }
  return queries;
  function pick<T>(list: readonly T[]) {
    return list[Math.floor(next() * list.length)]!;
  }
}
