/**
 * The configurable rules of a job standard. The Magetan training deck and the ministry's deck
 * disagree on the RCL distribution pattern (DOMAIN.md "Levels"), so it is a named policy built
 * from the reference data; an agency admin may override parts of it (`mergePolicy`). Pure.
 */
import { DomainError } from './errors';
import { educationLevels, jobLevels, levelStandardData, ranks } from './reference';
import { type AgencyKind, agencyKinds } from './roles';
import { sources } from './sources';
import {
  checkTalentPolicy,
  defaultTalentPolicy,
  mergeTalentPolicy,
  type TalentPolicy,
  type TalentPolicyOverride,
} from './talent-policy';

export interface LevelDistributionRule {
  /** Allowed required levels of technical competencies. */
  allowed: number[];
  /** Most technical rows at this level; null = half-half between the two top allowed levels. */
  dominant: number | null;
}

export interface CompetencyWeights {
  socioCultural: number;
  managerial: number;
  technical: number;
}

export interface MandatoryTechnical {
  name: string;
  appliesTo: AgencyKind[];
}

export interface RankRange {
  /** Grades of the ladder I/a..IV/e. */
  min: string;
  max: string;
}

export type RuleSeverity = 'error' | 'warning';

/** How the requirement rules of `checkStandard` weigh what they find. */
export interface RequirementRules {
  /** No education level, or one below the job level's minimum. */
  educationLevel: RuleSeverity;
  /** No field of study. */
  fieldOfStudy: RuleSeverity;
  /** No training at all for a structural position (JPT, Administrator, Pengawas). */
  structuralTraining: RuleSeverity;
  /** No work experience for a structural position. */
  structuralExperience: RuleSeverity;
}

export interface StandardPolicy {
  name: string;
  /** Per job level code. A job level without a row: pattern "belum tersedia". */
  levelDistributionRules: Record<string, LevelDistributionRule>;
  technicalCount: { min: number; max: number };
  mandatoryTechnical: MandatoryTechnical[];
  competencyWeights: Record<string, CompetencyWeights>;
  /** null: not found in a trustworthy source ("belum tersedia"). */
  managerialLevels: Record<string, { managerial: number | null; socioCultural: number | null }>;
  rankRanges: Record<string, RankRange>;
  /** Categories, 9-box, potential, 360°, pension ages, succession (`talent-policy.ts`). */
  talent: TalentPolicy;
  /** Lowest education level per job level code (a level of `reference.educationLevels`). */
  educationMinimums: Record<string, string>;
  requirementRules: RequirementRules;
}

/** What an agency admin may override; every part is optional and merged per job level. */
export interface StandardPolicyOverride {
  name?: string;
  levelDistributionRules?: Record<string, Partial<LevelDistributionRule>>;
  technicalCount?: Partial<StandardPolicy['technicalCount']>;
  /** Replaces the whole list when given. */
  mandatoryTechnical?: MandatoryTechnical[];
  competencyWeights?: Record<string, Partial<CompetencyWeights>>;
  managerialLevels?: Record<string, Partial<{ managerial: number | null; socioCultural: number | null }>>;
  rankRanges?: Record<string, Partial<RankRange>>;
  talent?: TalentPolicyOverride;
  educationMinimums?: Record<string, string>;
  requirementRules?: Partial<RequirementRules>;
}

// ---------------------------------------------------------------------------------------------
// Rank ladder

const gradeOrder = new Map<string, number>();
ranks.forEach((rank, index) => {
  gradeOrder.set(rank.grade.toLowerCase(), index);
  gradeOrder.set(rank.rank.toLowerCase().replace(/tk\.\s*i$/, 'tingkat i'), index);
});

const gradeIndexes = new Map<string, number | null>();

/**
 * Position of a grade on the ladder I/a (0) .. IV/e (16), or null when unknown. Accepts the grade
 * ('IV/a', 'iv/a', 'IV a') or the rank name ('Pembina', 'Pembina Tk.I', 'Pembina Tingkat I').
 */
export function gradeIndex(gradeOrRank: string): number | null {
  let index = gradeIndexes.get(gradeOrRank);
  if (index === undefined) {
    index = parseGrade(gradeOrRank);
    if (gradeIndexes.size >= 1_000) gradeIndexes.clear();
    gradeIndexes.set(gradeOrRank, index);
  }
  return index;
}

function parseGrade(gradeOrRank: string): number | null {
  const text = gradeOrRank.trim().toLowerCase().replace(/\s+/g, ' ');
  const asGrade = text.replace(/^(i{1,3}|iv)\s*[/ -]?\s*([a-e])$/, '$1/$2');
  const byGrade = gradeOrder.get(asGrade);
  if (byGrade !== undefined) return byGrade;
  return gradeOrder.get(text.replace(/tk\.?\s*i$/, 'tingkat i')) ?? null;
}

/** The grade ('IV/a') of a grade or rank name, or null when unknown. */
export function normalizeGrade(gradeOrRank: string): string | null {
  const index = gradeIndex(gradeOrRank);
  return index === null ? null : (ranks[index]?.grade ?? null);
}

// ---------------------------------------------------------------------------------------------
// Default policies

/**
 * Configurable default, NOT from the reference data: the fitting grades commonly used per job
 * level (JPT Utama/Madya as former echelon I.a, JPT Pratama as echelon II; the Magetan deck's
 * example gives Pembina, IV/a, for an Administrator). An agency admin may override them.
 */
const defaultRankRanges: Record<string, RankRange> = {
  'jpt-utama': { min: 'IV/d', max: 'IV/e' },
  'jpt-madya': { min: 'IV/d', max: 'IV/e' },
  'jpt-pratama': { min: 'IV/c', max: 'IV/d' },
  administrator: { min: 'IV/a', max: 'IV/b' },
  pengawas: { min: 'III/c', max: 'III/d' },
  pelaksana: { min: 'II/a', max: 'III/d' },
  'ahli-utama': { min: 'IV/d', max: 'IV/e' },
  'ahli-madya': { min: 'IV/a', max: 'IV/c' },
  'ahli-muda': { min: 'III/c', max: 'III/d' },
  'ahli-pertama': { min: 'III/a', max: 'III/b' },
  penyelia: { min: 'III/c', max: 'III/d' },
  mahir: { min: 'III/a', max: 'III/c' },
  terampil: { min: 'II/c', max: 'II/d' },
  pemula: { min: 'II/a', max: 'II/a' },
};

/**
 * Configurable default: the lowest education per job level as PP 11/2017 is commonly quoted
 * (Pasal 54: administrator S-1/D-IV, pengawas D-III, pelaksana SMA; Pasal 107: JPT S-1/D-IV) and
 * the usual entry levels of functional positions (keahlian S-1/D-IV, keterampilan D-III, pemula
 * SMA). Not read from the regulation's text here: shown to admins as "perlu dikonfirmasi".
 */
const defaultEducationMinimums: Record<string, string> = {
  'jpt-utama': 'S-1',
  'jpt-madya': 'S-1',
  'jpt-pratama': 'S-1',
  administrator: 'S-1',
  pengawas: 'D-III',
  pelaksana: 'SMA/SMK',
  'ahli-utama': 'S-1',
  'ahli-madya': 'S-1',
  'ahli-muda': 'S-1',
  'ahli-pertama': 'S-1',
  penyelia: 'D-III',
  mahir: 'D-III',
  terampil: 'D-III',
  pemula: 'SMA/SMK',
};

const defaultRequirementRules: RequirementRules = {
  educationLevel: 'error',
  fieldOfStudy: 'warning',
  structuralTraining: 'warning',
  structuralExperience: 'warning',
};

/** The two base policies: one per RCL pattern, each named by the document it comes from. */
export const basePolicyIds = ['bimtek-magetan', 'paparan-kemenpanrb'] as const;
export type BasePolicyId = (typeof basePolicyIds)[number];

/** Where each base policy's RCL pattern comes from and how it differs (the policy page shows it). */
export const basePolicyNotes: Readonly<Record<BasePolicyId, { source: string; description: string }>> = {
  'bimtek-magetan': {
    source: sources.bimtekMagetan,
    description:
      'Tabel "Pola Distribusi Required Competency Level (RCL)" dalam bahan bimtek Kabupaten Magetan. Dipakai sebagai bawaan karena bahan ini juga memuat contoh SKJ lengkap; bahan bimtek bukan peraturan, sehingga instansi dapat menyesuaikannya.',
  },
  'paparan-kemenpanrb': {
    source: sources.paparanPanrb,
    description:
      'Tabel pola RCL dalam paparan Kementerian PANRB. Berbeda dari bahan bimtek Magetan pada jenjang Administrator (dominan 4, bukan 3), Pengawas (4-3, bukan 3-2), Pelaksana (3-2-1 dominan 2, bukan 2-1 dominan 1) dan beberapa jenjang fungsional; tidak memuat baris JF Penyelia.',
  },
};

/** The reference data's key of each base policy's pattern. */
const referenceKeys: Record<BasePolicyId, keyof typeof levelStandardData.technicalLevelPolicies> = {
  'bimtek-magetan': 'seed-001',
  'paparan-kemenpanrb': 'seed-004',
};

const basePolicyNames: Record<BasePolicyId, string> = {
  'bimtek-magetan': 'Pola RCL — bahan bimtek BKPSDM Kab. Magetan',
  'paparan-kemenpanrb': 'Pola RCL — paparan Kementerian PANRB',
};

function policyFromReference(id: BasePolicyId): StandardPolicy {
  const source = levelStandardData.technicalLevelPolicies[referenceKeys[id]];
  const levelDistributionRules: Record<string, LevelDistributionRule> = {};
  for (const [code, rule] of Object.entries(source.jobLevels) as [string, LevelDistributionRule][]) {
    levelDistributionRules[code] = { allowed: [...rule.allowed], dominant: rule.dominant };
  }
  const competencyWeights: Record<string, CompetencyWeights> = {};
  for (const [code, weights] of Object.entries(levelStandardData.competencyWeights.jobLevels)) {
    competencyWeights[code] = { ...weights };
  }
  const managerialLevels: StandardPolicy['managerialLevels'] = {};
  for (const level of jobLevels) {
    managerialLevels[level.code] = {
      managerial: level.managerialLevel,
      socioCultural: level.socioCulturalLevel,
    };
  }
  const rankRanges: Record<string, RankRange> = {};
  for (const [code, range] of Object.entries(defaultRankRanges)) rankRanges[code] = { ...range };
  return {
    name: basePolicyNames[id],
    levelDistributionRules,
    technicalCount: {
      min: levelStandardData.technicalCompetencyCount.min,
      max: levelStandardData.technicalCompetencyCount.max,
    },
    mandatoryTechnical: levelStandardData.mandatoryTechnicalForRegions.map((m) => ({
      name: m.name,
      appliesTo: m.appliesTo as AgencyKind[],
    })),
    competencyWeights,
    managerialLevels,
    rankRanges,
    talent: defaultTalentPolicy(),
    educationMinimums: { ...defaultEducationMinimums },
    requirementRules: { ...defaultRequirementRules },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const defaultPolicyId: BasePolicyId = 'bimtek-magetan';

/** Frozen: copy with `mergePolicy(policy, {})` before changing. */
export const defaultPolicies: Readonly<Record<BasePolicyId, StandardPolicy>> = deepFreeze({
  'bimtek-magetan': policyFromReference('bimtek-magetan'),
  'paparan-kemenpanrb': policyFromReference('paparan-kemenpanrb'),
});

// ---------------------------------------------------------------------------------------------
// Validation and merge

export interface PolicyIssue {
  path: string;
  message: string;
}

const isLevel = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 5;
const knownJobLevels = new Set(jobLevels.map((l) => l.code));
const knownEducationLevels = new Set(educationLevels);
const severities: readonly RuleSeverity[] = ['error', 'warning'];

/** Everything wrong with a policy, in Indonesian. */
export function checkPolicy(policy: StandardPolicy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (typeof policy.name !== 'string' || !policy.name.trim()) add('name', 'Nama kebijakan wajib diisi.');
  const sections = [
    'levelDistributionRules',
    'competencyWeights',
    'managerialLevels',
    'rankRanges',
    'educationMinimums',
  ] as const;
  for (const section of sections) {
    for (const code of Object.keys(policy[section])) {
      if (!knownJobLevels.has(code)) add(`${section}.${code}`, `Jenjang jabatan "${code}" tidak dikenal.`);
    }
  }
  for (const [code, rule] of Object.entries(policy.levelDistributionRules)) {
    const path = `levelDistributionRules.${code}`;
    if (!Array.isArray(rule.allowed) || rule.dominant === undefined) {
      // A job level the base has no pattern for (the ministry's deck: Penyelia) needs a full row.
      add(path, `Pola RCL jenjang "${code}" harus mengisi level yang diizinkan dan level dominan.`);
      continue;
    }
    if (rule.allowed.length === 0) add(`${path}.allowed`, 'Level yang diizinkan tidak boleh kosong.');
    if (!rule.allowed.every(isLevel)) add(`${path}.allowed`, 'Level harus bilangan bulat 1 sampai 5.');
    if (new Set(rule.allowed).size !== rule.allowed.length) {
      add(`${path}.allowed`, 'Level yang diizinkan tidak boleh berulang.');
    }
    if (rule.dominant !== null && !rule.allowed.includes(rule.dominant)) {
      add(`${path}.dominant`, 'Level dominan harus salah satu level yang diizinkan.');
    }
  }
  const { min, max } = policy.technicalCount;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1) {
    add('technicalCount', 'Jumlah kompetensi teknis harus bilangan bulat minimal 1.');
  } else if (min > max) {
    add('technicalCount', 'Jumlah minimal kompetensi teknis tidak boleh melebihi jumlah maksimal.');
  }
  policy.mandatoryTechnical.forEach((m, i) => {
    if (!m.name.trim()) add(`mandatoryTechnical.${i}.name`, 'Nama kompetensi wajib diisi.');
    if (!m.appliesTo.every((k) => agencyKinds.includes(k))) {
      add(`mandatoryTechnical.${i}.appliesTo`, 'Jenis instansi tidak dikenal.');
    }
  });
  for (const [code, w] of Object.entries(policy.competencyWeights)) {
    const values = [w.socioCultural, w.managerial, w.technical];
    if (!values.every((v) => Number.isFinite(v) && v >= 0)) {
      add(`competencyWeights.${code}`, 'Bobot kompetensi harus angka tidak negatif.');
    } else if (Math.abs(values.reduce((a, b) => a + b, 0) - 100) > 1e-9) {
      add(`competencyWeights.${code}`, 'Jumlah bobot sosial kultural, manajerial dan teknis harus 100.');
    }
  }
  for (const [code, levels] of Object.entries(policy.managerialLevels)) {
    for (const kind of ['managerial', 'socioCultural'] as const) {
      const value = levels[kind];
      if (value !== null && !isLevel(value)) {
        add(`managerialLevels.${code}.${kind}`, 'Level harus bilangan bulat 1 sampai 5 atau kosong.');
      }
    }
  }
  for (const [code, range] of Object.entries(policy.rankRanges)) {
    const low = typeof range.min === 'string' ? gradeIndex(range.min) : null;
    const high = typeof range.max === 'string' ? gradeIndex(range.max) : null;
    if (low === null || high === null) {
      add(`rankRanges.${code}`, 'Golongan ruang tidak dikenal (gunakan I/a sampai IV/e).');
    } else if (low > high) {
      add(`rankRanges.${code}`, 'Golongan terendah tidak boleh di atas golongan tertinggi.');
    }
  }
  for (const [path, message] of checkTalentPolicy(policy.talent)) add(path, message);
  for (const [code, level] of Object.entries(policy.educationMinimums)) {
    if (!knownEducationLevels.has(level)) {
      add(`educationMinimums.${code}`, `Jenjang pendidikan "${level}" tidak dikenal.`);
    }
  }
  for (const [rule, severity] of Object.entries(policy.requirementRules)) {
    if (!severities.includes(severity)) {
      add(
        `requirementRules.${rule}`,
        'Tingkat temuan harus "error" (kesalahan) atau "warning" (peringatan).',
      );
    }
  }
  return issues;
}

function mergeRecord<T extends object>(
  base: Record<string, T>,
  override: Record<string, Partial<T>> | undefined,
): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const [code, value] of Object.entries(base)) merged[code] = structuredClone(value);
  for (const [code, value] of Object.entries(override ?? {})) {
    merged[code] = { ...merged[code], ...structuredClone(value) } as T;
  }
  return merged;
}

/**
 * A policy with an agency admin's partial override applied (per job level, field by field).
 * Throws DomainError('INVALID_POLICY', …, { issues }) when the result is not valid.
 */
export function mergePolicy(base: StandardPolicy, override: StandardPolicyOverride): StandardPolicy {
  const merged: StandardPolicy = {
    name: override.name ?? base.name,
    levelDistributionRules: mergeRecord(base.levelDistributionRules, override.levelDistributionRules),
    technicalCount: { ...base.technicalCount, ...override.technicalCount },
    mandatoryTechnical: structuredClone(override.mandatoryTechnical ?? base.mandatoryTechnical),
    competencyWeights: mergeRecord(base.competencyWeights, override.competencyWeights),
    managerialLevels: mergeRecord(base.managerialLevels, override.managerialLevels),
    rankRanges: mergeRecord(base.rankRanges, override.rankRanges),
    talent: mergeTalentPolicy(base.talent, override.talent),
    educationMinimums: { ...base.educationMinimums, ...override.educationMinimums },
    requirementRules: { ...base.requirementRules, ...override.requirementRules },
  };
  const issues = checkPolicy(merged);
  if (issues.length > 0) {
    throw new DomainError('INVALID_POLICY', `Kebijakan SKJ tidak valid: ${issues[0]!.message}`, { issues });
  }
  return merged;
}

/** The level a newly added technical competency starts at: the pattern's dominant level, else its highest. */
export function startingTechnicalLevel(policy: StandardPolicy, jobLevel: string): number {
  const rule = policy.levelDistributionRules[jobLevel];
  if (!rule || rule.allowed.length === 0) return 3;
  return rule.dominant ?? Math.max(...rule.allowed);
}
