import type {
  AntifraudActivity,
  AntifraudBase,
  AntifraudCoverage,
  AntifraudHistory,
  AntifraudInstall,
  AntifraudPhoto,
  CreateAntifraudActivity,
  CreateFraudCase,
  FraudCase,
  FraudCaseSummary,
  Page,
  RecordAntifraudInstalls,
  SetAntifraudBase,
  UpdateFraudCase,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';
import type { AntifraudListFilter } from '../lib/antifraud-filter';

const PAGE_SIZE = 30;
const KEY = 'antifraud';

/** The coverage per village as of a day (today when none is given). */
export function useCoverage(day: string | undefined) {
  const query = day ? { day } : {};
  return useQuery({
    queryKey: [KEY, 'coverage', query],
    queryFn: ({ signal }) => apiGet<AntifraudCoverage>('/antifraud/coverage', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useVillageHistory(villageId: string | null) {
  return useQuery({
    enabled: villageId !== null,
    queryKey: [KEY, 'history', villageId],
    queryFn: ({ signal }) =>
      apiGet<AntifraudHistory>(`/antifraud/villages/${encodeURIComponent(villageId ?? '')}/history`, undefined, {
        signal,
      }),
  });
}

export function useActivities(filter: AntifraudListFilter) {
  return useInfiniteQuery({
    queryKey: [KEY, 'activities', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<AntifraudActivity>>(
        '/antifraud/activities',
        { ...filter, cursor: pageParam, limit: PAGE_SIZE },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useFraudCases(filter: AntifraudListFilter) {
  return useInfiniteQuery({
    queryKey: [KEY, 'cases', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<FraudCase>>('/antifraud/cases', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useFraudCaseSummary() {
  return useQuery({
    queryKey: [KEY, 'summary'],
    queryFn: ({ signal }) => apiGet<FraudCaseSummary>('/antifraud/cases/summary', undefined, { signal }),
  });
}

function useAntifraudMutation<V, R>(send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => queryClient.invalidateQueries({ queryKey: [KEY] }) });
}

export const useRecordInstalls = () =>
  useAntifraudMutation((body: RecordAntifraudInstalls) =>
    apiSend<AntifraudInstall>('POST', '/antifraud/installs', body, { idempotent: true }),
  );

export const useSetBase = () =>
  useAntifraudMutation((body: SetAntifraudBase) =>
    apiSend<AntifraudBase>('POST', '/antifraud/bases', body, { idempotent: true }),
  );

/**
 * Records an activity and then uploads its photos one by one. The activity stands even if a photo fails (a weak
 * village signal): `photoErrors` counts them, and photos can be added from the list.
 */
export const useCreateActivity = () =>
  useAntifraudMutation(async ({ body, photos }: { body: CreateAntifraudActivity; photos: readonly File[] }) => {
    const activity = await apiSend<AntifraudActivity>('POST', '/antifraud/activities', body, { idempotent: true });
    let photoErrors = 0;
    for (const photo of photos) {
      try {
        await apiUpload<AntifraudPhoto>(
          `/antifraud/activities/${encodeURIComponent(activity.id)}/photos`,
          photo,
          photo.name,
        );
      } catch {
        photoErrors += 1;
      }
    }
    return { activity, photoErrors };
  });

export const useUploadActivityPhoto = () =>
  useAntifraudMutation(({ id, file }: { id: string; file: File }) =>
    apiUpload<AntifraudPhoto>(`/antifraud/activities/${encodeURIComponent(id)}/photos`, file, file.name),
  );

export const useDeleteActivity = () =>
  useAntifraudMutation((id: string) => apiSend<null>('DELETE', `/antifraud/activities/${encodeURIComponent(id)}`));

export const useCreateFraudCase = () =>
  useAntifraudMutation((body: CreateFraudCase) =>
    apiSend<FraudCase>('POST', '/antifraud/cases', body, { idempotent: true }),
  );

export const useUpdateFraudCase = () =>
  useAntifraudMutation(({ id, body }: { id: string; body: UpdateFraudCase }) =>
    apiSend<FraudCase>('PATCH', `/antifraud/cases/${encodeURIComponent(id)}`, body),
  );

/** Plain links: the browser fetches with the session cookie, and the server audits each download. */
export const activityPhotoUrl = (id: string) =>
  `${API_BASE}/antifraud/activity-photos/${encodeURIComponent(id)}/download`;
