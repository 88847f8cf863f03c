/** Competency search for the composer and the search page; snippets safe to render as HTML. */
import {
  type CompetencySearchParams,
  searchCompetencies as searchRows,
  snippetStart,
  snippetStop,
} from '../db/repositories/competency-search-repository';
import type { ServiceContext } from './context';
import { escapeHtml } from './escape-html';

/** Escapes everything, then turns the database's match markers into <mark> elements. */
export function renderSnippet(raw: string): string {
  return escapeHtml(raw)
    .replaceAll(snippetStart, '<mark>')
    .replaceAll(snippetStop, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function searchCompetencies({ db }: ServiceContext, params: CompetencySearchParams) {
  const rows = await searchRows(db, params);
  return rows.map(({ rawSnippet, agencyId, agencyCode, agencyName, ...row }) => ({
    ...row,
    agency: agencyId ? { id: agencyId, code: agencyCode!, name: agencyName! } : null,
    snippet: renderSnippet(rawSnippet),
  }));
}
