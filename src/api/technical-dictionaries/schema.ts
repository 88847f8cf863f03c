import { z } from 'zod';
import { competencyGroups, compositionSteps, entryLimits } from '../../domain/technical-dictionary';

export const idParams = z.object({ id: z.uuid() });
export const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });
export const stepParams = z.object({
  id: z.uuid(),
  step: z.enum(compositionSteps.map((s) => s.key) as [string, ...string[]]),
});

export const createDictionaryBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_/]{1,39}$/, 'Kode kamus 2–40 karakter: huruf, angka, . - _ /'),
  name: z.string().trim().min(3).max(200),
});

const level = z.strictObject({
  level: z.number().int().min(1).max(5),
  description: z.string().max(entryLimits.description),
  behaviourIndicators: z.array(z.string().max(entryLimits.indicator)).max(entryLimits.indicatorsPerLevel),
});

/** Shape only; the domain (checkEntry) says whether the content is complete and known. */
export const entryBody = z.strictObject({
  code: z.string().max(entryLimits.code),
  name: z.string().max(entryLimits.name),
  definition: z.string().max(entryLimits.definition),
  governmentAffair: z.string().max(200),
  subAffair: z.string().max(200).nullable().optional(),
  group: z.enum(competencyGroups),
  levels: z.array(level).max(10),
  /** The version revision the editor loaded (optimistic locking); optional. */
  revision: z.number().int().min(0).optional(),
});

export const transitionBody = z.strictObject({
  action: z.enum(['verify', 'ratify', 'return']),
  comment: z.string().trim().max(2000).optional(),
  revision: z.number().int().min(0).optional(),
});

export const checklistBody = z.strictObject({ ticked: z.boolean() });

export const diffQuery = z.strictObject({ against: z.uuid() });

export const entry = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  governmentAffair: z.string(),
  subAffair: z.string().nullable(),
  group: z.enum(competencyGroups),
  isPlaceholder: z.boolean().optional(),
  levels: z.array(
    z.object({ level: z.number(), description: z.string(), behaviourIndicators: z.array(z.string()) }),
  ),
});

export const versionSummary = z.object({
  id: z.uuid(),
  dictionaryId: z.uuid(),
  version: z.number().int(),
  status: z.enum(['draft', 'verified', 'ratified']),
  revision: z.number().int(),
  createdAt: z.string(),
  verifiedAt: z.string().nullable(),
  ratifiedAt: z.string().nullable(),
});

export const dictionary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  agencyId: z.uuid().nullable(),
  agencyCode: z.string().nullable(),
  agencyName: z.string().nullable(),
});
