import { useState } from 'react';
import type { PagedQuery } from './paged-list';

/** The first `count` rows of a list the server sends whole, and whether more remain. */
export function localPage<T>(items: readonly T[], count: number): { shown: T[]; hasMore: boolean } {
  return { shown: items.slice(0, count), hasMore: items.length > count };
}

/**
 * A list the server sends whole (the town's organisations, an import's rejected rows) shown the way the paged lists
 * are: a first page, then 加载更多 (LoadMoreButton), so every list in the app pages alike.
 */
export function useLocalPaging<T>(items: readonly T[], pageSize: number): { shown: T[]; query: PagedQuery<T> } {
  const [count, setCount] = useState(pageSize);
  const { shown, hasMore } = localPage(items, count);
  return {
    shown,
    query: {
      data: { pages: [{ items: shown }] },
      isPending: false,
      isSuccess: true,
      isFetching: false,
      isFetchingNextPage: false,
      hasNextPage: hasMore,
      fetchNextPage: async () => setCount((shownNow) => shownNow + pageSize),
    },
  };
}
