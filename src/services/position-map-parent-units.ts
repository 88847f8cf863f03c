/**
 * The "Unit Kerja + Unit Atasan" layout of a peta jabatan: each unit named with its parent, the
 * parent's own parent found in the file or among the agency's existing units. Pure.
 */
import type { ExistingUnit } from '../db/repositories/position-map-import-repository';
import { nameKey } from '../domain/position-map-spellings';
import type { TableRow } from '../exports/tabular';
import type { ImportRowProblem } from './import-problems';
import { type PositionMapColumn, problemAt } from './position-map-import-plan';

/**
 * Unit paths of the "Unit Kerja + Unit Atasan" layout: each unit's chain of parents, from the file
 * (a row naming the unit) or the agency's existing units; conflicts are reported per row.
 */
export function parentPaths(
  rows: readonly TableRow<PositionMapColumn>[],
  units: readonly ExistingUnit[],
  problems: ImportRowProblem[],
): Map<string, string[]> {
  const parentOf = new Map<string, { parent: string | null; row: number; name: string }>();
  for (const source of rows) {
    const unit = source.cells.get('unit');
    if (!unit) continue;
    const parent = source.cells.get('parentUnit') ?? null;
    const known = parentOf.get(nameKey(unit));
    if (!known) parentOf.set(nameKey(unit), { parent, row: source.row, name: unit.trim() });
    else if ((known.parent ? nameKey(known.parent) : null) !== (parent ? nameKey(parent) : null)) {
      problems.push(
        problemAt(
          source.row,
          'parentUnit',
          'UNIT_PARENT_CONFLICT',
          `Unit "${unit}" sudah tercatat di bawah "${known.parent ?? '(tanpa atasan)'}" pada baris ${known.row}.`,
        ),
      );
    }
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const existingByName = new Map<string, ExistingUnit[]>();
  for (const unit of units)
    existingByName.set(nameKey(unit.name), [...(existingByName.get(nameKey(unit.name)) ?? []), unit]);
  const existingPath = (unit: ExistingUnit): string[] => {
    const path = [unit.name];
    const seen = new Set([unit.id]);
    for (
      let p = unit.parentId ? byId.get(unit.parentId) : undefined;
      p && !seen.has(p.id);
      p = p.parentId ? byId.get(p.parentId) : undefined
    ) {
      seen.add(p.id);
      path.unshift(p.name);
    }
    return path;
  };
  const paths = new Map<string, string[]>();
  for (const source of rows) {
    const unit = source.cells.get('unit');
    if (!unit || paths.has(nameKey(unit))) continue;
    const chain: string[] = [unit.trim()];
    const visited = new Set([nameKey(unit)]);
    let parent = parentOf.get(nameKey(unit))?.parent ?? null;
    while (parent) {
      const key = nameKey(parent);
      if (visited.has(key)) {
        problems.push(
          problemAt(
            source.row,
            'parentUnit',
            'UNIT_CYCLE',
            `Unit "${unit}" menjadi atasan dirinya sendiri melalui "${parent}".`,
          ),
        );
        break;
      }
      visited.add(key);
      const inFile = parentOf.get(key);
      if (inFile) {
        chain.unshift(inFile.name);
        parent = inFile.parent;
        continue;
      }
      const existing = existingByName.get(key) ?? [];
      if (existing.length > 1) {
        problems.push(
          problemAt(
            source.row,
            'parentUnit',
            'AMBIGUOUS_PARENT_UNIT',
            `Ada ${existing.length} unit bernama "${parent}" pada instansi ini; tuliskan unit atasannya juga.`,
          ),
        );
      }
      if (existing.length > 0) chain.unshift(...existingPath(existing[0]!));
      else chain.unshift(parent.trim());
      parent = null;
    }
    paths.set(nameKey(unit), chain);
  }
  return paths;
}
