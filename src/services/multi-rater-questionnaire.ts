/** The 360° questionnaire of a standard: its competencies, each with the five level anchors. */
import type { Db } from '../db/client';
import { dictionaryLevelTexts, standardCompetencyTexts } from '../db/repositories/multi-rater-repository';
import { buildQuestionnaire, type QuestionnaireItem } from '../domain/multi-rater';

export async function questionnaireOf(db: Db, standardId: string): Promise<QuestionnaireItem[]> {
  const rows = await standardCompetencyTexts(db, standardId);
  const levels = await dictionaryLevelTexts(
    db,
    rows.map((r) => r.competency_id),
  );
  const keyById = new Map(rows.map((r) => [r.competency_id, r.competency_key]));
  const byKey = new Map<string, { level: number; description: string; behaviourIndicators: string[] }[]>();
  for (const l of levels) {
    const key = keyById.get(l.competency_id)!;
    const list = byKey.get(key) ?? [];
    list.push({ level: l.level, description: l.description, behaviourIndicators: l.behaviour_indicators });
    byKey.set(key, list);
  }
  return buildQuestionnaire(
    rows.map((r) => ({
      competencyKey: r.competency_key,
      code: r.code,
      name: r.name,
      kind: r.kind,
      requiredLevel: r.required_level,
      levelDescription: r.level_description,
      behaviourIndicators: r.behaviour_indicators,
    })),
    byKey,
  );
}
