/**
 * The building blocks of the API's wire style, shared by every response schema: camelCase keys,
 * ISO 8601 timestamps with an offset, calendar dates as YYYY-MM-DD, lists as `{ items, nextCursor }`,
 * and `permissions` as a record of booleans (what the reader may do with the record).
 */
import { z } from 'zod';

/** A moment: ISO 8601 with an offset (`2026-12-07T01:52:20.685Z`). */
export const timestamp = () => z.iso.datetime({ offset: true });

/** A calendar day: `2026-12-07`. */
export const calendarDate = () => z.iso.date();

/**
 * A list. `nextCursor` is an opaque string to pass back as `cursor` for the next page, or null on
 * the last page (lists that are never paged always answer null).
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** What the reader may do with a record, computed by the record's policy (`src/policies/`). */
export function permissionsOf<const K extends string>(names: readonly K[]) {
  return z.object(Object.fromEntries(names.map((name) => [name, z.boolean()])) as Record<K, z.ZodBoolean>);
}

/** `{ ok: true }` for actions with nothing else to say. */
export const okResponse = z.object({ ok: z.literal(true) });

/** The one error shape. */
export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
