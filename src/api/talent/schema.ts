/** Schemas of the talent routes: paged lists, potential, retirement forecast, training needs. */
import { z } from 'zod';
import { competencyKinds } from '../competencies/schema';
import { calendarDate, listOf, permissionsOf, timestamp } from '../contract';
import { text } from '../text';

const performance = z.enum(['below', 'meets', 'above']);
/** What the reader may do with a civil servant's record (`src/policies/civil-servant.ts`). */
const civilServantPermissions = permissionsOf([
  'read',
  'match',
  'createLogin',
  'recordPotential',
  'readTalentEvidence',
]);
const performanceRating = z.enum(['veryGood', 'good', 'needsImprovement', 'poor', 'veryPoor']);

/** A civil servant as lists show them. */
const listedCivilServant = z.object({
  nip: z.string(),
  name: z.string(),
  rankGrade: z.string().nullable(),
  educationLevel: z.string().nullable(),
  performance: performance.nullable(),
  performanceRating: performanceRating.nullable(),
  /** The SKP rating as people write it, e.g. "Baik (sesuai ekspektasi)". */
  performanceLabel: z.string().nullable(),
  positionId: z.uuid().nullable(),
  positionName: z.string().nullable(),
  hasLogin: z.boolean(),
});

export const civilServantListResponse = listOf(listedCivilServant);

/**
 * An assessment session's id: a UUID; sessions imported before v8 ids were hashed into the UUID
 * shape without its version and variant bits, hence `guid` (any 8-4-4-4-12 hex).
 */
const sessionId = z.guid();

export const assessmentListResponse = listOf(
  z.object({
    id: sessionId,
    civilServant: z.object({ nip: z.string(), name: z.string() }),
    assessedOn: calendarDate(),
    assessor: z.string(),
    institution: z.string(),
    /** How many competencies the session scored. */
    scoreCount: z.number().int(),
  }),
);

/** One civil servant with their assessment sessions, newest first. */
export const civilServantDetail = z.object({
  civilServant: listedCivilServant.extend({
    birthDate: calendarDate(),
    /** TMT CPNS: the start of service. */
    serviceStart: calendarDate(),
    sex: z.enum(['male', 'female']),
    fieldOfStudy: z.string().nullable(),
  }),
  assessments: z.array(
    z.object({
      id: sessionId,
      assessedOn: calendarDate(),
      assessor: z.string(),
      institution: z.string(),
      scores: z.array(
        z.object({
          code: z.string(),
          /** The competency's name in its dictionary's newest version; null when the code is not there. */
          name: z.string().nullable(),
          kind: z.enum(competencyKinds),
          level: z.number(),
        }),
      ),
    }),
  ),
  permissions: civilServantPermissions,
});

/** The login created for a civil servant: the username is the NIP; the password is shown this once. */
export const employeeLoginResponse = z.object({
  username: z.string(),
  /** Temporary: changed at the first login, void after 72 hours. */
  password: z.string(),
});

export const isoDate = z.iso.date({
  message: 'Tanggal harus berformat YYYY-MM-DD dan merupakan tanggal yang ada.',
});

export const potentialBody = z
  .strictObject({
    assessedOn: isoDate,
    score: z.number().min(0).max(100).nullable().optional(),
    band: z.enum(['low', 'medium', 'high']).nullable().optional(),
    source: text({ min: 2, max: 200 }),
  })
  .refine((b) => (b.score ?? null) !== null || (b.band ?? null) !== null, {
    message: 'Isi nilai potensial (0–100) atau kategorinya.',
    path: ['score'],
  });

const potentialItem = z.object({
  id: z.uuid(),
  assessedOn: calendarDate(),
  score: z.number().nullable(),
  band: z.enum(['low', 'medium', 'high']),
  bandName: z.string(),
  source: z.string(),
  entry: z.enum(['import', 'manual']),
  createdAt: timestamp(),
});

export const potentialResponse = potentialItem;
/** How many results an import saved (all or none) and the format it read. */
export const potentialImportResponse = z.object({
  rows: z.number().int(),
  format: z.enum(['xlsx', 'csv']),
});
export const potentialList = z.object({
  items: z.array(potentialItem),
  permissions: civilServantPermissions,
});

export const forecastQuery = z.strictObject({
  orgUnitId: z.uuid().optional(),
  years: z.coerce.number().int().min(1).max(10).default(5),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: text({ max: 60 }).optional(),
});

const counts = {
  overdue: z.number(),
  within1Year: z.number(),
  within2Years: z.number(),
  within5Years: z.number(),
};

export const forecastResponse = z.object({
  asOf: calendarDate(),
  years: z.number(),
  pensionAges: z.object({ byJobLevel: z.record(z.string(), z.number()), default: z.number() }),
  sources: z.record(z.string(), z.string()),
  totals: z.object({ people: z.number(), ...counts }),
  byUnit: z.array(
    z.object({ orgUnitId: z.uuid().nullable(), name: z.string().nullable(), people: z.number(), ...counts }),
  ),
  byPosition: z.array(
    z.object({
      positionId: z.uuid(),
      name: z.string(),
      jobLevel: z.string(),
      unitName: z.string().nullable(),
      holders: z.number(),
      pensionAge: z.number(),
      ...counts,
    }),
  ),
  items: z.array(
    z.object({
      nip: z.string(),
      name: z.string(),
      birthDate: calendarDate(),
      positionId: z.uuid().nullable(),
      positionName: z.string().nullable(),
      jobLevel: z.string().nullable(),
      unitName: z.string().nullable(),
      pensionAge: z.number(),
      pensionAgeAssumed: z.boolean(),
      retiresOn: calendarDate(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const trainingNeedsQuery = z.strictObject({
  orgUnitId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const trainingNeedsResponse = z.object({
  agency: z.object({ id: z.uuid(), name: z.string() }),
  year: z.number(),
  orgUnitId: z.uuid().nullable(),
  totals: z.object({
    needs: z.number(),
    peopleGaps: z.number(),
    byPriority: z.object({ high: z.number(), medium: z.number(), low: z.number() }),
  }),
  byCompetency: z.array(
    z.object({
      competencyKey: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      people: z.number(),
      units: z.number(),
      averageGap: z.number(),
    }),
  ),
  items: z.array(
    z.object({
      orgUnitId: z.uuid().nullable(),
      unitName: z.string().nullable(),
      competencyKey: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      holders: z.number(),
      people: z.number(),
      notAssessed: z.number(),
      averageGap: z.number(),
      maxGap: z.number(),
      importance: z.enum(['essential', 'veryImportant', 'important']).nullable(),
      importanceName: z.string().nullable(),
      priority: z.enum(['high', 'medium', 'low']),
      priorityName: z.string(),
      score: z.number(),
      actions: z.array(z.string()),
      suggestion: z.string(),
    }),
  ),
});
