import type {
  CloseRoom,
  CreatedInvitation,
  CreateInvitation,
  DraftConfirmation,
  OpenRoom,
  RoomInvitation,
  RoomPage,
  RoomRecordings,
  RoomState,
  RoomView,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../../api/client';

/*
 * Every request of the staff room pages, written here and nowhere else. The room's own records (the view, its
 * invitations, confirmations and recordings) sit under one key, so a change seen in the polled state refreshes them
 * all at once.
 */
const PAGE_SIZE = 30;
const roomPath = (id: string, ...parts: string[]) =>
  ['/mediation-rooms', id, ...parts].map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join('/');
const roomKey = (id: string) => ['mediation-rooms', 'one', id] as const;

/** How often the room page asks for the room's state (who waits, who is in, recording): the host admits from it. */
export const ROOM_POLL_MS = 1000;
const RECORDINGS_POLL_MS = 5000;

/** The rooms of one case, the newest first; kept under the case's key so a change on the case refreshes them. */
export function useDisputeRooms(disputeId: string) {
  return useQuery({
    queryKey: ['disputes', 'one', disputeId, 'rooms'],
    queryFn: ({ signal }) =>
      apiGet<RoomView[]>(`/disputes/${encodeURIComponent(disputeId)}/rooms`, undefined, { signal }),
    retry: false,
  });
}

/**
 * A closed room's recordings on the case page, under the case's key. While a segment still waits for its conversion
 * (a job after the close) the list is asked again every few seconds, so the files appear without a reload.
 */
export function useClosedRoomRecordings(disputeId: string, roomId: string) {
  return useQuery({
    queryKey: ['disputes', 'one', disputeId, 'rooms', roomId, 'recordings'],
    queryFn: ({ signal }) => apiGet<RoomRecordings>(roomPath(roomId, 'recordings'), undefined, { signal }),
    refetchInterval: (query) =>
      query.state.data?.segments.some((s) => s.status !== 'stored' && s.status !== 'failed')
        ? RECORDINGS_POLL_MS
        : false,
    retry: false,
  });
}

/** Where a stored recording plays: the browser asks it with Range requests itself, under the session cookie. */
export const recordingPlayUrl = (fileId: string) =>
  `${API_BASE}/mediation-room-recordings/${encodeURIComponent(fileId)}/play`;

/** The open rooms the caller may join (a village cadre's 进行中的线上调解). */
export function useOpenRooms() {
  return useInfiniteQuery({
    queryKey: ['mediation-rooms', 'list'],
    queryFn: ({ pageParam, signal }) =>
      apiGet<RoomPage>('/mediation-rooms', { status: 'open', cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function useRoom(id: string) {
  return useQuery({
    queryKey: roomKey(id),
    queryFn: ({ signal }) => apiGet<RoomView>(roomPath(id), undefined, { signal }),
    retry: false,
  });
}

/** The room's state, polled every second while the page is open and the caller is in it. */
export function useRoomState(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...roomKey(id), 'state'],
    queryFn: ({ signal }) => apiGet<RoomState>(roomPath(id, 'state'), undefined, { signal }),
    enabled,
    refetchInterval: (query) => (query.state.data?.status === 'closed' ? false : ROOM_POLL_MS),
    retry: false,
  });
}

/** Refetches the room's records but not its state (the poll brings that), after a change or a new version. */
export function useRefreshRoom(id: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (query) => {
        const [scope, kind, roomId, part] = query.queryKey;
        return scope === 'mediation-rooms' && kind === 'one' && roomId === id && part !== 'state';
      },
    });
}

/** A change that the poll shows too: refresh both, so the host sees it at once and not a second later. */
function useRoomChange<Body, Result>(id: string, send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  const refresh = useRefreshRoom(id);
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [...roomKey(id), 'state'] });
      await refresh();
    },
  });
}

export function useOpenRoom(disputeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mediationId, body }: { mediationId: string; body: OpenRoom }) =>
      apiSend<RoomView>('POST', `/mediations/${encodeURIComponent(mediationId)}/rooms`, body, { idempotent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['disputes', 'one', disputeId] }),
  });
}

/** Staff enter by their login; a second call is a reconnect and gives back the same participant. */
export const useJoinRoom = (id: string) =>
  useRoomChange(id, () => apiSend<unknown>('POST', roomPath(id, 'join'), {}, { idempotent: true }));

export const useAdmit = (id: string) =>
  useRoomChange(id, (participantId: string) =>
    apiSend<unknown>('POST', roomPath(id, 'participants', participantId, 'admit')),
  );

export const useRemove = (id: string) =>
  useRoomChange(id, (participantId: string) =>
    apiSend<unknown>('POST', roomPath(id, 'participants', participantId, 'remove')),
  );

/** The 笔录 autosave: not followed by a refetch, the page keeps what is typed. */
export function saveRecord(id: string, record: string): Promise<unknown> {
  return apiSend<unknown>('PUT', roomPath(id, 'record'), { record });
}

export function useCloseRoom(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloseRoom) => apiSend<RoomView>('POST', roomPath(id, 'close'), body, { idempotent: true }),
    onSuccess: async (room) => {
      await queryClient.invalidateQueries({ queryKey: ['mediation-rooms'] });
      await queryClient.invalidateQueries({ queryKey: ['disputes', 'one', room.disputeId] });
    },
  });
}

export function useInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...roomKey(id), 'invitations'],
    queryFn: ({ signal }) => apiGet<RoomInvitation[]>(roomPath(id, 'invitations'), undefined, { signal }),
    enabled,
    retry: false,
  });
}

export const useInvite = (id: string) =>
  useRoomChange(id, (body: CreateInvitation) =>
    apiSend<CreatedInvitation>('POST', roomPath(id, 'invitations'), body, { idempotent: true }),
  );

export const useRevokeInvitation = (id: string) =>
  useRoomChange(id, (invitationId: string) =>
    apiSend<unknown>('POST', roomPath(id, 'invitations', invitationId, 'revoke')),
  );

export const useShareDraft = (id: string) =>
  useRoomChange(id, (agreementId: string | null) =>
    apiSend<unknown>('PUT', roomPath(id, 'shared-draft'), { agreementId }),
  );

export function useDraftConfirmations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...roomKey(id), 'draft-confirmations'],
    queryFn: ({ signal }) => apiGet<DraftConfirmation[]>(roomPath(id, 'draft-confirmations'), undefined, { signal }),
    enabled,
    retry: false,
  });
}

/** A staff participant's own consent to recording, or its withdrawal. */
export const useConsent = (id: string) =>
  useRoomChange(id, (give: boolean) =>
    apiSend<unknown>('POST', give ? roomPath(id, 'consent') : roomPath(id, 'consent', 'withdraw')),
  );

export const useRecordingSwitch = (id: string) =>
  useRoomChange(id, (start: boolean) => apiSend<unknown>('POST', roomPath(id, 'recording', start ? 'start' : 'pause')));
