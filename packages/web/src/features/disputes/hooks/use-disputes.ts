import type { Dispute, DisputeBoard, DisputeListItem, Page } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import type { DisputeFilter } from '../lib/dispute-filter';

const PAGE_SIZE = 30;
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

/** The board's figures, counted by the server over every case the user may see (GET /disputes/board). */
export function useDisputeBoard() {
  return useQuery({
    queryKey: ['disputes', 'board'],
    queryFn: ({ signal }) => apiGet<DisputeBoard>('/disputes/board', undefined, { signal }),
    staleTime: 30_000,
  });
}

export function useDispute(id: string) {
  return useQuery({
    queryKey: ['disputes', 'one', id],
    queryFn: ({ signal }) => apiGet<Dispute>(`/disputes/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}
