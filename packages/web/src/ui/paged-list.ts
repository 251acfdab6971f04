/** The parts of a keyset-paged infinite query (pages of `{ items }`) that a list page reads. */
export interface PagedQuery<T> {
  data: { pages: ReadonlyArray<{ items: T[] }> } | undefined;
  isPending: boolean;
  isSuccess: boolean;
  isFetching: boolean;
  isFetchingNextPage: boolean;
  hasNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Every page loaded so far, in order: keyset paging only appends. */
export function pagedItems<T>(query: PagedQuery<T>): T[] {
  return query.data?.pages.flatMap((page) => page.items) ?? [];
}

/**
 * The list spins while its first page or a new filter's page loads, but not while 加载更多 appends: that button
 * spins instead, and the rows already shown stay usable.
 */
export function isListLoading(query: PagedQuery<unknown>): boolean {
  return query.isPending || (query.isFetching && !query.isFetchingNextPage);
}
