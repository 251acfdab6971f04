import type { Page, Person, PersonListQuery, PiiField, UnmaskResponse } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';

/** The search a people page keeps in its URL: the list query's filters, without paging. */
export type PeopleFilter = Pick<PersonListQuery, 'q' | 'jurisdictionId' | 'kind'>;

const PAGE_SIZE = 30;

export function usePeople(filter: PeopleFilter) {
  return useInfiniteQuery({
    queryKey: ['people', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<Person>>('/people', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Keeps the old list on screen while a new search loads, instead of flashing an empty page.
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string, enabled = true) {
  return useQuery({
    queryKey: ['people', 'one', id],
    queryFn: ({ signal }) => apiGet<Person>(`/people/${encodeURIComponent(id)}`, undefined, { signal }),
    enabled,
  });
}

/** The staff of one organisation (a department's people, to pick task-force members from); one page is plenty. */
export function useOrganizationStaff(organizationId: string) {
  return useQuery({
    queryKey: ['people', 'organization', organizationId],
    queryFn: ({ signal }) => apiGet<Page<Person>>('/people', { organizationId, kind: 'staff', limit: 200 }, { signal }),
    staleTime: 60_000,
  });
}

/** The clear value of one personal-data field; deliberately not cached, every look is a new audited request. */
export async function unmaskPerson(id: string, field: PiiField): Promise<string | null> {
  const result = await apiSend<UnmaskResponse>('POST', `/people/${encodeURIComponent(id)}/unmask`, { field });
  return result.value;
}

export function usePeopleSearch(q: string, kind?: 'staff' | 'resident') {
  return useQuery({
    queryKey: ['people', 'pick', q, kind ?? 'all'],
    queryFn: ({ signal }) => apiGet<Page<Person>>('/people', { q, kind, limit: 20 }, { signal }),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
