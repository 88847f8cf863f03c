/**
 * The signed-in user's inbox (`GET /api/me/tasks`). Types come from the API's schema
 * (`src/api/tasks/schema.ts`; type-only imports, nothing of zod is bundled).
 */
import type { z } from 'zod';
import type { taskQuery, tasksResponse } from '../../../api/tasks/schema';
import { request } from '../../shared/api/request';

export type MyTasks = z.infer<typeof tasksResponse>;
export type TaskCounts = MyTasks['counts'];
export type StandardTask = NonNullable<MyTasks['reviews']>['items'][number];
export type ReturnNote = NonNullable<StandardTask['returned']>;
export type CampaignTask = NonNullable<MyTasks['drafts']>['assignments'][number];
/** The queue's filters as the server reads them (on the wire each is a query string). */
export type QueueFilter = z.output<typeof taskQuery>;

export function getMyTasks(filter: QueueFilter = {}): Promise<MyTasks> {
  const query = new URLSearchParams();
  if (filter.agencyId) query.set('agencyId', filter.agencyId);
  if (filter.jobLevel) query.set('jobLevel', filter.jobLevel);
  if (filter.minWaitingDays) query.set('minWaitingDays', String(filter.minWaitingDays));
  const text = query.toString();
  return request(`/me/tasks${text ? `?${text}` : ''}`);
}
