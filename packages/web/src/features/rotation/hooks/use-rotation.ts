import type {
  CalendarDayInput,
  DecideSwap,
  DirectorStay,
  HolidayCalendar,
  Page,
  RequestSwap,
  Rota,
  RotaSlotView,
  RotaSwap,
  TrainingInput,
  TrainingRecord,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';

/** The caller's town is meant: the server picks the one town a chief, officer or village cadre reaches. */
export function useRota(year: number) {
  return useQuery({
    queryKey: ['rotation', 'rota', year],
    queryFn: ({ signal }) => apiGet<Rota>('/rotation/rota', { year }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSwaps(year: number) {
  return useQuery({
    queryKey: ['rotation', 'swaps', year],
    queryFn: ({ signal }) => apiGet<RotaSwap[]>('/rotation/swaps', { year }, { signal }),
  });
}

export function useSlot(id: string) {
  return useQuery({
    queryKey: ['rotation', 'slot', id],
    queryFn: ({ signal }) => apiGet<RotaSlotView>(`/rotation/slots/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

export function useStay(id: string) {
  return useQuery({
    queryKey: ['rotation', 'stay', id],
    queryFn: ({ signal }) =>
      apiGet<DirectorStay>(`/rotation/slots/${encodeURIComponent(id)}/stay`, undefined, { signal }),
  });
}

/** Any change to the rota refreshes every rota view (rota, swaps, a slot and its stay). */
function useRefreshRotation() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['rotation'] });
}

export function useGenerateRota() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: (body: { townId: string; year: number; seed: number }) =>
      apiSend<Rota>('POST', '/rotation/rota', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useCheckIn() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: ({ slotId, date }: { slotId: string; date: string }) =>
      apiSend<RotaSlotView>(
        'POST',
        `/rotation/slots/${encodeURIComponent(slotId)}/check-ins`,
        { date },
        {
          idempotent: true,
        },
      ),
    onSuccess: refresh,
  });
}

export function useRequestSwap() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: (body: RequestSwap) => apiSend<RotaSwap>('POST', '/rotation/swaps', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useDecideSwap() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecideSwap }) =>
      apiSend<RotaSwap>('POST', `/rotation/swaps/${encodeURIComponent(id)}/decision`, body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useHolidayCalendar(year: number) {
  return useQuery({
    queryKey: ['rotation', 'calendar', year],
    queryFn: ({ signal }) => apiGet<HolidayCalendar>('/rotation/calendar', { year }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePutCalendarDay() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: CalendarDayInput }) =>
      apiSend<HolidayCalendar>('PUT', `/rotation/calendar/${encodeURIComponent(date)}`, body),
    onSuccess: refresh,
  });
}

export function useDeleteCalendarDay() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: ({ date, townId }: { date: string; townId: string }) =>
      apiSend<HolidayCalendar>(
        'DELETE',
        `/rotation/calendar/${encodeURIComponent(date)}?townId=${encodeURIComponent(townId)}`,
      ),
    onSuccess: refresh,
  });
}

const TRAINING_PAGE = 20;

export function useTrainings() {
  return useInfiniteQuery({
    queryKey: ['rotation', 'trainings'],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<TrainingRecord>>('/rotation/trainings', { cursor: pageParam, limit: TRAINING_PAGE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSaveTraining() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string | undefined; body: TrainingInput }) =>
      id
        ? apiSend<TrainingRecord>('PUT', `/rotation/trainings/${encodeURIComponent(id)}`, body)
        : apiSend<TrainingRecord>('POST', '/rotation/trainings', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useDeleteTraining() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: (id: string) => apiSend<undefined>('DELETE', `/rotation/trainings/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}

export function useUploadMaterial() {
  const refresh = useRefreshRotation();
  return useMutation({
    mutationFn: ({ trainingId, file }: { trainingId: string; file: File }) =>
      apiUpload<TrainingRecord>(`/rotation/trainings/${encodeURIComponent(trainingId)}/materials`, file, file.name),
    onSuccess: refresh,
  });
}

export const materialDownloadUrl = (id: string) =>
  `${API_BASE}/rotation/training-materials/${encodeURIComponent(id)}/download`;
