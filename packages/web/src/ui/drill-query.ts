import type { z } from 'zod';

/** Paging belongs to the list itself, never to a link. */
const PAGING_KEYS = new Set(['cursor', 'limit']);

/**
 * The conditions of a dashboard's drill link (`/incidents?receivedFrom=…&hour=9`) that a list page's own filter
 * does not hold: every other URL key its server list query accepts with that value, kept as text and sent as is,
 * so a filter the server adds for a figure reaches the list without the page knowing it. Keys the query does not
 * know and values it would refuse are dropped, so a mangled link lists more rather than failing.
 */
export function readDrillQuery(
  params: URLSearchParams,
  shape: Readonly<Record<string, z.ZodType>>,
  handled: readonly string[],
): Record<string, string> {
  const drill: Record<string, string> = {};
  for (const [key, value] of params) {
    if (PAGING_KEYS.has(key) || handled.includes(key) || !Object.hasOwn(shape, key)) continue;
    if (shape[key]?.safeParse(value).success) drill[key] = value;
  }
  return drill;
}

/** The page's own filter written to the URL with the drill conditions kept beside it. */
export function withDrillQuery(params: URLSearchParams, drill: Readonly<Record<string, string>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(drill)) if (!next.has(key)) next.set(key, value);
  return next;
}

/** The URL without one condition: what removing its tag leaves. */
export function withoutParam(params: URLSearchParams, key: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(key);
  return next;
}
