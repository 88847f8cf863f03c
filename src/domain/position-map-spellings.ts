/**
 * How people write a position's group, job level and class on a peta jabatan, onto the reference
 * values: "Ahli Muda", "ahli muda", "JF Ahli Muda", "Muda" are `ahli-muda`; "Eselon III" and
 * "Administrator" are `administrator`; "Struktural" is a leadership or an administrative
 * (structural) position; "Kelas 7" and "7" are class 7. Pure; used by the position-map import.
 */
import { findJobLevel, jobLevels, type PositionGroup } from './reference';

/** What a group cell says: a group, "structural" (leadership or administrator/pengawas), and a level it implies. */
export interface GroupSpelling {
  groups: readonly PositionGroup[];
  /** "Administrator", "Pengawas", "Pelaksana" name the level as well. */
  level?: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const structural: GroupSpelling = { groups: ['leadership', 'administrative'] };
const groupWords: Record<string, GroupSpelling> = {
  jpt: { groups: ['leadership'] },
  'jabatan pimpinan tinggi': { groups: ['leadership'] },
  'pimpinan tinggi': { groups: ['leadership'] },
  struktural: structural,
  'jabatan struktural': structural,
  administrasi: { groups: ['administrative'] },
  'jabatan administrasi': { groups: ['administrative'] },
  ja: { groups: ['administrative'] },
  administrator: { groups: ['administrative'], level: 'administrator' },
  'jabatan administrator': { groups: ['administrative'], level: 'administrator' },
  pengawas: { groups: ['administrative'], level: 'pengawas' },
  'jabatan pengawas': { groups: ['administrative'], level: 'pengawas' },
  pelaksana: { groups: ['administrative'], level: 'pelaksana' },
  'jabatan pelaksana': { groups: ['administrative'], level: 'pelaksana' },
  jfu: { groups: ['administrative'], level: 'pelaksana' },
  'fungsional umum': { groups: ['administrative'], level: 'pelaksana' },
  'jabatan fungsional umum': { groups: ['administrative'], level: 'pelaksana' },
  fungsional: { groups: ['functional'] },
  'jabatan fungsional': { groups: ['functional'] },
  'fungsional tertentu': { groups: ['functional'] },
  'jabatan fungsional tertentu': { groups: ['functional'] },
  jf: { groups: ['functional'] },
  jft: { groups: ['functional'] },
};

/** The spellings of a group cell the import accepts (for the template's instructions). */
export const groupExamples = ['JPT', 'Struktural', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];

export function parsePositionGroup(text: string): GroupSpelling | null {
  return groupWords[words(text)] ?? null;
}

/** Level words after the prefixes people add ("JF", "Jabatan Fungsional", "Jenjang"). */
const levelWords: Record<string, string[]> = {
  'jpt utama': ['jpt-utama'],
  'pimpinan tinggi utama': ['jpt-utama'],
  'jpt madya': ['jpt-madya'],
  'pimpinan tinggi madya': ['jpt-madya'],
  'jpt pratama': ['jpt-pratama'],
  'pimpinan tinggi pratama': ['jpt-pratama'],
  pratama: ['jpt-pratama'],
  'eselon i': ['jpt-madya'],
  'eselon i a': ['jpt-madya'],
  'eselon i b': ['jpt-madya'],
  'eselon ii': ['jpt-pratama'],
  'eselon ii a': ['jpt-pratama'],
  'eselon ii b': ['jpt-pratama'],
  'eselon iii': ['administrator'],
  'eselon iii a': ['administrator'],
  'eselon iii b': ['administrator'],
  'eselon iv': ['pengawas'],
  'eselon iv a': ['pengawas'],
  'eselon iv b': ['pengawas'],
  administrator: ['administrator'],
  pengawas: ['pengawas'],
  pelaksana: ['pelaksana'],
  'fungsional umum': ['pelaksana'],
  jfu: ['pelaksana'],
  'ahli utama': ['ahli-utama'],
  'ahli madya': ['ahli-madya'],
  'ahli muda': ['ahli-muda'],
  'ahli pertama': ['ahli-pertama'],
  madya: ['ahli-madya', 'jpt-madya'],
  muda: ['ahli-muda'],
  pertama: ['ahli-pertama'],
  utama: ['ahli-utama', 'jpt-utama'],
  penyelia: ['penyelia'],
  mahir: ['mahir'],
  terampil: ['terampil'],
  pemula: ['pemula'],
};
for (const level of jobLevels) {
  levelWords[words(level.code)] ??= [level.code];
  levelWords[words(level.name)] ??= [level.code];
}

const levelPrefix = /^(?:jenjang |jabatan fungsional |fungsional |jft |jf |jabatan )+/;

/** The spellings of a level cell the import accepts (for the template's instructions). */
export const levelExamples = [
  'JPT Pratama',
  'Eselon III',
  'Administrator',
  'Pengawas',
  'Pelaksana',
  'Ahli Muda',
  'JF Ahli Pertama',
  'Terampil',
];

export type LevelRead =
  | { ok: true; level: string; group: PositionGroup }
  | {
      ok: false;
      code: 'UNKNOWN_JOB_LEVEL' | 'AMBIGUOUS_JOB_LEVEL' | 'LEVEL_GROUP_MISMATCH' | 'LEVEL_REQUIRED';
    };

/**
 * The job level of a row from its level cell and its group cell (either may be empty): the level
 * cell wins, the group cell ("Pengawas") may name the level itself, and both must agree.
 */
export function resolveJobLevel(levelText: string | undefined, groupText: string | undefined): LevelRead {
  const group = groupText ? parsePositionGroup(groupText) : null;
  let candidates: string[] = [];
  if (levelText) {
    const plain = words(levelText);
    candidates = levelWords[plain] ?? levelWords[plain.replace(levelPrefix, '')] ?? [];
    if (candidates.length === 0) return { ok: false, code: 'UNKNOWN_JOB_LEVEL' };
  } else if (group?.level) candidates = [group.level];
  else return { ok: false, code: 'LEVEL_REQUIRED' };
  const fitting = group
    ? candidates.filter((code) => group.groups.includes(findJobLevel(code)!.group))
    : candidates;
  if (group?.level && levelText && !fitting.includes(group.level))
    return { ok: false, code: 'LEVEL_GROUP_MISMATCH' };
  if (fitting.length === 0) return { ok: false, code: 'LEVEL_GROUP_MISMATCH' };
  if (fitting.length > 1) return { ok: false, code: 'AMBIGUOUS_JOB_LEVEL' };
  const level = findJobLevel(fitting[0]!)!;
  return { ok: true, level: level.code, group: level.group };
}

/** "7", "Kelas 7", "kelas jabatan 7", "7.0": the class 1..17; null when it is not one. */
export function parseJobGrade(text: string): number | null {
  const match = /^(?:kelas(?:\s+jabatan)?\s*)?(\d{1,2})(?:[.,]0+)?$/i.exec(text.trim());
  if (!match) return null;
  const grade = Number(match[1]);
  return grade >= 1 && grade <= 17 ? grade : null;
}

/** B or K as typed: "3", "3.0", "-" (none) → 0..100000; null when it is not a count. */
export function parseHeadcount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '-' || trimmed === '–') return 0;
  const match = /^(\d{1,6})(?:[.,]0+)?$/.exec(trimmed);
  if (!match) return null;
  const value = Number(match[1]);
  return value <= 100_000 ? value : null;
}

/** A unit's or position's name as compared: case and spacing do not make another unit. */
export function nameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** "Sekretariat › Bagian Umum › Subbagian Kepegawaian" (the position map's export) as a path. */
export function splitUnitPath(text: string): string[] {
  return text
    .split(/\s*[›>]\s*/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '');
}
