/**
 * In-process index of current competency levels for candidate ranking: a dense matrix
 * (civil servant × competency) per agency (or nationally), so ranking one position over 50,000
 * people is a loop over ~15 columns instead of a 450,000-row aggregate. It is kept fresh by a
 * revision read from the database on every use — the newest audit entry of an assessment or
 * civil-servant import, the only writes that change current levels or who exists — so several
 * server processes on one PostgreSQL never serve stale rankings.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

interface TalentIndex {
  revision: string;
  /** `dictionaryId:code` → column. */
  columns: Map<string, number>;
  servants: string[];
  /** servants × columns; NaN where not assessed. */
  levels: Float64Array;
}

const cache = new Map<string, TalentIndex>();

async function revisionOf(db: Db, agencyId: string | null): Promise<string> {
  const [row] = await queryRows<{ revision: string | null }>(
    db,
    agencyId
      ? sql`select max(id)::text as revision from audit_log
            where entity in ('assessment', 'civilServant') and entity_id = ${agencyId}`
      : sql`select max(id)::text as revision from audit_log where entity in ('assessment', 'civilServant')`,
  );
  return row?.revision ?? '0';
}

async function build(db: Db, agencyId: string | null, revision: string): Promise<TalentIndex> {
  const rows = await queryRows<{ civil_servant_id: string; key: string; level: number }>(
    db,
    agencyId
      ? sql`select civil_servant_id, dictionary_id || ':' || code as key, level
            from current_competency_levels where agency_id = ${agencyId} order by civil_servant_id`
      : sql`select civil_servant_id, dictionary_id || ':' || code as key, level
            from current_competency_levels order by civil_servant_id`,
  );
  const columns = new Map<string, number>();
  const servants: string[] = [];
  for (const r of rows) {
    if (!columns.has(r.key)) columns.set(r.key, columns.size);
    if (servants[servants.length - 1] !== r.civil_servant_id) servants.push(r.civil_servant_id);
  }
  const width = columns.size;
  const levels = new Float64Array(servants.length * width).fill(Number.NaN);
  let index = -1;
  let last = '';
  for (const r of rows) {
    if (r.civil_servant_id !== last) {
      index++;
      last = r.civil_servant_id;
    }
    levels[index * width + columns.get(r.key)!] = r.level;
  }
  return { revision, columns, servants, levels };
}

export async function talentIndex(db: Db, agencyId: string | null): Promise<TalentIndex> {
  const key = agencyId ?? '*';
  const revision = await revisionOf(db, agencyId);
  const cached = cache.get(key);
  if (cached && cached.revision === revision) return cached;
  const fresh = await build(db, agencyId, revision);
  cache.set(key, fresh);
  return fresh;
}

export interface RankedServant {
  civilServantId: string;
  met: number;
  assessed: number;
}

/** The `limit` people with the highest Σ min(level, required) over the requirements given. */
export function rankByRequirements(
  index: TalentIndex,
  requirements: readonly { key: string; requiredLevel: number }[],
  limit: number,
): RankedServant[] {
  const width = index.columns.size;
  const used = requirements
    .map((r) => ({ column: index.columns.get(r.key), required: r.requiredLevel }))
    .filter((r): r is { column: number; required: number } => r.column !== undefined);
  const scored: RankedServant[] = [];
  for (let s = 0; s < index.servants.length; s++) {
    let met = 0;
    let assessed = 0;
    const base = s * width;
    for (const r of used) {
      const level = index.levels[base + r.column]!;
      if (Number.isNaN(level)) continue;
      met += Math.min(level, r.required);
      assessed++;
    }
    if (assessed > 0) scored.push({ civilServantId: index.servants[s]!, met, assessed });
  }
  scored.sort((a, b) => b.met - a.met);
  return scored.slice(0, limit);
}
