import type { Incident, IncidentListItem, IncidentResponder, Page } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import { type IncidentFilter, toIncidentQuery } from '../lib/incident-filter';

const PAGE_SIZE = 30;

/** The station's incidents, newest first (the server's order); a WebSocket push about an incident refetches it. */
export function useIncidents(
  filter: IncidentFilter,
  options: { enabled?: boolean; drill?: Readonly<Record<string, string>> } = {},
) {
  const query = toIncidentQuery(filter, options.drill);
  return useInfiniteQuery({
    enabled: options.enabled ?? true,
    queryKey: ['incidents', 'list', query],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<IncidentListItem>>('/incidents', { ...query, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useIncident(id: string) {
  return useQuery({
    queryKey: ['incidents', 'one', id],
    queryFn: ({ signal }) => apiGet<Incident>(`/incidents/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

/** Who may be named the incident's responsible officer at dispatch, as the server lists them for this incident. */
export function useResponders(incidentId: string) {
  return useQuery({
    queryKey: ['incidents', 'responders', incidentId],
    queryFn: ({ signal }) =>
      apiGet<IncidentResponder[]>(`/incidents/${encodeURIComponent(incidentId)}/responders`, undefined, { signal }),
  });
}
