/**
 * Education levels (jenjang pendidikan): one vocabulary in the domain, the spellings of
 * `reference/pangkat-golongan.json` ('S-1', 'D-IV', 'SMA/SMK'). What people type ("S1", "D4",
 * "DIV", "Sarjana", "SLTA") is mapped onto it at the edges (imports, the standard composer), and
 * a requirement check reads both sides through `normalizeEducation`, so a requirement stored as
 * "S1" before this mapping still evaluates. Pure.
 */
import { educationLevels } from './reference';

export { educationLevels };

const roman: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/** Key of a spelling: letters and digits only, upper case, diploma numbers as Roman numerals. */
function keyOf(text: string): string {
  const key = text.replace(/[^A-Z0-9]/gi, '').toUpperCase();
  const diploma = /^D([1-4])$/.exec(key);
  return diploma ? `D${roman[diploma[1]!]}` : key;
}

const byKey = new Map<string, string>(educationLevels.map((level) => [keyOf(level), level]));
// Other names of a level as they appear in personnel data (SIASN "tingkat_pendidikan_nama").
const synonyms: Record<string, string> = {
  SEKOLAHDASAR: 'SD',
  SLTP: 'SMP',
  SMPSEDERAJAT: 'SMP',
  SMA: 'SMA/SMK',
  SMK: 'SMA/SMK',
  SLTA: 'SMA/SMK',
  SMU: 'SMA/SMK',
  SLTASEDERAJAT: 'SMA/SMK',
  DIPLOMAI: 'D-I',
  DIPLOMAII: 'D-II',
  DIPLOMAIII: 'D-III',
  DIPLOMAIV: 'D-IV',
  SARJANA: 'S-1',
  SARJANATERAPAN: 'D-IV',
  STRATA1: 'S-1',
  STRATAI: 'S-1',
  MAGISTER: 'S-2',
  STRATA2: 'S-2',
  STRATAII: 'S-2',
  DOKTOR: 'S-3',
  STRATA3: 'S-3',
  STRATAIII: 'S-3',
};
for (const [key, level] of Object.entries(synonyms)) byKey.set(key, level);

/** "S1", "s-1", "S 1" and "Sarjana" are `S-1`; "D4" and "DIV" are `D-IV`; null when not a level. */
export function normalizeEducation(text: string): string | null {
  return byKey.get(keyOf(text)) ?? null;
}

/** Position of a level in the ladder SD (0) .. S-3 (9), whatever its spelling; null when unknown. */
export function educationRank(text: string): number | null {
  const level = normalizeEducation(text);
  return level === null ? null : educationLevels.indexOf(level);
}

/**
 * The levels of a requirement in the domain's spelling, unknown spellings kept as typed (the
 * standard's rules report them). "S1/DIV" in one item is split into its equivalent levels.
 */
export function normalizeEducationLevels(levels: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of levels.flatMap((l) => l.split('/'))) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const level = normalizeEducation(trimmed) ?? trimmed;
    if (!out.includes(level)) out.push(level);
  }
  return out;
}
