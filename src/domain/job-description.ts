/**
 * The job description (uraian jabatan) of a position, with the components of seed 004 ("Komponen
 * uraian jabatan"): code, summary, direct subordinate positions (structural), task details with
 * their outputs and workload figures, work materials, tools, guidelines, responsibilities,
 * authorities, working relations, working conditions, physical effort, hazards and the job
 * requirements. Name and unit are the position's own. Pure: normalizing, checking, completion.
 */
import { evaluationKindFor } from './job-evaluation';
import { type TimeUnit, taskIssues, type WorkloadTask } from './workload';

/** A task detail (rincian tugas) with its output (hasil kerja) and workload figures (ABK). */
export type JobTask = WorkloadTask;

/** A work material or tool and the task it is used for. */
export interface MaterialUse {
  name: string;
  use: string;
}

/** With which position (of which unit or agency) the position works, and about what. */
export interface WorkingRelation {
  position: string;
  unit: string;
  subject: string;
}

export interface Hazard {
  hazard: string;
  cause: string;
}

export const workingConditionAspects = [
  'room',
  'temperature',
  'lighting',
  'weather',
  'noise',
  'time',
] as const;
export type WorkingConditionAspect = (typeof workingConditionAspects)[number];
export type WorkingConditions = Record<WorkingConditionAspect, string>;

export interface JobRequirements {
  education: string[];
  training: string[];
  experience: string[];
  /** Pangkat / golongan ruang, e.g. "Penata Tk. I (III/d)". */
  rank: string;
  knowledge: string[];
  technicalSkills: string[];
  aptitudes: string[];
  temperaments: string[];
  interests: string[];
  physicalCondition: string;
  workFunctions: string[];
}

export interface JobDescription {
  /** Nomor dan kode jabatan as the agency numbers it. */
  positionCode: string;
  /** Ikhtisar jabatan / rumusan tugas. */
  summary: string;
  subordinatePositions: string[];
  tasks: JobTask[];
  workMaterials: MaterialUse[];
  tools: MaterialUse[];
  guidelines: string[];
  responsibilities: string[];
  authorities: string[];
  workingRelations: WorkingRelation[];
  workingConditions: WorkingConditions;
  physicalEffort: string[];
  hazards: Hazard[];
  requirements: JobRequirements;
}

export const requirementKeys = [
  'education',
  'training',
  'experience',
  'rank',
  'knowledge',
  'technicalSkills',
  'aptitudes',
  'temperaments',
  'interests',
  'physicalCondition',
  'workFunctions',
] as const satisfies readonly (keyof JobRequirements)[];
export type RequirementKey = (typeof requirementKeys)[number];

/** The editor's tabs: each groups a few components. */
export const componentGroups = [
  'identity',
  'tasks',
  'resources',
  'relations',
  'conditions',
  'requirements',
] as const;
export type ComponentGroup = (typeof componentGroups)[number];

export type ComponentKey =
  | 'positionCode'
  | 'summary'
  | 'subordinatePositions'
  | 'tasks'
  | 'workMaterials'
  | 'tools'
  | 'guidelines'
  | 'responsibilities'
  | 'authorities'
  | 'workingRelations'
  | 'workingConditions'
  | 'physicalEffort'
  | 'hazards'
  | `requirements.${RequirementKey}`;

export const componentsByGroup: Readonly<Record<ComponentGroup, readonly ComponentKey[]>> = {
  identity: ['positionCode', 'summary', 'subordinatePositions'],
  tasks: ['tasks'],
  resources: ['workMaterials', 'tools', 'guidelines'],
  relations: ['responsibilities', 'authorities', 'workingRelations'],
  conditions: ['workingConditions', 'physicalEffort', 'hazards'],
  requirements: requirementKeys.map((key) => `requirements.${key}` as const),
};

/** Indonesian names of the components, as the documents and messages print them. */
export const componentNames: Readonly<Record<ComponentKey, string>> = {
  positionCode: 'Nomor dan Kode Jabatan',
  summary: 'Ikhtisar Jabatan',
  subordinatePositions: 'Jabatan Bawahan Langsung',
  tasks: 'Uraian Tugas dan Hasil Kerja',
  workMaterials: 'Bahan Kerja',
  tools: 'Perangkat Kerja',
  guidelines: 'Pedoman Kerja',
  responsibilities: 'Tanggung Jawab',
  authorities: 'Wewenang',
  workingRelations: 'Hubungan Kerja',
  workingConditions: 'Kondisi Lingkungan Kerja',
  physicalEffort: 'Upaya Fisik',
  hazards: 'Risiko Bahaya',
  'requirements.education': 'Pendidikan Formal',
  'requirements.training': 'Pelatihan',
  'requirements.experience': 'Pengalaman Kerja',
  'requirements.rank': 'Pangkat/Golongan Ruang',
  'requirements.knowledge': 'Pengetahuan Kerja',
  'requirements.technicalSkills': 'Keterampilan Kerja',
  'requirements.aptitudes': 'Bakat Kerja',
  'requirements.temperaments': 'Temperamen Kerja',
  'requirements.interests': 'Minat Kerja',
  'requirements.physicalCondition': 'Kondisi Fisik',
  'requirements.workFunctions': 'Fungsi Pekerjaan',
};

export const workingConditionNames: Readonly<Record<WorkingConditionAspect, string>> = {
  room: 'Tempat kerja (ruangan)',
  temperature: 'Suhu',
  lighting: 'Penerangan',
  weather: 'Cuaca',
  noise: 'Suara',
  time: 'Waktu kerja',
};

export function emptyJobDescription(): JobDescription {
  return {
    positionCode: '',
    summary: '',
    subordinatePositions: [],
    tasks: [],
    workMaterials: [],
    tools: [],
    guidelines: [],
    responsibilities: [],
    authorities: [],
    workingRelations: [],
    workingConditions: { room: '', temperature: '', lighting: '', weather: '', noise: '', time: '' },
    physicalEffort: [],
    hazards: [],
    requirements: {
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
    },
  };
}

const texts = (list: readonly string[]) => list.map((s) => s.trim()).filter(Boolean);
const rows = <T extends object>(list: readonly T[]): T[] =>
  list
    .map(
      (row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
        ) as T,
    )
    .filter((row) => Object.values(row).some((v) => typeof v !== 'string' || v !== ''));

/** Trimmed texts; blank list items and blank rows dropped (an empty editor row is not content). */
export function normalizeJobDescription(input: JobDescription): JobDescription {
  const r = input.requirements;
  return {
    positionCode: input.positionCode.trim(),
    summary: input.summary.trim(),
    subordinatePositions: texts(input.subordinatePositions),
    tasks: input.tasks
      .map((t) => ({ ...t, task: t.task.trim(), output: t.output.trim() }))
      .filter((t) => !(t.task === '' && t.output === '' && !t.volume && !t.time)),
    workMaterials: rows(input.workMaterials),
    tools: rows(input.tools),
    guidelines: texts(input.guidelines),
    responsibilities: texts(input.responsibilities),
    authorities: texts(input.authorities),
    workingRelations: rows(input.workingRelations),
    workingConditions: Object.fromEntries(
      workingConditionAspects.map((a) => [a, (input.workingConditions[a] ?? '').trim()]),
    ) as WorkingConditions,
    physicalEffort: texts(input.physicalEffort),
    hazards: rows(input.hazards),
    requirements: {
      education: texts(r.education),
      training: texts(r.training),
      experience: texts(r.experience),
      rank: r.rank.trim(),
      knowledge: texts(r.knowledge),
      technicalSkills: texts(r.technicalSkills),
      aptitudes: texts(r.aptitudes),
      temperaments: texts(r.temperaments),
      interests: texts(r.interests),
      physicalCondition: r.physicalCondition.trim(),
      workFunctions: texts(r.workFunctions),
    },
  };
}

export interface JobDescriptionIssue {
  /** Dotted path into the content, e.g. `tasks.2.volume`. */
  path: string;
  code: string;
  message: string;
}

/** Every problem of a (normalized) job description; empty when it may be saved. */
export function checkJobDescription(description: JobDescription): JobDescriptionIssue[] {
  const issues: JobDescriptionIssue[] = [];
  description.tasks.forEach((task, index) => {
    for (const issue of taskIssues(task, index)) {
      issues.push({ path: `tasks.${index}.${issue.field}`, code: issue.code, message: issue.message });
    }
  });
  const named = (list: readonly MaterialUse[], key: 'workMaterials' | 'tools') =>
    list.forEach((row, index) => {
      if (!row.name) {
        issues.push({
          path: `${key}.${index}.name`,
          code: 'ITEM_NAME_REQUIRED',
          message: `${componentNames[key]} ${index + 1}: nama wajib diisi.`,
        });
      }
    });
  named(description.workMaterials, 'workMaterials');
  named(description.tools, 'tools');
  description.workingRelations.forEach((row, index) => {
    if (!row.position || !row.subject) {
      issues.push({
        path: `workingRelations.${index}.${row.position ? 'subject' : 'position'}`,
        code: 'WORKING_RELATION_INCOMPLETE',
        message: `Hubungan kerja ${index + 1}: jabatan dan hal yang dibicarakan wajib diisi.`,
      });
    }
  });
  description.hazards.forEach((row, index) => {
    if (!row.hazard) {
      issues.push({
        path: `hazards.${index}.hazard`,
        code: 'ITEM_NAME_REQUIRED',
        message: `Risiko bahaya ${index + 1}: nama risiko wajib diisi.`,
      });
    }
  });
  return issues;
}

/** Whether the subordinate positions component applies (structural positions only). */
export function hasSubordinateComponent(jobLevel: string): boolean {
  return evaluationKindFor(jobLevel) === 'structural';
}

function componentValue(description: JobDescription, key: ComponentKey): unknown {
  if (key.startsWith('requirements.')) {
    return description.requirements[key.slice('requirements.'.length) as RequirementKey];
  }
  return description[key as Exclude<ComponentKey, `requirements.${string}`>];
}

function isFilled(description: JobDescription, key: ComponentKey): boolean {
  if (key === 'workingConditions') {
    return workingConditionAspects.every((a) => description.workingConditions[a].trim() !== '');
  }
  const value = componentValue(description, key);
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'string' && value.trim() !== '';
}

export interface GroupCompletion {
  group: ComponentGroup;
  components: { key: ComponentKey; filled: boolean }[];
  filled: number;
  total: number;
}

export interface Completion {
  groups: GroupCompletion[];
  filled: number;
  total: number;
  /** Whole percent of the components that apply. */
  percent: number;
}

/** Which components are filled, per tab; subordinate positions count for structural positions only. */
export function jobDescriptionCompletion(description: JobDescription, jobLevel: string): Completion {
  const subordinates = hasSubordinateComponent(jobLevel);
  const groups = componentGroups.map((group) => {
    const components = componentsByGroup[group]
      .filter((key) => key !== 'subordinatePositions' || subordinates)
      .map((key) => ({ key, filled: isFilled(description, key) }));
    return {
      group,
      components,
      filled: components.filter((c) => c.filled).length,
      total: components.length,
    };
  });
  const filled = groups.reduce((n, g) => n + g.filled, 0);
  const total = groups.reduce((n, g) => n + g.total, 0);
  return { groups, filled, total, percent: total === 0 ? 0 : Math.floor((100 * filled) / total) };
}

/** Spellings of the time units accepted in task imports (Indonesian as HR staff write them, English). */
export const timeUnitAliases: Readonly<Record<string, TimeUnit>> = {
  menit: 'minute',
  mnt: 'minute',
  minute: 'minute',
  minutes: 'minute',
  jam: 'hour',
  hour: 'hour',
  hours: 'hour',
  hari: 'day',
  day: 'day',
  days: 'day',
};
