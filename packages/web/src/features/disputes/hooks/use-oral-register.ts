import type { Agreement, AgreementBody, Dispute, DisputeListItem, Page } from '@fengqiao/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';
import type { MediationWithSessions } from './use-mediation';

/*
 * What the oral register's form reads and writes: the cases the user may work, the chosen case's parties and
 * mediations, and the oral agreement itself. Nothing is fetched before a case is chosen.
 */

/** Open cases the user may work (`mine`), matching what was typed: the cases an oral agreement may be recorded on. */
export function useWorkableDisputes(q: string) {
  return useQuery({
    queryKey: ['disputes', 'list', 'workable', q],
    queryFn: ({ signal }) =>
      apiGet<Page<DisputeListItem>>('/disputes', { mine: true, open: true, q, limit: 20 }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useChosenDispute(disputeId: string | undefined) {
  return useQuery({
    queryKey: ['disputes', 'one', disputeId ?? ''],
    queryFn: ({ signal }) => apiGet<Dispute>(`/disputes/${encodeURIComponent(disputeId ?? '')}`, undefined, { signal }),
    enabled: disputeId !== undefined,
  });
}

export function useChosenMediations(disputeId: string | undefined) {
  return useQuery({
    queryKey: ['disputes', 'one', disputeId ?? '', 'mediations'],
    queryFn: ({ signal }) =>
      apiGet<MediationWithSessions[]>(`/disputes/${encodeURIComponent(disputeId ?? '')}/mediations`, undefined, {
        signal,
      }),
    enabled: disputeId !== undefined,
    retry: false,
  });
}

/** Records the oral agreement; the register and the case (its agreements, timeline) are refetched. */
export function useRecordOralAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { disputeId: string; mediationId: string; body: AgreementBody }) =>
      apiSend<Agreement>('POST', `/mediations/${encodeURIComponent(input.mediationId)}/agreements`, input.body, {
        idempotent: true,
      }),
    onSuccess: async (_agreement, input) => {
      await queryClient.invalidateQueries({ queryKey: ['agreements'] });
      await queryClient.invalidateQueries({ queryKey: ['disputes', 'one', input.disputeId] });
    },
  });
}
