/**
 * Job-person match (JPM): a civil servant's assessed levels against a position's required levels.
 * Per kind: Σ min(assessed, required) / Σ required. Unweighted: the same ratio over all rows.
 * Weighted: the kinds combined with the job level's weights (seed 004's proportions, in the
 * standard policy). **The JPM of SKJ is the weighted one where the policy has weights for the job
 * level, the unweighted one otherwise** (`matchPercent`): every screen — the person's match, the
 * candidate ranking, the 9-box — shows that number for the same person and standard.
 * Its category depends on the purpose (BKN individual report form, `reference/jpm.json`):
 * competency mapping (Optimal / Cukup Optimal / Kurang Optimal) on profiles, heatmaps and
 * dashboards; position filling (Memenuhi Syarat / Masih Memenuhi Syarat / Kurang Memenuhi Syarat)
 * on candidate rankings. Pure.
 */
import type { Importance } from './job-standard';
import type { CompetencyWeights } from './job-standard-policy';
import type { CompetencyKind } from './reference';
import {
  type CategoryPurpose,
  categoryPurposes,
  defaultTalentPolicy,
  type JpmCategory,
  type TalentPolicy,
} from './talent-policy';

// Kept for the web client's type imports; the 9-box lives in nine-box.ts, development in development.ts.
export type { DevelopmentSuggestion } from './development';
export type { PotentialBand } from './nine-box';
export type { PerformanceBand } from './performance-rating';

export interface RequiredCompetency {
  competencyId: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  requiredLevel: number;
  importance: Importance | null;
}

export interface AssessedLevel {
  level: number;
  assessedOn: string;
  /** Which evidence the current level is: an assessment centre or a 360° round. */
  source?: 'assessmentCentre' | 'multiRater';
}

export interface MatchRow {
  competencyId: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  requiredLevel: number;
  /** null: not assessed (counts as 0 in the match). */
  assessedLevel: number | null;
  assessedOn: string | null;
  source: 'assessmentCentre' | 'multiRater' | null;
  /** requiredLevel − assessedLevel; negative when the person exceeds the requirement. */
  competencyGap: number;
  importance: Importance | null;
}

export type CategorySets = TalentPolicy['categorySets'];
export const defaultCategorySets: CategorySets = defaultTalentPolicy().categorySets;

export interface CategoryResult {
  purpose: CategoryPurpose;
  code: string;
  name: string;
}

export type MatchMethod = 'weighted' | 'unweighted';

export interface MatchResult {
  rows: MatchRow[];
  /** The JPM: weighted where weights are known, else unweighted. Percent, one decimal. */
  percent: number;
  method: MatchMethod;
  unweighted: number;
  /** Percent with the job level's weights, one decimal; null when no weights are known. */
  weighted: number | null;
  /** Per kind: Σ min / Σ required in percent. */
  byKind: Partial<Record<CompetencyKind, number>>;
  /** Name of the competency-mapping category (profiles), kept as a plain string. */
  category: string;
  /** The percent's category for each purpose. */
  categories: Record<CategoryPurpose, CategoryResult>;
  notAssessed: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The category of a percent in one set (thresholds inclusive; below every threshold: the lowest). */
export function categoryIn(percent: number, categories: readonly JpmCategory[]): JpmCategory {
  const sorted = [...categories].sort((a, b) => b.minPercent - a.minPercent);
  return sorted.find((c) => percent >= c.minPercent) ?? sorted[sorted.length - 1]!;
}

export function categoryFor(
  percent: number,
  purpose: CategoryPurpose = 'competencyMapping',
  sets: CategorySets = defaultCategorySets,
): CategoryResult {
  const found = categoryIn(percent, sets[purpose]);
  return { purpose, code: found.code, name: found.name };
}

export function categoriesFor(percent: number, sets: CategorySets = defaultCategorySets) {
  return Object.fromEntries(categoryPurposes.map((p) => [p, categoryFor(percent, p, sets)])) as Record<
    CategoryPurpose,
    CategoryResult
  >;
}

export interface KindSums {
  /** Σ min(assessed, required) over the kind's rows (not assessed counts 0). */
  met: number;
  required: number;
}

const kindOrder = ['socioCultural', 'managerial', 'technical'] as const;

/**
 * The JPM from per-kind sums: used by the person's match, the candidate ranking and the 9-box
 * alike, so each shows the same number.
 */
export function matchPercent(
  sums: Partial<Record<CompetencyKind, KindSums>>,
  weights: CompetencyWeights | null,
): { percent: number; method: MatchMethod; unweighted: number; weighted: number | null } {
  let met = 0;
  let required = 0;
  let weightedSum = 0;
  let weightTotal = 0;
  for (const kind of kindOrder) {
    const s = sums[kind];
    if (!s || s.required <= 0) continue;
    met += s.met;
    required += s.required;
    if (weights) {
      weightedSum += weights[kind] * (s.met / s.required);
      weightTotal += weights[kind];
    }
  }
  const unweighted = required > 0 ? round1((100 * met) / required) : 0;
  const weighted = weights && weightTotal > 0 ? round1((100 * weightedSum) / weightTotal) : null;
  return weighted === null
    ? { percent: unweighted, method: 'unweighted', unweighted, weighted }
    : { percent: weighted, method: 'weighted', unweighted, weighted };
}

export function jobPersonMatch(
  required: readonly RequiredCompetency[],
  assessed: ReadonlyMap<string, AssessedLevel>,
  weights: CompetencyWeights | null,
  sets: CategorySets = defaultCategorySets,
): MatchResult {
  const rows: MatchRow[] = required.map((r) => {
    const found = assessed.get(r.competencyId);
    const level = found ? found.level : null;
    return {
      competencyId: r.competencyId,
      code: r.code,
      name: r.name,
      kind: r.kind,
      requiredLevel: r.requiredLevel,
      assessedLevel: level,
      assessedOn: found?.assessedOn ?? null,
      source: found ? (found.source ?? 'assessmentCentre') : null,
      competencyGap: round2(r.requiredLevel - (level ?? 0)),
      importance: r.importance,
    };
  });
  const sums: Partial<Record<CompetencyKind, KindSums>> = {};
  for (const r of rows) {
    const s = sums[r.kind] ?? { met: 0, required: 0 };
    sums[r.kind] = s;
    s.met += Math.min(r.assessedLevel ?? 0, r.requiredLevel);
    s.required += r.requiredLevel;
  }
  const byKind: Partial<Record<CompetencyKind, number>> = {};
  for (const kind of kindOrder) {
    const s = sums[kind];
    if (s) byKind[kind] = s.required > 0 ? round1((100 * s.met) / s.required) : 0;
  }
  const match = matchPercent(sums, weights);
  const categories = categoriesFor(match.percent, sets);
  return {
    rows,
    ...match,
    byKind,
    category: categories.competencyMapping.name,
    categories,
    notAssessed: rows.filter((r) => r.assessedLevel === null).length,
  };
}
