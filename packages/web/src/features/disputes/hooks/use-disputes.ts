import type { Dispute, DisputeBoard, DisputeListItem, Page } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import type { DisputeFilter } from '../lib/dispute-filter';

const PAGE_SIZE = 30;

/**
 * A list as the board shows it: most urgent first (red, overdue, due soon; the server ranks every matching case)
 * unless the filter asks for the newest, and `mine` for a district officer (only the cases they work); `drill`: a
 * dashboard link's conditions the filter does not hold, sent as they are.
 */
export function useDisputes(
  filter: DisputeFilter,
  options: { mine?: boolean; drill?: Readonly<Record<string, string>> } = {},
) {
  const query = {
    ...filter,
    order: filter.order ?? 'urgency',
    ...(options.mine ? { mine: true } : {}),
    ...options.drill,
  };
  return useInfiniteQuery({
    queryKey: ['disputes', 'list', query],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<DisputeListItem>>('/disputes', { ...query, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * The board's figures and its open red cases, counted by the server over every case the user may see, or only
 * those they work (`mine`) (GET /disputes/board). Not audited: the list below is the board view's one read.
 */
export function useDisputeBoard(options: { mine?: boolean; enabled?: boolean } = {}) {
  const query = options.mine ? { mine: true } : undefined;
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: ['disputes', 'board', query ?? {}],
    queryFn: ({ signal }) => apiGet<DisputeBoard>('/disputes/board', query, { signal }),
    staleTime: 30_000,
  });
}

export function useDispute(id: string) {
  return useQuery({
    queryKey: ['disputes', 'one', id],
    queryFn: ({ signal }) => apiGet<Dispute>(`/disputes/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}
