import { z } from 'zod';
import { competencyGroups, compositionSteps, entryLimits } from '../../domain/technical-dictionary';
import { text } from '../text';

export const idParams = z.object({ id: z.uuid() });
export const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });
export const stepParams = z.object({
  id: z.uuid(),
  step: z.enum(compositionSteps.map((s) => s.key) as [string, ...string[]]),
});

export const createDictionaryBody = z.strictObject({
  code: text({ max: 40 }).regex(
    /^[A-Za-z0-9][A-Za-z0-9.\-_/]{1,39}$/,
    'Kode kamus 2–40 karakter: huruf, angka, . - _ /',
  ),
  name: text({ min: 3, max: 200 }),
});

const level = z.strictObject({
  level: z.number().int().min(1).max(5),
  description: text({ max: entryLimits.description, multiline: true }),
  behaviourIndicators: z
    .array(text({ max: entryLimits.indicator, multiline: true }))
    .max(entryLimits.indicatorsPerLevel),
});

/** Shape only; the domain (checkEntry) says whether the content is complete and known. */
const entryFields = {
  code: text({ max: entryLimits.code }),
  name: text({ max: entryLimits.name }),
  definition: text({ max: entryLimits.definition, multiline: true }),
  governmentAffair: text({ max: 200 }),
  subAffair: text({ max: 200 }).nullable().optional(),
  group: z.enum(competencyGroups),
  levels: z.array(level).max(10),
};

export const newEntryBody = z.strictObject({
  ...entryFields,
  /** The version revision the editor loaded (optional): refused when the version changed since. */
  revision: z.number().int().min(0).optional(),
});

export const entryUpdateBody = z.strictObject({
  ...entryFields,
  /** The entry's revision as read: refused with 409 ENTRY_STALE when someone saved it since. */
  revision: z.number().int().min(1),
});

export const transitionBody = z.strictObject({
  action: z.enum(['verify', 'ratify', 'return']),
  comment: text({ max: 2000, multiline: true }).optional(),
  revision: z.number().int().min(0).optional(),
  /** Verify although not all nine composition steps are ticked: the agency admin, with a reason. */
  overrideSteps: z.strictObject({ reason: text({ min: 1, max: 2000, multiline: true }) }).optional(),
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
  revision: z.number().int(),
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
