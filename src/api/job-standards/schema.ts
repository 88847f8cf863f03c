import { z } from 'zod';
import { importances } from '../../domain/job-standard';
import { standardActions } from '../../domain/job-standard-workflow';
import { text } from '../text';

const importance = z.enum(importances);
const item = z.strictObject({ name: text({ min: 1, max: 300 }), importance });

export const standardIdParams = z.object({ id: z.uuid() });

export const createStandardBody = z.strictObject({ positionId: z.uuid() });

/** The agency admin's one confirmation: `confirm` must be `true`. */
export const adoptAsIsBody = z.strictObject({ positionId: z.uuid(), confirm: z.literal(true) });

export const adoptedAsIs = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.literal('ratified'),
  originStandardId: z.uuid(),
  positionCode: z.string(),
});

export const requirementsBody = z.strictObject({
  education: z.strictObject({
    levels: z.array(text({ min: 1, max: 20 })).max(10),
    fieldsOfStudy: z.array(text({ min: 1, max: 200 })).max(30),
    importance,
  }),
  training: z.strictObject({
    managerial: z.array(item).max(30),
    technical: z.array(item).max(30),
    functional: z.array(item).max(30),
  }),
  experience: z.strictObject({
    description: text({ max: 2000, multiline: true }),
    years: z.number().int().min(0).max(45).nullable(),
    importance,
  }),
  rank: z.strictObject({ minGrade: text({ min: 1, max: 40 }).nullable(), importance }),
  performanceIndicators: z
    .array(z.strictObject({ text: text({ min: 1, max: 1000, multiline: true }), importance }))
    .max(30),
});

export const saveStandardBody = z.strictObject({
  revision: z.number().int().min(0),
  summary: text({ max: 4000, multiline: true }).nullable().optional(),
  jobDescription: z
    .array(text({ min: 1, max: 1000, multiline: true }))
    .max(100)
    .optional(),
  competencies: z
    .array(
      z.strictObject({
        competencyId: z.uuid(),
        requiredLevel: z.number().int().min(1).max(5),
        importance: importance.nullable().optional(),
        levelDescription: text({ max: 2000, multiline: true }).optional(),
        behaviourIndicators: z
          .array(text({ min: 1, max: 2000, multiline: true }))
          .max(20)
          .optional(),
      }),
    )
    .max(40),
  requirements: requirementsBody,
});

export const transitionBody = z.strictObject({
  action: z.enum(standardActions),
  comment: text({ max: 2000, multiline: true }).optional(),
});

export const diffQuery = z.strictObject({ against: z.uuid() });

export const proposalBody = z.strictObject({
  name: text({ min: 3, max: 200 }),
  definition: text({ min: 10, max: 4000, multiline: true }),
  requiredLevel: z.number().int().min(1).max(5),
  levelDescription: text({ min: 3, max: 2000, multiline: true }),
  // Blank lines of the form are dropped by the service, which then wants at least one indicator.
  behaviourIndicators: z
    .array(text({ max: 2000, multiline: true }))
    .min(1)
    .max(20),
});

export const proposalResponse = z.object({
  competency: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.literal('technical'),
    requiredLevel: z.number().int(),
    levelDescription: z.string(),
    behaviourIndicators: z.array(z.string()),
  }),
  dictionary: z.object({ id: z.uuid(), name: z.string(), versionId: z.uuid() }),
});
