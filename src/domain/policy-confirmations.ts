/**
 * Reference values SKJ ships as defaults although no trustworthy source confirmed them here. The
 * policy page shows them to admins as "perlu dikonfirmasi" with their source, so an agency can
 * check them against the regulation and override them; they never travel as raw flags. Pure.
 */
import type { StandardPolicy } from './job-standard-policy';
import { jobLevels } from './reference';
import { sources } from './sources';

export interface UnconfirmedValue {
  /** Which part of the policy, in Indonesian. */
  topic: string;
  /** The value as shipped (or as the agency overrode it), in words. */
  value: string;
  source: string;
  /** What to confirm it against. */
  note: string;
}

export function unconfirmedPolicyValues(policy: StandardPolicy): UnconfirmedValue[] {
  const values: UnconfirmedValue[] = [];
  for (const level of jobLevels) {
    if (level.verified) continue;
    const levels = policy.managerialLevels[level.code];
    values.push({
      topic: `Level manajerial dan sosial kultural ${level.name}`,
      value: `${levels?.managerial ?? 'belum tersedia'} / ${levels?.socioCultural ?? 'belum tersedia'}`,
      source: `Nilai yang lazim dikutip dari ${sources.permenpan38}`,
      note: 'Tabel dalam bahan bimtek Magetan hanya memuat JPT sampai Pengawas; cocokkan dengan lampiran peraturan.',
    });
  }
  for (const code of ['ahli-utama', 'ahli-madya']) {
    const weights = policy.competencyWeights[code];
    const name = jobLevels.find((l) => l.code === code)?.name ?? code;
    if (!weights) continue;
    values.push({
      topic: `Bobot kompetensi ${name}`,
      value: `${weights.socioCultural}/${weights.managerial}/${weights.technical}`,
      source: sources.paparanPanrb,
      note: 'Baris jabatan fungsional keahlian pada tabel proporsi kompetensi tidak terbaca jelas; dibaca setara baris keterampilan.',
    });
  }
  values.push({
    topic: 'Pendidikan terendah per jenjang',
    value: Object.entries(policy.educationMinimums)
      .map(([code, level]) => `${jobLevels.find((l) => l.code === code)?.name ?? code} ${level}`)
      .join(', '),
    source: `${sources.pp11}, Pasal 54 dan Pasal 107, sebagaimana lazim dikutip`,
    note: 'Cocokkan dengan teks peraturan dan perubahannya; jabatan fungsional mengikuti peraturan jabatan fungsional masing-masing.',
  });
  values.push({
    topic: 'Rentang golongan per jenjang',
    value: Object.entries(policy.rankRanges)
      .map(
        ([code, range]) =>
          `${jobLevels.find((l) => l.code === code)?.name ?? code} ${range.min}–${range.max}`,
      )
      .join(', '),
    source: `Praktik umum; contoh SKJ dalam ${sources.bimtekMagetan} memakai Pembina (IV/a) untuk Administrator`,
    note: 'Bukan dari peraturan: sesuaikan dengan ketentuan kepangkatan instansi.',
  });
  return values;
}
