/**
 * The national catalog of ratified standards (SKJ) and their reuse: search, similar standards of
 * a position, adoption as a draft. Same conventions as `api-client.ts`; every type comes from the
 * server's schemas (type-only imports).
 */
import type { z } from 'zod';
import type { catalogItem, catalogResponse } from '../../../api/catalog/schema';
import type { adoptedAsIs, adoptedStandard } from '../../../api/job-standards/schema';
import type { similarStandard, similarStandardsResponse } from '../../../api/positions/schema';
import { request } from '../../shared/api/request';

export type CatalogItem = z.infer<typeof catalogItem>;

export type SimilarStandard = z.infer<typeof similarStandard>;

export interface CatalogQuery {
  q?: string;
  jobLevel?: string;
  limit?: number;
  /** The previous page's `nextCursor`, with the same `q` and `jobLevel`. */
  cursor?: string | null;
}

export type CatalogPage = z.infer<typeof catalogResponse>;

export function searchCatalog(query: CatalogQuery): Promise<CatalogPage> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.jobLevel) params.set('jobLevel', query.jobLevel);
  if (query.limit) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  const text = params.toString();
  return request(`/catalog${text ? `?${text}` : ''}`);
}

/** Ratified standards of other agencies like this position, best first. */
export function listSimilarStandards(
  positionId: string,
  limit = 10,
): Promise<z.infer<typeof similarStandardsResponse>> {
  return request(`/positions/${encodeURIComponent(positionId)}/similar-standards?limit=${limit}`);
}

/** Copies the ratified standard `standardId` as a new draft for one of the caller's positions. */
export function adoptStandard(
  standardId: string,
  positionId: string,
): Promise<z.infer<typeof adoptedStandard>> {
  return request(`/catalog/${encodeURIComponent(standardId)}/adopt`, {
    method: 'POST',
    body: { positionId },
  });
}

/**
 * Adopt a nationally ratified standard as is: ratified at once for `positionId`, keeping its
 * position code and content (the agency admin, after one confirmation; audited).
 */
export function adoptStandardAsIs(
  standardId: string,
  positionId: string,
): Promise<z.infer<typeof adoptedAsIs>> {
  return request(`/catalog/${encodeURIComponent(standardId)}/adopt-as-is`, {
    method: 'POST',
    body: { positionId, confirm: true },
  });
}
