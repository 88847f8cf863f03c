import { z } from 'zod';
import { readinessLevels } from '../../domain/succession';
import { text } from '../text';

const nip = text({ max: 18 }).regex(/^\d{18}$/, 'NIP harus 18 digit angka');

export const positionParams = z.object({ id: z.uuid() });
export const successorParams = z.object({ id: z.uuid(), nip });

export const criticalBody = z.strictObject({
  critical: z.boolean(),
  reason: text({ max: 1000, multiline: true }).default(''),
});

export const nominateBody = z.strictObject({
  nip,
  readiness: z.enum(readinessLevels),
  developmentPlan: text({ max: 4000, multiline: true }).default(''),
});

export const updateSuccessorBody = z
  .strictObject({
    readiness: z.enum(readinessLevels).optional(),
    developmentPlan: text({ max: 4000, multiline: true }).optional(),
  })
  .refine((b) => b.readiness !== undefined || b.developmentPlan !== undefined, {
    message: 'Isi kesiapan atau rencana pengembangan.',
  });

const bench = z.object({
  readyNow: z.number(),
  readyInOneToTwoYears: z.number(),
  readyInThreeYearsOrMore: z.number(),
  level: z.enum(['none', 'weak', 'adequate', 'strong']),
  levelName: z.string(),
});
const reason = z.object({ code: z.string(), name: z.string() });

export const positionSuccession = z.object({
  position: z.object({ id: z.uuid(), name: z.string(), jobLevel: z.string(), agencyId: z.uuid() }),
  critical: z.object({ reason: z.string(), markedAt: z.string() }).nullable(),
  pensionAge: z.number(),
  retirementHorizonYears: z.number(),
  holders: z.array(z.object({ nip: z.string(), name: z.string(), retiresOn: z.string() })),
  successors: z.array(
    z.object({
      id: z.uuid(),
      nip: z.string(),
      name: z.string(),
      currentPosition: z.string().nullable(),
      readiness: z.enum(readinessLevels),
      readinessName: z.string(),
      developmentPlan: z.string(),
      percentAtNomination: z.number().nullable(),
      percent: z.number().nullable(),
      category: z.string().nullable(),
      nominatedAt: z.string(),
    }),
  ),
  bench,
  risk: z.object({
    level: z.enum(['high', 'medium', 'low']),
    levelName: z.string(),
    reasons: z.array(reason),
  }),
  permissions: z.record(z.string(), z.boolean()),
});

export const successionDashboard = z.object({
  asOf: z.string(),
  retirementHorizonYears: z.number(),
  summary: z.object({
    criticalPositions: z.number(),
    withReadySuccessor: z.number(),
    benchStrengthPercent: z.number().nullable(),
    atRisk: z.object({ high: z.number(), medium: z.number(), low: z.number() }),
    successors: z.number(),
  }),
  byUnit: z.array(
    z.object({
      orgUnitId: z.uuid().nullable(),
      name: z.string().nullable(),
      critical: z.number(),
      withReadySuccessor: z.number(),
      highRisk: z.number(),
      benchStrengthPercent: z.number().nullable(),
    }),
  ),
  positions: z.array(
    z.object({
      positionId: z.uuid(),
      name: z.string(),
      jobLevel: z.string(),
      orgUnitId: z.uuid().nullable(),
      unitName: z.string().nullable(),
      critical: z.boolean(),
      reason: z.string().nullable(),
      holders: z.number(),
      holdersRetiring: z.number(),
      firstRetirement: z.string().nullable(),
      bench,
      risk: z.enum(['high', 'medium', 'low']),
      riskName: z.string(),
      reasons: z.array(reason),
    }),
  ),
  permissions: z.record(z.string(), z.boolean()),
  sources: z.record(z.string(), z.string()),
});
