import { z } from 'zod';
import { importances } from '../../domain/job-standard';
import { standardActions } from '../../domain/job-standard-workflow';

const importance = z.enum(importances);
const text = (max: number) => z.string().trim().max(max);
const item = z.strictObject({ name: text(300).min(1), importance });

export const standardIdParams = z.object({ id: z.uuid() });

export const createStandardBody = z.strictObject({ positionId: z.uuid() });

export const requirementsBody = z.strictObject({
  education: z.strictObject({
    levels: z.array(text(20).min(1)).max(10),
    fieldsOfStudy: z.array(text(200).min(1)).max(30),
    importance,
  }),
  training: z.strictObject({
    managerial: z.array(item).max(30),
    technical: z.array(item).max(30),
    functional: z.array(item).max(30),
  }),
  experience: z.strictObject({
    description: text(2000),
    years: z.number().int().min(0).max(45).nullable(),
    importance,
  }),
  rank: z.strictObject({ minGrade: text(40).min(1).nullable(), importance }),
  performanceIndicators: z.array(z.strictObject({ text: text(1000).min(1), importance })).max(30),
});

export const saveStandardBody = z.strictObject({
  revision: z.number().int().min(0),
  summary: text(4000).nullable().optional(),
  jobDescription: z.array(text(1000).min(1)).max(100).optional(),
  competencies: z
    .array(
      z.strictObject({
        competencyId: z.uuid(),
        requiredLevel: z.number().int().min(1).max(5),
        importance: importance.nullable().optional(),
        levelDescription: text(2000).optional(),
        behaviourIndicators: z.array(text(2000).min(1)).max(20).optional(),
      }),
    )
    .max(40),
  requirements: requirementsBody,
});

export const transitionBody = z.strictObject({
  action: z.enum(standardActions),
  comment: text(2000).optional(),
});

export const diffQuery = z.strictObject({ against: z.uuid() });
