/**
 * The national catalog of ratified standards (SKJ) and their reuse: search, similar standards of
 * a position, adoption as a draft. Same conventions as `api-client.ts`. The catalog rows keep the
 * snake_case names the API answers with (`src/db/repositories/catalog-repository.ts`); similar
 * standards come from their schema (`src/api/positions/schema.ts`).
 */
import type { z } from 'zod';
import type { similarStandard, similarStandardsResponse } from '../../../api/positions/schema';
import { type Items, request } from '../../shared/api/request';
import type { StandardStatus } from './api';

export interface CatalogItem {
  id: string;
  position_name: string;
  job_level: string;
  position_code: string | null;
  ratified_at: string;
  version: number;
  agency: { id: string; code: string; name: string };
  /** 0..1; 1 when browsing without a query. */
  score: number;
}

export type SimilarStandard = z.infer<typeof similarStandard>;

export interface CatalogQuery {
  q?: string;
  jobLevel?: string;
  limit?: number;
}

export function searchCatalog(query: CatalogQuery): Promise<Items<CatalogItem>> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.jobLevel) params.set('jobLevel', query.jobLevel);
  if (query.limit) params.set('limit', String(query.limit));
  const text = params.toString();
  return request<Items<CatalogItem>>(`/catalog${text ? `?${text}` : ''}`);
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
): Promise<{ id: string; version: number; status: StandardStatus; originStandardId: string }> {
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
): Promise<{
  id: string;
  version: number;
  status: 'ratified';
  originStandardId: string;
  positionCode: string;
}> {
  return request(`/catalog/${encodeURIComponent(standardId)}/adopt-as-is`, {
    method: 'POST',
    body: { positionId, confirm: true },
  });
}
