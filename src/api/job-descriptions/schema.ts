import { z } from 'zod';
import { documentFormats } from '../../services/document-formats';
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
