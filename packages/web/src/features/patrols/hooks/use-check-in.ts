import type { CreatePatrolCheckIn, PatrolCheckIn, PatrolCheckInPreview } from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';

/** What the scanned code names and whether a check-in now would be taken (nothing is written). */
export function useCheckInPreview(token: string) {
  return useQuery({
    queryKey: ['patrols', 'preview', token],
    queryFn: ({ signal }) => apiGet<PatrolCheckInPreview>('/patrols/check-ins/preview', { token }, { signal }),
    // A refusal such as "outside the shift" is an answer, not a failure to retry.
    retry: false,
  });
}

/**
 * The check-in. The request carries an Idempotency-Key and the page's clientId, so a retry on a village network
 * returns the first check-in rather than a second one or a "replayed" refusal.
 */
export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePatrolCheckIn) =>
      apiSend<PatrolCheckIn>('POST', '/patrols/check-ins', body, { idempotent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['patrols'] }),
  });
}
