import { z } from 'zod';
import { text } from '../text';

export const competencyKinds = ['managerial', 'socioCultural', 'technical'] as const;

export const searchQuery = z.strictObject({
  q: text({ max: 200 }).min(2, 'Kata kunci minimal 2 karakter'),
  kind: z.enum(competencyKinds).optional(),
  affair: text({ max: 200 }).optional(),
  agencyId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const competencySearchHit = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(competencyKinds),
  /** The agency of a technical dictionary; null for the official dictionaries. */
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  dictionaryName: z.string(),
  governmentAffair: z.string().nullable(),
  score: z.number(),
  /** The matching passage; matched words are wrapped in `<mark>`. */
  snippet: z.string(),
});

/** The best `limit` matches, best first (a ranking, not a paged list). */
export const competencySearchResponse = z.object({ items: z.array(competencySearchHit) });
