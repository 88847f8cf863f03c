import { z } from 'zod';

const level = z.object({
  level: z.number().int().min(1).max(5),
  description: z.string(),
  behaviourIndicators: z.array(z.string()),
});

/** One competency of an official dictionary with its five levels. */
export const officialCompetency = z.object({
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  levels: z.array(level),
});

export const officialDictionaryResponse = z.object({
  name: z.string(),
  source: z.string().nullable(),
  items: z.array(officialCompetency),
});
