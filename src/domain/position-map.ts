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
  /** B − K, in place minus required (as the map legend, the Excel "+/-" and the recap): negative means vacancies, positive a surplus. */
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

export interface StaffingRecapRow {
  /** Job grade 17..1; null: positions not evaluated yet. */
  jobGrade: number | null;
  positions: number;
  /** B (bezetting): civil servants in place. */
  headcount: number;
  /** K (kebutuhan): required headcount. */
  requiredHeadcount: number;
  /** B − K. */
  difference: number;
}

/**
 * Rekapitulasi Kelas Jabatan dan Persediaan Pegawai: per job grade (highest first, then the
 * positions not evaluated yet), how many positions, B, K and B − K, plus the total.
 */
export function staffingRecap(units: MapUnit[]): { rows: StaffingRecapRow[]; total: StaffingRecapRow } {
  const byGrade = new Map<number | null, StaffingRecapRow>();
  for (const p of flatten(units)) {
    const row = byGrade.get(p.jobGrade) ?? {
      jobGrade: p.jobGrade,
      positions: 0,
      headcount: 0,
      requiredHeadcount: 0,
      difference: 0,
    };
    row.positions++;
    row.headcount += p.headcount;
    row.requiredHeadcount += p.requiredHeadcount;
    row.difference = row.headcount - row.requiredHeadcount;
    byGrade.set(p.jobGrade, row);
  }
  const rows = [...byGrade.values()].sort((a, b) => (b.jobGrade ?? -1) - (a.jobGrade ?? -1));
  const total = rows.reduce(
    (sum, r) => ({
      jobGrade: null,
      positions: sum.positions + r.positions,
      headcount: sum.headcount + r.headcount,
      requiredHeadcount: sum.requiredHeadcount + r.requiredHeadcount,
      difference: sum.difference + r.difference,
    }),
    { jobGrade: null, positions: 0, headcount: 0, requiredHeadcount: 0, difference: 0 } as StaffingRecapRow,
  );
  return { rows, total };
}

/** "+2", "−1", "0": the sign shown in the recap and on the map. */
export function signedDifference(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
