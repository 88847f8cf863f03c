/**
 * Rules about a civil servant's record used when matching people to positions: how an education
 * level or a performance predicate is read from what HR staff type, and whether a candidate meets
 * a standard's requirements (education, minimum rank, years of service). Pure.
 */
import type { PerformanceBand } from './job-person-match';
import type { Requirements } from './job-standard';
import { gradeIndex } from './job-standard-policy';
import { yearsOfService } from './nip';
import { educationLevels } from './reference';

const educationByKey = new Map(educationLevels.map((e) => [e.replace(/[^A-Z0-9]/gi, '').toUpperCase(), e]));

/** "S1", "s-1" and "S 1" are `S-1`; null when not a known level. */
export function normalizeEducation(text: string): string | null {
  return educationByKey.get(text.replace(/[^A-Z0-9]/gi, '').toUpperCase()) ?? null;
}

/** PermenPAN-RB 6/2022 predicates, and the 9-box wording, onto three bands. */
const performanceWords: Record<string, PerformanceBand> = {
  'sangat baik': 'above',
  'di atas ekspektasi': 'above',
  baik: 'meets',
  'sesuai ekspektasi': 'meets',
  'butuh perbaikan': 'below',
  kurang: 'below',
  'sangat kurang': 'below',
  'di bawah ekspektasi': 'below',
};

export function performanceBandOf(text: string): PerformanceBand | null {
  return performanceWords[text.trim().toLowerCase()] ?? null;
}

export interface CandidateChecks {
  /** null: the standard does not ask for it. */
  education: boolean | null;
  rank: boolean | null;
  experience: boolean | null;
}

/**
 * Education at least the lowest level the standard lists (in the order of `educationLevels`), rank
 * at least its minimum grade, years of service (from the TMT) at least its years of experience.
 */
export function checkCandidate(
  requirements: Requirements | undefined,
  candidate: { educationLevel: string | null; rankGrade: string | null; serviceStart: string },
  today: Date = new Date(),
): CandidateChecks & { yearsOfService: number; meetsRequirements: boolean } {
  const listed = (requirements?.education.levels ?? [])
    .map((l) => educationLevels.indexOf(l))
    .filter((i) => i >= 0);
  const minEducation = listed.length > 0 ? Math.min(...listed) : null;
  const minRank = requirements?.rank.minGrade ? gradeIndex(requirements.rank.minGrade) : null;
  const minYears = requirements?.experience.years ?? null;
  const years = yearsOfService({ serviceStart: candidate.serviceStart }, today);
  const education =
    minEducation === null
      ? null
      : candidate.educationLevel !== null &&
        educationLevels.indexOf(candidate.educationLevel) >= minEducation;
  const rankIndex = candidate.rankGrade ? gradeIndex(candidate.rankGrade) : null;
  const rank = minRank === null ? null : rankIndex !== null && rankIndex >= minRank;
  const experience = minYears === null ? null : years >= minYears;
  return {
    education,
    rank,
    experience,
    yearsOfService: years,
    meetsRequirements: education !== false && rank !== false && experience !== false,
  };
}
