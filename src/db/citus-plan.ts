/**
 * How the schema would be spread over a Citus cluster (ADR 0023), and the rules Citus enforces,
 * checked against the database catalog:
 * - every table has a decided place: distributed by `agency_id` (the agency's data), a reference
 *   table copied to every node (national and reference data), or a table kept on the coordinator;
 * - a distributed table has `agency_id NOT NULL` (Citus refuses a NULL distribution value), every
 *   primary key and unique index includes it ("Distributed relations cannot have UNIQUE, EXCLUDE,
 *   or PRIMARY KEY constraints that do not include the partition column"), and every foreign key
 *   to another distributed table includes it on both sides;
 * - no reference or coordinator table has a foreign key to a distributed table, and no
 *   distributed table one to a coordinator table.
 * What the schema does not meet yet is listed in `knownGaps` with the reason: the plan prints it,
 * and test/citus-plan.test.ts keeps the list exact (it may only shrink).
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './client';

export type Placement = 'distributed' | 'reference' | 'coordinator';

export const distributionColumn = 'agency_id';

/** Every table of the schema and where it goes, with why for the ones that are not distributed. */
export const tablePlacement: Record<string, { placement: Placement; why?: string }> = {
  // Reference data and the national catalog of competencies: small, read by every agency's work.
  proficiency_levels: { placement: 'reference', why: 'data referensi nasional' },
  job_levels: { placement: 'reference', why: 'data referensi nasional' },
  ranks: { placement: 'reference', why: 'data referensi nasional' },
  education_levels: { placement: 'reference', why: 'data referensi nasional' },
  government_affairs: { placement: 'reference', why: 'data referensi nasional' },
  agencies: { placement: 'reference', why: 'daftar instansi (ratusan baris), dirujuk semua tabel instansi' },
  competency_dictionaries: {
    placement: 'reference',
    why: 'kamus nasional dan kamus teknis dipakai lintas instansi (SKJ yang diadopsi, katalog nasional)',
  },
  dictionary_versions: { placement: 'reference', why: 'bagian kamus kompetensi' },
  competencies: { placement: 'reference', why: 'bagian kamus kompetensi' },
  competency_levels: { placement: 'reference', why: 'bagian kamus kompetensi' },
  dictionary_version_events: { placement: 'reference', why: 'riwayat kamus kompetensi' },
  dictionary_checklist: { placement: 'reference', why: 'daftar periksa kamus kompetensi' },
  position_code_counter: { placement: 'reference', why: 'penghitung kode jabatan nasional' },
  users: {
    placement: 'reference',
    why: 'pengguna nasional tidak berinstansi; dibaca pada setiap permintaan, jarang diubah',
  },
  sessions: { placement: 'reference', why: 'merujuk pengguna (tabel referensi); dibaca per permintaan' },
  data_revisions: { placement: 'reference', why: 'revisi data per kunci, dibaca setiap instans' },
  catalog_position_names: {
    placement: 'reference',
    why: 'nama jabatan SKJ yang ditetapkan, lintas instansi untuk pencarian SKJ serupa (sebelum Citus: diisi aplikasi, bukan trigger pada tabel terdistribusi; ADR 0023)',
  },
  // Kept on the coordinator: work across agencies that Citus cannot route to one shard.
  login_throttle: {
    placement: 'coordinator',
    why: 'per alamat dan nama pengguna, sebelum instansi diketahui',
  },
  background_jobs: {
    placement: 'coordinator',
    why: 'antrean bersama: klaim FOR UPDATE SKIP LOCKED lintas instansi hanya berjalan pada satu node',
  },
  job_files: {
    placement: 'coordinator',
    why: 'berkas pekerjaan latar; tidak pernah digabung dengan data instansi',
  },
  // The agency's own data.
  org_units: { placement: 'distributed' },
  audit_log: { placement: 'distributed' },
  positions: { placement: 'distributed' },
  job_standards: { placement: 'distributed' },
  job_standard_competencies: { placement: 'distributed' },
  job_standard_transitions: { placement: 'distributed' },
  standard_policies: { placement: 'distributed' },
  job_evaluations: { placement: 'distributed' },
  drafting_campaigns: { placement: 'distributed' },
  drafting_campaign_groups: { placement: 'distributed' },
  drafting_campaign_members: { placement: 'distributed' },
  drafting_campaign_positions: { placement: 'distributed' },
  drafting_campaign_phases: { placement: 'distributed' },
  drafting_campaign_interviews: { placement: 'distributed' },
  drafting_campaign_sop_steps: { placement: 'distributed' },
  drafting_campaign_decree_members: { placement: 'distributed' },
  civil_servants: { placement: 'distributed' },
  assessments: { placement: 'distributed' },
  assessment_scores: { placement: 'distributed' },
  current_competency_levels: { placement: 'distributed' },
  position_requirements: { placement: 'distributed' },
  job_descriptions: { placement: 'distributed' },
  job_description_versions: { placement: 'distributed' },
  workload_settings: { placement: 'distributed' },
  own_position_matches: { placement: 'distributed' },
  position_competency_results: { placement: 'distributed' },
  talent_placements: { placement: 'distributed' },
  talent_box_counts: { placement: 'distributed' },
  potential_assessments: { placement: 'distributed' },
  multi_rater_rounds: { placement: 'distributed' },
  multi_rater_subjects: { placement: 'distributed' },
  multi_rater_raters: { placement: 'distributed' },
  multi_rater_answers: { placement: 'distributed' },
  critical_positions: { placement: 'distributed' },
  succession_nominations: { placement: 'distributed' },
};

/**
 * Tables that do not meet the rules yet, and why. test/citus-plan.test.ts fails when a table here
 * meets them (remove it) or a table not here breaks them. Empty since stage 2 of ADR 0023
 * (migration 0030: `agency_id` in every key of the distributed tables): a table added here needs a
 * reason an operator can act on.
 */
export const knownGaps: Record<string, string> = {};

export interface CatalogTable {
  name: string;
  /** Column name → NOT NULL. */
  columns: Record<string, boolean>;
  /** Primary key and unique indexes (with their columns in order; expressions left out). */
  uniques: { name: string; primary: boolean; columns: string[] }[];
  foreignKeys: { name: string; columns: string[]; references: string; referencedColumns: string[] }[];
}

/** The tables of the `public` schema with their columns, unique indexes and foreign keys. */
export async function readCatalog(db: Db): Promise<CatalogTable[]> {
  const [tables, columns, uniques, foreignKeys] = await Promise.all([
    queryRows<{ name: string }>(
      db,
      sql`select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    ),
    queryRows<{ table: string; name: string; not_null: boolean }>(
      db,
      sql`select c.relname::text as table, a.attname::text as name, a.attnotnull as not_null
          from pg_attribute a join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`,
    ),
    queryRows<{ table: string; name: string; primary: boolean; columns: string[] }>(
      db,
      sql`select t.relname::text as table, i.relname::text as name, ix.indisprimary as primary,
            array(select a.attname::text from unnest(ix.indkey::int2[]) with ordinality k(attnum, ord)
                  join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.ord) as columns
          from pg_index ix join pg_class t on t.oid = ix.indrelid join pg_class i on i.oid = ix.indexrelid
          join pg_namespace n on n.oid = t.relnamespace
          where n.nspname = 'public' and ix.indisunique`,
    ),
    queryRows<{ table: string; name: string; references: string; columns: string[]; referenced: string[] }>(
      db,
      sql`select s.relname::text as table, con.conname::text as name, d.relname::text as references,
            array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                  join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as columns,
            array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                  join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord) as referenced
          from pg_constraint con join pg_class s on s.oid = con.conrelid join pg_class d on d.oid = con.confrelid
          join pg_namespace n on n.oid = s.relnamespace
          where con.contype = 'f' and n.nspname = 'public'`,
    ),
  ]);
  return tables.map(({ name }) => ({
    name,
    columns: Object.fromEntries(columns.filter((c) => c.table === name).map((c) => [c.name, c.not_null])),
    uniques: uniques
      .filter((u) => u.table === name)
      .map((u) => ({ name: u.name, primary: u.primary, columns: u.columns }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: foreignKeys
      .filter((f) => f.table === name)
      .map((f) => ({
        name: f.name,
        columns: f.columns,
        references: f.references,
        referencedColumns: f.referenced,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

export interface RuleBreak {
  table: string;
  /** What Citus would refuse, in Indonesian for the operator. */
  problem: string;
}

/** Where each FK of `table` may point, by placement. */
function foreignKeyProblem(from: Placement, to: Placement): string | null {
  if (to === 'distributed' && from !== 'distributed')
    return `tabel ${from === 'reference' ? 'referensi' : 'koordinator'} tidak boleh merujuk tabel terdistribusi`;
  if (from === 'distributed' && to === 'coordinator')
    return 'tabel terdistribusi tidak boleh merujuk tabel koordinator';
  return null;
}

/** Every rule break of the catalog (unplaced tables included), in table order. */
export function checkCitusRules(
  catalog: readonly CatalogTable[],
  placement: Record<string, { placement: Placement }> = tablePlacement,
): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  for (const table of catalog) {
    const place = placement[table.name]?.placement;
    if (!place) {
      breaks.push({
        table: table.name,
        problem: 'belum ditentukan tempatnya (terdistribusi, referensi, koordinator)',
      });
      continue;
    }
    if (place === 'distributed') {
      if (!(distributionColumn in table.columns))
        breaks.push({ table: table.name, problem: 'tidak punya agency_id' });
      else if (!table.columns[distributionColumn])
        breaks.push({ table: table.name, problem: 'agency_id boleh kosong (NULL)' });
      for (const unique of table.uniques) {
        if (!unique.columns.includes(distributionColumn)) {
          breaks.push({
            table: table.name,
            problem: `${unique.primary ? 'kunci primer' : 'indeks unik'} ${unique.name} (${unique.columns.join(', ')}) tanpa agency_id`,
          });
        }
      }
    }
    for (const fk of table.foreignKeys) {
      const target = placement[fk.references]?.placement;
      if (!target) continue;
      const problem = foreignKeyProblem(place, target);
      if (problem) breaks.push({ table: table.name, problem: `${fk.name} → ${fk.references}: ${problem}` });
      if (place === 'distributed' && target === 'distributed') {
        const at = fk.columns.indexOf(distributionColumn);
        if (at < 0 || fk.referencedColumns[at] !== distributionColumn) {
          breaks.push({
            table: table.name,
            problem: `kunci asing ${fk.name} (${fk.columns.join(', ')}) → ${fk.references} tanpa agency_id di kedua sisi`,
          });
        }
      }
    }
  }
  // A placement for a table that no longer exists is stale.
  const names = new Set(catalog.map((t) => t.name));
  for (const name of Object.keys(placement)) {
    if (!names.has(name)) breaks.push({ table: name, problem: 'tidak ada di skema' });
  }
  return breaks;
}

/** Tables ordered so that every table comes after the tables it references (self-references aside). */
export function dependencyOrder(catalog: readonly CatalogTable[]): string[] {
  const byName = new Map(catalog.map((t) => [t.name, t]));
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return;
    path.add(name);
    for (const fk of byName.get(name)?.foreignKeys ?? [])
      if (fk.references !== name) visit(fk.references, path);
    path.delete(name);
    done.add(name);
    order.push(name);
  };
  for (const table of [...catalog].sort((a, b) => a.name.localeCompare(b.name))) visit(table.name, new Set());
  return order;
}

/**
 * The statements for a Citus coordinator, in dependency order: reference tables, tables kept on the
 * coordinator (added to Citus' metadata when they reference a reference table), then the
 * distributed tables colocated with the first. A table that breaks a rule gets its breaks (and the
 * known reason) as comments above its statement: Citus would refuse that statement today.
 */
export function citusPlan(catalog: readonly CatalogTable[]): { text: string; breaks: RuleBreak[] } {
  const breaks = checkCitusRules(catalog);
  const order = dependencyOrder(catalog);
  const byName = new Map(catalog.map((t) => [t.name, t]));
  const place = (name: string) => tablePlacement[name]?.placement;
  const lines: string[] = [
    `-- Rencana distribusi Citus untuk skema saat ini (ADR 0023): ${catalog.length} tabel.`,
    `-- Tabel instansi didistribusikan menurut ${distributionColumn} dan diletakkan bersama (colocated).`,
    '',
    '-- 1. Tabel referensi: disalin ke setiap node.',
  ];
  const comments = (name: string) => {
    const own = breaks.filter((b) => b.table === name);
    if (own.length === 0) return [];
    return [
      `-- BELUM SIAP: ${knownGaps[name] ?? 'belum dijelaskan'}`,
      ...own.map((b) => `--   ${b.problem}`),
    ];
  };
  for (const name of order.filter((n) => place(n) === 'reference')) {
    lines.push(...comments(name), `SELECT create_reference_table('${name}');`);
  }
  lines.push('', '-- 2. Tabel yang tetap di koordinator.');
  for (const name of order.filter((n) => place(n) === 'coordinator')) {
    lines.push(`-- ${name}: ${tablePlacement[name]!.why}`, ...comments(name));
    const referencesReference = byName
      .get(name)!
      .foreignKeys.some((fk) => tablePlacement[fk.references]?.placement === 'reference');
    if (referencesReference) lines.push(`SELECT citus_add_local_table_to_metadata('${name}');`);
  }
  lines.push('', `-- 3. Tabel terdistribusi menurut ${distributionColumn}.`);
  let anchor: string | null = null;
  for (const name of order.filter((n) => place(n) === 'distributed')) {
    lines.push(...comments(name));
    lines.push(
      anchor
        ? `SELECT create_distributed_table('${name}', '${distributionColumn}', colocate_with => '${anchor}');`
        : `SELECT create_distributed_table('${name}', '${distributionColumn}');`,
    );
    anchor ??= name;
  }
  const unplaced = order.filter((n) => !place(n));
  if (unplaced.length > 0) {
    lines.push('', '-- 4. Tabel yang belum ditentukan tempatnya.');
    for (const name of unplaced) lines.push(`-- ${name}`);
  }
  const blocked = new Set(breaks.map((b) => b.table));
  lines.push(
    '',
    blocked.size === 0
      ? '-- Semua tabel memenuhi aturan Citus.'
      : `-- ${blocked.size} tabel belum memenuhi aturan Citus (lihat BELUM SIAP di atas dan ADR 0023).`,
  );
  return { text: lines.join('\n'), breaks };
}
