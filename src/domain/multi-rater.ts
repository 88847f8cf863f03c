/**
 * Multi-rater assessment (penilaian 360°) built from a ratified standard: for each competency the
 * rater picks the level (1..5) whose description and behaviour indicators best match what they
 * have seen of the person — a behaviourally anchored scale, so an answer is already a level. The
 * required level's text is the standard's own (as ratified); the other levels come from the
 * dictionary the row was copied from. Results per competency: a mean per rater group; peers and
 * subordinates are anonymous, so their group is shown — and counted — only when at least the
 * policy's minimum answered (counting it but hiding it would let its answers be worked out from
 * the total); the 360° level is the weighted mean of the groups shown. Pure.
 */
import type { CompetencyKind } from './reference';
import { type RaterRelation, raterRelations, type TalentPolicy } from './talent-policy';

export { type RaterRelation, raterRelations };

export const raterRelationNames: Readonly<Record<RaterRelation, string>> = Object.freeze({
  self: 'Diri sendiri',
  superior: 'Atasan',
  peer: 'Rekan kerja',
  subordinate: 'Bawahan',
});

/** Answers of these groups are never shown per person, and per group only from the minimum. */
export const anonymousRelations: readonly RaterRelation[] = ['peer', 'subordinate'];

export interface LevelAnchor {
  level: number;
  description: string;
  behaviourIndicators: string[];
  /** The text is the standard's (the required level), not the dictionary's. */
  required: boolean;
}

export interface QuestionnaireItem {
  /** `dictionaryId:code`, as assessment results name a competency. */
  competencyKey: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  requiredLevel: number;
  levels: LevelAnchor[];
}

export interface StandardRowText {
  competencyKey: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  requiredLevel: number;
  levelDescription: string;
  behaviourIndicators: readonly string[];
}

const kindOrder: Record<CompetencyKind, number> = { managerial: 0, socioCultural: 1, technical: 2 };

/** One item per competency of the standard; levels 1..5 where the dictionary has them. */
export function buildQuestionnaire(
  rows: readonly StandardRowText[],
  dictionaryLevels: ReadonlyMap<
    string,
    readonly { level: number; description: string; behaviourIndicators: readonly string[] }[]
  >,
): QuestionnaireItem[] {
  return [...rows]
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.code.localeCompare(b.code))
    .map((row) => {
      const levels = new Map<number, LevelAnchor>();
      for (const l of dictionaryLevels.get(row.competencyKey) ?? []) {
        levels.set(l.level, {
          level: l.level,
          description: l.description,
          behaviourIndicators: [...l.behaviourIndicators],
          required: false,
        });
      }
      levels.set(row.requiredLevel, {
        level: row.requiredLevel,
        description: row.levelDescription,
        behaviourIndicators: [...row.behaviourIndicators],
        required: true,
      });
      return {
        competencyKey: row.competencyKey,
        code: row.code,
        name: row.name,
        kind: row.kind,
        requiredLevel: row.requiredLevel,
        levels: [...levels.values()].sort((a, b) => a.level - b.level),
      };
    });
}

export interface RaterAnswer {
  raterId: string;
  relation: RaterRelation;
  competencyKey: string;
  /** null: "tidak dapat menilai". */
  level: number | null;
}

export interface GroupResult {
  relation: RaterRelation;
  /** Raters of the group who gave a level for this competency. */
  answered: number;
  /** null when hidden (anonymity) or when nobody answered. */
  mean: number | null;
  shown: boolean;
}

export interface CompetencyResult {
  competencyKey: string;
  groups: GroupResult[];
  /** The 360° level: weighted mean of the groups shown with a weight; null when none. */
  level: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Results per competency from the answers of submitted questionnaires. */
export function aggregateMultiRater(
  competencyKeys: readonly string[],
  answers: readonly RaterAnswer[],
  policy: TalentPolicy['multiRater'],
): CompetencyResult[] {
  return competencyKeys.map((competencyKey) => {
    let sum = 0;
    let weights = 0;
    const groups = raterRelations.map((relation): GroupResult => {
      const levels = answers
        .filter((a) => a.competencyKey === competencyKey && a.relation === relation && a.level !== null)
        .map((a) => a.level as number);
      const shown =
        levels.length > 0 &&
        (!anonymousRelations.includes(relation) || levels.length >= policy.minimumGroupSize);
      const mean = shown ? levels.reduce((n, l) => n + l, 0) / levels.length : null;
      const weight = policy.relationWeights[relation];
      if (mean !== null && weight > 0) {
        sum += weight * mean;
        weights += weight;
      }
      return { relation, answered: levels.length, mean: mean === null ? null : round2(mean), shown };
    });
    return { competencyKey, groups, level: weights > 0 ? round2(sum / weights) : null };
  });
}
