/**
 * Job-person match (JPM): a civil servant's assessed levels against a position's required levels.
 * Unweighted: 100 · Σ min(assessed, required) / Σ required. Weighted: the same ratio per kind
 * (socio-cultural, managerial, technical), combined with the job level's weights (seed 004).
 * Category by thresholds that are a configurable policy (reference `jpm.json`, not verified
 * against a regulation). Development suggestions from each gap and a 9-box placement. Pure.
 */
import type { Importance } from './job-standard';
import type { CompetencyWeights } from './job-standard-policy';
import type { CompetencyKind } from './reference';
import { jobPersonMatchData } from './reference';

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
  /** requiredLevel − assessedLevel; negative when the person exceeds the requirement. */
  competencyGap: number;
  importance: Importance | null;
}

export interface JpmCategory {
  name: string;
  minPercent: number;
}

export interface JpmPolicy {
  categories: readonly JpmCategory[];
  verified: boolean;
}

export const defaultJpmPolicy: JpmPolicy = Object.freeze({
  categories: Object.freeze(
    [...jobPersonMatchData.categories].sort((a, b) => b.minPercent - a.minPercent),
  ) as readonly JpmCategory[],
  verified: false,
});

export interface MatchResult {
  rows: MatchRow[];
  /** Percent, one decimal. */
  unweighted: number;
  /** Percent with the job level's weights, one decimal; null when no weights are known. */
  weighted: number | null;
  /** Per kind: Σ min / Σ required in percent. */
  byKind: Partial<Record<CompetencyKind, number>>;
  category: string;
  notAssessed: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function categoryFor(percent: number, policy: JpmPolicy = defaultJpmPolicy): string {
  const sorted = [...policy.categories].sort((a, b) => b.minPercent - a.minPercent);
  return (sorted.find((c) => percent >= c.minPercent) ?? sorted[sorted.length - 1]!).name;
}

export function jobPersonMatch(
  required: readonly RequiredCompetency[],
  assessed: ReadonlyMap<string, AssessedLevel>,
  weights: CompetencyWeights | null,
  policy: JpmPolicy = defaultJpmPolicy,
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
      competencyGap: round2(r.requiredLevel - (level ?? 0)),
      importance: r.importance,
    };
  });
  const sums = (list: MatchRow[]) => ({
    met: list.reduce((n, r) => n + Math.min(r.assessedLevel ?? 0, r.requiredLevel), 0),
    required: list.reduce((n, r) => n + r.requiredLevel, 0),
  });
  const total = sums(rows);
  const unweighted = total.required > 0 ? round1((100 * total.met) / total.required) : 0;
  const byKind: Partial<Record<CompetencyKind, number>> = {};
  let weightedSum = 0;
  let weightTotal = 0;
  for (const kind of ['socioCultural', 'managerial', 'technical'] as const) {
    const list = rows.filter((r) => r.kind === kind);
    if (list.length === 0) continue;
    const s = sums(list);
    const ratio = s.required > 0 ? s.met / s.required : 0;
    byKind[kind] = round1(100 * ratio);
    if (weights) {
      weightedSum += weights[kind] * ratio;
      weightTotal += weights[kind];
    }
  }
  const weighted = weights && weightTotal > 0 ? round1((100 * weightedSum) / weightTotal) : null;
  return {
    rows,
    unweighted,
    weighted,
    byKind,
    category: categoryFor(weighted ?? unweighted, policy),
    notAssessed: rows.filter((r) => r.assessedLevel === null).length,
  };
}

function round2(value: number) {
  return Math.round(value * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Development actions

export const developmentActions = ['training', 'coaching', 'mentoring', 'internship', 'assignment'] as const;
export type DevelopmentAction = (typeof developmentActions)[number];

export const developmentActionNames: Readonly<Record<DevelopmentAction, string>> = Object.freeze({
  training: 'Pelatihan',
  coaching: 'Coaching',
  mentoring: 'Mentoring',
  internship: 'Magang',
  assignment: 'Penugasan',
});

const trainingByKind: Record<CompetencyKind, string> = {
  managerial: 'pelatihan kepemimpinan/manajerial',
  socioCultural: 'pelatihan sosial kultural',
  technical: 'pelatihan teknis',
};

const importanceWeight: Record<Importance, number> = { essential: 3, veryImportant: 2, important: 1 };

export interface DevelopmentSuggestion {
  competencyId: string;
  name: string;
  kind: CompetencyKind;
  gap: number;
  actions: DevelopmentAction[];
  priority: 'high' | 'medium' | 'low';
  /** 0..: gap × importance weight (Mutlak 3, Penting 2, Perlu 1, none 2). */
  score: number;
  text: string;
}

/**
 * One suggestion per competency with a shortfall: a small gap (< 1 level) is closed by coaching;
 * one level by training of the competency's kind plus an assignment; two or more add mentoring
 * (managerial, socio-cultural) or an internship (technical). Highest score first.
 */
export function suggestDevelopment(rows: readonly MatchRow[]): DevelopmentSuggestion[] {
  const out: DevelopmentSuggestion[] = [];
  for (const row of rows) {
    if (row.competencyGap <= 0) continue;
    const actions: DevelopmentAction[] = [];
    if (row.competencyGap < 1) actions.push('coaching');
    else {
      actions.push('training', 'assignment');
      if (row.competencyGap >= 2) actions.push(row.kind === 'technical' ? 'internship' : 'mentoring');
    }
    const score = round2(row.competencyGap * (row.importance ? importanceWeight[row.importance] : 2));
    const priority = score >= 4 ? 'high' : score >= 2 ? 'medium' : 'low';
    const what = actions
      .map((a) => (a === 'training' ? trainingByKind[row.kind] : developmentActionNames[a].toLowerCase()))
      .join(', ');
    out.push({
      competencyId: row.competencyId,
      name: row.name,
      kind: row.kind,
      gap: row.competencyGap,
      actions,
      priority,
      score,
      text: `${row.name}: kesenjangan ${formatLevel(row.competencyGap)} level${row.assessedLevel === null ? ' (belum diases)' : ''}; ${what}.`,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'id'));
}

function formatLevel(value: number) {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '').replace('.', ',');
}

// ---------------------------------------------------------------------------------------------
// Talent pool: 9-box

export const performanceBands = ['below', 'meets', 'above'] as const;
export type PerformanceBand = (typeof performanceBands)[number];
export type PotentialBand = 'low' | 'medium' | 'high';

export const performanceBandNames: Readonly<Record<PerformanceBand, string>> = Object.freeze({
  below: 'Di bawah ekspektasi',
  meets: 'Sesuai ekspektasi',
  above: 'Di atas ekspektasi',
});

export const potentialBandNames: Readonly<Record<PotentialBand, string>> = Object.freeze({
  low: 'Rendah',
  medium: 'Menengah',
  high: 'Tinggi',
});

/** Potential from the JPM percent with the category thresholds: top category high, next medium. */
export function potentialBandFor(percent: number, policy: JpmPolicy = defaultJpmPolicy): PotentialBand {
  const sorted = [...policy.categories].sort((a, b) => b.minPercent - a.minPercent);
  if (sorted[0] && percent >= sorted[0].minPercent) return 'high';
  if (sorted[1] && percent >= sorted[1].minPercent) return 'medium';
  return 'low';
}

/**
 * Box 1..9 of the grid commonly published with PermenPAN-RB 3/2020 (numbering not verified, see
 * reference `jpm.json`): rows by potential (low, medium, high), columns by performance.
 */
const boxGrid: Record<PotentialBand, Record<PerformanceBand, number>> = {
  low: { below: 1, meets: 3, above: 6 },
  medium: { below: 2, meets: 5, above: 8 },
  high: { below: 4, meets: 7, above: 9 },
};

export function nineBox(performance: PerformanceBand, potential: PotentialBand) {
  const box = boxGrid[potential][performance];
  return {
    box,
    performance,
    potential,
    name: `Kinerja ${performanceBandNames[performance].toLowerCase()}, potensial ${potentialBandNames[potential].toLowerCase()}`,
  };
}
