/** Positions of an agency: the paged list with filters, adding, editing and retiring one. */
import type { PositionGroup } from '../../shared/api/reference';
import { request } from '../../shared/api/request';
import type { Position } from './api';

export type PositionState = 'none' | 'draft' | 'inReview' | 'ratified' | 'retired';
export const positionStates: readonly PositionState[] = ['none', 'draft', 'inReview', 'ratified', 'retired'];

export interface PositionFilter {
  q?: string;
  orgUnitId?: string;
  positionGroup?: PositionGroup;
  jobLevel?: string;
  state?: PositionState;
}

export interface ListedPosition extends Position {
  agencyId: string;
  orgUnitId: string | null;
  parentPositionId: string | null;
  summary: string | null;
  rankMin: string | null;
  rankMax: string | null;
  retiredAt: string | null;
  permissions: { read: boolean; update: boolean; evaluate: boolean; retire: boolean };
}

export interface PositionPage {
  items: ListedPosition[];
  nextCursor: string | null;
  total: number;
}

export const pageSize = 25;

export function listPositionPage(agencyId: string, filter: PositionFilter, cursor: string | null) {
  const query = new URLSearchParams({ limit: String(pageSize) });
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
  if (cursor) query.set('cursor', cursor);
  return request<PositionPage>(`/agencies/${encodeURIComponent(agencyId)}/positions?${query}`);
}

export interface PositionInput {
  name: string;
  positionGroup: PositionGroup;
  jobLevel: string;
  orgUnitId?: string | null;
  governmentAffair?: string | null;
  summary?: string | null;
}

export function createPosition(input: PositionInput) {
  const body = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== ''),
  );
  return request<{ position: ListedPosition }>('/positions', { method: 'POST', body });
}

export function updatePosition(positionId: string, input: Partial<PositionInput>) {
  return request<{ position: ListedPosition }>(`/positions/${encodeURIComponent(positionId)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function retirePosition(positionId: string, reason: string) {
  return request<{ position: ListedPosition }>(`/positions/${encodeURIComponent(positionId)}/retire`, {
    method: 'POST',
    body: { reason },
  });
}
