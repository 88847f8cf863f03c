/**
 * Job standards (SKJ): what the composer sends (create, save, partial update, workflow steps) and
 * what the API answers (one version with its findings and history, versions, diffs).
 */
import { z } from 'zod';
import { importances } from '../../domain/job-standard';
import { standardActions, standardStatuses } from '../../domain/job-standard-workflow';
import { agencyKinds, roles } from '../../domain/roles';
import { standardPolicy } from '../catalog/schema';
import { listOf, permissionsOf, timestamp } from '../contract';
import { text } from '../text';

const importance = z.enum(importances);
const item = z.strictObject({ name: text({ min: 1, max: 300 }), importance });
const competencyKind = z.enum(['managerial', 'socioCultural', 'technical']);
export const standardStatus = z.enum(standardStatuses);

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

const educationBody = z.strictObject({
  levels: z.array(text({ min: 1, max: 20 })).max(10),
  fieldsOfStudy: z.array(text({ min: 1, max: 200 })).max(30),
  importance,
});
const trainingBody = z.strictObject({
  managerial: z.array(item).max(30),
  technical: z.array(item).max(30),
  functional: z.array(item).max(30),
});
const experienceBody = z.strictObject({
  description: text({ max: 2000, multiline: true }),
  years: z.number().int().min(0).max(45).nullable(),
  importance,
});
const rankBody = z.strictObject({ minGrade: text({ min: 1, max: 40 }).nullable(), importance });
const performanceIndicatorsBody = z
  .array(z.strictObject({ text: text({ min: 1, max: 1000, multiline: true }), importance }))
  .max(30);

export const requirementsBody = z.strictObject({
  education: educationBody,
  training: trainingBody,
  experience: experienceBody,
  rank: rankBody,
  performanceIndicators: performanceIndicatorsBody,
});

const competencyInputs = z
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
  .max(40);

const summaryBody = text({ max: 4000, multiline: true }).nullable();
const jobDescriptionBody = z.array(text({ min: 1, max: 1000, multiline: true })).max(100);

export const saveStandardBody = z.strictObject({
  revision: z.number().int().min(0),
  summary: summaryBody.optional(),
  jobDescription: jobDescriptionBody.optional(),
  competencies: competencyInputs,
  requirements: requirementsBody,
});

/**
 * A partial update: every field but `revision` may be left out and then stays as it is.
 * `requirements` merges key by key (each part, and each field inside education, training,
 * experience and rank); lists (competency rows, tasks, training items, indicators) are replaced
 * whole when sent.
 */
export const patchStandardBody = z.strictObject({
  revision: z.number().int().min(0),
  summary: summaryBody.optional(),
  jobDescription: jobDescriptionBody.optional(),
  competencies: competencyInputs.optional(),
  requirements: z
    .strictObject({
      education: educationBody.partial().optional(),
      training: trainingBody.partial().optional(),
      experience: experienceBody.partial().optional(),
      rank: rankBody.partial().optional(),
      performanceIndicators: performanceIndicatorsBody.optional(),
    })
    .optional(),
});

export type SaveStandardBody = z.input<typeof saveStandardBody>;

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

// --- Answers ----------------------------------------------------------------------------------

export const createdStandard = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.literal('draft'),
});
export const adoptedStandard = createdStandard.extend({ originStandardId: z.uuid() });
/** `revision` is the value to send with the next save. */
export const savedStandard = z.object({ id: z.uuid(), revision: z.number().int() });
export const transitionResult = z.object({
  id: z.uuid(),
  status: standardStatus,
  /** Given at national ratification; null before. */
  positionCode: z.string().nullable(),
});

const requirementItem = z.object({ name: z.string(), importance });
const performanceIndicator = z.object({ text: z.string(), importance });

export const standardRequirements = z.object({
  education: z.object({ levels: z.array(z.string()), fieldsOfStudy: z.array(z.string()), importance }),
  training: z.object({
    managerial: z.array(requirementItem),
    technical: z.array(requirementItem),
    functional: z.array(requirementItem),
  }),
  experience: z.object({ description: z.string(), years: z.number().int().nullable(), importance }),
  rank: z.object({ minGrade: z.string().nullable(), importance }),
  performanceIndicators: z.array(performanceIndicator),
});

export const standardIdentity = z.object({
  positionName: z.string(),
  positionCode: z.string().nullable(),
  positionGroup: z.enum(['leadership', 'administrative', 'functional']),
  jobLevel: z.string(),
  governmentAffair: z.string().nullable(),
  orgUnitName: z.string().nullable(),
  summary: z.string().nullable(),
  /** Uraian tugas, one task per item. */
  jobDescription: z.array(z.string()),
});

export const standardCompetency = z.object({
  competencyId: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: competencyKind,
  requiredLevel: z.number().int(),
  levelDescription: z.string(),
  behaviourIndicators: z.array(z.string()),
  importance: importance.nullable(),
  /** The dictionary text the row was copied from; null when typed by hand. */
  source: z
    .object({
      dictionaryVersionId: z.string(),
      levelDescription: z.string(),
      behaviourIndicators: z.array(z.string()),
    })
    .nullable(),
});

export const standardContent = z.object({
  identity: standardIdentity,
  competencies: z.array(standardCompetency),
  requirements: standardRequirements,
});

export const finding = z.object({
  /** Stable SCREAMING_CASE code of the rule. */
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  /** Where in the standard, e.g. `competencies.3.requiredLevel`. */
  path: z.string(),
  message: z.string(),
  proposal: z
    .object({ merge: z.array(z.string()), into: z.string().nullable(), drop: z.array(z.string()) })
    .optional(),
});

export const standardTransition = z.object({
  standardId: z.uuid(),
  /** A workflow step, or `adopt` for a standard adopted as is (ratified at once). */
  action: z.enum([...standardActions, 'adopt']),
  fromStatus: standardStatus.nullable(),
  toStatus: standardStatus,
  comment: z.string().nullable(),
  at: timestamp(),
  actorName: z.string().nullable(),
  actorRole: z.enum(roles).nullable(),
  actorNip: z.string().nullable(),
  actorTitle: z.string().nullable(),
});

export const standardVersion = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: standardStatus,
  positionCode: z.string().nullable(),
  createdAt: timestamp(),
  ratifiedAt: timestamp().nullable(),
  updatedAt: timestamp(),
});

/** What the composer needs to run the rules in the browser (`domain/job-standard-rules.ts`). */
export const standardCheckContext = z.object({
  agencyKind: z.enum(agencyKinds),
  requirePositionCode: z.boolean().optional(),
  pendingCompetencies: z.array(z.object({ competencyId: z.uuid(), dictionaryName: z.string() })).optional(),
  /** By competency id: the dictionary each saved row's text comes from. */
  dictionarySources: z.record(
    z.string(),
    z.object({
      status: z.enum(['draft', 'verified', 'ratified']),
      placeholder: z.boolean(),
      dictionaryName: z.string(),
      steward: z.string(),
    }),
  ),
});

const standardAbilities = [
  'read',
  'compose',
  'update',
  'submit',
  'verify',
  'validate',
  'ratify',
  'return',
  'revise',
  // The same answers under the names the composer has read since before the policy modules.
  'canEdit',
  'canSubmit',
  'canVerify',
  'canValidate',
  'canRatify',
  'canReturn',
  'canRevise',
] as const;

export const standardDetail = z.object({
  standard: z.object({
    id: z.uuid(),
    lineageId: z.uuid(),
    version: z.number().int(),
    agencyId: z.uuid(),
    positionId: z.uuid(),
    status: standardStatus,
    /** Send it back with the next save; a stale one is refused (STANDARD_STALE). */
    revision: z.number().int(),
    positionCode: z.string().nullable(),
    /** The ratified standard this one was adopted from. */
    originStandardId: z.uuid().nullable(),
    policyName: z.string(),
    submittedAt: timestamp().nullable(),
    ratifiedAt: timestamp().nullable(),
    updatedAt: timestamp(),
  }),
  content: standardContent,
  findings: z.array(finding),
  check: z.object({ policy: standardPolicy, context: standardCheckContext }),
  transitions: z.array(standardTransition),
  /** Every version the reader may see, newest first. */
  versions: z.array(standardVersion),
  permissions: permissionsOf(standardAbilities),
});

export const findingsResponse = z.object({ policy: z.string(), findings: z.array(finding) });
export const versionsResponse = listOf(standardVersion);

const requirementValue = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.array(z.string()),
  z.array(requirementItem),
  z.array(performanceIndicator),
]);
const valueChange = z.object({
  /** Dotted path, e.g. `identity.summary` or `requirements.rank.minGrade`. */
  path: z.string(),
  before: requirementValue,
  after: requirementValue,
});
const change = <T extends z.ZodType>(value: T) => z.object({ before: value, after: value });
const versionRef = z.object({ id: z.uuid(), version: z.number().int(), status: standardStatus });

export const standardDiff = z.object({
  from: versionRef,
  to: versionRef,
  diff: z.object({
    identity: z.array(valueChange),
    competencies: z.object({
      added: z.array(standardCompetency),
      removed: z.array(standardCompetency),
      changed: z.array(
        z.object({
          competencyId: z.uuid(),
          kind: competencyKind,
          /** Name after the change. */
          name: z.string(),
          code: change(z.string()).optional(),
          renamed: change(z.string()).optional(),
          requiredLevel: change(z.number().int()).optional(),
          levelDescription: change(z.string()).optional(),
          indicatorsAdded: z.array(z.string()),
          indicatorsRemoved: z.array(z.string()),
          indicatorsReordered: z.boolean(),
          importance: change(importance.nullable()).optional(),
          dictionaryVersion: change(z.string().nullable()).optional(),
        }),
      ),
    }),
    requirements: z.array(valueChange),
  }),
});
