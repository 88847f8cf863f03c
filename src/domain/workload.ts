/**
 * Workload analysis (analisis beban kerja, ABK): the required headcount of a position is the sum
 * over its task details of (yearly volume of output × time to finish one output), divided by the
 * effective working time per year. Pure.
 *
 * Effective working time: 1,250 hours (75,000 minutes) a year is the common default; the agency
 * sets its own. A "day" of task time is the effective minutes of one working day (default 300,
 * i.e. 1,250 hours over 250 days). Rounding rule (stated, configurable): half up to a whole
 * person, and at least one person when the position has any workload at all.
 */
import { DomainError } from './errors';

export const timeUnits = ['minute', 'hour', 'day'] as const;
export type TimeUnit = (typeof timeUnits)[number];

export const timeUnitNames: Readonly<Record<TimeUnit, string>> = Object.freeze({
  minute: 'menit',
  hour: 'jam',
  day: 'hari',
});

export interface WorkloadPolicy {
  /** Effective working minutes per year per person. */
  effectiveMinutesPerYear: number;
  /** Effective minutes of one working day (for task times given in days). */
  minutesPerDay: number;
}

export const defaultWorkloadPolicy: WorkloadPolicy = Object.freeze({
  effectiveMinutesPerYear: 75_000,
  minutesPerDay: 300,
});

export interface WorkloadTask {
  task: string;
  output: string;
  /** Outputs per year. */
  volume: number;
  /** Time to finish one output, in `unit`. */
  time: number;
  unit: TimeUnit;
}

export interface WorkloadRow extends WorkloadTask {
  minutesPerOutput: number;
  /** volume × minutes per output. */
  minutesPerYear: number;
  /** This task's share of one person's year, 4 decimals. */
  people: number;
}

export interface WorkloadResult {
  rows: WorkloadRow[];
  totalMinutes: number;
  effectiveMinutesPerYear: number;
  /** Exact need, two decimals (as shown). */
  need: number;
  /** Whole people by the rounding rule. */
  requiredHeadcount: number;
}

export function checkWorkloadPolicy(policy: WorkloadPolicy): void {
  if (!(Number.isFinite(policy.effectiveMinutesPerYear) && policy.effectiveMinutesPerYear > 0)) {
    throw new DomainError('INVALID_EFFECTIVE_TIME', 'Waktu kerja efektif per tahun harus lebih dari nol.');
  }
  if (!(Number.isFinite(policy.minutesPerDay) && policy.minutesPerDay > 0)) {
    throw new DomainError('INVALID_EFFECTIVE_TIME', 'Menit kerja efektif per hari harus lebih dari nol.');
  }
}

export function minutesOf(
  time: number,
  unit: TimeUnit,
  policy: WorkloadPolicy = defaultWorkloadPolicy,
): number {
  if (unit === 'minute') return time;
  if (unit === 'hour') return time * 60;
  if (unit === 'day') return time * policy.minutesPerDay;
  throw new DomainError(
    'UNKNOWN_TIME_UNIT',
    `Satuan waktu "${String(unit)}" tidak dikenal (menit, jam, hari).`,
  );
}

/** Half up to a whole person; any workload at all needs at least one. */
export function roundHeadcount(need: number): number {
  if (need <= 0) return 0;
  return Math.max(1, Math.floor(need + 0.5));
}

/** What is wrong with one task detail, by field, with a stable code and an Indonesian message. */
export interface TaskIssue {
  field: 'task' | 'output' | 'volume' | 'time' | 'unit';
  code: string;
  message: string;
}

export function taskIssues(task: WorkloadTask, index: number): TaskIssue[] {
  const where = `Tugas ${index + 1}`;
  const issues: TaskIssue[] = [];
  if (!task.task.trim())
    issues.push({ field: 'task', code: 'TASK_REQUIRED', message: `${where}: uraian tugas wajib diisi.` });
  if (!task.output.trim())
    issues.push({
      field: 'output',
      code: 'TASK_OUTPUT_REQUIRED',
      message: `${where}: hasil kerja wajib diisi.`,
    });
  if (!(Number.isFinite(task.volume) && task.volume > 0))
    issues.push({
      field: 'volume',
      code: 'INVALID_TASK_VOLUME',
      message: `${where}: volume harus lebih dari nol.`,
    });
  if (!(Number.isFinite(task.time) && task.time > 0))
    issues.push({
      field: 'time',
      code: 'INVALID_TASK_TIME',
      message: `${where}: waktu penyelesaian harus lebih dari nol.`,
    });
  if (!timeUnits.includes(task.unit))
    issues.push({
      field: 'unit',
      code: 'UNKNOWN_TIME_UNIT',
      message: `${where}: satuan waktu "${String(task.unit)}" tidak dikenal.`,
    });
  return issues;
}

export function checkTask(task: WorkloadTask, index: number): string[] {
  return taskIssues(task, index).map((issue) => issue.message);
}

export function computeWorkload(
  tasks: readonly WorkloadTask[],
  policy: WorkloadPolicy = defaultWorkloadPolicy,
): WorkloadResult {
  checkWorkloadPolicy(policy);
  const problems = tasks.flatMap((t, i) => checkTask(t, i));
  if (problems.length > 0) throw new DomainError('INVALID_WORKLOAD', problems[0]!, { problems });
  const rows = tasks.map((t) => {
    const minutesPerOutput = minutesOf(t.time, t.unit, policy);
    const minutesPerYear = t.volume * minutesPerOutput;
    return {
      ...t,
      minutesPerOutput,
      minutesPerYear,
      people: Math.round((10_000 * minutesPerYear) / policy.effectiveMinutesPerYear) / 10_000,
    };
  });
  const totalMinutes = rows.reduce((n, r) => n + r.minutesPerYear, 0);
  const exact = totalMinutes / policy.effectiveMinutesPerYear;
  return {
    rows,
    totalMinutes,
    effectiveMinutesPerYear: policy.effectiveMinutesPerYear,
    need: Math.round(exact * 100) / 100,
    requiredHeadcount: roundHeadcount(exact),
  };
}
