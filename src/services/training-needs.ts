/**
 * The training-needs analysis (analisis kebutuhan pengembangan kompetensi, the yearly plan of
 * Peraturan LAN 10/2018): the agency's gaps aggregated by unit and competency into a prioritised
 * plan — people short, average gap, the competency's importance to their positions (ITJ), a
 * priority from gap × importance (`domain/development.ts`) and the suggested form of development.
 */
import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import {
  type TrainingNeedPerson,
  trainingNeedPeople,
  trainingNeedRows,
  type UnitScope,
} from '../db/repositories/training-needs-repository';
import { agencies } from '../db/schema';
import {
  actionsFor,
  describeActions,
  developmentPriority,
  type Priority,
  priorityNames,
} from '../domain/development';
import { type Importance, importanceNames } from '../domain/job-standard';
import { successionPolicy } from '../policies/succession';
import type { ServiceContext } from './context';
import { getVisibleAgency } from './manage-agencies';
import { reportUnits } from './retirement-forecast';

const importanceByRank: (Importance | null)[] = [null, 'important', 'veryImportant', 'essential'];
const priorityOrder: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export const trainingNeedPeopleLimit = 100_000;

export async function trainingNeeds(
  ctx: ServiceContext,
  agencyId: string,
  query: { orgUnitId?: string | undefined; year?: number | undefined },
  today: Date = new Date(),
) {
  successionPolicy.authorize(ctx.actor, 'readSuccession', { agencyId });
  await getVisibleAgency(ctx, agencyId);
  const units = await reportUnits(ctx, agencyId, query.orgUnitId);
  const rows = await trainingNeedRows(ctx.db, agencyId, units);
  const items = rows
    .map((r) => {
      const importance = importanceByRank[r.importance_rank] ?? null;
      const { score, priority } = developmentPriority(r.average_gap, importance);
      const actions = actionsFor(r.kind, r.average_gap);
      return {
        orgUnitId: r.org_unit_id,
        unitName: r.unit_name,
        competencyKey: `${r.dictionary_id}:${r.code}`,
        code: r.code,
        name: r.name,
        kind: r.kind,
        holders: r.holders,
        people: r.people,
        notAssessed: r.not_assessed,
        averageGap: r.average_gap,
        maxGap: r.max_gap,
        importance,
        importanceName: importance ? importanceNames[importance] : null,
        priority,
        priorityName: priorityNames[priority],
        score,
        actions,
        suggestion: `${describeActions(r.kind, actions)}: ${r.name}`,
      };
    })
    .sort(
      (a, b) =>
        priorityOrder[a.priority] - priorityOrder[b.priority] ||
        b.people * b.score - a.people * a.score ||
        (a.unitName ?? '').localeCompare(b.unitName ?? '', 'id') ||
        a.code.localeCompare(b.code),
    );
  const byCompetency = new Map<
    string,
    {
      competencyKey: string;
      code: string;
      name: string;
      kind: string;
      people: number;
      units: number;
      gapSum: number;
    }
  >();
  for (const item of items) {
    const entry = byCompetency.get(item.competencyKey) ?? {
      competencyKey: item.competencyKey,
      code: item.code,
      name: item.name,
      kind: item.kind,
      people: 0,
      units: 0,
      gapSum: 0,
    };
    entry.people += item.people;
    entry.units += 1;
    entry.gapSum += item.averageGap * item.people;
    byCompetency.set(item.competencyKey, entry);
  }
  const [agency] = await ctx.db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  return {
    agency: { id: agencyId, name: agency?.name ?? '' },
    year: query.year ?? today.getUTCFullYear(),
    orgUnitId: query.orgUnitId ?? null,
    totals: {
      needs: items.length,
      peopleGaps: items.reduce((n, i) => n + i.people, 0),
      byPriority: {
        high: items.filter((i) => i.priority === 'high').length,
        medium: items.filter((i) => i.priority === 'medium').length,
        low: items.filter((i) => i.priority === 'low').length,
      },
    },
    byCompetency: [...byCompetency.values()]
      .map(({ gapSum, ...c }) => ({ ...c, averageGap: Math.round((100 * gapSum) / c.people) / 100 }))
      .sort((a, b) => b.people - a.people || a.code.localeCompare(b.code)),
    items,
  };
}

export type TrainingNeeds = Awaited<ReturnType<typeof trainingNeeds>>;

/** Rows of the detail sheet read per statement (whole units, so a batch may hold a few more). */
const peopleBatchRows = 10_000;

/**
 * The people behind `plan`, in the order of the detail sheet (unit, NIP, code), read a few units
 * at a time: the plan's counts per unit say how many rows each unit has, so every statement joins
 * only the positions of its units instead of sorting the whole agency. At most `limit` rows.
 */
async function* trainingNeedPeopleBatches(
  db: ServiceContext['db'],
  agencyId: string,
  plan: TrainingNeeds,
  limit: number,
): AsyncGenerator<TrainingNeedPerson[]> {
  const rowsByUnit = new Map<string | null, number>();
  for (const item of plan.items) {
    rowsByUnit.set(item.orgUnitId, (rowsByUnit.get(item.orgUnitId) ?? 0) + item.people);
  }
  // Ascending text order of lowercase UUIDs is PostgreSQL's uuid order; no unit comes last.
  const units = [...rowsByUnit.keys()].filter((id): id is string => id !== null).sort();
  const scopes: UnitScope[] = [];
  let batch: string[] = [];
  let batchRows = 0;
  for (const unit of units) {
    batch.push(unit);
    batchRows += rowsByUnit.get(unit) ?? 0;
    if (batchRows >= peopleBatchRows) {
      scopes.push(batch);
      batch = [];
      batchRows = 0;
    }
  }
  if (batch.length) scopes.push(batch);
  if (rowsByUnit.has(null)) scopes.push('withoutUnit');
  let remaining = limit;
  for (const scope of scopes) {
    if (remaining <= 0) return;
    const rows = await trainingNeedPeople(db, agencyId, scope, remaining);
    remaining -= rows.length;
    yield rows;
  }
}

/**
 * The workbook of `trainingNeeds`, written while it is read: the plan (and so the authorization
 * and the unit) is settled before, the people are read in batches as the file goes out. A failure
 * midway destroys the stream, so the download fails instead of ending with a cut workbook.
 */
export async function trainingNeedsWorkbook(
  ctx: ServiceContext,
  agencyId: string,
  query: { orgUnitId?: string | undefined; year?: number | undefined },
) {
  const plan = await trainingNeeds(ctx, agencyId, query);
  const { writeTrainingNeedsXlsx } = await import('../exports/training-needs-xlsx');
  const stream = new PassThrough();
  // One row past the limit tells the workbook that the detail was cut short.
  const people = trainingNeedPeopleBatches(ctx.db, agencyId, plan, trainingNeedPeopleLimit + 1);
  writeTrainingNeedsXlsx(stream, plan, people, trainingNeedPeopleLimit).catch((error: unknown) =>
    stream.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return {
    stream,
    fileName: `Analisis-Kebutuhan-Pengembangan-Kompetensi-${plan.year}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
