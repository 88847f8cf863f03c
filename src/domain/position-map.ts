/** The position map's shape (peta jabatan): units with positions nested by authority. Pure. */
import type { StandardStatus } from './job-standard-workflow';

export interface MapPosition {
  id: string;
  name: string;
  positionGroup: string;
  jobLevel: string;
  parentPositionId: string | null;
  headcount: number;
  requiredHeadcount: number;
  /** Required minus in place: positive means vacancies, negative a surplus. */
  gap: number;
  jobValue: number | null;
  jobGrade: number | null;
  standard: { id: string; version: number; status: StandardStatus } | null;
  hasRatifiedStandard: boolean;
  children: MapPosition[];
}

export interface MapUnit {
  id: string | null;
  name: string;
  code: string | null;
  parentId: string | null;
  positions: MapPosition[];
  children: MapUnit[];
}

/** Every position of the given units and their sub-units, depth first, with its unit's path. */
export function flatten(
  units: MapUnit[],
  path: string[] = [],
): (MapPosition & { unitPath: string[]; depth: number })[] {
  const out: (MapPosition & { unitPath: string[]; depth: number })[] = [];
  const walk = (list: MapPosition[], unitPath: string[], depth: number) => {
    for (const p of list) {
      out.push({ ...p, unitPath, depth });
      walk(p.children, unitPath, depth + 1);
    }
  };
  for (const unit of units) {
    const unitPath = [...path, unit.name];
    walk(unit.positions, unitPath, 0);
    out.push(...flatten(unit.children, unitPath));
  }
  return out;
}
