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
 * per kind, combined with the weights by the one JPM definition (`matchPercent`). A requirement
 * nobody has a result for still counts in the required total. Ordered by percent, then met, then
 * the index's order (a stable sort of everyone would give the same list): only the best `limit`
 * are kept while scanning, so ranking 300,000 people allocates `limit` rows, not 300,000, and
 * sorts none of the others (issue 14: the full sort and its garbage were most of a ranking).
 */
export function rankByRequirements(
  index: TalentIndex,
  requirements: readonly { key: string; requiredLevel: number; kind: CompetencyKind }[],
  limit: number,
  weights: CompetencyWeights | null = null,
): RankedServant[] {
  const width = index.columns.size;
  const used = requirements
    .map((r) => ({
      column: index.columns.get(r.key),
      required: r.requiredLevel,
      kind: kinds.indexOf(r.kind),
    }))
    .filter((r): r is { column: number; required: number; kind: number } => r.column !== undefined);
  const columns = Int32Array.from(used, (r) => r.column);
  const required = Float64Array.from(used, (r) => r.required);
  const kindOf = Int8Array.from(used, (r) => r.kind);
  // One KindSums per kind, rewritten for each person: the required totals never change.
  const kindSums = kinds.map((k) => ({
    met: 0,
    required: requirements.filter((r) => r.kind === k).reduce((n, r) => n + r.requiredLevel, 0),
  }));
  const sums: Partial<Record<CompetencyKind, KindSums>> = Object.fromEntries(
    kinds.map((k, i) => [k, kindSums[i]!]),
  );
  /** The best so far, best first; `best.length` ≤ limit. */
  const best: RankedServant[] = [];
  const levels = index.levels;
  if (limit <= 0) return best;
  for (let s = 0, base = 0; s < index.servants.length; s++, base += width) {
    let met0 = 0;
    let met1 = 0;
    let met2 = 0;
    let assessed = 0;
    for (let u = 0; u < columns.length; u++) {
      const level = levels[base + columns[u]!]!;
      if (Number.isNaN(level)) continue;
      const value = Math.min(level, required[u]!);
      const kind = kindOf[u];
      if (kind === 0) met0 += value;
      else if (kind === 1) met1 += value;
      else met2 += value;
      assessed++;
    }
    if (assessed === 0) continue;
    kindSums[0]!.met = met0;
    kindSums[1]!.met = met1;
    kindSums[2]!.met = met2;
    const { percent } = matchPercent(sums, weights);
    const total = 0 + met0 + met1 + met2;
    if (best.length === limit) {
      const worst = best[limit - 1]!;
      // Not better than the last kept: an equal one came earlier in the index and stays ahead.
      if (percent < worst.percent || (percent === worst.percent && total <= worst.met)) continue;
      best.pop();
    }
    // After every kept one that is at least as good (ties keep the index's order).
    let at = best.length;
    while (at > 0) {
      const before = best[at - 1]!;
      if (before.percent > percent || (before.percent === percent && before.met >= total)) break;
      at--;
    }
    best.splice(at, 0, { civilServantId: index.servants[s]!, percent, met: total, assessed });
  }
  return best;
}
