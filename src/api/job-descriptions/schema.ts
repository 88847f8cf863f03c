/**
 * Request and answer shapes of the job description and workload (ABK) API. The web client imports
 * the answer types (type-only).
 */
import { z } from 'zod';
import {
  type ComponentKey,
  componentGroups,
  componentNames,
  workingConditionAspects,
} from '../../domain/job-description';
import { evaluationKinds } from '../../domain/job-evaluation';
import { timeUnits } from '../../domain/workload';
import { documentFormats } from '../../services/document-formats';
import { permissionsOf, timestamp } from '../contract';
import { text } from '../text';

/** One line of a name, unit or code; prose (tasks, lists, conditions) may span lines. */
const line = (max: number) => text({ max });
const prose = (max: number) => text({ max, multiline: true });
const lines = (max = 100) => z.array(prose(1000)).max(max).default([]);
/** Figures are checked by the domain (zero or negative volume/time get their own codes), not here. */
const figure = z.number().min(-1e9).max(1e9);

export const taskBody = z.strictObject({
  task: prose(2000),
  output: prose(500),
  volume: figure,
  time: figure,
  /** menit/jam/hari as `minute` / `hour` / `day`; an unknown unit is reported by the domain. */
  unit: line(40),
});

const materialUse = z.strictObject({ name: line(300), use: prose(1000).default('') });

export const jobDescriptionContentBody = z.strictObject({
  positionCode: line(100).default(''),
  summary: prose(4000).default(''),
  subordinatePositions: lines(),
  tasks: z.array(taskBody).max(300).default([]),
  workMaterials: z.array(materialUse).max(100).default([]),
  tools: z.array(materialUse).max(100).default([]),
  guidelines: lines(),
  responsibilities: lines(),
  authorities: lines(),
  workingRelations: z
    .array(z.strictObject({ position: line(300), unit: line(300).default(''), subject: prose(1000) }))
    .max(100)
    .default([]),
  workingConditions: z
    .strictObject({
      room: prose(500).default(''),
      temperature: prose(500).default(''),
      lighting: prose(500).default(''),
      weather: prose(500).default(''),
      noise: prose(500).default(''),
      time: prose(500).default(''),
    })
    .default({ room: '', temperature: '', lighting: '', weather: '', noise: '', time: '' }),
  physicalEffort: lines(),
  hazards: z
    .array(z.strictObject({ hazard: line(300), cause: prose(1000).default('') }))
    .max(100)
    .default([]),
  requirements: z
    .strictObject({
      education: lines(30),
      training: lines(30),
      experience: lines(30),
      rank: line(200).default(''),
      knowledge: lines(30),
      technicalSkills: lines(30),
      aptitudes: lines(30),
      temperaments: lines(30),
      interests: lines(30),
      physicalCondition: prose(500).default(''),
      workFunctions: lines(30),
    })
    .default({
      education: [],
      training: [],
      experience: [],
      rank: '',
      knowledge: [],
      technicalSkills: [],
      aptitudes: [],
      temperaments: [],
      interests: [],
      physicalCondition: '',
      workFunctions: [],
    }),
});

export const saveJobDescriptionBody = z.strictObject({
  /** The revision the editor opened (0 before the first save). */
  revision: z.number().int().min(0),
  content: jobDescriptionContentBody,
});

export const ratifyBody = z.strictObject({ revision: z.number().int().min(1) });

export const workloadPreviewBody = z.strictObject({ tasks: z.array(taskBody).max(300) });

export const workloadSettingsBody = z.strictObject({
  /** Checked by the domain: zero or negative is INVALID_EFFECTIVE_TIME. */
  effectiveMinutesPerYear: z.number().int().min(-1e9).max(1e9),
  minutesPerDay: z.number().int().min(-1e9).max(1e9),
});

export const idParams = z.object({ id: z.uuid() });
export const versionParams = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});
export const formats = documentFormats;

// --- Answers ------------------------------------------------------------------------------------

const componentKey = z.enum(Object.keys(componentNames) as [ComponentKey, ...ComponentKey[]]);
const jobDescriptionStatus = z.enum(['draft', 'ratified']);
const strings = z.array(z.string());
const materialUseOut = z.object({ name: z.string(), use: z.string() });

const jobTask = z.object({
  task: z.string(),
  output: z.string(),
  /** Outputs per year. */
  volume: z.number(),
  /** Time to finish one output, in `unit`. */
  time: z.number(),
  unit: z.enum(timeUnits),
});

/** The components of a job description (seed 004), as stored. */
export const jobDescriptionContent = z.object({
  positionCode: z.string(),
  summary: z.string(),
  subordinatePositions: strings,
  tasks: z.array(jobTask),
  workMaterials: z.array(materialUseOut),
  tools: z.array(materialUseOut),
  guidelines: strings,
  responsibilities: strings,
  authorities: strings,
  workingRelations: z.array(z.object({ position: z.string(), unit: z.string(), subject: z.string() })),
  workingConditions: z.object(
    Object.fromEntries(workingConditionAspects.map((aspect) => [aspect, z.string()])) as Record<
      (typeof workingConditionAspects)[number],
      z.ZodString
    >,
  ),
  physicalEffort: strings,
  hazards: z.array(z.object({ hazard: z.string(), cause: z.string() })),
  requirements: z.object({
    education: strings,
    training: strings,
    experience: strings,
    rank: z.string(),
    knowledge: strings,
    technicalSkills: strings,
    aptitudes: strings,
    temperaments: strings,
    interests: strings,
    physicalCondition: z.string(),
    workFunctions: strings,
  }),
});

/** Workload analysis of the tasks: per task, minutes a year and its share of one person's year. */
export const workloadResult = z.object({
  rows: z.array(
    jobTask.extend({
      minutesPerOutput: z.number(),
      /** volume × minutes per output. */
      minutesPerYear: z.number(),
      /** This task's share of one person's year, 4 decimals. */
      people: z.number(),
    }),
  ),
  totalMinutes: z.number(),
  effectiveMinutesPerYear: z.number(),
  /** Exact need, two decimals. */
  need: z.number(),
  /** Whole people: half up, and at least one when there is any workload. */
  requiredHeadcount: z.number().int(),
});

const workloadSettingsOut = z.object({
  effectiveMinutesPerYear: z.number().int(),
  minutesPerDay: z.number().int(),
});

export const completion = z.object({
  groups: z.array(
    z.object({
      group: z.enum(componentGroups),
      components: z.array(z.object({ key: componentKey, filled: z.boolean() })),
      filled: z.number().int(),
      total: z.number().int(),
    }),
  ),
  filled: z.number().int(),
  total: z.number().int(),
  /** Whole percent of the components that apply. */
  percent: z.number(),
});

export const jobDescriptionDetail = z.object({
  position: z.object({
    id: z.uuid(),
    agencyId: z.uuid(),
    name: z.string(),
    orgUnitId: z.uuid().nullable(),
    orgUnitName: z.string().nullable(),
    positionGroup: z.string(),
    jobLevel: z.string(),
    positionCode: z.string().nullable(),
    headcount: z.number().int(),
    requiredHeadcount: z.number().int(),
  }),
  /** null before the first save (the content is then a draft pre-filled from the position). */
  jobDescription: z
    .object({
      id: z.uuid(),
      version: z.number().int(),
      revision: z.number().int(),
      status: jobDescriptionStatus,
      updatedAt: timestamp(),
    })
    .nullable(),
  content: jobDescriptionContent,
  completion,
  /** null while a pre-filled task still lacks its output or figures. */
  workload: workloadResult.nullable(),
  /** The agency's effective working time; `custom` false: the defaults apply. */
  settings: workloadSettingsOut.extend({ custom: z.boolean() }),
  /** `canEdit` and `canRatify` repeat `update` and `ratify`. */
  permissions: permissionsOf(['read', 'update', 'ratify', 'canEdit', 'canRatify']),
});

/** A save: the new version (always a draft), its workload and the position's required headcount. */
export const savedJobDescription = z.object({
  version: z.number().int(),
  revision: z.number().int(),
  status: z.literal('draft'),
  workload: workloadResult,
  requiredHeadcount: z.number().int(),
});

export const taskImportResult = savedJobDescription.extend({
  /** Tasks read from the file (they replace the previous tasks). */
  tasks: z.number().int(),
  format: z.enum(['xlsx', 'csv']),
});

export const ratifiedJobDescription = z.object({
  version: z.number().int(),
  revision: z.number().int(),
  status: z.literal('ratified'),
  ratifiedAt: timestamp(),
});

const versionSource = z.enum(['edit', 'import']);
const positionRef = z.object({ id: z.uuid(), name: z.string() });

export const jobDescriptionVersion = z.object({
  version: z.number().int(),
  /** The position's name when the version was saved. */
  positionName: z.string(),
  source: versionSource,
  createdAt: timestamp(),
  /** Full name of who saved it (null when the account is gone). */
  createdBy: z.string().nullable(),
  ratifiedAt: timestamp().nullable(),
  tasks: z.number().int(),
});

export const jobDescriptionHistory = z.object({
  position: positionRef,
  current: z.object({ version: z.number().int(), status: jobDescriptionStatus }),
  items: z.array(jobDescriptionVersion),
});

export const jobDescriptionVersionDetail = z.object({
  position: positionRef,
  version: z.number().int(),
  positionName: z.string(),
  content: jobDescriptionContent,
  source: versionSource,
  createdAt: timestamp(),
  ratifiedAt: timestamp().nullable(),
});

export const jobFactorInformationResult = z.object({
  position: positionRef.extend({ kind: z.enum(evaluationKinds) }),
  jobDescription: z.object({ version: z.number().int(), status: jobDescriptionStatus }).nullable(),
  /** Per evaluation factor, in the order of the factor table: the texts that inform it. */
  factors: z.array(
    z.object({
      factor: z.string(),
      sources: z.array(z.object({ component: componentKey, lines: strings })),
    }),
  ),
});

export const agencyWorkloadSettings = workloadSettingsOut.extend({
  agencyId: z.uuid(),
  /** false: the agency has set nothing and the defaults apply. */
  custom: z.boolean(),
  updatedAt: timestamp().nullable(),
  defaults: workloadSettingsOut,
  /** Repeats `permissions.updateSettings`. */
  canEdit: z.boolean(),
  permissions: permissionsOf(['read', 'readWorkload', 'updateSettings']),
});

export const updatedWorkloadSettings = agencyWorkloadSettings.extend({
  /** What the change recomputed: job descriptions, and positions whose required headcount moved. */
  recomputed: z.object({ jobDescriptions: z.number().int(), changedPositions: z.number().int() }),
});

const workloadTotals = z.object({
  positions: z.number().int(),
  withJobDescription: z.number().int(),
  headcount: z.number().int(),
  requiredHeadcount: z.number().int(),
  workloadNeed: z.number(),
  shortage: z.number().int(),
  surplus: z.number().int(),
});

export const workloadSummary = z.object({
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  orgUnit: z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() }),
  settings: workloadSettingsOut,
  /** The unit and its sub-units, depth first; each with its positions and their totals. */
  units: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      code: z.string().nullable(),
      parentId: z.uuid().nullable(),
      depth: z.number().int(),
      positions: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          jobLevel: z.string(),
          headcount: z.number().int(),
          requiredHeadcount: z.number().int(),
          /** B − K as on the position map: negative is a shortage. */
          difference: z.number().int(),
          hasJobDescription: z.boolean(),
          tasks: z.number().int(),
          workloadMinutes: z.number().nullable(),
          workloadNeed: z.number().nullable(),
          workloadHeadcount: z.number().int().nullable(),
        }),
      ),
      totals: workloadTotals,
    }),
  ),
  totals: workloadTotals,
});

/** What a task detail may be refused for (the first problem; every problem in `issues`). */
export const taskErrorCodes = [
  'TASK_REQUIRED',
  'TASK_OUTPUT_REQUIRED',
  'INVALID_TASK_VOLUME',
  'INVALID_TASK_TIME',
  'UNKNOWN_TIME_UNIT',
];
/** What the content of a job description may be refused for. */
export const contentErrorCodes = [...taskErrorCodes, 'ITEM_NAME_REQUIRED', 'WORKING_RELATION_INCOMPLETE'];

/** Codes of a refused task file, besides the automatic upload codes. */
export const taskImportErrorCodes = [
  'EMPTY_FILE',
  'INVALID_FILE',
  'INVALID_CSV',
  'NOT_XLSX',
  'ZIP_BOMB',
  'TOO_MANY_ROWS',
  'IMPORT_REJECTED',
];
