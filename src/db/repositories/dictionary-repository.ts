import { sql } from 'drizzle-orm';
import type { CompetencyLevelText } from '../../domain/reference';
import { type Db, queryRows } from '../client';

export const officialDictionaryCodes = {
  managerial: 'KAMUS-MANAJERIAL',
  socioCultural: 'KAMUS-SOSIAL-KULTURAL',
  nationalTechnical: 'KAMUS-TEKNIS-NASIONAL',
} as const;

export interface CompetencyWithLevels {
  code: string;
  name: string;
  definition: string;
  levels: CompetencyLevelText[];
}

export interface DictionaryWithCompetencies {
  name: string;
  source: string | null;
  items: CompetencyWithLevels[];
}

/**
 * The competencies of the newest ratified version of a dictionary, each with its five levels, in
 * one round trip (levels aggregated to JSON by the database).
 */
export async function findRatifiedDictionary(
  db: Db,
  code: string,
): Promise<DictionaryWithCompetencies | undefined> {
  const rows = await queryRows<{ name: string; source: string | null; items: CompetencyWithLevels[] | null }>(
    db,
    sql`
    with version as (
      select d.name, d.source, v.id
      from competency_dictionaries d
      join dictionary_versions v on v.dictionary_id = d.id and v.status = 'ratified'
      where d.code = ${code}
      order by v.version desc
      limit 1
    )
    select version.name, version.source,
      (select json_agg(json_build_object(
          'code', c.code, 'name', c.name, 'definition', c.definition,
          'levels', (select json_agg(json_build_object(
              'level', l.level, 'description', l.description, 'behaviourIndicators', l.behaviour_indicators)
            order by l.level) from competency_levels l where l.competency_id = c.id))
        order by c.sort_order, c.code)
       from competencies c where c.dictionary_version_id = version.id) as items
    from version`,
  );
  const row = rows[0];
  if (!row) return undefined;
  return { name: row.name, source: row.source, items: row.items ?? [] };
}
