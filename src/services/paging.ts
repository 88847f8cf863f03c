/**
 * Keyset paging of long lists: a page is `{ items, nextCursor }`; the cursor is opaque to the
 * client (base64url of the sort it belongs to and the last row's sort key), so the next page
 * starts right after that row whatever was added or removed before it, at the same cost at any
 * depth. A cursor from another sort or a tampered one answers 400 INVALID_CURSOR.
 */
import { DomainError } from '../domain/errors';

export type SortKey = readonly (string | number)[];

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const defaultPageLimit = 50;
export const maxPageLimit = 200;

export function encodeCursor(sort: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString('base64url');
}

export function invalidCursor(): DomainError {
  return new DomainError(
    'INVALID_CURSOR',
    'Penanda halaman tidak valid atau berasal dari urutan lain. Muat ulang daftar dari halaman pertama.',
  );
}

/**
 * The sort key a cursor carries, checked against the sort it must belong to and the type of each
 * key part ('s' string, 'n' number); undefined when there is no cursor (the first page).
 */
export function decodeCursor(cursor: string | undefined, sort: string, types: string): SortKey | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const { s, k } = (parsed ?? {}) as { s?: unknown; k?: unknown };
  if (s !== sort || !Array.isArray(k) || k.length !== types.length) throw invalidCursor();
  k.forEach((part, i) => {
    const ok = types[i] === 'n' ? Number.isFinite(part) : typeof part === 'string' && part.length <= 1000;
    if (!ok) throw invalidCursor();
  });
  return k as SortKey;
}

/**
 * A page from rows fetched with `limit + 1`: the extra row only tells that there is a next page,
 * whose cursor is the key of the last row shown.
 */
export function toPage<R, T = R>(
  rows: R[],
  limit: number,
  sort: string,
  keyOf: (row: R) => SortKey,
  map: (row: R) => T = (row) => row as unknown as T,
): Page<T> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(sort, keyOf(last)) : null,
  };
}
