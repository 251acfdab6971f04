import type {
  CreateDispute,
  CreateParty,
  Dispute,
  DisputeAction,
  PiiField,
  TransitionBody,
  UpdateParty,
} from '@fengqiao/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/client';

/** After any change the record is replaced with the server's answer and lists and counts are refetched. */
function useStoreDispute() {
  const queryClient = useQueryClient();
  return async (saved: Dispute) => {
    queryClient.setQueryData(['disputes', 'one', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['disputes', 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['disputes', 'board'] });
  };
}

export function useRegisterDispute() {
  const store = useStoreDispute();
  return useMutation({
    // Idempotent: a village phone that loses the answer retries with the same key and gets the same case back.
    mutationFn: (body: CreateDispute) => apiSend<Dispute>('POST', '/disputes', body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useDisputeAction(id: string) {
  const store = useStoreDispute();
  return useMutation({
    mutationFn: ({ action, body }: { action: DisputeAction; body: Omit<TransitionBody, 'action'> }) =>
      apiSend<Dispute>('POST', `/disputes/${encodeURIComponent(id)}/actions/${encodeURIComponent(action)}`, body, {
        idempotent: true,
      }),
    onSuccess: store,
  });
}

export function useAddParty(id: string) {
  const store = useStoreDispute();
  return useMutation({
    mutationFn: (party: CreateParty) =>
      apiSend<Dispute>('POST', `/disputes/${encodeURIComponent(id)}/parties`, party, { idempotent: true }),
    onSuccess: store,
  });
}

/** Corrects a party's Art. 29 particulars; the agreements naming them are refetched, their checklists change. */
export function useUpdateParty(id: string) {
  const store = useStoreDispute();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partyId, patch }: { partyId: string; patch: UpdateParty }) =>
      apiSend<Dispute>('PATCH', `/disputes/${encodeURIComponent(id)}/parties/${encodeURIComponent(partyId)}`, patch),
    onSuccess: async (saved) => {
      await store(saved);
      await queryClient.invalidateQueries({ queryKey: ['disputes', 'one', id, 'agreements'] });
    },
  });
}

/** The clear value of one party field; never cached, every look is a new audited request. */
export async function unmaskParty(disputeId: string, partyId: string, field: PiiField): Promise<string | null> {
  const result = await apiSend<{ value: string | null }>(
    'POST',
    `/disputes/${encodeURIComponent(disputeId)}/parties/${encodeURIComponent(partyId)}/unmask`,
    { field },
  );
  return result.value;
}
