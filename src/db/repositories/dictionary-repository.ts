import { sql } from 'drizzle-orm';
import { mandatoryCompetencyIds } from '../../domain/mandatory-competency-source';
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
/** `c`: the competencies of the newest ratified version of each dictionary `d` (joined after `d`). */
const newestRatifiedCompetencies = sql`join lateral (
    select v.id from dictionary_versions v
    where v.dictionary_id = d.id and v.status = 'ratified'
    order by v.version desc limit 1
  ) newest on true
  join competencies c on c.dictionary_version_id = newest.id`;

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

export interface ComposableCompetency {
  id: string;
  code: string;
  name: string;
  kind: 'managerial' | 'socioCultural' | 'technical';
  dictionaryVersionId: string;
  versionStatus: string;
  dictionaryAgencyId: string | null;
  isPlaceholder: boolean;
  levels: CompetencyLevelText[];
}

/** Competencies by id with their five levels and where they come from (for the composer). */
export async function loadComposableCompetencies(db: Db, ids: string[]): Promise<ComposableCompetency[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{
    id: string;
    code: string;
    name: string;
    kind: ComposableCompetency['kind'];
    dictionary_version_id: string;
    version_status: string;
    dictionary_agency_id: string | null;
    is_placeholder: boolean;
    levels: CompetencyLevelText[] | null;
  }>(
    db,
    sql`select c.id, c.code, c.name, c.kind, c.dictionary_version_id, v.status as version_status,
          d.agency_id as dictionary_agency_id, c.is_placeholder,
          (select json_agg(json_build_object('level', l.level, 'description', l.description,
                 'behaviourIndicators', l.behaviour_indicators) order by l.level)
             from competency_levels l where l.competency_id = c.id) as levels
        from competencies c
        join dictionary_versions v on v.id = c.dictionary_version_id
        join competency_dictionaries d on d.id = v.dictionary_id
        where c.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    dictionaryVersionId: r.dictionary_version_id,
    versionStatus: r.version_status,
    dictionaryAgencyId: r.dictionary_agency_id,
    isPlaceholder: r.is_placeholder,
    levels: r.levels ?? [],
  }));
}

/**
 * Ids of the official managerial and socio-cultural competencies and the mandatory regional one,
 * each from the newest ratified version of its dictionary. While the national text of a mandatory
 * competency is still a placeholder, an entry of the same name that the agency has ratified in a
 * dictionary of its own is used instead (given `agencyId`), so that its standards carry real text.
 */
export async function officialCompetencyIds(db: Db, agencyId?: string) {
  const rows = await queryRows<{
    id: string;
    name: string;
    is_placeholder: boolean;
    dictionary_code: string;
    sort_order: number;
  }>(
    db,
    sql`select c.id, c.name, c.is_placeholder, d.code as dictionary_code, c.sort_order
        from competency_dictionaries d
        ${newestRatifiedCompetencies}
        where d.code in (${officialDictionaryCodes.managerial}, ${officialDictionaryCodes.socioCultural},
                         ${officialDictionaryCodes.nationalTechnical})
        order by d.code, c.sort_order`,
  );
  const mandatory = rows.filter((r) => r.dictionary_code === officialDictionaryCodes.nationalTechnical);
  const placeholderNames = mandatory.filter((r) => r.is_placeholder).map((r) => r.name.toLowerCase());
  const agencyOwn =
    agencyId && placeholderNames.length > 0
      ? await queryRows<{ id: string; name: string }>(
          db,
          sql`select c.id, c.name
              from competency_dictionaries d
              ${newestRatifiedCompetencies}
              where d.agency_id = ${agencyId} and not c.is_placeholder
                and lower(c.name) in (${sql.join(
                  placeholderNames.map((n) => sql`${n}`),
                  sql`, `,
                )})
              order by d.created_at, c.sort_order`,
        )
      : [];
  return {
    managerial: rows.filter((r) => r.dictionary_code === officialDictionaryCodes.managerial).map((r) => r.id),
    socioCultural: rows
      .filter((r) => r.dictionary_code === officialDictionaryCodes.socioCultural)
      .map((r) => r.id),
    mandatoryRegional: mandatoryCompetencyIds(
      mandatory.map((r) => ({ id: r.id, name: r.name, isPlaceholder: r.is_placeholder })),
      agencyOwn,
    ),
  };
}

export interface DictionarySourceRow {
  competencyId: string;
  versionStatus: 'draft' | 'verified' | 'ratified';
  isPlaceholder: boolean;
  dictionaryName: string;
  /** null: a national dictionary. */
  agencyName: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where each competency comes from: its version's status, placeholder flag, dictionary, owner. */
export async function loadDictionarySources(db: Db, competencyIds: string[]): Promise<DictionarySourceRow[]> {
  const ids = [...new Set(competencyIds.filter((id) => uuidPattern.test(id)))];
  if (ids.length === 0) return [];
  const rows = await queryRows<{
    id: string;
    status: DictionarySourceRow['versionStatus'];
    is_placeholder: boolean;
    dictionary_name: string;
    agency_name: string | null;
  }>(
    db,
    sql`select c.id, v.status, c.is_placeholder, d.name as dictionary_name, a.name as agency_name
        from competencies c
        join dictionary_versions v on v.id = c.dictionary_version_id
        join competency_dictionaries d on d.id = v.dictionary_id
        left join agencies a on a.id = d.agency_id
        where c.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
  return rows.map((r) => ({
    competencyId: r.id,
    versionStatus: r.status,
    isPlaceholder: Boolean(r.is_placeholder),
    dictionaryName: r.dictionary_name,
    agencyName: r.agency_name,
  }));
}

export interface MatchableCompetency {
  id: string;
  code: string;
  name: string;
  kind: 'managerial' | 'socioCultural' | 'technical';
  /** null: a national dictionary. */
  dictionaryAgencyId: string | null;
  dictionaryName: string;
}

/**
 * The competencies an agency's standard may use, without their levels: those of the newest
 * ratified version of every national dictionary and of the agency's own dictionaries (for matching
 * names and codes read from a document).
 */
export async function listMatchableCompetencies(db: Db, agencyId: string): Promise<MatchableCompetency[]> {
  const rows = await queryRows<{
    id: string;
    code: string;
    name: string;
    kind: MatchableCompetency['kind'];
    dictionary_agency_id: string | null;
    dictionary_name: string;
  }>(
    db,
    sql`select c.id, c.code, c.name, c.kind, d.agency_id as dictionary_agency_id, d.name as dictionary_name
        from competency_dictionaries d
        ${newestRatifiedCompetencies}
        where d.agency_id is null or d.agency_id = ${agencyId}::uuid
        order by c.sort_order, c.code`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    dictionaryAgencyId: r.dictionary_agency_id,
    dictionaryName: r.dictionary_name,
  }));
}
