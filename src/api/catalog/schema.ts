import { z } from 'zod';
import { agencyKinds } from '../../domain/roles';
import { categoryPurposes, combinationModes, raterRelations } from '../../domain/talent-policy';
import { listOf, permissionsOf, timestamp } from '../contract';
import { pageQuery } from '../paging';
import { text } from '../text';

/**
 * The shape of an agency's policy override. Only the structure is checked here; whether the values
 * make a valid policy (levels 1..5, weights summing to 100, known job levels) is the domain's
 * `checkPolicy`, which answers 422 INVALID_POLICY with an issue per path.
 */
const jobLevelCode = text({ max: 40 });
const byJobLevel = <T extends z.ZodType>(value: T) => z.record(jobLevelCode, value).optional();
const count = z.number();
const severity = z.enum(['error', 'warning']);

const category = z.strictObject({ code: text({ max: 10 }), name: text({ max: 80 }), minPercent: count });
/** The talent part (`domain/talent-policy.ts`): categories by purpose, 9-box, potential, 360°, pension, succession. */
const talentOverride = z
  .strictObject({
    categorySets: z.partialRecord(z.enum(categoryPurposes), z.array(category).max(5)).optional(),
    nineBoxRecommendations: z.record(text({ max: 2 }), text({ max: 1000, multiline: true })).optional(),
    potential: z
      .strictObject({
        highMinScore: count.optional(),
        mediumMinScore: count.optional(),
        fallbackToJpm: z.boolean().optional(),
      })
      .optional(),
    multiRater: z
      .strictObject({
        minimumGroupSize: count.optional(),
        relationWeights: z.partialRecord(z.enum(raterRelations), count).optional(),
        combination: z.enum(combinationModes).optional(),
      })
      .optional(),
    pensionAges: byJobLevel(count),
    defaultPensionAge: count.optional(),
    succession: z.strictObject({ retirementHorizonYears: count.optional() }).optional(),
  })
  .optional();

/** What an agency overrides on top of its base policy; merged per job level, field by field. */
export const standardPolicyOverride = z.strictObject({
  name: text({ max: 120 }).optional(),
  levelDistributionRules: byJobLevel(
    z.strictObject({ allowed: z.array(count).max(5).optional(), dominant: count.nullable().optional() }),
  ),
  technicalCount: z.strictObject({ min: count.optional(), max: count.optional() }).optional(),
  mandatoryTechnical: z
    .array(z.strictObject({ name: text({ max: 300 }), appliesTo: z.array(z.enum(agencyKinds)).max(4) }))
    .max(20)
    .optional(),
  competencyWeights: byJobLevel(
    z.strictObject({
      socioCultural: count.optional(),
      managerial: count.optional(),
      technical: count.optional(),
    }),
  ),
  managerialLevels: byJobLevel(
    z.strictObject({
      managerial: count.nullable().optional(),
      socioCultural: count.nullable().optional(),
    }),
  ),
  rankRanges: byJobLevel(
    z.strictObject({ min: text({ max: 20 }).optional(), max: text({ max: 20 }).optional() }),
  ),
  talent: talentOverride,
  educationMinimums: byJobLevel(text({ max: 20 })),
  requirementRules: z
    .strictObject({
      educationLevel: severity.optional(),
      fieldOfStudy: severity.optional(),
      structuralTraining: severity.optional(),
      structuralExperience: severity.optional(),
    })
    .optional(),
});

/**
 * `baseName` picks the base policy; `override` replaces the agency's whole override (the sections
 * left out of it take the base's values). Without `override` the stored one stays as it is, so
 * changing only the base needs only `baseName`.
 */
export const standardPolicyBody = z.strictObject({
  baseName: text({ max: 40 }),
  override: standardPolicyOverride.optional(),
});

/** An object with every key of an enumeration (published with each property named). */
function everyKey<const K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);
}

const levelRule = z.object({ allowed: z.array(z.number()), dominant: z.number().nullable() });

export const standardPolicy = z.object({
  name: z.string(),
  levelDistributionRules: z.record(z.string(), levelRule),
  technicalCount: z.object({ min: z.number(), max: z.number() }),
  mandatoryTechnical: z.array(z.object({ name: z.string(), appliesTo: z.array(z.enum(agencyKinds)) })),
  competencyWeights: z.record(
    z.string(),
    z.object({ socioCultural: z.number(), managerial: z.number(), technical: z.number() }),
  ),
  managerialLevels: z.record(
    z.string(),
    z.object({ managerial: z.number().nullable(), socioCultural: z.number().nullable() }),
  ),
  rankRanges: z.record(z.string(), z.object({ min: z.string(), max: z.string() })),
  educationMinimums: z.record(z.string(), z.string()),
  requirementRules: z.object({
    educationLevel: severity,
    fieldOfStudy: severity,
    structuralTraining: severity,
    structuralExperience: severity,
  }),
  talent: z.object({
    categorySets: everyKey(
      categoryPurposes,
      z.array(z.object({ code: z.string(), name: z.string(), minPercent: z.number() })),
    ),
    nineBoxRecommendations: z.record(z.string(), z.string()),
    potential: z.object({ highMinScore: z.number(), mediumMinScore: z.number(), fallbackToJpm: z.boolean() }),
    multiRater: z.object({
      minimumGroupSize: z.number(),
      relationWeights: everyKey(raterRelations, z.number()),
      combination: z.enum(combinationModes),
    }),
    pensionAges: z.record(z.string(), z.number()),
    defaultPensionAge: z.number(),
    succession: z.object({ retirementHorizonYears: z.number() }),
  }),
});

export const standardPolicySettings = z.object({
  baseName: z.string(),
  /** The agency's saved override (empty when it follows its base policy as it is). */
  override: standardPolicyOverride,
  effective: standardPolicy,
  /** The base policies, each with where its RCL pattern comes from and how it differs. */
  available: z.array(
    z.object({ id: z.string(), name: z.string(), source: z.string(), description: z.string() }),
  ),
  /** Reference values shipped as defaults without a confirming source ("perlu dikonfirmasi"). */
  unconfirmed: z.array(
    z.object({ topic: z.string(), value: z.string(), source: z.string(), note: z.string() }),
  ),
  /** Where the talent defaults come from, in the words an admin reads. */
  sources: z.object({ talent: z.record(z.string(), z.string()) }),
  permissions: permissionsOf(['read', 'readSettings', 'update']),
});

export const standardPolicyResponse = z.object({ effective: standardPolicy });

export const catalogQuery = z.strictObject({
  q: text({ max: 200 }).optional(),
  jobLevel: text({ max: 40 }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  cursor: pageQuery.cursor,
});

/** A ratified standard in the national catalog (its newest ratified version). */
export const catalogItem = z.object({
  id: z.uuid(),
  positionName: z.string(),
  jobLevel: z.string(),
  positionCode: z.string().nullable(),
  ratifiedAt: timestamp(),
  version: z.number().int(),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  /** 0..1: how well the name matches `q` (word similarity; 1 when it contains `q`); 1 when browsing. */
  score: z.number(),
});

/** A page of the catalog; `total` counts the matches up to 1,000 (`totalCapped` when there are more). */
export const catalogResponse = listOf(catalogItem).extend({
  total: z.number().int(),
  totalCapped: z.boolean(),
});

export const consistencyReport = z.object({
  /** Newest standards of one position name and job level whose required levels differ. */
  differingLevels: z.array(
    z.object({
      positionName: z.string(),
      jobLevel: z.string(),
      /** Per standard: competency name → required level. */
      standards: z.array(z.object({ id: z.uuid(), levels: z.record(z.string(), z.number().int()) })),
    }),
  ),
  /** Rows of newest versions whose text was edited from the dictionary's. */
  editedRows: z.array(
    z.object({
      standardId: z.uuid(),
      positionName: z.string(),
      competencyName: z.string(),
      kind: z.enum(['managerial', 'socioCultural', 'technical']),
    }),
  ),
  withoutStandard: z.array(
    z.object({ id: z.uuid(), name: z.string(), jobLevel: z.string(), orgUnitName: z.string().nullable() }),
  ),
});
