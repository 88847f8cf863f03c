/**
 * Rules about a civil servant's record used when matching people to positions: how an education
 * level or a performance predicate is read from what HR staff type, and whether a candidate meets
 * a standard's requirements (education, minimum rank, years of service). Pure.
 */
import { educationRank } from './education';
import type { Requirements } from './job-standard';
import { gradeIndex } from './job-standard-policy';
import { yearsOfService } from './nip';
import { type PerformanceBand, parsePerformance } from './performance-rating';

export { normalizeEducation } from './education';

/** The band of an SKP rating or a band name (see `performance-rating.ts`). */
export function performanceBandOf(text: string): PerformanceBand | null {
  return parsePerformance(text)?.band ?? null;
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
  // Both sides through one vocabulary: a requirement stored as "S1" meets a person's "S-1".
  const listed = (requirements?.education.levels ?? [])
    .map((l) => educationRank(l))
    .filter((i): i is number => i !== null);
  const minEducation = listed.length > 0 ? Math.min(...listed) : null;
  const minRank = requirements?.rank.minGrade ? gradeIndex(requirements.rank.minGrade) : null;
  const minYears = requirements?.experience.years ?? null;
  const years = yearsOfService({ serviceStart: candidate.serviceStart }, today);
  const education =
    minEducation === null
      ? null
      : candidate.educationLevel !== null && (educationRank(candidate.educationLevel) ?? -1) >= minEducation;
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
