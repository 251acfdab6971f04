import type { MediaStatusView } from '@fengqiao/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';

/** Whether live video can play (GET /video/media-status); rechecked every half minute while a video page is open. */
export function useMediaStatus(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['video', 'media-status'],
    queryFn: ({ signal }) => apiGet<MediaStatusView>('/video/media-status', undefined, { signal }),
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
}
