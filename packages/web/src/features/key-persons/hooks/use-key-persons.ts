import type {
  CreateKeyPersonRequest,
  CreateKeyPersonVisit,
  DecideKeyPersonRequest,
  KeyPerson,
  KeyPersonDetail,
  KeyPersonUnmasked,
  KeyPersonVisit,
  Page,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import type { KeyPersonFilter } from '../lib/key-person-filter';

const PAGE_SIZE = 30;
const path = (id: string) => `/key-persons/${encodeURIComponent(id)}`;

/** Key persons with the list's filters, most urgent visit first (GET /key-persons; the server audits each page). */
export function useKeyPersons(filter: KeyPersonFilter) {
  return useInfiniteQuery({
    queryKey: ['key-persons', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<KeyPerson>>('/key-persons', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useKeyPerson(id: string) {
  return useQuery({
    queryKey: ['key-persons', 'one', id],
    queryFn: ({ signal }) => apiGet<KeyPersonDetail>(path(id), undefined, { signal }),
    retry: false,
  });
}

export function useKeyPersonVisits(id: string) {
  return useInfiniteQuery({
    queryKey: ['key-persons', 'visits', id],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<KeyPersonVisit>>(`${path(id)}/visits`, { cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: false,
  });
}

/** Logs a visit, then uploads its photo when one was taken; the visit stands even if the photo fails. */
export function useLogVisit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, photo }: { body: CreateKeyPersonVisit; photo?: File | undefined }) => {
      const visit = await apiSend<KeyPersonVisit>('POST', `${path(id)}/visits`, body, { idempotent: true });
      if (!photo) return { visit, photoError: null as unknown };
      try {
        await apiUpload(`/key-person-visits/${encodeURIComponent(visit.id)}/photos`, photo, photo.name);
        return { visit, photoError: null as unknown };
      } catch (error) {
        return { visit, photoError: error };
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['key-persons'] }),
  });
}

export function useRequestChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateKeyPersonRequest) =>
      apiSend<KeyPersonDetail>('POST', `${path(id)}/requests`, body, { idempotent: true }),
    onSuccess: (detail) => queryClient.setQueryData(['key-persons', 'one', id], detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['key-persons', 'list'] }),
  });
}

export function useDecideRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: string; body: DecideKeyPersonRequest }) =>
      apiSend<KeyPersonDetail>('POST', `${path(id)}/requests/${encodeURIComponent(requestId)}/decision`, body),
    onSuccess: (detail) => queryClient.setQueryData(['key-persons', 'one', id], detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['key-persons', 'list'] }),
  });
}

/** The clear values, asked for one field at a time by MaskedField (each request audited by the server). */
export function unmaskKeyPerson(id: string): Promise<KeyPersonUnmasked> {
  return apiSend<KeyPersonUnmasked>('POST', `${path(id)}/unmask`, {});
}

export const keyPersonsExportUrl = (filter: KeyPersonFilter) =>
  `${API_BASE}/key-persons/export.xlsx${toQueryString({ ...filter })}`;

export const visitPhotoUrl = (id: string) => `${API_BASE}/key-person-visit-photos/${encodeURIComponent(id)}/download`;

/** The A4 record (masked), opened in a new tab; the server audits the print. */
export const keyPersonPrintUrl = (id: string) => `${API_BASE}${path(id)}/print`;
