/**
 * In-process index of current competency levels for candidate ranking: a dense matrix
 * (civil servant × competency) per agency (or nationally), so ranking one position over 50,000
 * people is a loop over ~15 columns instead of a 450,000-row aggregate. It is kept fresh by a
 * revision read from the database on every use (`data_revisions`, bumped in the transaction of
 * every write that changes current levels or who exists: the imports), so several app instances on
 * one PostgreSQL never serve stale rankings: another instance's import shows at the next ranking.
 */
import type { Db } from '../db/client';
import { readTalentRevision } from '../db/repositories/data-revision-repository';
import { currentLevelsAfter } from '../db/repositories/talent-repository';
import { type KindSums, matchPercent } from '../domain/job-person-match';
import type { CompetencyWeights } from '../domain/job-standard-policy';
import type { CompetencyKind } from '../domain/reference';

interface TalentIndex {
  revision: string;
  /** `dictionaryId:code` → column. */
  columns: Map<string, number>;
  servants: string[];
  /** servants × columns; NaN where not assessed. */
  levels: Float64Array;
}

const cache = new Map<string, TalentIndex>();

/** People read per statement while building (about 30,000 level rows). */
const defaultPeoplePerChunk = 2_000;

export async function buildTalentIndex(
  db: Db,
  agencyId: string | null,
  revision: string,
  peoplePerChunk = defaultPeoplePerChunk,
): Promise<TalentIndex> {
  // One row per person (arrays of keys and levels): far fewer rows to cross from the database;
  // in chunks by id, so other requests are served between them.
  const rows: { civil_servant_id: string; keys: string[]; levels: number[] }[] = [];
  for (;;) {
    const after = rows.length > 0 ? rows[rows.length - 1]!.civil_servant_id : null;
    const chunk = await currentLevelsAfter(db, agencyId, after, peoplePerChunk);
    for (const row of chunk) rows.push(row);
    if (chunk.length < peoplePerChunk) break;
  }
  const columns = new Map<string, number>();
  for (const r of rows) for (const key of r.keys) if (!columns.has(key)) columns.set(key, columns.size);
  const width = columns.size;
  const servants = rows.map((r) => r.civil_servant_id);
  const levels = new Float64Array(servants.length * width).fill(Number.NaN);
  rows.forEach((r, index) => {
    r.keys.forEach((key, k) => {
      levels[index * width + columns.get(key)!] = Number(r.levels[k]);
    });
  });
  return { revision, columns, servants, levels };
}

/** Builds the index ahead of the first ranking (after an import); failures only cost the warm-up. */
export function warmTalentIndex(db: Db, agencyId: string) {
  void talentIndex(db, agencyId).catch(() => {});
}

const building = new Map<string, Promise<TalentIndex>>();

export async function talentIndex(db: Db, agencyId: string | null): Promise<TalentIndex> {
  const key = agencyId ?? '*';
  const revision = await readTalentRevision(db, agencyId);
  const cached = cache.get(key);
  if (cached && cached.revision === revision) return cached;
  // One build per revision, shared by concurrent callers (e.g. the warm-up after an import).
  const buildKey = `${key}@${revision}`;
  let pending = building.get(buildKey);
  if (!pending) {
    pending = buildTalentIndex(db, agencyId, revision).then(
      (fresh) => {
        building.delete(buildKey);
        if ((cache.get(key)?.revision ?? '') !== revision) cache.set(key, fresh);
        return fresh;
      },
      (error: unknown) => {
        building.delete(buildKey);
        throw error;
      },
    );
    building.set(buildKey, pending);
  }
  return pending;
}

export interface RankedServant {
  civilServantId: string;
  /** The JPM (weighted where weights are given), as `matchPercent` computes it for everyone. */
  percent: number;
  met: number;
  assessed: number;
}

const kinds: readonly CompetencyKind[] = ['socioCultural', 'managerial', 'technical'];

/**
 * The `limit` people with the highest JPM over the requirements given: Σ min(level, required)
 * per kind, combined with the weights by the one JPM definition. A requirement nobody has a result
 * for still counts in the required total.
 */
export function rankByRequirements(
  index: TalentIndex,
  requirements: readonly { key: string; requiredLevel: number; kind: CompetencyKind }[],
  limit: number,
  weights: CompetencyWeights | null = null,
): RankedServant[] {
  const width = index.columns.size;
  const requiredByKind = kinds.map((k) =>
    requirements.filter((r) => r.kind === k).reduce((n, r) => n + r.requiredLevel, 0),
  );
  const used = requirements
    .map((r) => ({
      column: index.columns.get(r.key),
      required: r.requiredLevel,
      kind: kinds.indexOf(r.kind),
    }))
    .filter((r): r is { column: number; required: number; kind: number } => r.column !== undefined);
  const met = new Float64Array(kinds.length);
  const sums: Partial<Record<CompetencyKind, KindSums>> = {};
  const scored: RankedServant[] = [];
  for (let s = 0; s < index.servants.length; s++) {
    met.fill(0);
    let assessed = 0;
    const base = s * width;
    for (const r of used) {
      const level = index.levels[base + r.column]!;
      if (Number.isNaN(level)) continue;
      met[r.kind]! += Math.min(level, r.required);
      assessed++;
    }
    if (assessed === 0) continue;
    let total = 0;
    kinds.forEach((kind, k) => {
      sums[kind] = { met: met[k]!, required: requiredByKind[k]! };
      total += met[k]!;
    });
    const { percent } = matchPercent(sums, weights);
    scored.push({ civilServantId: index.servants[s]!, percent, met: total, assessed });
  }
  scored.sort((a, b) => b.percent - a.percent || b.met - a.met);
  return scored.slice(0, limit);
}
