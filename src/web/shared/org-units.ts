import type { OrgUnit } from './api/reference';

/**
 * Units in tree order (parents before their children, siblings as listed) with their depth, for an
 * indented select. A unit whose parent is not in the list counts as a top unit.
 */
export function unitsInTreeOrder(items: readonly OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const out: { unit: OrgUnit; depth: number }[] = [];
  const known = new Set(items.map((u) => u.id));
  const walk = (parentId: string | null, depth: number) => {
    for (const unit of items) {
      const parent = unit.parentId && known.has(unit.parentId) ? unit.parentId : null;
      if (parent !== parentId) continue;
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
