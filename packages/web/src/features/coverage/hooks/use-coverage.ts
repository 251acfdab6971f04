import type { Coverage, CreateStandIn, StandIn } from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../../api/client';

/** The coverage sheet (masked phones, the gaps in Chinese), as the server builds it. */
export const coverageExportUrl = `${API_BASE}/coverage/export.xlsx`;

/** The caller's town: its districts "1+1+N", who is away today and the gaps (GET /coverage). */
export function useCoverage() {
  return useQuery({
    queryKey: ['coverage', 'view'],
    queryFn: ({ signal }) => apiGet<Coverage>('/coverage', undefined, { signal }),
  });
}

/** The town's leaves of the last year, latest first (GET /coverage/stand-ins). */
export function useStandIns() {
  return useQuery({
    queryKey: ['coverage', 'stand-ins'],
    queryFn: ({ signal }) => apiGet<{ items: StandIn[] }>('/coverage/stand-ins', undefined, { signal }),
  });
}

/** A leave changes who covers a place: the view and the list refetch. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['coverage'] });
}

export function useCreateStandIn() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateStandIn) => apiSend<StandIn>('POST', '/coverage/stand-ins', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useEndStandIn() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      apiSend<StandIn>('POST', `/coverage/stand-ins/${encodeURIComponent(id)}/end`, {}, { idempotent: true }),
    onSuccess: refresh,
  });
}
