/**
 * The schema against the rules Citus enforces (ADR 0023), read from the catalog of the migrated
 * database (PGlite here; PostgreSQL in the PostgreSQL suite), so they stay true as the schema grows:
 * every table is placed; every distributed table carries agency_id; the tables that still break a
 * rule are exactly those `knownGaps` explains (a list that may only shrink); the plan covers every
 * table in dependency order. The rules themselves are checked on a small catalog made up here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CatalogTable,
  checkCitusRules,
  citusPlan,
  dependencyOrder,
  knownGaps,
  readCatalog,
  tablePlacement,
} from '../src/db/citus-plan';
import type { Database } from '../src/db/client';
import { openTestDatabase } from './support/test-database';

let database: Database;
let catalog: CatalogTable[];

beforeAll(async () => {
  database = await openTestDatabase();
  catalog = await readCatalog(database.db);
});
afterAll(async () => database?.close());

describe('the migrated schema', () => {
  it('places every table, and places no table that does not exist', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(40);
    expect(catalog.map((t) => t.name).filter((name) => !tablePlacement[name])).toEqual([]);
    const names = new Set(catalog.map((t) => t.name));
    expect(Object.keys(tablePlacement).filter((name) => !names.has(name))).toEqual([]);
  });

  it('has agency_id NOT NULL on every distributed table (the audit log included)', () => {
    const distributed = catalog.filter((t) => tablePlacement[t.name]!.placement === 'distributed');
    expect(distributed.length).toBeGreaterThanOrEqual(20);
    expect(distributed.filter((t) => !('agency_id' in t.columns)).map((t) => t.name)).toEqual([]);
    expect(distributed.filter((t) => !t.columns.agency_id).map((t) => t.name)).toEqual([]);
  });

  it('keys every distributed table by (id, agency_id) where it has an id, id first', () => {
    const distributed = catalog.filter(
      (t) => tablePlacement[t.name]!.placement === 'distributed' && 'id' in t.columns,
    );
    expect(distributed.length).toBeGreaterThanOrEqual(20);
    const keys = Object.fromEntries(
      distributed.map((t) => [t.name, t.uniques.find((u) => u.primary)?.columns.join(', ')]),
    );
    expect(Object.entries(keys).filter(([, key]) => key !== 'id, agency_id')).toEqual([]);
  });

  it('breaks the rules only in the tables knownGaps explains (remove a table once it meets them)', () => {
    const breaking = [...new Set(checkCitusRules(catalog).map((b) => b.table))].sort();
    expect(breaking).toEqual(Object.keys(knownGaps).sort());
  });

  it('prints a plan that covers every table in dependency order', () => {
    const plan = citusPlan(catalog);
    const placeOf = new Map<string, number>();
    plan.text.split('\n').forEach((line, index) => {
      const statement = /^SELECT \w+\('(\w+)'/.exec(line);
      const note = /^-- (\w+): /.exec(line);
      const name = statement?.[1] ?? note?.[1];
      if (name && !placeOf.has(name)) placeOf.set(name, index);
    });
    expect(catalog.map((t) => t.name).filter((name) => !placeOf.has(name))).toEqual([]);
    for (const table of catalog) {
      for (const fk of table.foreignKeys) {
        if (fk.references === table.name) continue;
        expect(placeOf.get(fk.references)!, `${table.name} → ${fk.references}`).toBeLessThan(
          placeOf.get(table.name)!,
        );
      }
    }
    expect(plan.text).toContain("SELECT create_reference_table('agencies');");
    expect(plan.text).toMatch(
      /SELECT create_distributed_table\('civil_servants', 'agency_id', colocate_with => '\w+'\);/,
    );
    expect(knownGaps).toEqual({});
    expect(plan.breaks).toEqual([]);
    expect(plan.text).not.toContain('BELUM SIAP');
    expect(plan.text).toContain('-- Semua tabel memenuhi aturan Citus.');
  });
});

describe('the rules', () => {
  const table = (name: string, extra: Partial<CatalogTable> = {}): CatalogTable => ({
    name,
    columns: { id: true, agency_id: true },
    uniques: [{ name: `${name}_pkey`, primary: true, columns: ['id', 'agency_id'] }],
    foreignKeys: [],
    ...extra,
  });
  const placement = {
    agencies: { placement: 'reference' as const },
    queue: { placement: 'coordinator' as const },
    parents: { placement: 'distributed' as const },
    children: { placement: 'distributed' as const },
  };
  const agencies = table('agencies', {
    columns: { id: true },
    uniques: [{ name: 'agencies_pkey', primary: true, columns: ['id'] }],
  });
  const parents = table('parents', {
    foreignKeys: [
      {
        name: 'parents_agency_fk',
        columns: ['agency_id'],
        references: 'agencies',
        referencedColumns: ['id'],
      },
    ],
  });
  const conforming = table('children', {
    columns: { id: true, agency_id: true, parent_id: true },
    foreignKeys: [
      {
        name: 'children_parent_fk',
        columns: ['parent_id', 'agency_id'],
        references: 'parents',
        referencedColumns: ['id', 'agency_id'],
      },
    ],
  });
  const queue = table('queue', { columns: { id: true }, uniques: [] });

  it('passes a schema that meets them', () => {
    expect(checkCitusRules([agencies, queue, parents, conforming], placement)).toEqual([]);
    expect(dependencyOrder([conforming, parents, agencies])).toEqual(['agencies', 'parents', 'children']);
  });

  it('finds each kind of break', () => {
    const problems = (tables: CatalogTable[]) =>
      checkCitusRules([agencies, queue, parents, ...tables], placement).map(
        (b) => `${b.table}: ${b.problem}`,
      );
    expect(problems([table('children', { columns: { id: true } })])).toContain(
      'children: tidak punya agency_id',
    );
    expect(problems([table('children', { columns: { id: true, agency_id: false } })])).toContain(
      'children: agency_id boleh kosong (NULL)',
    );
    expect(
      problems([
        table('children', { uniques: [{ name: 'children_code', primary: false, columns: ['code'] }] }),
      ]),
    ).toContain('children: indeks unik children_code (code) tanpa agency_id');
    expect(
      problems([
        table('children', {
          foreignKeys: [
            { name: 'fk', columns: ['parent_id'], references: 'parents', referencedColumns: ['id'] },
          ],
        }),
      ]),
    ).toContain('children: kunci asing fk (parent_id) → parents tanpa agency_id di kedua sisi');
    // agency_id on both sides, but paired with the parent's id: the shards would not line up.
    expect(
      problems([
        table('children', {
          foreignKeys: [
            {
              name: 'crossed',
              columns: ['agency_id', 'parent_id'],
              references: 'parents',
              referencedColumns: ['id', 'agency_id'],
            },
          ],
        }),
      ]),
    ).toContain(
      'children: kunci asing crossed (agency_id, parent_id) → parents tanpa agency_id di kedua sisi',
    );
    expect(
      problems([
        conforming,
        table('queue', {
          uniques: [],
          foreignKeys: [
            { name: 'q_fk', columns: ['parent_id'], references: 'parents', referencedColumns: ['id'] },
          ],
        }),
      ]).filter((p) => p.startsWith('queue')),
    ).toEqual(['queue: q_fk → parents: tabel koordinator tidak boleh merujuk tabel terdistribusi']);
    expect(
      problems([
        table('children', {
          foreignKeys: [
            { name: 'c_fk', columns: ['queue_id'], references: 'queue', referencedColumns: ['id'] },
          ],
        }),
      ]),
    ).toContain('children: c_fk → queue: tabel terdistribusi tidak boleh merujuk tabel koordinator');
    expect(problems([conforming, table('strays')])).toContain(
      'strays: belum ditentukan tempatnya (terdistribusi, referensi, koordinator)',
    );
  });
});
