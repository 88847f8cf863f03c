/** Query parameters of a keyset-paged list (see `src/services/paging.ts`). */
import { z } from 'zod';
import { defaultPageLimit, maxPageLimit } from '../services/paging';
import { text } from './text';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(maxPageLimit).default(defaultPageLimit),
  cursor: text({ min: 1, max: 2000 }).optional(),
};
