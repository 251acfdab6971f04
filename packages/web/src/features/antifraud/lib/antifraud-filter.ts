/**
 * The filters of the activities and cases lists, kept in the URL: a dashboard figure links here with `from`, `to`,
 * `villageId` and `type`, and the list shows exactly the records it counted.
 */
export interface AntifraudListFilter {
  villageId?: string | undefined;
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const KEYS = ['villageId', 'type', 'from', 'to'] as const;

export function readAntifraudFilter(params: URLSearchParams): AntifraudListFilter {
  const filter: AntifraudListFilter = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export function writeAntifraudFilter(filter: AntifraudListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}
