/** The signed-in user's inbox (`GET /api/me/tasks`). */
import { request } from '../../shared/api/request';
import type { StandardStatus } from '../standards/api';

export interface ReturnNote {
  at: string;
  reason: string;
  byName: string | null;
}

export interface StandardTask {
  standardId: string;
  version: number;
  agencyId: string;
  agencyName: string;
  positionId: string;
  positionName: string;
  jobLevel: string;
  jobLevelName: string;
  status: StandardStatus;
  since: string;
  waitingDays: number;
  dueOn: string | null;
  draftingCampaignName: string | null;
  returned: ReturnNote | null;
}

export interface CampaignTask {
  positionId: string;
  positionName: string;
  jobLevel: string;
  jobLevelName: string;
  dueOn: string | null;
  draftingCampaignId: string;
  draftingCampaignName: string;
}

export interface TaskCounts {
  drafts: number;
  returned: number;
  reviews: number;
  ratifications: number;
  overdue: number;
  total: number;
}

export interface MyTasks {
  counts: TaskCounts;
  permissions: Record<'read' | 'drafts' | 'verify' | 'validate' | 'ratify' | 'overview', boolean>;
  drafts: { items: StandardTask[]; total: number; assignments: CampaignTask[] } | null;
  reviews: { items: StandardTask[]; total: number } | null;
  ratifications: {
    items: StandardTask[];
    total: number;
    queueTotal: number;
    agencies: { id: string; name: string; count: number }[];
  } | null;
  overview: {
    positionsWithoutStandard: {
      total: number;
      items: { positionId: string; positionName: string; jobLevelName: string; orgUnitName: string | null }[];
    };
    overdue: (CampaignTask & { dueOn: string; assigneeName: string | null; status: string | null })[];
    recentImports: { kind: string; at: string; userName: string | null; rows: number | null }[];
  } | null;
}

export interface QueueFilter {
  agencyId?: string;
  jobLevel?: string;
  minWaitingDays?: number;
}

export function getMyTasks(filter: QueueFilter = {}): Promise<MyTasks> {
  const query = new URLSearchParams();
  if (filter.agencyId) query.set('agencyId', filter.agencyId);
  if (filter.jobLevel) query.set('jobLevel', filter.jobLevel);
  if (filter.minWaitingDays) query.set('minWaitingDays', String(filter.minWaitingDays));
  const text = query.toString();
  return request<MyTasks>(`/me/tasks${text ? `?${text}` : ''}`);
}
