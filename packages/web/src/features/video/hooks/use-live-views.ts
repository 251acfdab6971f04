import type {
  Camera,
  OpenedView,
  Page,
  SnapshotTarget,
  StartedView,
  VideoSnapshot,
  VideoView,
  VideoViewFilters,
  ViewPurpose,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';
import { getCsrfToken } from '../../../api/csrf';
import type { Jsep } from '../live/use-webrtc-view';

const PAGE_SIZE = 30;

/**
 * Opens a view (the purpose is recorded with it) and starts it with its single-use token: the media server's offer
 * and the ICE servers, for `useWebrtcView`.
 */
export async function openAndStartView(
  cameraId: string,
  purpose: ViewPurpose,
  note?: string,
): Promise<{ viewId: string; offer: Jsep; iceServers: RTCIceServer[] }> {
  const opened = await apiSend<OpenedView>('POST', '/video/views', { cameraId, purpose, ...(note ? { note } : {}) });
  const started = await apiSend<StartedView>('POST', `/video/views/${encodeURIComponent(opened.viewId)}/start`, {
    token: opened.token,
    cameraId,
  });
  return { viewId: opened.viewId, offer: started.offer, iceServers: started.iceServers };
}

export async function answerView(viewId: string, jsep: Jsep): Promise<void> {
  await apiSend<void>('POST', `/video/views/${encodeURIComponent(viewId)}/answer`, { jsep });
}

/**
 * Closes a view so its duration is recorded. A keepalive request outlives the page (unmount, pagehide, a closed tab);
 * sendBeacon could not carry the CSRF header the API requires of every state change.
 */
export function closeView(viewId: string): void {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getCsrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  void fetch(`${API_BASE}/video/views/${encodeURIComponent(viewId)}/close`, {
    method: 'POST',
    credentials: 'same-origin',
    keepalive: true,
    headers,
  }).catch(() => undefined);
}

/** Files a still of the video to a record (PNG, from the tile's canvas). */
export function uploadSnapshot(viewId: string, target: SnapshotTarget, image: Blob): Promise<VideoSnapshot> {
  const query = `targetKind=${encodeURIComponent(target.kind)}&targetId=${encodeURIComponent(target.id)}`;
  return apiUpload<VideoSnapshot>(
    `/video/views/${encodeURIComponent(viewId)}/snapshots?${query}`,
    image,
    'snapshot.png',
  );
}

/** Cameras of the registry for the wall's picker (GET /cameras, the caller's camera.read scope). */
export function useCameraOptions(q: string) {
  return useQuery({
    queryKey: ['video', 'cameras', q],
    queryFn: ({ signal }) => apiGet<Page<Camera>>('/cameras', { q: q || undefined, limit: 50 }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCamera(id: string) {
  return useQuery({
    queryKey: ['video', 'camera', id],
    queryFn: ({ signal }) => apiGet<Camera>(`/cameras/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

/** The view log (GET /video/views), newest first. */
export function useViewLog(filter: VideoViewFilters) {
  return useInfiniteQuery({
    queryKey: ['video', 'views', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<VideoView>>('/video/views', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
