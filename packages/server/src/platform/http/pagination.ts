import { AppError } from '../errors';

/** Opaque keyset cursors: the sort key of the last row, base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  shape: readonly ('string' | 'number')[],
): (string | number)[] | null {
  if (cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'cursor', message: 'malformed cursor' }] });
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length || parsed.some((v, i) => typeof v !== shape[i])) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'cursor', message: 'malformed cursor' }] });
  }
  return parsed as (string | number)[];
}

/** Given limit+1 rows, returns the page and the cursor of its last row when more exist. */
export function toPage<R, T>(rows: R[], limit: number, present: (row: R) => T, keyOf: (row: R) => (string | number)[]) {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(present),
    nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

/** Lists ordered by day then id, newest first: the cursor's key in the shape their repositories take. */
export function decodeDayIdCursor(cursor: string | undefined): { day: string; id: string } | null {
  const key = decodeCursor(cursor, ['string', 'string']);
  return key ? { day: String(key[0]), id: String(key[1]) } : null;
}

/** The page of a day-then-id list, its rows as they come; the cursor is decoded by `decodeDayIdCursor`. */
export function toDayIdPage<R extends { day: string; id: string }>(rows: R[], limit: number) {
  return toPage(
    rows,
    limit,
    (row) => row,
    (row) => [row.day, row.id],
  );
}
