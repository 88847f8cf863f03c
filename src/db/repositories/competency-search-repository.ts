/**
 * Search over the entries a caller may see: the official managerial and socio-cultural
 * dictionaries and the newest ratified version of every technical dictionary. Full-text search
 * (`indonesian` configuration) over name, definition and level texts, plus trigram similarity on
 * the name for typos; ranked by a blend of both.
 */
import { sql } from 'drizzle-orm';
import type { CompetencyKind } from '../../domain/reference';
import { type Db, queryRows } from '../client';

export interface CompetencySearchParams {
  q: string;
  kind?: CompetencyKind | undefined;
  affair?: string | undefined;
  agencyId?: string | undefined;
  limit: number;
}

export interface CompetencySearchRow {
  id: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  governmentAffair: string | null;
  dictionaryId: string;
  dictionaryName: string;
  versionId: string;
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  isPlaceholder: boolean;
  score: number;
  /** Text with matches between \u0001 and \u0002 (escaped and marked up by the caller). */
  rawSnippet: string;
}

export const snippetStart = '\u0001';
export const snippetStop = '\u0002';

/**
 * Full-text first (a GIN index lookup, a few ms); trigram similarity, which must compare the
 * query with every name, only when full text finds too little: typos and partial words.
 */
export async function searchCompetencies(
  db: Db,
  params: CompetencySearchParams,
): Promise<CompetencySearchRow[]> {
  const exact = await searchWith(db, params, false);
  if (exact.length >= Math.min(fewEnough, params.limit)) return exact;
  return searchWith(db, params, true);
}

const fewEnough = 1;

async function searchWith(
  db: Db,
  params: CompetencySearchParams,
  fuzzy: boolean,
): Promise<CompetencySearchRow[]> {
  const q = params.q.trim();
  const lowered = q.toLowerCase();
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    with query as (select websearch_to_tsquery('indonesian', ${q}) as tsq),
    visible as (
      select distinct on (v.dictionary_id) v.id, v.dictionary_id
      from dictionary_versions v
      where v.status = 'ratified'
      order by v.dictionary_id, v.version desc
    ),
    matches as (
      select c.id, c.code, c.name, c.kind, c.government_affair, c.definition, c.search_text, c.is_placeholder,
        c.dictionary_version_id, vis.dictionary_id,
        least(ts_rank_cd(c.search_vector, query.tsq, 1), 1) * 0.6
          + greatest(similarity(lower(c.name), ${lowered}), word_similarity(${lowered}, lower(c.name))) * 0.4 as score
      from competencies c
      join visible vis on vis.id = c.dictionary_version_id
      cross join query
      where ${
        fuzzy
          ? sql`(c.search_vector @@ query.tsq or lower(c.name) % ${lowered} or ${lowered} <% lower(c.name))`
          : sql`c.search_vector @@ query.tsq`
      }
        ${params.kind ? sql`and c.kind = ${params.kind}` : sql``}
        ${params.affair ? sql`and c.government_affair = ${params.affair}` : sql``}
    ),
    top as (
      select m.*, d.name as dictionary_name, d.agency_id
      from matches m
      join competency_dictionaries d on d.id = m.dictionary_id
      where true ${params.agencyId ? sql`and d.agency_id = ${params.agencyId}` : sql``}
      order by m.score desc, m.name
      limit ${params.limit}
    )
    -- Snippets only for the rows returned: ts_headline is the expensive part.
    select t.id, t.code, t.name, t.kind, t.government_affair, t.dictionary_id, t.dictionary_name,
      t.dictionary_version_id as version_id, t.agency_id, a.code as agency_code, a.name as agency_name,
      t.is_placeholder, round(t.score::numeric, 4)::float8 as score,
      ts_headline('indonesian', t.name || ' — ' || t.definition || E'\n' || t.search_text, query.tsq,
        'StartSel=${sql.raw(snippetStart)}, StopSel=${sql.raw(snippetStop)}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "')
        as raw_snippet
    from top t
    cross join query
    left join agencies a on a.id = t.agency_id
    order by t.score desc, t.name`,
  );
  return rows.map((r) => ({
    id: r.id as string,
    code: r.code as string,
    name: r.name as string,
    kind: r.kind as CompetencyKind,
    governmentAffair: (r.government_affair as string | null) ?? null,
    dictionaryId: r.dictionary_id as string,
    dictionaryName: r.dictionary_name as string,
    versionId: r.version_id as string,
    agencyId: (r.agency_id as string | null) ?? null,
    agencyCode: (r.agency_code as string | null) ?? null,
    agencyName: (r.agency_name as string | null) ?? null,
    isPlaceholder: Boolean(r.is_placeholder),
    score: Number(r.score),
    rawSnippet: String(r.raw_snippet ?? ''),
  }));
}
