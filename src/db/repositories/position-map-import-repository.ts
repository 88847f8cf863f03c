/** What the position-map import reads and writes: the agency's unit tree and positions. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { orgUnits, positions } from '../schema';

export interface ExistingUnit {
  id: string;
  parentId: string | null;
  name: string;
}

export interface ExistingPosition {
  id: string;
  orgUnitId: string | null;
  name: string;
  positionCode: string | null;
  positionGroup: string;
  jobLevel: string;
  headcount: number;
  requiredHeadcount: number;
  jobGrade: number | null;
}

export async function loadAgencyStructure(db: Db, agencyId: string) {
  const units: ExistingUnit[] = await db
    .select({ id: orgUnits.id, parentId: orgUnits.parentId, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.agencyId, agencyId));
  const existing: ExistingPosition[] = await db
    .select({
      id: positions.id,
      orgUnitId: positions.orgUnitId,
      name: positions.name,
      positionCode: positions.positionCode,
      positionGroup: positions.positionGroup,
      jobLevel: positions.jobLevel,
      headcount: positions.headcount,
      requiredHeadcount: positions.requiredHeadcount,
      jobGrade: positions.jobGrade,
    })
    .from(positions)
    .where(eq(positions.agencyId, agencyId));
  return { units, positions: existing };
}

export async function insertImportedUnit(
  db: Db,
  values: { agencyId: string; parentId: string | null; name: string },
): Promise<string> {
  const [row] = await db
    .insert(orgUnits)
    .values({ ...values, code: null })
    .returning({ id: orgUnits.id });
  return row!.id;
}

export type ImportedPositionValues = Omit<ExistingPosition, 'id' | 'headcount' | 'requiredHeadcount'> & {
  headcount?: number | undefined;
  requiredHeadcount?: number | undefined;
};

export async function insertImportedPositions(
  db: Db,
  agencyId: string,
  rows: readonly ImportedPositionValues[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(positions)
    .values(rows.map((row) => ({ ...row, agencyId })))
    .returning({ id: positions.id });
  return inserted.map((row) => row.id);
}

export async function updateImportedPosition(
  db: Db,
  id: string,
  changes: Partial<ImportedPositionValues>,
): Promise<void> {
  await db.update(positions).set(changes).where(eq(positions.id, id));
}
