import { z } from 'zod';
import {
  type CompositionStep,
  competencyGroups,
  compositionSteps,
  entryLimits,
} from '../../domain/technical-dictionary';

export const dictionaryStatuses = ['draft', 'verified', 'ratified'] as const;

import { permissionsOf, timestamp } from '../contract';
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
  status: z.enum(dictionaryStatuses),
  revision: z.number().int(),
  createdAt: timestamp(),
  verifiedAt: timestamp().nullable(),
  ratifiedAt: timestamp().nullable(),
});

export const dictionary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  agencyId: z.uuid().nullable(),
  agencyCode: z.string().nullable(),
  agencyName: z.string().nullable(),
});

/** A version by number and status (the two sides of a diff). */
export const versionRef = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(dictionaryStatuses),
});

export const versionPermissions = permissionsOf([
  'read',
  'compose',
  'update',
  'verify',
  'ratify',
  'return',
  'revise',
  'export',
  // The same answers under the names the editor used first.
  'canEdit',
  'canVerify',
  'canRatify',
  'canReturn',
  'canRevise',
]);

export const versionDetailResponse = z.object({
  dictionary,
  version: versionSummary,
  entries: z.array(entry),
  /** The nine composition steps in their order, ticked or not. */
  checklist: z.array(
    z.object({
      key: z.enum(compositionSteps.map((s) => s.key) as [CompositionStep, ...CompositionStep[]]),
      name: z.string(),
      /** Full name of who ticked the step. */
      tickedBy: z.string().nullable(),
      tickedAt: timestamp().nullable(),
    }),
  ),
  /** Workflow history, oldest first. */
  events: z.array(
    z.object({
      action: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      comment: z.string().nullable(),
      at: timestamp(),
      actorName: z.string().nullable(),
    }),
  ),
  permissions: versionPermissions,
});

export const versionDiffResponse = z.object({
  from: versionRef,
  to: versionRef,
  added: z.array(entry),
  removed: z.array(entry),
  changed: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** Changed text fields (name, definition, governmentAffair, subAffair, group). */
      fields: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
      levels: z.array(
        z.object({
          level: z.number().int(),
          description: z.object({ before: z.string(), after: z.string() }).optional(),
          indicatorsAdded: z.array(z.string()),
          indicatorsRemoved: z.array(z.string()),
        }),
      ),
    }),
  ),
  /** How many entries are the same in both versions. */
  unchanged: z.number().int(),
});

export const entryResponse = z.object({ entry });
export const versionResponse = z.object({ version: versionSummary });

/** A technical dictionary in the list: its newest and its ratified version, entries of the newest. */
export const dictionarySummary = dictionary.extend({
  kind: z.literal('technical'),
  createdAt: timestamp(),
  latestVersion: versionRef,
  ratifiedVersion: z.object({ id: z.uuid(), version: z.number().int() }).nullable(),
  entryCount: z.number().int(),
});
export const dictionaryListResponse = z.object({ items: z.array(dictionarySummary) });

/** A new dictionary and its first version (a draft). */
export const createdDictionaryResponse = z.object({ dictionaryId: z.uuid(), versionId: z.uuid() });

export const dictionaryDetailResponse = z.object({
  dictionary,
  /** The versions the reader may see, newest first, with how many entries each holds. */
  versions: z.array(versionSummary.extend({ entryCount: z.number().int() })),
  /** Repeats `permissions.compose`. */
  canCompose: z.boolean(),
  permissions: permissionsOf(['read', 'readDrafts', 'compose']),
});

/** The revision opened: a new draft with the entries of the ratified version. */
export const revisionResponse = z.object({ version: versionRef.extend({ status: z.literal('draft') }) });

/** The multipart fields of an import; the defaults serve the flat layout without those columns. */
export const dictionaryImportFields = z.strictObject({
  file: z.instanceof(File, { message: 'Pilih berkas .xlsx pada kolom "file".' }),
  governmentAffair: text({ max: 200 }).optional(),
  group: z.enum(competencyGroups).optional(),
});

export const dictionaryImportResponse = z.object({
  /** Entries now in the draft (they replace the previous entries). */
  imported: z.number().int(),
  /** The draft that received them (opened from the ratified version when there was none). */
  versionId: z.uuid(),
  /** `skj`: the Kompetensi and Level sheets; `flat`: one row per level. */
  format: z.enum(['skj', 'flat']),
});
