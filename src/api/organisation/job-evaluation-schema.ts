/** Job evaluation (evaluasi jabatan): the factor tables and one evaluation as the API answers them. */
import { z } from 'zod';
import { evaluationKinds } from '../../domain/job-evaluation';
import { timestamp } from '../contract';
import { text } from '../text';

const factorKey = text({ min: 1, max: 4 });

export const evaluationBody = z.strictObject({
  positionId: z.uuid(),
  kind: z.enum(evaluationKinds),
  /** Factor → chosen level, e.g. `{ "1": "1-3", "4A": "4A-3" }`. */
  levels: z.record(factorKey, text({ min: 1, max: 8 })),
  justifications: z.record(factorKey, text({ max: 1000, multiline: true })).optional(),
});

const factor = z.object({
  factor: z.string(),
  name: z.string(),
  levels: z.array(z.object({ level: z.string(), points: z.number() })),
});

const gradeBand = z.object({
  grade: z.number().int(),
  min: z.number(),
  /** null: no upper bound (the highest grade). */
  max: z.number().nullable(),
});

export const evaluationFactorsResponse = z.object({
  factors: z.object({ structural: z.array(factor), functional: z.array(factor) }),
  gradeBands: z.array(gradeBand),
});

export const evaluationBreakdownRow = z.object({
  factor: z.string(),
  name: z.string(),
  level: z.string(),
  points: z.number(),
});

export const jobEvaluationResult = z.object({
  id: z.uuid(),
  createdAt: timestamp(),
  kind: z.enum(evaluationKinds),
  jobValue: z.number().int(),
  jobGrade: z.number().int(),
  breakdown: z.array(evaluationBreakdownRow),
  justifications: z.record(z.string(), z.string()),
});

/** A position's evaluations, newest first, each with who evaluated it. */
export const jobEvaluationHistory = z.object({
  position: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(evaluationKinds) }),
  items: z.array(
    jobEvaluationResult.extend({
      /** Factor → chosen level, as sent. */
      levels: z.record(z.string(), z.string()),
      /** Full name of the evaluator; null when the user was removed. */
      evaluatedBy: z.string().nullable(),
    }),
  ),
});
