/**
 * Matching the competencies a document names to the dictionaries: by code when the document gives
 * one, else by name (case, spacing and punctuation ignored, "Kerjasama" = "Kerja Sama"), within
 * the row's kind when the document says it. The agency's own dictionaries come before national
 * ones; two candidates equally good are ambiguous and reported, never guessed. Pure.
 */
import { competencyNameKey } from './job-standard';
import type { CompetencyKind } from './reference';

export interface CandidateCompetency {
  id: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  /** null: a national dictionary. */
  dictionaryAgencyId: string | null;
  dictionaryName: string;
}

export interface NamedCompetency {
  kind: CompetencyKind | null;
  code: string | null;
  name: string;
  levelText: string;
  level: number | null;
}

export interface CompetencyMatch {
  competencyId: string;
  kind: CompetencyKind;
  /** As the document writes it. */
  name: string;
  /** As the dictionary has it. */
  dictionaryName: string;
  competencyCode: string;
  competencyName: string;
  level: number;
  matchedBy: 'code' | 'name';
}

export type UnmatchedReason =
  | 'UNKNOWN_COMPETENCY'
  | 'AMBIGUOUS_COMPETENCY'
  | 'LEVEL_UNREADABLE'
  | 'LEVEL_NOT_IN_DICTIONARY'
  | 'DUPLICATE_COMPETENCY';

export interface UnmatchedCompetency {
  kind: CompetencyKind | null;
  name: string;
  code: string | null;
  levelText: string;
  reason: UnmatchedReason;
  message: string;
}

const kindNames: Record<CompetencyKind, string> = {
  managerial: 'manajerial',
  socioCultural: 'sosial kultural',
  technical: 'teknis',
};

function best(found: CandidateCompetency[], agencyId: string | null): CandidateCompetency[] {
  if (found.length <= 1) return found;
  const own = found.filter((c) => c.dictionaryAgencyId !== null && c.dictionaryAgencyId === agencyId);
  const tier = own.length > 0 ? own : found.filter((c) => c.dictionaryAgencyId === null);
  const pool = tier.length > 0 ? tier : found;
  return [...new Map(pool.map((c) => [c.id, c])).values()];
}

/** Matched rows (with the index of the document row each came from) and what could not be matched. */
export function matchCompetencies(
  named: readonly NamedCompetency[],
  candidates: readonly CandidateCompetency[],
  agencyId: string | null,
): { matched: CompetencyMatch[]; sourceIndex: number[]; unmatched: UnmatchedCompetency[] } {
  const byCode = new Map<string, CandidateCompetency[]>();
  const byName = new Map<string, CandidateCompetency[]>();
  for (const candidate of candidates) {
    const code = candidate.code.toUpperCase();
    byCode.set(code, [...(byCode.get(code) ?? []), candidate]);
    const name = competencyNameKey(candidate.name);
    byName.set(name, [...(byName.get(name) ?? []), candidate]);
  }
  const matched: CompetencyMatch[] = [];
  const sourceIndex: number[] = [];
  const unmatched: UnmatchedCompetency[] = [];
  const used = new Set<string>();
  named.forEach((row, index) => {
    const miss = (reason: UnmatchedReason, message: string) =>
      unmatched.push({
        kind: row.kind,
        name: row.name,
        code: row.code,
        levelText: row.levelText,
        reason,
        message,
      });
    const ofKind = (list: CandidateCompetency[] | undefined) =>
      (list ?? []).filter((c) => row.kind === null || c.kind === row.kind);
    let matchedBy: CompetencyMatch['matchedBy'] = 'code';
    let found = row.code ? best(ofKind(byCode.get(row.code.toUpperCase())), agencyId) : [];
    if (found.length !== 1) {
      matchedBy = 'name';
      found = best(ofKind(byName.get(competencyNameKey(row.name))), agencyId);
    }
    const kind = row.kind ? ` ${kindNames[row.kind]}` : '';
    if (found.length === 0) {
      miss(
        'UNKNOWN_COMPETENCY',
        `Kompetensi${kind} "${row.name}"${row.code ? ` (kode ${row.code})` : ''} tidak ada di kamus yang ditetapkan; usulkan ke kamus teknis instansi, lalu tambahkan ke draf.`,
      );
      return;
    }
    if (found.length > 1) {
      miss(
        'AMBIGUOUS_COMPETENCY',
        `Kompetensi "${row.name}" ada di ${found.length} kamus (${found.map((c) => c.dictionaryName).join(', ')}); pilih di draf.`,
      );
      return;
    }
    const competency = found[0]!;
    if (row.level === null) {
      miss(
        'LEVEL_UNREADABLE',
        `Level "${row.levelText || '(kosong)'}" kompetensi ${row.name} tidak terbaca (tulis 1–5, "Level 3" atau "III").`,
      );
      return;
    }
    if (used.has(competency.id)) {
      miss(
        'DUPLICATE_COMPETENCY',
        `Kompetensi ${competency.name} muncul lebih dari sekali; yang pertama dipakai.`,
      );
      return;
    }
    used.add(competency.id);
    matched.push({
      competencyId: competency.id,
      kind: competency.kind,
      name: row.name,
      dictionaryName: competency.dictionaryName,
      competencyCode: competency.code,
      competencyName: competency.name,
      level: row.level,
      matchedBy,
    });
    sourceIndex.push(index);
  });
  return { matched, sourceIndex, unmatched };
}
