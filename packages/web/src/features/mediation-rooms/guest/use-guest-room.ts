import type { GuestEntered, RoomState, SharedDraft } from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { guestFetch } from './guest-room-api';
import { saveGuestCsrf } from './guest-session';

const STATE_KEY = ['room-guest', 'state'] as const;
const TITLE_KEY = 'fengqiao.room.guestTitle';

/** Stops polling once the answer cannot change any more (closed room, no session, removed). */
const FINAL = new Set(['ROOM_CLOSED', 'ROOM_GUEST_UNAUTHENTICATED', 'UNAUTHENTICATED']);

export function enterRoom(token: string, via: 'link' | 'qr'): Promise<GuestEntered> {
  return guestFetch<GuestEntered>('POST', '/enter', { token, via }).then((entered) => {
    saveGuestCsrf(entered.csrfToken);
    try {
      globalThis.sessionStorage?.setItem(TITLE_KEY, entered.roomTitle);
    } catch {
      // The title is only a heading.
    }
    return entered;
  });
}

export function savedRoomTitle(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(TITLE_KEY) ?? null;
  } catch {
    return null;
  }
}

const POLL_MS = 1_000;
const WAITING_POLL_MS = 250;

/** The room as the party sees it, polled every second like the staff page (admission, feeds, recording, draft). */
export function useGuestState() {
  return useQuery({
    queryKey: STATE_KEY,
    queryFn: () => guestFetch<RoomState>('GET', '/state'),
    refetchInterval: (query) => {
      const error = query.state.error as { code?: string } | null;
      if (error?.code && FINAL.has(error.code)) return false;
      // While waiting, the party learns of the admission sooner: a second's poll was a second of every join.
      return query.state.data?.me.status === 'waiting' ? WAITING_POLL_MS : POLL_MS;
    },
    // A failed poll keeps the last state (TanStack keeps `data` through an error): the video goes on meanwhile.
    retry: false,
  });
}

/** The agreement draft the mediator shares; refreshed every 10 s so an edit reaches the party before they confirm. */
export function useSharedDraft(agreementId: string | null) {
  return useQuery({
    enabled: agreementId !== null,
    queryKey: ['room-guest', 'draft', agreementId],
    queryFn: () => guestFetch<SharedDraft>('GET', '/draft'),
    refetchInterval: 10_000,
    retry: false,
  });
}

export function useGuestConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => guestFetch<unknown>('POST', '/consent'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STATE_KEY }),
  });
}

export function useConfirmDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contentHash: string) => guestFetch<unknown>('POST', '/draft/confirm', { contentHash }),
    // Confirmed, or refused because the draft changed meanwhile: either way read it again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['room-guest', 'draft'] }),
  });
}
