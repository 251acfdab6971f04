import type {
  AttendeeSuggestion,
  CreateMeeting,
  Meeting,
  MeetingAction,
  MeetingListItem,
  Page,
  UpdateMeeting,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../../api/client';

const PAGE_SIZE = 30;

/** Inclusive Shanghai days of the meetings' start, as the home page's "本周会商" link passes them. */
export interface MeetingDays {
  from?: string;
  to?: string;
}

/** The town's meetings, newest first (GET /meetings), optionally only those between two days. */
export function useMeetings(days: MeetingDays = {}) {
  return useInfiniteQuery({
    queryKey: ['meetings', 'list', days.from ?? null, days.to ?? null],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<MeetingListItem>>(
        '/meetings',
        { from: days.from, to: days.to, cursor: pageParam, limit: PAGE_SIZE },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: ['meetings', 'one', id],
    queryFn: ({ signal }) => apiGet<Meeting>(`/meetings/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

/** Who may sit at a meeting on `day`: the station's and 综治办's accounts, departments, the rota's directors. */
export function useAttendeeSuggestions(day: string | undefined) {
  return useQuery({
    enabled: day !== undefined,
    queryKey: ['meetings', 'suggestions', day],
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: AttendeeSuggestion[] }>('/meetings/attendee-suggestions', { day }, { signal })).items,
    staleTime: 5 * 60_000,
  });
}

/** After any change the record is replaced with the server's answer and the lists are refetched. */
function useStoreMeeting() {
  const queryClient = useQueryClient();
  return async (saved: Meeting) => {
    queryClient.setQueryData(['meetings', 'one', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['meetings', 'list'] });
  };
}

export function useCreateMeeting() {
  const store = useStoreMeeting();
  return useMutation({
    mutationFn: (body: CreateMeeting) => apiSend<Meeting>('POST', '/meetings', body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useUpdateMeeting(id: string) {
  const store = useStoreMeeting();
  return useMutation({
    mutationFn: (patch: UpdateMeeting) => apiSend<Meeting>('PATCH', `/meetings/${encodeURIComponent(id)}`, patch),
    onSuccess: store,
  });
}

/** The meeting's steps without a body: hold (freezes the figures), close (final minutes), cancel (a draft). */
export type MeetingStep = Extract<MeetingAction, 'hold' | 'close' | 'cancel'>;

export function useMeetingStep(id: string) {
  const store = useStoreMeeting();
  return useMutation({
    mutationFn: (step: MeetingStep) =>
      apiSend<Meeting>('POST', `/meetings/${encodeURIComponent(id)}/${step}`, {}, { idempotent: true }),
    onSuccess: store,
  });
}

/** Plain links: the browser opens the A4 page or saves the DOCX with the session cookie; the server audits both. */
export const meetingPrintUrl = (id: string) => `${API_BASE}/meetings/${encodeURIComponent(id)}/print`;
export const meetingDocxUrl = (id: string) => `${API_BASE}/meetings/${encodeURIComponent(id)}/minutes.docx`;
