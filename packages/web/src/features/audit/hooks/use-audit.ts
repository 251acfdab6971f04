import type { AuditEntry, Page } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import type { AuditFilter } from '../audit-filter';

export function useAudit(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<AuditEntry>>('/audit', { ...filter, cursor: pageParam, limit: 100 }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
