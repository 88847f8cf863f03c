/**
 * Everyday spellings of education levels and ranks, as agencies type them and as SIASN exports
 * them, onto the reference values: "D3", "D-III", "DIII", "Diploma III" are `D-III`; "S1",
 * "S-1/Sarjana", "Sarjana" are `S-1`; "SLTA" is `SMA/SMK`; "III/c", "iii c", "Penata (III/c)",
 * "Penata" are `III/c`. Pure; used by every import and by the composer.
 */
import { normalizeGrade } from './job-standard-policy';
import { educationLevels } from './reference';

const roman: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/** Words people write for a level, keyed as `key()` leaves them. */
const educationWords: Record<string, string> = {
  SD: 'SD',
  SEKOLAHDASAR: 'SD',
  SMP: 'SMP',
  SLTP: 'SMP',
  SMPSEDERAJAT: 'SMP',
  SLTPSEDERAJAT: 'SMP',
  SMA: 'SMA/SMK',
  SMK: 'SMA/SMK',
  SMU: 'SMA/SMK',
  SLTA: 'SMA/SMK',
  SMASMK: 'SMA/SMK',
  SMASEDERAJAT: 'SMA/SMK',
  SLTASEDERAJAT: 'SMA/SMK',
  SLTAKEJURUAN: 'SMA/SMK',
  SARJANA: 'S-1',
  SARJANATERAPAN: 'D-IV',
  MAGISTER: 'S-2',
  PASCASARJANA: 'S-2',
  DOKTOR: 'S-3',
  DOKTORAL: 'S-3',
};

const key = (text: string) => text.replace(/[^A-Z0-9]/gi, '').toUpperCase();
const byKey = new Map(educationLevels.map((level) => [key(level), level]));

/** One level written any everyday way, or null. */
function oneEducationLevel(text: string): string | null {
  const k = key(text);
  if (!k) return null;
  const direct = byKey.get(k) ?? educationWords[k];
  if (direct) return direct;
  // D3, D 3, Diploma 3, Diploma III, Strata 1, S 1.
  const match = /^(D|DIPLOMA|S|STRATA)(I{1,3}|IV|[1-4])$/.exec(k);
  if (!match) return null;
  const raw = match[2]!;
  if (match[1]!.startsWith('D')) return byKey.get(key(`D-${roman[raw] ?? raw}`)) ?? null;
  const arabic = ({ I: '1', II: '2', III: '3' } as Record<string, string>)[raw] ?? raw;
  return byKey.get(key(`S-${arabic}`)) ?? null;
}

/**
 * The education levels a text names: "S1/DIV" is `['S-1', 'D-IV']` (equivalent levels of a
 * requirement), "S-1/Sarjana" is `['S-1']`. Unknown parts make the whole answer null, so an import
 * can report the text instead of keeping half of it.
 */
export function educationLevelsIn(text: string): string[] | null {
  const whole = oneEducationLevel(text);
  if (whole) return [whole];
  const parts = text
    .split(/\s*(?:\/|,|;|\batau\b|\bor\b)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const levels: string[] = [];
  for (const part of parts) {
    const level = oneEducationLevel(part);
    if (!level) return null;
    if (!levels.includes(level)) levels.push(level);
  }
  return educationLevels.filter((level) => levels.includes(level));
}

/**
 * One person's level (a civil servant's last education): the highest level the text names, e.g.
 * "S-1/Sarjana" is `S-1`, "D-IV/S-1" is `S-1`.
 */
export function normalizeEducationLevel(text: string): string | null {
  const levels = educationLevelsIn(text);
  return levels && levels.length > 0 ? levels[levels.length - 1]! : null;
}

/** "III/c", "III-c", "iii c", "Penata", "Penata Tk. I", "Penata (III/c)" → the grade, or null. */
export function normalizeRankGrade(text: string): string | null {
  const direct = normalizeGrade(text);
  if (direct) return direct;
  // A grade written inside the text: "Penata (III/c)", "Gol. III/c", "Penata, III/c".
  const inside = /(?:^|[^A-Z])(IV|I{1,3})\s*[/ -]?\s*([A-E])(?![A-Z])/i.exec(text);
  if (inside) return normalizeGrade(`${inside[1]}/${inside[2]}`);
  const withoutParens = text.replace(/\([^)]*\)/g, ' ').trim();
  return withoutParens && withoutParens !== text ? normalizeGrade(withoutParens) : null;
}

const levelWords: Record<string, number> = {
  SATU: 1,
  DUA: 2,
  TIGA: 3,
  EMPAT: 4,
  LIMA: 5,
  PAHAM: 1,
  AWARENESS: 1,
  DASAR: 2,
  BASIC: 2,
  MENENGAH: 3,
  INTERMEDIATE: 3,
  MUMPUNI: 4,
  ADVANCE: 4,
  ADVANCED: 4,
  AHLI: 5,
  EXPERT: 5,
};
const romanLevels: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

/**
 * A required level (1..5) as people write it in a standard: "3", "Level 3", "level III", "III",
 * "3 (Menengah)", "Menengah", "tiga"; null when the text names no level or names two.
 */
export function proficiencyLevelIn(text: string): number | null {
  const words = text
    .toUpperCase()
    .replace(/[()[\].,:;/-]/g, ' ')
    .split(/\s+/)
    .filter((word) => word && word !== 'LEVEL' && word !== 'TINGKAT' && word !== 'KE');
  const found = new Set<number>();
  for (const word of words) {
    const level = /^[1-5]$/.test(word) ? Number(word) : (romanLevels[word] ?? levelWords[word]);
    if (level === undefined) return null;
    found.add(level);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** "Mutlak", "penting", "PERLU", "M" → the importance; null for anything else. */
export function importanceIn(text: string): 'essential' | 'veryImportant' | 'important' | null {
  const word = text.replace(/[^A-Z]/gi, '').toUpperCase();
  if (word === 'MUTLAK' || word === 'M') return 'essential';
  if (word === 'PENTING') return 'veryImportant';
  if (word === 'PERLU') return 'important';
  return null;
}
