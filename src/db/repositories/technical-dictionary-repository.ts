/** Technical dictionaries, their versions and entries (competencies + five levels each). */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CompositionStep, DictionaryEntry, DictionaryStatus } from '../../domain/technical-dictionary';
import { entryHasPlaceholder, entrySearchText } from '../../domain/technical-dictionary';
import { type Db, queryRows } from '../client';
import {
  agencies,
  competencies,
  competencyDictionaries,
  competencyLevels,
  dictionaryChecklist,
  dictionaryVersionEvents,
  dictionaryVersions,
  users,
} from '../schema';

export interface DictionaryRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  createdAt: Date;
}

const dictionaryColumns = {
  id: competencyDictionaries.id,
  code: competencyDictionaries.code,
  name: competencyDictionaries.name,
  kind: competencyDictionaries.kind,
  agencyId: competencyDictionaries.agencyId,
  agencyCode: agencies.code,
  agencyName: agencies.name,
  createdAt: competencyDictionaries.createdAt,
};

export async function findDictionary(db: Db, id: string): Promise<DictionaryRow | undefined> {
  const [row] = await db
    .select(dictionaryColumns)
    .from(competencyDictionaries)
    .leftJoin(agencies, eq(agencies.id, competencyDictionaries.agencyId))
    .where(eq(competencyDictionaries.id, id));
  return row;
}

export async function dictionaryCodeExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db
    .select({ id: competencyDictionaries.id })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, code));
  return Boolean(row);
}

export interface DictionarySummary extends DictionaryRow {
  latestVersion: { id: string; version: number; status: DictionaryStatus };
  ratifiedVersion: { id: string; version: number } | null;
  entryCount: number;
}

/**
 * Technical dictionaries the caller may list: every dictionary with a ratified version (they
 * apply nationally), plus all of the caller's own agency (drafts included). `agencyId` null with
 * `national` true means every dictionary.
 */
export async function listTechnicalDictionaries(
  db: Db,
  scope: { agencyId: string | null; national: boolean },
): Promise<DictionarySummary[]> {
  const rows = await queryRows<{
    id: string;
    code: string;
    name: string;
    kind: string;
    agency_id: string | null;
    agency_code: string | null;
    agency_name: string | null;
    created_at: string;
    latest: { id: string; version: number; status: DictionaryStatus };
    ratified: { id: string; version: number } | null;
    entry_count: number;
  }>(
    db,
    sql`
    select d.id, d.code, d.name, d.kind, d.agency_id, a.code as agency_code, a.name as agency_name, d.created_at,
      (select json_build_object('id', v.id, 'version', v.version, 'status', v.status)
         from dictionary_versions v where v.dictionary_id = d.id order by v.version desc limit 1) as latest,
      (select json_build_object('id', v.id, 'version', v.version)
         from dictionary_versions v where v.dictionary_id = d.id and v.status = 'ratified'
         order by v.version desc limit 1) as ratified,
      (select count(*)::int from competencies c
         where c.dictionary_version_id = (select v.id from dictionary_versions v where v.dictionary_id = d.id
                                            order by v.version desc limit 1)) as entry_count
    from competency_dictionaries d
    left join agencies a on a.id = d.agency_id
    where d.kind = 'technical'
      and (${scope.national}
           or d.agency_id = ${scope.agencyId}
           or exists (select 1 from dictionary_versions v where v.dictionary_id = d.id and v.status = 'ratified'))
    order by d.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    agencyId: r.agency_id,
    agencyCode: r.agency_code,
    agencyName: r.agency_name,
    createdAt: new Date(r.created_at),
    latestVersion: r.latest,
    ratifiedVersion: r.ratified,
    entryCount: r.entry_count,
  }));
}

export async function insertDictionary(
  db: Db,
  values: { agencyId: string; code: string; name: string; createdBy: string },
): Promise<{ dictionaryId: string; versionId: string }> {
  const [dictionary] = await db
    .insert(competencyDictionaries)
    .values({ agencyId: values.agencyId, kind: 'technical', code: values.code, name: values.name })
    .returning({ id: competencyDictionaries.id });
  const [version] = await db
    .insert(dictionaryVersions)
    .values({ dictionaryId: dictionary!.id, version: 1, status: 'draft', createdBy: values.createdBy })
    .returning({ id: dictionaryVersions.id });
  return { dictionaryId: dictionary!.id, versionId: version!.id };
}

export interface VersionRow {
  id: string;
  dictionaryId: string;
  version: number;
  status: DictionaryStatus;
  revision: number;
  createdAt: Date;
  basedOnVersionId: string | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  ratifiedAt: Date | null;
  ratifiedBy: string | null;
}

const versionColumns = {
  id: dictionaryVersions.id,
  dictionaryId: dictionaryVersions.dictionaryId,
  version: dictionaryVersions.version,
  status: dictionaryVersions.status,
  revision: dictionaryVersions.revision,
  createdAt: dictionaryVersions.createdAt,
  basedOnVersionId: dictionaryVersions.basedOnVersionId,
  verifiedAt: dictionaryVersions.verifiedAt,
  verifiedBy: dictionaryVersions.verifiedBy,
  ratifiedAt: dictionaryVersions.ratifiedAt,
  ratifiedBy: dictionaryVersions.ratifiedBy,
};

export async function findVersion(db: Db, id: string, forUpdate = false): Promise<VersionRow | undefined> {
  const query = db.select(versionColumns).from(dictionaryVersions).where(eq(dictionaryVersions.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row as VersionRow | undefined;
}

export async function listVersions(db: Db, dictionaryId: string) {
  return db
    .select({
      ...versionColumns,
      entryCount: sql<number>`(select count(*)::int from competencies c where c.dictionary_version_id = ${dictionaryVersions.id})`,
    })
    .from(dictionaryVersions)
    .where(eq(dictionaryVersions.dictionaryId, dictionaryId))
    .orderBy(desc(dictionaryVersions.version));
}

export async function insertVersion(
  db: Db,
  values: { dictionaryId: string; version: number; basedOnVersionId: string; createdBy: string },
): Promise<string> {
  const [row] = await db
    .insert(dictionaryVersions)
    .values({ ...values, status: 'draft' })
    .returning({ id: dictionaryVersions.id });
  return row!.id;
}

export async function updateVersionStatus(
  db: Db,
  id: string,
  status: DictionaryStatus,
  stamp: { verifiedBy?: string | null; ratifiedBy?: string | null; at: Date },
) {
  await db
    .update(dictionaryVersions)
    .set({
      status,
      revision: sql`${dictionaryVersions.revision} + 1`,
      ...(stamp.verifiedBy !== undefined
        ? { verifiedBy: stamp.verifiedBy, verifiedAt: stamp.verifiedBy ? stamp.at : null }
        : {}),
      ...(stamp.ratifiedBy !== undefined ? { ratifiedBy: stamp.ratifiedBy, ratifiedAt: stamp.at } : {}),
    })
    .where(eq(dictionaryVersions.id, id));
}

export async function bumpRevision(db: Db, versionId: string) {
  await db
    .update(dictionaryVersions)
    .set({ revision: sql`${dictionaryVersions.revision} + 1` })
    .where(eq(dictionaryVersions.id, versionId));
}

export async function insertVersionEvent(
  db: Db,
  values: {
    versionId: string;
    action: string;
    fromStatus: string | null;
    toStatus: string;
    actorId: string;
    comment: string | null;
  },
) {
  await db.insert(dictionaryVersionEvents).values(values);
}

export async function listVersionEvents(db: Db, versionId: string) {
  return db
    .select({
      action: dictionaryVersionEvents.action,
      fromStatus: dictionaryVersionEvents.fromStatus,
      toStatus: dictionaryVersionEvents.toStatus,
      comment: dictionaryVersionEvents.comment,
      at: dictionaryVersionEvents.at,
      actorName: users.fullName,
    })
    .from(dictionaryVersionEvents)
    .leftJoin(users, eq(users.id, dictionaryVersionEvents.actorId))
    .where(eq(dictionaryVersionEvents.versionId, versionId))
    .orderBy(asc(dictionaryVersionEvents.id));
}

// ---------------------------------------------------------------------------------------------
// Entries

export interface StoredEntry extends DictionaryEntry {
  id: string;
  isPlaceholder: boolean;
  /** Optimistic locking of the entry editor: bumped by every update. */
  revision: number;
}

export async function loadEntries(db: Db, versionId: string): Promise<StoredEntry[]> {
  const rows = await queryRows<{
    id: string;
    code: string;
    name: string;
    definition: string;
    government_affair: string | null;
    sub_affair: string | null;
    competency_group: string | null;
    is_placeholder: boolean;
    revision: number;
    levels: { level: number; description: string; behaviourIndicators: string[] }[] | null;
  }>(
    db,
    sql`
    select c.id, c.code, c.name, c.definition, c.government_affair, c.sub_affair, c.competency_group, c.is_placeholder,
      c.revision,
      (select json_agg(json_build_object('level', l.level, 'description', l.description,
                                         'behaviourIndicators', l.behaviour_indicators) order by l.level)
         from competency_levels l where l.competency_id = c.id) as levels
    from competencies c where c.dictionary_version_id = ${versionId}
    order by c.sort_order, c.code`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    definition: r.definition,
    governmentAffair: r.government_affair ?? '',
    subAffair: r.sub_affair,
    group: (r.competency_group ?? 'generic') as DictionaryEntry['group'],
    isPlaceholder: r.is_placeholder,
    revision: r.revision,
    levels: r.levels ?? [],
  }));
}

export async function findEntry(db: Db, entryId: string) {
  const [row] = await db
    .select({
      id: competencies.id,
      code: competencies.code,
      versionId: competencies.dictionaryVersionId,
      revision: competencies.revision,
    })
    .from(competencies)
    .where(eq(competencies.id, entryId));
  return row;
}

export async function entryCodeTaken(db: Db, versionId: string, code: string, exceptId?: string) {
  const rows = await db
    .select({ id: competencies.id })
    .from(competencies)
    .where(
      and(eq(competencies.dictionaryVersionId, versionId), sql`upper(${competencies.code}) = upper(${code})`),
    );
  return rows.some((r) => r.id !== exceptId);
}

/**
 * Writes entries of a version in a few set-based statements (unnest), whatever their number:
 * an import of 2,000 entries × 5 levels is three round trips, not 12,000.
 */
export async function insertEntries(
  db: Db,
  versionId: string,
  entries: (DictionaryEntry & { isPlaceholder?: boolean })[],
  firstSortOrder = 0,
): Promise<string[]> {
  if (entries.length === 0) return [];
  const inserted: { id: string; code: string }[] = [];
  // Chunks keep each statement under PostgreSQL's 65,535 bind parameters.
  for (let start = 0; start < entries.length; start += 2000) {
    const chunk = entries.slice(start, start + 2000);
    inserted.push(
      ...(await db
        .insert(competencies)
        .values(
          chunk.map((e, i) => ({
            dictionaryVersionId: versionId,
            kind: 'technical',
            code: e.code,
            name: e.name,
            definition: e.definition,
            governmentAffair: e.governmentAffair,
            subAffair: e.subAffair,
            group: e.group,
            isPlaceholder: e.isPlaceholder ?? entryHasPlaceholder(e),
            sortOrder: firstSortOrder + start + i,
            searchText: entrySearchText(e),
          })),
        )
        .returning({ id: competencies.id, code: competencies.code })),
    );
  }
  const idByCode = new Map(inserted.map((r) => [r.code, r.id]));
  const levelRows = entries.flatMap((e) =>
    e.levels.map((l) => ({
      id: idByCode.get(e.code)!,
      level: l.level,
      description: l.description,
      indicators: l.behaviourIndicators,
    })),
  );
  await db.execute(sql`
    insert into competency_levels (competency_id, level, description, behaviour_indicators)
    select id, level, description, indicators::jsonb
    from unnest(${pgArray(levelRows.map((r) => r.id))}::uuid[], ${pgArray(levelRows.map((r) => String(r.level)))}::int[],
                ${pgArray(levelRows.map((r) => r.description))}::text[],
                ${pgArray(levelRows.map((r) => JSON.stringify(r.indicators)))}::text[])
      as t(id, level, description, indicators)`);
  return entries.map((e) => idByCode.get(e.code)!);
}

/** A PostgreSQL array literal bound as one text parameter (drivers differ on JS arrays). */
function pgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** Replaces an entry's text and levels; returns its new revision. */
export async function updateEntry(db: Db, entryId: string, entry: DictionaryEntry): Promise<number> {
  const [updated] = await db
    .update(competencies)
    .set({
      code: entry.code,
      name: entry.name,
      definition: entry.definition,
      governmentAffair: entry.governmentAffair,
      subAffair: entry.subAffair,
      group: entry.group,
      isPlaceholder: entryHasPlaceholder(entry),
      searchText: entrySearchText(entry),
      revision: sql`${competencies.revision} + 1`,
    })
    .where(eq(competencies.id, entryId))
    .returning({ revision: competencies.revision });
  await db.delete(competencyLevels).where(eq(competencyLevels.competencyId, entryId));
  await db.insert(competencyLevels).values(
    entry.levels.map((l) => ({
      competencyId: entryId,
      level: l.level,
      description: l.description,
      behaviourIndicators: l.behaviourIndicators,
    })),
  );
  return updated!.revision;
}

export async function deleteEntries(db: Db, entryIds: string[]) {
  if (entryIds.length === 0) return;
  await db.delete(competencies).where(inArray(competencies.id, entryIds));
}

export async function deleteAllEntries(db: Db, versionId: string) {
  await db.delete(competencies).where(eq(competencies.dictionaryVersionId, versionId));
}

export async function maxSortOrder(db: Db, versionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${competencies.sortOrder}), -1)`.mapWith(Number) })
    .from(competencies)
    .where(eq(competencies.dictionaryVersionId, versionId));
  return row?.n ?? -1;
}

// ---------------------------------------------------------------------------------------------
// Checklist of the nine composition steps

export async function loadChecklist(db: Db, versionId: string) {
  return db
    .select({
      step: dictionaryChecklist.step,
      tickedAt: dictionaryChecklist.tickedAt,
      tickedBy: users.fullName,
    })
    .from(dictionaryChecklist)
    .leftJoin(users, eq(users.id, dictionaryChecklist.tickedBy))
    .where(eq(dictionaryChecklist.versionId, versionId));
}

export async function setChecklistStep(
  db: Db,
  versionId: string,
  step: CompositionStep,
  tickedBy: string | null,
) {
  if (tickedBy) {
    await db.insert(dictionaryChecklist).values({ versionId, step, tickedBy }).onConflictDoNothing();
  } else {
    await db
      .delete(dictionaryChecklist)
      .where(and(eq(dictionaryChecklist.versionId, versionId), eq(dictionaryChecklist.step, step)));
  }
}
