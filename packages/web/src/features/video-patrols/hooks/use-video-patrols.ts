import type {
  CreateVideoPatrolPlan,
  Page,
  RecordVideoPatrolResult,
  RecordVideoReminderOutcome,
  RetryVideoReminder,
  StartVideoPatrolRound,
  UpdateVideoPatrolPlan,
  VideoPatrolPlan,
  VideoPatrolResult,
  VideoPatrolRound,
  VideoPatrolRoundDetail,
  VideoReminder,
  VideoReminderDetail,
  VideoReminderRecipientOptions,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';
import type { ReminderFilter, RoundFilter } from '../lib/video-patrol-filters';

const PAGE_SIZE = 30;
const BASE = '/video-patrols';
const path = (...parts: string[]) => [BASE, ...parts.map(encodeURIComponent)].join('/');

/** Rounds with the list's filters (GET /video-patrols/rounds), the latest day first. */
export function useRounds(filter: RoundFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['video-patrols', 'rounds', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<VideoPatrolRound>>(`${BASE}/rounds`, { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: ['video-patrols', 'round', id],
    queryFn: ({ signal }) => apiGet<VideoPatrolRoundDetail>(path('rounds', id), undefined, { signal }),
  });
}

/** Whom a finding on this camera may remind; asked only once the finding form needs it. */
export function useRecipients(roundId: string, cameraId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['video-patrols', 'recipients', roundId, cameraId],
    queryFn: ({ signal }) =>
      apiGet<VideoReminderRecipientOptions>(path('rounds', roundId, 'recipients'), { cameraId }, { signal }),
    enabled,
  });
}

function useRefreshRound(roundId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['video-patrols', 'round', roundId] });
    await queryClient.invalidateQueries({ queryKey: ['video-patrols', 'rounds'] });
    await queryClient.invalidateQueries({ queryKey: ['video-patrols', 'reminders'] });
  };
}

export function useRecordResult(roundId: string) {
  const refresh = useRefreshRound(roundId);
  return useMutation({
    mutationFn: (body: RecordVideoPatrolResult) =>
      apiSend<VideoPatrolResult>('POST', path('rounds', roundId, 'results'), body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useFinishRound(roundId: string) {
  const refresh = useRefreshRound(roundId);
  return useMutation({
    mutationFn: () =>
      apiSend<VideoPatrolRoundDetail>('POST', path('rounds', roundId, 'finish'), {}, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useStartRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartVideoPatrolRound) =>
      apiSend<VideoPatrolRoundDetail>('POST', `${BASE}/rounds`, body, { idempotent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['video-patrols', 'rounds'] }),
  });
}

export function usePlans() {
  return useInfiniteQuery({
    queryKey: ['video-patrols', 'plans'],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<VideoPatrolPlan>>(`${BASE}/plans`, { cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSavePlan(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVideoPatrolPlan | UpdateVideoPatrolPlan) =>
      id === null
        ? apiSend<VideoPatrolPlan>('POST', `${BASE}/plans`, body, { idempotent: true })
        : apiSend<VideoPatrolPlan>('PATCH', path('plans', id), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['video-patrols', 'plans'] }),
  });
}

/** Remote reminders with the list's filters, the latest first. */
export function useReminders(filter: ReminderFilter) {
  return useInfiniteQuery({
    queryKey: ['video-patrols', 'reminders', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<VideoReminder>>(`${BASE}/reminders`, { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useReminder(id: string) {
  return useQuery({
    queryKey: ['video-patrols', 'reminder', id],
    queryFn: ({ signal }) => apiGet<VideoReminderDetail>(path('reminders', id), undefined, { signal }),
  });
}

export function useReminderOutcome(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordVideoReminderOutcome) =>
      apiSend<VideoReminderDetail>('POST', path('reminders', id, 'outcome'), body, { idempotent: true }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['video-patrols', 'reminder', id], saved);
      await queryClient.invalidateQueries({ queryKey: ['video-patrols', 'reminders'] });
      await queryClient.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

/** After no answer, the sending side reminds once more (a new attempt, maybe by another channel). */
export function useRetryReminder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RetryVideoReminder) =>
      apiSend<VideoReminderDetail>('POST', path('reminders', id, 'retry'), body, { idempotent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['video-patrols'] }),
  });
}
