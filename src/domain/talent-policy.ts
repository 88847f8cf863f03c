/**
 * The talent-management part of an agency's standard policy: the JPM category sets by purpose,
 * the recommended action per 9-box box, how potential is read (and whether the JPM stands in for
 * it), how 360° results count and combine with assessment-centre results, pension ages and the
 * succession horizon. Defaults come from practice and regulation (`reference/jpm.json`,
 * `reference/talent.json`); an agency admin may change every value, and sees its source
 * (`talentPolicySources`). Pure.
 */
import { jobLevels, jobPersonMatchData, talentData } from './reference';

export const categoryPurposes = ['competencyMapping', 'positionFilling'] as const;
export type CategoryPurpose = (typeof categoryPurposes)[number];

export interface JpmCategory {
  code: string;
  name: string;
  minPercent: number;
}

export const raterRelations = ['self', 'superior', 'peer', 'subordinate'] as const;
export type RaterRelation = (typeof raterRelations)[number];

/**
 * How assessment-centre (AC) and 360° results make the current level that the JPM reads:
 * AC only (360° shown beside it); AC first (360° only where the centre has not assessed the
 * competency); or the newest result of either.
 */
export const combinationModes = ['assessmentCentreOnly', 'assessmentCentreFirst', 'newest'] as const;
export type CombinationMode = (typeof combinationModes)[number];

export interface TalentPolicy {
  /** Per purpose, highest category first; the lowest starts at 0 %. */
  categorySets: Record<CategoryPurpose, JpmCategory[]>;
  /** Recommended action per box '1'..'9'; '' = none set. */
  nineBoxRecommendations: Record<string, string>;
  potential: {
    /** Scores on a 0..100 scale: high from, medium from. */
    highMinScore: number;
    mediumMinScore: number;
    /** Without a potential result, place by the JPM (competency-mapping categories) instead. */
    fallbackToJpm: boolean;
  };
  multiRater: {
    /** Peers and subordinates are shown (and counted) only when at least this many answered. */
    minimumGroupSize: number;
    /** Weight of each rater group in the 360° level; 0 leaves a group out. */
    relationWeights: Record<RaterRelation, number>;
    combination: CombinationMode;
  };
  /** Batas usia pensiun per job level. */
  pensionAges: Record<string, number>;
  /** For people whose position (job level) is not known. */
  defaultPensionAge: number;
  succession: {
    /** An incumbent retiring within this many years puts a critical position at risk. */
    retirementHorizonYears: number;
  };
}

export interface TalentPolicyOverride {
  /** Replaces the whole set of a purpose when given. */
  categorySets?: Partial<Record<CategoryPurpose, JpmCategory[]>>;
  nineBoxRecommendations?: Record<string, string>;
  potential?: Partial<TalentPolicy['potential']>;
  multiRater?: Partial<Omit<TalentPolicy['multiRater'], 'relationWeights'>> & {
    relationWeights?: Partial<Record<RaterRelation, number>>;
  };
  pensionAges?: Record<string, number>;
  defaultPensionAge?: number;
  succession?: Partial<TalentPolicy['succession']>;
}

/** Where each default comes from, in the words an admin reads (titles, never file numbers). */
export const talentPolicySources = Object.freeze({
  categorySets:
    'Formulir Laporan Individual Hasil Penilaian Kompetensi Metode Sederhana (BKN; dasar: Peraturan BKN 26/2019), butir 16–17: ' +
    'kategori pengisian jabatan (Memenuhi Syarat, Masih Memenuhi Syarat, Kurang Memenuhi Syarat) dan pemetaan ' +
    '(Optimal, Cukup Optimal, Kurang Optimal). Batas 80/68 dan 90/78 dari aplikasi asesmen daerah yang menirunya, ' +
    'bukan dari teks peraturan: nilai bawaan yang dapat diubah.',
  nineBox:
    'Manajemen Talenta ASN (PermenPAN-RB 3/2020) sebagaimana diterapkan sama oleh sedikitnya lima aplikasi ' +
    'pemerintah: penomoran kotak 1–9 dan rekomendasi kotak 7–9; rekomendasi kotak 1–6 diisi instansi.',
  performance:
    'Predikat kinerja pegawai (PermenPAN-RB 6/2022) ke sumbu kinerja menurut aplikasi manajemen talenta yang sama: ' +
    'Sangat Baik → di atas ekspektasi; Baik → sesuai ekspektasi; Butuh Perbaikan, Kurang, Sangat Kurang → di bawah ekspektasi.',
  potential:
    'Bawaan SKJ, tanpa acuan peraturan: batas nilai potensial disamakan dengan batas kategori pengisian jabatan (80/68); ' +
    'sesuaikan dengan skala lembaga asesmen.',
  multiRater:
    'Bawaan SKJ, tanpa acuan peraturan: kelompok rekan dan bawahan ditampilkan bila sedikitnya tiga orang menjawab; ' +
    'atasan, rekan dan bawahan berbobot sama, penilaian diri tidak dihitung; hasil asesmen (assessment center) didahulukan.',
  pensionAges:
    'PP 11/2017 Pasal 239 ayat (2): 58 tahun bagi pejabat administrasi, JF ahli muda, ahli pertama dan keterampilan; ' +
    '60 tahun bagi JPT dan JF ahli madya; 65 tahun bagi JF ahli utama. Pasal 240: JF yang batas usianya diatur ' +
    'undang-undang (misalnya guru, dosen) mengikuti undang-undang itu.',
  retirementDate:
    'Praktik pensiun PNS: pensiun mulai tanggal 1 bulan berikutnya setelah bulan pegawai mencapai batas usia pensiun.',
  succession:
    'Bawaan SKJ, tanpa acuan peraturan: pemangku yang pensiun dalam 2 tahun menjadikan jabatan kritis berisiko.',
});

function categoriesOf(set: {
  categories: { code: string; name: string; minPercent: number }[];
}): JpmCategory[] {
  return set.categories.map((c) => ({ code: c.code, name: c.name, minPercent: c.minPercent }));
}

export function defaultTalentPolicy(): TalentPolicy {
  const recommendations: Record<string, string> = {};
  const practice = talentData.nineBox.recommendations as Record<string, string>;
  for (let box = 1; box <= 9; box++) recommendations[String(box)] = practice[String(box)] ?? '';
  const pensionAges: Record<string, number> = {};
  for (const [code, age] of Object.entries(talentData.pensionAge.byJobLevel)) pensionAges[code] = age;
  return {
    categorySets: {
      competencyMapping: categoriesOf(jobPersonMatchData.categorySets.competencyMapping),
      positionFilling: categoriesOf(jobPersonMatchData.categorySets.positionFilling),
    },
    nineBoxRecommendations: recommendations,
    potential: { highMinScore: 80, mediumMinScore: 68, fallbackToJpm: true },
    multiRater: {
      minimumGroupSize: 3,
      relationWeights: { self: 0, superior: 1, peer: 1, subordinate: 1 },
      combination: 'assessmentCentreFirst',
    },
    pensionAges,
    defaultPensionAge: talentData.pensionAge.byJobLevel.pelaksana,
    succession: { retirementHorizonYears: 2 },
  };
}

export function mergeTalentPolicy(
  base: TalentPolicy,
  override: TalentPolicyOverride | undefined,
): TalentPolicy {
  const o = override ?? {};
  return {
    categorySets: {
      competencyMapping: structuredClone(
        o.categorySets?.competencyMapping ?? base.categorySets.competencyMapping,
      ),
      positionFilling: structuredClone(o.categorySets?.positionFilling ?? base.categorySets.positionFilling),
    },
    nineBoxRecommendations: { ...base.nineBoxRecommendations, ...o.nineBoxRecommendations },
    potential: { ...base.potential, ...o.potential },
    multiRater: {
      ...base.multiRater,
      ...o.multiRater,
      relationWeights: { ...base.multiRater.relationWeights, ...o.multiRater?.relationWeights },
    },
    pensionAges: { ...base.pensionAges, ...o.pensionAges },
    defaultPensionAge: o.defaultPensionAge ?? base.defaultPensionAge,
    succession: { ...base.succession, ...o.succession },
  };
}

const knownJobLevels = new Set(jobLevels.map((l) => l.code));
const isPercent = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;
const isAge = (n: unknown) => Number.isInteger(n) && (n as number) >= 50 && (n as number) <= 70;

/** Everything wrong with the talent part of a policy, as `[path, message]` in Indonesian. */
export function checkTalentPolicy(policy: TalentPolicy): [string, string][] {
  const issues: [string, string][] = [];
  const add = (path: string, message: string) => issues.push([`talent.${path}`, message]);
  for (const purpose of categoryPurposes) {
    const set = policy.categorySets[purpose];
    const path = `categorySets.${purpose}`;
    if (!Array.isArray(set) || set.length < 2 || set.length > 5) {
      add(path, 'Kategori harus 2 sampai 5.');
      continue;
    }
    if (set.some((c) => !c.name?.trim() || !c.code?.trim())) add(path, 'Kode dan nama kategori wajib diisi.');
    if (!set.every((c) => isPercent(c.minPercent))) add(path, 'Batas kategori harus angka 0 sampai 100.');
    const mins = set.map((c) => c.minPercent);
    if (new Set(mins).size !== mins.length) add(path, 'Batas kategori tidak boleh sama.');
    if (!mins.includes(0)) add(path, 'Kategori terendah harus mulai dari 0 %.');
    const codes = set.map((c) => c.code);
    if (new Set(codes).size !== codes.length) add(path, 'Kode kategori tidak boleh berulang.');
  }
  for (const key of Object.keys(policy.nineBoxRecommendations)) {
    if (!/^[1-9]$/.test(key)) add(`nineBoxRecommendations.${key}`, 'Nomor kotak harus 1 sampai 9.');
    else if (policy.nineBoxRecommendations[key]!.length > 1000) {
      add(`nineBoxRecommendations.${key}`, 'Rekomendasi paling panjang 1.000 karakter.');
    }
  }
  const { highMinScore, mediumMinScore } = policy.potential;
  if (!isPercent(highMinScore) || !isPercent(mediumMinScore) || mediumMinScore >= highMinScore) {
    add('potential', 'Batas potensial harus 0 sampai 100, dan batas menengah di bawah batas tinggi.');
  }
  const { minimumGroupSize, relationWeights, combination } = policy.multiRater;
  if (!Number.isInteger(minimumGroupSize) || minimumGroupSize < 2 || minimumGroupSize > 10) {
    add('multiRater.minimumGroupSize', 'Jumlah minimal penilai per kelompok harus 2 sampai 10.');
  }
  const weights = Object.values(relationWeights);
  if (!weights.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= 100)) {
    add('multiRater.relationWeights', 'Bobot kelompok penilai harus angka 0 sampai 100.');
  } else if (relationWeights.superior + relationWeights.peer + relationWeights.subordinate <= 0) {
    add('multiRater.relationWeights', 'Sedikitnya satu kelompok selain diri sendiri harus berbobot.');
  }
  if (!combinationModes.includes(combination))
    add('multiRater.combination', 'Cara menggabungkan hasil tidak dikenal.');
  for (const [code, age] of Object.entries(policy.pensionAges)) {
    if (!knownJobLevels.has(code)) add(`pensionAges.${code}`, `Jenjang jabatan "${code}" tidak dikenal.`);
    else if (!isAge(age)) add(`pensionAges.${code}`, 'Batas usia pensiun harus bilangan bulat 50 sampai 70.');
  }
  if (!isAge(policy.defaultPensionAge)) {
    add('defaultPensionAge', 'Batas usia pensiun harus bilangan bulat 50 sampai 70.');
  }
  const horizon = policy.succession.retirementHorizonYears;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 10) {
    add('succession.retirementHorizonYears', 'Rentang waktu pensiun harus 1 sampai 10 tahun.');
  }
  return issues;
}
