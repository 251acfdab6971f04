import type { CreateDutyLog, DutyCalendar, DutyLog, DutyLogPhoto, DutyOfficer, Page } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';
import type { DutyFilter } from '../lib/duty-filter';

const PAGE_SIZE = 30;

/** Entries newest first with the list's filters (GET /duty-logs). */
export function useDutyLogs(filter: DutyFilter, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: ['duty', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<DutyLog>>('/duty-logs', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** An officer's month (the caller's own when no officer is given). */
export function useDutyCalendar(officerId: string | undefined, month: string) {
  const query = { month, ...(officerId ? { officerId } : {}) };
  return useQuery({
    queryKey: ['duty', 'calendar', query],
    queryFn: ({ signal }) => apiGet<DutyCalendar>('/duty-logs/calendar', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The officers with entries the caller may read, for choosing whose month to show. */
export function useDutyOfficers(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['duty', 'officers'],
    queryFn: ({ signal }) => apiGet<DutyOfficer[]>('/duty-logs/officers', undefined, { signal }),
    staleTime: 60_000,
  });
}

/**
 * Logs an entry and then, when one was taken, uploads its photo. The entry stands even if the photo fails (a weak
 * village signal): `photoError` says so, the page tells the user, and the photo can be added from the list. Saving
 * again would log the duty twice.
 */
export function useCreateDutyLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      photo,
    }: {
      body: CreateDutyLog;
      photo?: File | undefined;
    }): Promise<{ entry: DutyLog; photoError: unknown }> => {
      const entry = await apiSend<DutyLog>('POST', '/duty-logs', body, { idempotent: true });
      if (!photo) return { entry, photoError: null };
      try {
        await apiUpload<DutyLogPhoto>(`/duty-logs/${encodeURIComponent(entry.id)}/photos`, photo, photo.name);
        return { entry, photoError: null };
      } catch (error) {
        return { entry, photoError: error };
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['duty'] }),
  });
}

export function useUploadDutyPhoto(dutyLogId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiUpload<DutyLogPhoto>(`/duty-logs/${encodeURIComponent(dutyLogId)}/photos`, file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['duty'] }),
  });
}

/** A plain link: the browser fetches the photo with the session cookie, and the server audits it. */
export const dutyPhotoUrl = (id: string) => `${API_BASE}/duty-log-photos/${encodeURIComponent(id)}/download`;
