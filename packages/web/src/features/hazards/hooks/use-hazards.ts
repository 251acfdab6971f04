import type {
  AssignHazard,
  Hazard,
  HazardDetail,
  HazardPhoto,
  HazardPhotoKind,
  Page,
  RectifyHazard,
  ReportHazard,
  SendBackHazard,
  VerifyHazard,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';
import type { HazardFilter } from '../lib/hazard-filter';

const PAGE_SIZE = 30;

/** Hazards with the list's filters, newest report first (GET /hazards). */
export function useHazards(filter: HazardFilter) {
  return useInfiniteQuery({
    queryKey: ['hazards', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<Hazard>>('/hazards', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useHazard(id: string) {
  return useQuery({
    queryKey: ['hazards', 'one', id],
    queryFn: ({ signal }) => apiGet<HazardDetail>(`/hazards/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

function useStoreHazard() {
  const queryClient = useQueryClient();
  return async (saved: HazardDetail) => {
    queryClient.setQueryData(['hazards', 'one', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['hazards', 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['home'] });
  };
}

/**
 * Reports a hazard and then uploads the photo taken on the spot. The report stands even if the photo fails (a weak
 * village signal): `photoError` says so, and the photo can be added from the hazard's page.
 */
export function useReportHazard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, photo }: { body: ReportHazard; photo?: File | undefined }) => {
      const hazard = await apiSend<Hazard>('POST', '/hazards', body, { idempotent: true });
      if (!photo) return { hazard, photoError: null };
      try {
        await uploadHazardPhoto(hazard.id, 'report', photo);
        return { hazard, photoError: null };
      } catch (error) {
        return { hazard, photoError: error as unknown };
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hazards', 'list'] }),
  });
}

export type HazardStepBody =
  | { step: 'assign'; body: AssignHazard }
  | { step: 'rectify'; body: RectifyHazard }
  | { step: 'verify'; body: VerifyHazard }
  | { step: 'send-back'; body: SendBackHazard };

export function useHazardStep(id: string) {
  const store = useStoreHazard();
  return useMutation({
    mutationFn: ({ step, body }: HazardStepBody) =>
      apiSend<HazardDetail>('POST', `/hazards/${encodeURIComponent(id)}/${step}`, body, { idempotent: true }),
    onSuccess: store,
  });
}

function uploadHazardPhoto(id: string, kind: HazardPhotoKind, file: File): Promise<HazardPhoto> {
  return apiUpload<HazardPhoto>(`/hazards/${encodeURIComponent(id)}/photos?kind=${kind}`, file, file.name);
}

export function useUploadHazardPhoto(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: HazardPhotoKind; file: File }) => uploadHazardPhoto(id, kind, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hazards', 'one', id] }),
  });
}

/** A plain link: the browser fetches the photo with the session cookie, and the server audits it. */
export const hazardPhotoUrl = (id: string) => `${API_BASE}/hazard-photos/${encodeURIComponent(id)}/download`;
