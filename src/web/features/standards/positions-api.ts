/**
 * Positions of an agency: the paged list with filters, adding, editing and retiring one. Types come
 * from the API's schemas (`src/api/positions/schema.ts`; type-only imports, nothing of zod is bundled).
 */
import type { z } from 'zod';
import type {
  createPositionBody,
  listedPosition,
  position,
  positionListQuery,
  positionListResponse,
  positionPermissions,
  updatePositionBody,
} from '../../../api/positions/schema';
import { request } from '../../shared/api/request';

export type PositionState = NonNullable<z.input<typeof positionListQuery>['state']>;
export const positionStates: readonly PositionState[] = ['none', 'draft', 'inReview', 'ratified', 'retired'];

export type PositionFilter = Omit<z.input<typeof positionListQuery>, 'limit' | 'cursor'>;

export type ListedPosition = z.infer<typeof listedPosition>;
export type PositionPage = z.infer<typeof positionListResponse>;
/** A position as adding, editing and retiring answer it (without the list's standard columns). */
export type SavedPosition = z.infer<typeof position>;
export type PositionPermissions = z.infer<typeof positionPermissions>;

export const pageSize = 25;

export function listPositionPage(
  agencyId: string,
  filter: PositionFilter,
  cursor: string | null,
): Promise<PositionPage> {
  const query = new URLSearchParams({ limit: String(pageSize) });
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
  if (cursor) query.set('cursor', cursor);
  return request(`/agencies/${encodeURIComponent(agencyId)}/positions?${query}`);
}

/**
 * What the position form edits. Adding leaves out the empty fields (`null`, ''); editing sends
 * them as `null` (emptied), as the partial update reads them.
 */
export type PositionInput = Pick<z.input<typeof createPositionBody>, 'name' | 'positionGroup' | 'jobLevel'> &
  Pick<z.input<typeof updatePositionBody>, 'orgUnitId' | 'governmentAffair' | 'summary'>;

export function createPosition(input: PositionInput): Promise<{ position: SavedPosition }> {
  const { name, positionGroup, jobLevel, orgUnitId, governmentAffair, summary } = input;
  const body: z.input<typeof createPositionBody> = {
    name,
    positionGroup,
    jobLevel,
    ...(orgUnitId ? { orgUnitId } : {}),
    ...(governmentAffair ? { governmentAffair } : {}),
    ...(summary ? { summary } : {}),
  };
  return request('/positions', { method: 'POST', body });
}

/** A partial update: fields left out stay as they are. */
export function updatePosition(
  positionId: string,
  input: z.input<typeof updatePositionBody>,
): Promise<{ position: SavedPosition; permissions: PositionPermissions }> {
  return request(`/positions/${encodeURIComponent(positionId)}`, { method: 'PATCH', body: input });
}

export function retirePosition(
  positionId: string,
  reason: string,
): Promise<{ position: SavedPosition; permissions: PositionPermissions }> {
  return request(`/positions/${encodeURIComponent(positionId)}/retire`, {
    method: 'POST',
    body: { reason },
  });
}
