import { z } from 'zod';
import { raterRelations } from '../../domain/talent-policy';
import { text } from '../text';

const nip = text({ max: 18 }).regex(/^\d{18}$/, 'NIP harus 18 digit angka');
const isoDate = z.iso.date({ message: 'Tanggal harus berformat YYYY-MM-DD dan merupakan tanggal yang ada.' });
const otherRelation = z.enum(['superior', 'peer', 'subordinate']);

export const roundIdParams = z.object({ id: z.uuid() });
export const raterParams = z.object({ id: z.uuid(), raterId: z.uuid() });
export const resultParams = z.object({ id: z.uuid(), nip });
export const taskParams = z.object({ id: z.uuid() });

export const openRoundBody = z.strictObject({
  name: text({ min: 3, max: 200 }),
  closesOn: isoDate,
  subjects: z
    .array(
      z.strictObject({
        nip,
        raters: z
          .array(z.strictObject({ nip, relation: otherRelation }))
          .max(30)
          .optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const addRaterBody = z.strictObject({ subjectNip: nip, raterNip: nip, relation: otherRelation });

export const listRoundsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: text({ max: 100 }).optional(),
});

export const saveAnswersBody = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        competencyKey: text({ min: 38, max: 120 }),
        level: z.number().int().min(1).max(5).nullable(),
      }),
    )
    .max(40),
  submit: z.boolean().default(false),
});

const round = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(['open', 'closed']),
  closesOn: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

export const roundList = z.object({
  items: z.array(round.extend({ subjects: z.number(), raters: z.number(), submitted: z.number() })),
  nextCursor: z.string().nullable(),
  permissions: z.record(z.string(), z.boolean()),
});

export const roundDetail = z.object({
  round,
  subjects: z.array(
    z.object({
      nip: z.string(),
      name: z.string(),
      positionName: z.string(),
      raters: z.array(
        z.object({
          id: z.uuid(),
          nip: z.string(),
          name: z.string(),
          relation: z.enum(raterRelations),
          relationName: z.string(),
          submitted: z.boolean(),
          hasLogin: z.boolean(),
        }),
      ),
    }),
  ),
  permissions: z.record(z.string(), z.boolean()),
});

const anchor = z.object({
  level: z.number(),
  description: z.string(),
  behaviourIndicators: z.array(z.string()),
  required: z.boolean(),
});

const taskSummary = z.object({
  id: z.uuid(),
  round: z.object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(['open', 'closed']),
    closesOn: z.string(),
  }),
  subject: z.object({ name: z.string(), positionName: z.string(), self: z.boolean() }),
  relation: z.enum(raterRelations),
  relationName: z.string(),
  submitted: z.boolean(),
});

export const taskList = z.object({ items: z.array(taskSummary) });

export const taskDetail = taskSummary.extend({
  items: z.array(
    z.object({
      competencyKey: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.enum(['managerial', 'socioCultural', 'technical']),
      requiredLevel: z.number(),
      levels: z.array(anchor),
      answered: z.boolean(),
      level: z.number().nullable(),
    }),
  ),
  permissions: z.record(z.string(), z.boolean()),
});

const results = z.object({
  round,
  raters: z.number(),
  submitted: z.number(),
  minimumGroupSize: z.number(),
  relationWeights: z.record(z.string(), z.number()),
  combination: z.string(),
  items: z.array(
    z.object({
      competencyKey: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      requiredLevel: z.number(),
      level: z.number().nullable(),
      groups: z.array(
        z.object({
          relation: z.enum(raterRelations),
          relationName: z.string(),
          answered: z.number(),
          mean: z.number().nullable(),
          shown: z.boolean(),
        }),
      ),
    }),
  ),
});

export const subjectResults = results.extend({ subject: z.object({ nip: z.string(), name: z.string() }) });
export const myResults = z.object({ items: z.array(results) });

export const closedRound = z.object({ round, subjects: z.number(), withResults: z.number() });
