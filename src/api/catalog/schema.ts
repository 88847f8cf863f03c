import { z } from 'zod';
import { agencyKinds } from '../../domain/roles';
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
    educationMinimums: byJobLevel(text({ max: 20 })),
    requirementRules: z
      .strictObject({
        educationLevel: severity.optional(),
        fieldOfStudy: severity.optional(),
        structuralTraining: severity.optional(),
        structuralExperience: severity.optional(),
      })
      .optional(),
  }),
});

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
});

export const standardPolicySettings = z.object({
  baseName: z.string(),
  override: z.record(z.string(), z.unknown()),
  effective: standardPolicy,
  /** The base policies, each with where its RCL pattern comes from and how it differs. */
  available: z.array(
    z.object({ id: z.string(), name: z.string(), source: z.string(), description: z.string() }),
  ),
  /** Reference values shipped as defaults without a confirming source ("perlu dikonfirmasi"). */
  unconfirmed: z.array(
    z.object({ topic: z.string(), value: z.string(), source: z.string(), note: z.string() }),
  ),
  permissions: z.record(z.string(), z.boolean()),
});
