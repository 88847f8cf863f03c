/**
 * Technical competency dictionaries (kamus kompetensi teknis): what an entry must contain, the
 * lifecycle of a dictionary version, the nine composition steps of seed 001, and the diff between
 * two versions. Pure: no I/O.
 */
import { DomainError } from './errors';
import { isPlaceholderText } from './sources';

export const competencyGroups = ['generic', 'specific'] as const;
export type CompetencyGroup = (typeof competencyGroups)[number];

export const dictionaryStatuses = ['draft', 'verified', 'ratified'] as const;
export type DictionaryStatus = (typeof dictionaryStatuses)[number];

export interface EntryLevel {
  level: number;
  description: string;
  behaviourIndicators: string[];
}

/** One technical competency of a dictionary version. */
export interface DictionaryEntry {
  code: string;
  name: string;
  definition: string;
  governmentAffair: string;
  subAffair: string | null;
  group: CompetencyGroup;
  levels: EntryLevel[];
}

/** The codes of what can be wrong with one entry (the first one is the error code of a refused save). */
export const entryProblemCodes = [
  'ENTRY_CODE_REQUIRED',
  'ENTRY_CODE_INVALID',
  'ENTRY_NAME_REQUIRED',
  'ENTRY_NAME_TOO_LONG',
  'ENTRY_DEFINITION_REQUIRED',
  'ENTRY_DEFINITION_TOO_LONG',
  'UNKNOWN_GOVERNMENT_AFFAIR',
  'ENTRY_GROUP_INVALID',
  'ENTRY_LEVELS_NOT_FIVE',
  'ENTRY_PLACEHOLDER_TEXT',
  'LEVEL_DESCRIPTION_REQUIRED',
  'LEVEL_DESCRIPTION_TOO_LONG',
  'LEVEL_WITHOUT_INDICATOR',
  'LEVEL_TOO_MANY_INDICATORS',
  'INDICATOR_TOO_LONG',
  'DUPLICATE_ENTRY_CODE',
] as const;
export type EntryProblemCode = (typeof entryProblemCodes)[number];

export interface EntryProblem {
  /** Dotted path inside the entry, e.g. `levels.3.behaviourIndicators`. */
  path: string;
  code: EntryProblemCode;
  message: string;
}

export const entryLimits = {
  code: 32,
  name: 200,
  definition: 4000,
  description: 2000,
  indicator: 2000,
  indicatorsPerLevel: 20,
} as const;

const codePattern = /^[A-Za-z0-9][A-Za-z0-9.\-_/]*$/;

/**
 * Everything wrong with an entry, in Indonesian, so an editor or an import report can show all
 * of it at once. `knownAffairs` is the list of government affairs and supporting functions.
 */
export function checkEntry(entry: DictionaryEntry, knownAffairs: ReadonlySet<string>): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const add = (path: string, code: EntryProblemCode, message: string) =>
    problems.push({ path, code, message });
  const code = entry.code.trim();
  if (!code) add('code', 'ENTRY_CODE_REQUIRED', 'Kode kompetensi wajib diisi.');
  else if (code.length > entryLimits.code || !codePattern.test(code)) {
    add(
      'code',
      'ENTRY_CODE_INVALID',
      `Kode kompetensi maksimal ${entryLimits.code} karakter: huruf, angka, . - _ /.`,
    );
  }
  if (!entry.name.trim()) add('name', 'ENTRY_NAME_REQUIRED', 'Nama kompetensi wajib diisi.');
  else if (entry.name.length > entryLimits.name) {
    add('name', 'ENTRY_NAME_TOO_LONG', `Nama kompetensi maksimal ${entryLimits.name} karakter.`);
  }
  if (!entry.definition.trim())
    add('definition', 'ENTRY_DEFINITION_REQUIRED', 'Definisi kompetensi wajib diisi.');
  else if (entry.definition.length > entryLimits.definition) {
    add('definition', 'ENTRY_DEFINITION_TOO_LONG', `Definisi maksimal ${entryLimits.definition} karakter.`);
  }
  if (!knownAffairs.has(entry.governmentAffair)) {
    add(
      'governmentAffair',
      'UNKNOWN_GOVERNMENT_AFFAIR',
      `Urusan pemerintahan "${entry.governmentAffair}" tidak dikenal. Pilih dari daftar urusan (UU 23/2014) atau fungsi penunjang.`,
    );
  }
  if (!competencyGroups.includes(entry.group)) {
    add(
      'group',
      'ENTRY_GROUP_INVALID',
      'Kelompok kompetensi harus "generic" (generik) atau "specific" (spesifik).',
    );
  }
  const levelNumbers = entry.levels.map((l) => l.level);
  const exactlyFive = entry.levels.length === 5 && [1, 2, 3, 4, 5].every((n) => levelNumbers.includes(n));
  if (!exactlyFive) {
    add(
      'levels',
      'ENTRY_LEVELS_NOT_FIVE',
      `Kompetensi harus memiliki tepat lima level (1–5); yang diberikan: ${levelNumbers.join(', ') || 'tidak ada'}.`,
    );
  }
  if (entryHasPlaceholder(entry)) {
    add(
      'definition',
      'ENTRY_PLACEHOLDER_TEXT',
      'Kompetensi ini masih memuat teks sementara "[Teks resmi belum tersedia]"; ganti dengan teks resmi.',
    );
  }
  for (const level of entry.levels) {
    const base = `levels.${level.level}`;
    if (!level.description.trim()) {
      add(`${base}.description`, 'LEVEL_DESCRIPTION_REQUIRED', `Deskripsi level ${level.level} wajib diisi.`);
    } else if (level.description.length > entryLimits.description) {
      add(
        `${base}.description`,
        'LEVEL_DESCRIPTION_TOO_LONG',
        `Deskripsi level ${level.level} terlalu panjang.`,
      );
    }
    const indicators = level.behaviourIndicators.filter((i) => i.trim());
    if (indicators.length === 0) {
      add(
        `${base}.behaviourIndicators`,
        'LEVEL_WITHOUT_INDICATOR',
        `Level ${level.level} harus memiliki minimal satu indikator perilaku.`,
      );
    } else if (indicators.length > entryLimits.indicatorsPerLevel) {
      add(
        `${base}.behaviourIndicators`,
        'LEVEL_TOO_MANY_INDICATORS',
        `Level ${level.level} maksimal ${entryLimits.indicatorsPerLevel} indikator.`,
      );
    }
    if (indicators.some((i) => i.length > entryLimits.indicator)) {
      add(
        `${base}.behaviourIndicators`,
        'INDICATOR_TOO_LONG',
        `Indikator level ${level.level} terlalu panjang.`,
      );
    }
  }
  return problems;
}

/** Whether any text of an entry is the stand-in for official text not entered yet. */
export function entryHasPlaceholder(entry: Pick<DictionaryEntry, 'definition' | 'levels'>): boolean {
  return (
    isPlaceholderText(entry.definition) ||
    entry.levels.some(
      (l) => isPlaceholderText(l.description) || l.behaviourIndicators.some(isPlaceholderText),
    )
  );
}

/** Trims texts, drops empty indicators, orders levels 1..5: the form an entry is stored in. */
export function normalizeEntry(entry: DictionaryEntry): DictionaryEntry {
  return {
    code: entry.code.trim(),
    name: entry.name.trim(),
    definition: entry.definition.trim(),
    governmentAffair: entry.governmentAffair.trim(),
    subAffair: entry.subAffair?.trim() || null,
    group: entry.group,
    levels: [...entry.levels]
      .sort((a, b) => a.level - b.level)
      .map((l) => ({
        level: l.level,
        description: l.description.trim(),
        behaviourIndicators: l.behaviourIndicators.map((i) => i.trim()).filter(Boolean),
      })),
  };
}

/** Problems across a whole version: each entry's, plus duplicate codes. */
export function checkEntries(entries: DictionaryEntry[], knownAffairs: ReadonlySet<string>) {
  const byIndex = entries.map((entry, index) => ({ index, problems: checkEntry(entry, knownAffairs) }));
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = entry.code.trim().toUpperCase();
    const first = seen.get(key);
    if (first !== undefined) {
      byIndex[index]!.problems.push({
        path: 'code',
        code: 'DUPLICATE_ENTRY_CODE',
        message: `Kode ${entry.code} dipakai lebih dari sekali dalam kamus ini.`,
      });
    } else seen.set(key, index);
  });
  return byIndex.filter((r) => r.problems.length > 0);
}

export function assertValidEntry(entry: DictionaryEntry, knownAffairs: ReadonlySet<string>): void {
  const problems = checkEntry(entry, knownAffairs);
  if (problems.length > 0) {
    throw new DomainError(problems[0]!.code, problems[0]!.message, {
      issues: problems.map((p) => ({ path: p.path, message: p.message, code: p.code })),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Lifecycle: draft → verified (verifier of the owning agency) → ratified (the agency's admin as
// staffing authority, PPK). A ratified version is frozen; editing means a new draft version.

export type DictionaryAction = 'verify' | 'ratify' | 'return';

export interface DictionaryTransition {
  from: DictionaryStatus;
  to: DictionaryStatus;
}

const transitions: Record<DictionaryAction, DictionaryTransition[]> = {
  verify: [{ from: 'draft', to: 'verified' }],
  ratify: [{ from: 'verified', to: 'ratified' }],
  return: [{ from: 'verified', to: 'draft' }],
};

const statusNames: Record<DictionaryStatus, string> = {
  draft: 'draf',
  verified: 'terverifikasi',
  ratified: 'ditetapkan',
};

export function nextDictionaryStatus(current: DictionaryStatus, action: DictionaryAction): DictionaryStatus {
  const transition = transitions[action].find((t) => t.from === current);
  if (!transition) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Tindakan "${action}" tidak dapat dilakukan pada kamus berstatus ${statusNames[current]}.`,
    );
  }
  return transition.to;
}

export function assertEditable(status: DictionaryStatus): void {
  if (status !== 'draft') {
    throw new DomainError(
      status === 'ratified' ? 'VERSION_RATIFIED' : 'VERSION_NOT_DRAFT',
      status === 'ratified'
        ? 'Versi kamus yang sudah ditetapkan tidak dapat diubah. Buat versi revisi baru.'
        : 'Hanya versi draf yang dapat diubah. Kembalikan ke draf terlebih dahulu.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The nine composition steps of a technical dictionary (seed 001).

export const compositionSteps = [
  { key: 'proposal', name: 'Menyusun proposal' },
  { key: 'mandates', name: 'Inventarisasi mandat' },
  { key: 'unitFunctions', name: 'Inventarisasi tugas dan fungsi unit' },
  { key: 'tasksAndOutputs', name: 'Inventarisasi tugas dan hasil kerja jabatan' },
  { key: 'identify', name: 'Identifikasi kompetensi teknis' },
  { key: 'define', name: 'Merumuskan definisi kompetensi' },
  { key: 'group', name: 'Pengelompokan kompetensi (generik/spesifik)' },
  { key: 'indicators', name: 'Merumuskan indikator perilaku dan levelnya' },
  { key: 'workshop', name: 'Workshop/lokakarya' },
] as const;
export type CompositionStep = (typeof compositionSteps)[number]['key'];

/**
 * Verification needs all nine steps ticked, unless the owning agency's admin overrides with a
 * reason: DomainError('COMPOSITION_STEPS_INCOMPLETE') naming the steps still open.
 */
export function assertCompositionComplete(ticked: ReadonlySet<string>, override: { reason?: string } | null) {
  const missing = compositionSteps.filter((step) => !ticked.has(step.key));
  if (missing.length === 0) return { missing: [] as string[], overridden: false };
  if (override?.reason?.trim()) return { missing: missing.map((s) => s.key), overridden: true };
  throw new DomainError(
    'COMPOSITION_STEPS_INCOMPLETE',
    `Kamus belum dapat diverifikasi: ${compositionSteps.length - missing.length} dari ${compositionSteps.length} langkah penyusunan dicentang. Belum: ${missing.map((s) => s.name).join('; ')}. Centang langkahnya, atau admin instansi memverifikasi dengan alasan.`,
    { missing: missing.map((s) => s.key) },
  );
}

// ---------------------------------------------------------------------------------------------
// Diff between two versions.

export interface TextChange {
  field: string;
  before: string;
  after: string;
}

export interface LevelChange {
  level: number;
  description?: { before: string; after: string };
  indicatorsAdded: string[];
  indicatorsRemoved: string[];
}

export interface EntryChange {
  code: string;
  name: string;
  fields: TextChange[];
  levels: LevelChange[];
}

export interface DictionaryDiff {
  added: DictionaryEntry[];
  removed: DictionaryEntry[];
  changed: EntryChange[];
  unchanged: number;
}

const comparedFields = ['name', 'definition', 'governmentAffair', 'subAffair', 'group'] as const;

export function diffEntries(before: DictionaryEntry[], after: DictionaryEntry[]): DictionaryDiff {
  const beforeByCode = new Map(before.map((e) => [e.code, e]));
  const afterByCode = new Map(after.map((e) => [e.code, e]));
  const diff: DictionaryDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const entry of after) if (!beforeByCode.has(entry.code)) diff.added.push(entry);
  for (const entry of before) if (!afterByCode.has(entry.code)) diff.removed.push(entry);
  for (const old of before) {
    const current = afterByCode.get(old.code);
    if (!current) continue;
    const fields: TextChange[] = [];
    for (const field of comparedFields) {
      const a = old[field] ?? '';
      const b = current[field] ?? '';
      if (a !== b) fields.push({ field, before: a, after: b });
    }
    const levels: LevelChange[] = [];
    for (let level = 1; level <= 5; level++) {
      const a = old.levels.find((l) => l.level === level);
      const b = current.levels.find((l) => l.level === level);
      const change: LevelChange = { level, indicatorsAdded: [], indicatorsRemoved: [] };
      if ((a?.description ?? '') !== (b?.description ?? '')) {
        change.description = { before: a?.description ?? '', after: b?.description ?? '' };
      }
      const oldIndicators = a?.behaviourIndicators ?? [];
      const newIndicators = b?.behaviourIndicators ?? [];
      change.indicatorsAdded = newIndicators.filter((i) => !oldIndicators.includes(i));
      change.indicatorsRemoved = oldIndicators.filter((i) => !newIndicators.includes(i));
      const reordered =
        change.indicatorsAdded.length === 0 &&
        change.indicatorsRemoved.length === 0 &&
        oldIndicators.join('\n') !== newIndicators.join('\n');
      if (
        change.description ||
        change.indicatorsAdded.length ||
        change.indicatorsRemoved.length ||
        reordered
      ) {
        levels.push(change);
      }
    }
    if (fields.length || levels.length)
      diff.changed.push({ code: old.code, name: current.name, fields, levels });
    else diff.unchanged++;
  }
  return diff;
}

/** The text that full-text search indexes for an entry: every level's description and indicators. */
export function entrySearchText(entry: Pick<DictionaryEntry, 'levels'>): string {
  return entry.levels.map((l) => [l.description, ...l.behaviourIndicators].join('\n')).join('\n');
}
