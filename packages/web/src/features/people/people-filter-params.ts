import type { PeopleFilter } from './hooks/use-people';

/** The list filter lives in the URL so 我的村 links, reloads and the back button all keep it. */
export function readPeopleFilter(params: URLSearchParams): PeopleFilter {
  const filter: PeopleFilter = {};
  const q = params.get('q')?.trim();
  if (q) filter.q = q;
  const jurisdictionId = params.get('jurisdictionId');
  if (jurisdictionId) filter.jurisdictionId = jurisdictionId;
  const kind = params.get('kind');
  if (kind === 'staff' || kind === 'resident') filter.kind = kind;
  return filter;
}

export function writePeopleFilter(filter: PeopleFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.jurisdictionId) params.set('jurisdictionId', filter.jurisdictionId);
  if (filter.kind) params.set('kind', filter.kind);
  return params;
}
