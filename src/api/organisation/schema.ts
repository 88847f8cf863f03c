/** The position map (peta jabatan) as the API answers it: the org-unit tree with positions nested by authority. */
import { z } from 'zod';
import { standardStatuses } from '../../domain/job-standard-workflow';
import type { MapPosition, MapUnit } from '../../domain/position-map';
import { positionGroups } from '../../domain/reference';

/** A position on the map, with its subordinates in the same unit. */
export const mapPosition: z.ZodType<MapPosition> = z
  .object({
    id: z.uuid(),
    name: z.string(),
    positionGroup: z.enum(positionGroups as [string, ...string[]]),
    jobLevel: z.string(),
    parentPositionId: z.uuid().nullable(),
    headcount: z.number().int(),
    requiredHeadcount: z.number().int(),
    /** B − K (in place minus required): negative means vacancies, positive a surplus. */
    gap: z.number().int(),
    jobValue: z.number().int().nullable(),
    jobGrade: z.number().int().nullable(),
    /** The newest standard of the position (any status); null when none was composed yet. */
    standard: z
      .object({ id: z.uuid(), version: z.number().int(), status: z.enum(standardStatuses) })
      .nullable(),
    hasRatifiedStandard: z.boolean(),
    get children() {
      return z.array(mapPosition);
    },
  })
  .meta({ id: 'PositionMapPosition' });

/** An org unit with its positions and sub-units; `id` null: the positions without a unit. */
export const mapUnit: z.ZodType<MapUnit> = z
  .object({
    id: z.uuid().nullable(),
    name: z.string(),
    code: z.string().nullable(),
    parentId: z.uuid().nullable(),
    positions: z.array(mapPosition),
    get children() {
      return z.array(mapUnit);
    },
  })
  .meta({ id: 'PositionMapUnit' });

export const positionMapResponse = z.object({
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  /** The whole tree, or the one unit asked for (`orgUnitId`) with its sub-units. */
  units: z.array(mapUnit),
  totals: z.object({
    positions: z.number().int(),
    headcount: z.number().int(),
    requiredHeadcount: z.number().int(),
    /** Positions with a job grade (evaluated). */
    evaluated: z.number().int(),
    /** Positions with a ratified standard. */
    ratified: z.number().int(),
  }),
});
