/**
 * The talent reads over the ratified standards: one person's job-person match (JPM), the candidates
 * for a position, the agency's 9-box and an org unit's gap heatmap.
 */
import { z } from 'zod';
import { developmentActions } from '../../domain/development';
import { importances } from '../../domain/job-standard';
import { potentialBands } from '../../domain/nine-box';
import { performanceBands, performanceRatings } from '../../domain/performance-rating';
import { readinessLevels } from '../../domain/succession';
import { categoryPurposes } from '../../domain/talent-policy';
import { competencyKinds } from '../competencies/schema';
import { calendarDate } from '../contract';

const kind = z.enum(competencyKinds);
const purpose = z.enum(categoryPurposes);
const method = z.enum(['weighted', 'unweighted']);
const performance = z.enum(performanceBands);
const priority = z.enum(['high', 'medium', 'low']);

/** Weights of the kinds for the job level (standard policy); null: the JPM is unweighted. */
const weights = z
  .object({ socioCultural: z.number(), managerial: z.number(), technical: z.number() })
  .nullable();

const category = z.object({ purpose, code: z.string(), name: z.string() });

/** The position matched against, with its ratified standard. */
const matchedPosition = z.object({
  id: z.uuid(),
  name: z.string(),
  jobLevel: z.string(),
  standardId: z.uuid(),
});

export const matchRow = z.object({
  /** `<dictionaryId>:<code>`. */
  competencyId: z.string(),
  code: z.string(),
  name: z.string(),
  kind,
  requiredLevel: z.number(),
  /** null: not assessed (counts as 0). */
  assessedLevel: z.number().nullable(),
  assessedOn: calendarDate().nullable(),
  source: z.enum(['assessmentCentre', 'multiRater']).nullable(),
  /** Required − assessed; negative when the person exceeds the requirement. */
  competencyGap: z.number(),
  importance: z.enum(importances).nullable(),
});

export const developmentSuggestion = z.object({
  competencyId: z.string(),
  name: z.string(),
  kind,
  gap: z.number(),
  /** The level to reach: the position's required level. */
  targetLevel: z.number(),
  /** The behaviour indicators of that level, as the ratified standard states them. */
  targetBehaviours: z.array(z.string()),
  actions: z.array(z.enum(developmentActions)),
  priority,
  /** gap × importance weight (Mutlak 3, Penting 2, Perlu 1, none 2). */
  score: z.number(),
  text: z.string(),
});

export const jobPersonMatchResponse = z.object({
  civilServant: z.object({
    nip: z.string(),
    name: z.string(),
    rankGrade: z.string().nullable(),
    educationLevel: z.string().nullable(),
    performance: performance.nullable(),
    performanceRating: z.enum(performanceRatings).nullable(),
    performanceLabel: z.string().nullable(),
    positionId: z.uuid().nullable(),
    positionName: z.string().nullable(),
  }),
  position: matchedPosition,
  /** Own position: competencyMapping (a profile); another position: positionFilling. */
  purpose,
  weights,
  rows: z.array(matchRow),
  /** The JPM in percent (one decimal): weighted where weights are known, else unweighted. */
  percent: z.number(),
  method,
  unweighted: z.number(),
  weighted: z.number().nullable(),
  /** Per kind: Σ min(assessed, required) / Σ required, in percent. */
  byKind: z.partialRecord(kind, z.number()),
  /** The category of this answer's purpose. */
  category: z.string(),
  categories: z.record(purpose, category),
  notAssessed: z.number().int(),
  /** One suggestion per shortfall, highest score first. */
  development: z.array(developmentSuggestion),
});

export const candidateRankingResponse = z.object({
  position: matchedPosition,
  scope: z.enum(['agency', 'national']),
  method,
  weights,
  categoryPurpose: z.literal('positionFilling'),
  /** The position-filling categories, highest first. */
  categories: z.array(z.object({ code: z.string(), name: z.string(), minPercent: z.number() })),
  requirements: z.object({
    educationLevels: z.array(z.string()),
    minRank: z.string().nullable(),
    minYears: z.number().nullable(),
  }),
  items: z.array(
    z.object({
      rank: z.number().int(),
      nip: z.string(),
      name: z.string(),
      agencyName: z.string(),
      currentPosition: z.string().nullable(),
      performance: performance.nullable(),
      performanceRating: z.enum(performanceRatings).nullable(),
      performanceLabel: z.string().nullable(),
      percent: z.number(),
      /** Position-filling category (Memenuhi Syarat …). */
      category: z.string(),
      categoryCode: z.string(),
      assessedCompetencies: z.number().int(),
      requiredCompetencies: z.number().int(),
      /** null: the standard sets no such requirement. */
      checks: z.object({
        education: z.boolean().nullable(),
        rank: z.boolean().nullable(),
        experience: z.boolean().nullable(),
      }),
      meetsRequirements: z.boolean(),
      yearsOfService: z.number(),
      /** Readiness when already nominated as a successor of this position. */
      successorReadiness: z.enum(readinessLevels).nullable(),
    }),
  ),
});

const potentialBasis = z.enum(['potentialAssessment', 'jpm']);

export const talentPoolResponse = z.object({
  /** Civil servants of the agency, placed or not. */
  civilServants: z.number().int(),
  /** Whether the JPM stands in for a missing potential result (policy). */
  potentialFallbackToJpm: z.boolean(),
  placedBy: z.record(potentialBasis, z.number().int()),
  unplaced: z.object({ noPerformance: z.number().int(), noPotential: z.number().int() }),
  boxes: z.array(
    z.object({
      box: z.number().int(),
      name: z.string(),
      performance,
      potential: z.enum(potentialBands),
      /** Recommended action of the box from the agency's policy ('' when none is set). */
      recommendation: z.string(),
      count: z.number().int(),
      byBasis: z.record(potentialBasis, z.number().int()),
      /** At most 50 per box, highest JPM first. */
      members: z.array(
        z.object({
          nip: z.string(),
          name: z.string(),
          positionName: z.string().nullable(),
          percent: z.number().nullable(),
          category: z.string().nullable(),
          potentialBasis,
          performanceLabel: z.string().nullable(),
        }),
      ),
    }),
  ),
  sources: z.object({ nineBox: z.string(), performance: z.string() }),
});

export const gapHeatmapResponse = z.object({
  unit: z.object({ id: z.uuid(), name: z.string() }),
  positions: z.array(z.object({ id: z.uuid(), name: z.string(), holders: z.number().int() })),
  competencies: z.array(z.object({ key: z.string(), code: z.string(), name: z.string(), kind })),
  cells: z.array(
    z.object({
      positionId: z.uuid(),
      /** `<dictionaryId>:<code>`, a key of `competencies`. */
      competencyKey: z.string(),
      requiredLevel: z.number(),
      /** Required − assessed averaged over the holders (no result counts as 0). */
      averageGap: z.number(),
      /** Holders below the required level. */
      short: z.number().int(),
      holders: z.number().int(),
    }),
  ),
  trainingNeeds: z.array(
    z.object({ code: z.string(), name: z.string(), kind, people: z.number().int(), suggestion: z.string() }),
  ),
});
