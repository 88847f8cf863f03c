import { z } from 'zod';
import { agencyKinds } from '../../domain/roles';
import { categoryPurposes, combinationModes, raterRelations } from '../../domain/talent-policy';
import { text } from '../text';

/**
 * The shape of an agency's policy override. Only the structure is checked here; whether the values
 * make a valid policy (levels 1..5, weights summing to 100, known job levels) is the domain's
 * `checkPolicy`, which answers 422 INVALID_POLICY with an issue per path.
 */
const jobLevelCode = text({ max: 40 });
const byJobLevel = <T extends z.ZodType>(value: T) => z.record(jobLevelCode, value).optional();
const count = z.number();

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

export const standardPolicyBody = z.strictObject({
  baseName: text({ max: 40 }),
  override: z.strictObject({
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
      z.strictObject({ managerial: count.nullable().optional(), socioCultural: count.nullable().optional() }),
    ),
    rankRanges: byJobLevel(
      z.strictObject({ min: text({ max: 20 }).optional(), max: text({ max: 20 }).optional() }),
    ),
    talent: talentOverride,
  }),
});
