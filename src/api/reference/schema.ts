import { z } from 'zod';

/** Reference lists are short and never paged. */
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const positionGroups = ['leadership', 'administrative', 'functional'] as const;

export const jobLevel = z.object({
  code: z.string(),
  positionGroup: z.enum(positionGroups),
  name: z.string(),
  /** Required managerial and socio-cultural levels (null where the regulation sets none). */
  managerialLevel: z.number().int().nullable(),
  socioCulturalLevel: z.number().int().nullable(),
});
export const jobLevelsResponse = items(jobLevel);

export const proficiencyLevel = z.object({ level: z.number().int(), name: z.string(), nameId: z.string() });
export const proficiencyLevelsResponse = items(proficiencyLevel);

export const rank = z.object({ grade: z.string(), code: z.string(), rank: z.string() });
export const ranksResponse = items(rank);

export const educationLevel = z.object({ code: z.string() });
export const educationLevelsResponse = items(educationLevel);

export const governmentAffair = z.object({
  name: z.string(),
  kind: z.enum(['affair', 'supportingFunction']),
});
export const governmentAffairsResponse = items(governmentAffair);
