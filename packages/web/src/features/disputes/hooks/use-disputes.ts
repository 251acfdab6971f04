import type { Dispute, DisputeListItem, Page } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import type { DisputeFilter } from '../lib/dispute-filter';

const PAGE_SIZE = 30;
/** The board counts by fetching up to this many ids per figure; beyond it shows "200+". */
export const COUNT_CAP = 200;

export function useDisputes(filter: DisputeFilter) {
  return useInfiniteQuery({
    queryKey: ['disputes', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<DisputeListItem>>('/disputes', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * One board figure. The API has no count endpoint, so this reads one capped page of the list and counts it; the
 * figure is exact up to COUNT_CAP and shown as "200+" beyond.
 */
export function useDisputeCount(filter: DisputeFilter) {
  return useQuery({
    queryKey: ['disputes', 'count', filter],
    queryFn: async ({ signal }) => {
      const page = await apiGet<Page<DisputeListItem>>('/disputes', { ...filter, limit: COUNT_CAP }, { signal });
      return { count: page.items.length, more: page.nextCursor !== null };
    },
    staleTime: 30_000,
  });
}

export function useDispute(id: string) {
  return useQuery({
    queryKey: ['disputes', 'one', id],
    queryFn: ({ signal }) => apiGet<Dispute>(`/disputes/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}
