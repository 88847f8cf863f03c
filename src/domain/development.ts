/**
 * What closes a competency gap (pengembangan kompetensi): one suggestion per shortfall of a
 * person, and the same rules for the agency's training-needs analysis (analisis kebutuhan
 * pengembangan kompetensi). The forms of development are those of Peraturan LAN 10/2018
 * (klasikal: pelatihan; nonklasikal: coaching, mentoring, magang, penugasan). Pure.
 */

import type { MatchRow } from './job-person-match';
import type { Importance } from './job-standard';
import type { CompetencyKind } from './reference';

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

/** Mutlak 3, Penting 2, Perlu 1; a row without importance (managerial, socio-cultural) counts as Penting. */
export const importanceWeight: Readonly<Record<Importance, number>> = Object.freeze({
  essential: 3,
  veryImportant: 2,
  important: 1,
});
const weightOf = (importance: Importance | null) => (importance ? importanceWeight[importance] : 2);

export type Priority = 'high' | 'medium' | 'low';

export const priorityNames: Readonly<Record<Priority, string>> = Object.freeze({
  high: 'Tinggi',
  medium: 'Sedang',
  low: 'Rendah',
});

/**
 * Score = gap × importance weight. High from 3 (a whole level of a Mutlak competency, 1.5 levels
 * of a managerial one, 3 levels of a Perlu one), medium from 1.5, low below.
 */
export function developmentPriority(
  gap: number,
  importance: Importance | null,
): { score: number; priority: Priority } {
  const score = round2(gap * weightOf(importance));
  return { score, priority: score >= 3 ? 'high' : score >= 1.5 ? 'medium' : 'low' };
}

/**
 * A gap under one level: coaching on the job; one level: training of the competency's kind and
 * an assignment that exercises it; two or more: also mentoring (managerial, socio-cultural) or an
 * internship (technical).
 */
export function actionsFor(kind: CompetencyKind, gap: number): DevelopmentAction[] {
  if (gap < 1) return ['coaching'];
  const actions: DevelopmentAction[] = ['training', 'assignment'];
  if (gap >= 2) actions.push(kind === 'technical' ? 'internship' : 'mentoring');
  return actions;
}

export function describeActions(kind: CompetencyKind, actions: readonly DevelopmentAction[]): string {
  return actions
    .map((a) => (a === 'training' ? trainingByKind[kind] : developmentActionNames[a].toLowerCase()))
    .join(', ');
}

export interface DevelopmentTarget {
  levelDescription: string;
  behaviourIndicators: readonly string[];
}

export interface DevelopmentSuggestion {
  competencyId: string;
  name: string;
  kind: CompetencyKind;
  gap: number;
  /** The level to reach: the position's required level. */
  targetLevel: number;
  /** The behaviour indicators of that level, as the ratified standard states them. */
  targetBehaviours: string[];
  actions: DevelopmentAction[];
  priority: Priority;
  /** gap × importance weight (Mutlak 3, Penting 2, Perlu 1, none 2). */
  score: number;
  text: string;
}

/** One suggestion per competency with a shortfall, highest score first. */
export function suggestDevelopment(
  rows: readonly MatchRow[],
  targets: ReadonlyMap<string, DevelopmentTarget> = new Map(),
): DevelopmentSuggestion[] {
  const out: DevelopmentSuggestion[] = [];
  for (const row of rows) {
    if (row.competencyGap <= 0) continue;
    const actions = actionsFor(row.kind, row.competencyGap);
    const { score, priority } = developmentPriority(row.competencyGap, row.importance);
    const target = targets.get(row.competencyId);
    const behaviours = target ? [...target.behaviourIndicators] : [];
    const aim =
      behaviours.length > 0 ? ` Sasaran perilaku level ${row.requiredLevel}: ${behaviours.join('; ')}.` : '';
    out.push({
      competencyId: row.competencyId,
      name: row.name,
      kind: row.kind,
      gap: row.competencyGap,
      targetLevel: row.requiredLevel,
      targetBehaviours: behaviours,
      actions,
      priority,
      score,
      text: `${row.name}: kesenjangan ${formatLevel(row.competencyGap)} level${row.assessedLevel === null ? ' (belum diases)' : ''}; ${describeActions(row.kind, actions)}.${aim}`,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'id'));
}

export function formatLevel(value: number) {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '').replace('.', ',');
}

function round2(value: number) {
  return Math.round(value * 100) / 100;
}
