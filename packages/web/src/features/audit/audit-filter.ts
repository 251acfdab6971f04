export interface AuditFilter {
  username?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** ISO 8601 with offset, e.g. 2025-01-01T00:00:00+08:00 */
  from?: string;
  to?: string;
}

const KEYS = ['username', 'action', 'targetType', 'targetId', 'from', 'to'] as const;

/** Kept in the URL so an auditor can send a colleague the exact view they are looking at. */
export function readAuditFilter(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

export function writeAuditFilter(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}
